//! Reading a profile from JSON and checking what serde cannot: the format version, the range of
//! every figure, and `routines[].uses` values outside the known vocabulary.

use std::collections::BTreeMap;
use std::path::Path;

use super::{uses, Profile, PROFILE_VERSION};
use crate::error::Error;
use crate::range::{with_line, Bound, RangeCheck, Syntax};

impl Profile {
    /// Parses a profile from JSON text; `origin` names the file in errors.
    pub fn from_json(text: &str, origin: &str) -> Result<Profile, Error> {
        let profile: Profile = serde_json::from_str(text).map_err(|e| Error::Input {
            what: format!("profile {origin}"),
            detail: format!("{e} (line {}, column {})", e.line(), e.column()),
        })?;
        if profile.profile_version != PROFILE_VERSION {
            return Err(Error::Input {
                what: format!("profile {origin}"),
                detail: format!(
                    "field `profile_version` is {}, this build reads version {PROFILE_VERSION}",
                    profile.profile_version
                ),
            });
        }
        let problems = profile.range_check().into_located(text, Syntax::Json);
        if !problems.is_empty() {
            return Err(Error::Input {
                what: format!("profile {origin}"),
                detail: problems
                    .into_iter()
                    .map(with_line)
                    .collect::<Vec<_>>()
                    .join("; "),
            });
        }
        Ok(profile)
    }

    pub fn load(path: &Path) -> Result<Profile, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Input {
            what: format!("profile {}", path.display()),
            detail: format!("cannot read: {e}"),
        })?;
        Self::from_json(&text, &path.display().to_string())
    }

    /// Every figure out of its range (a negative size or price, a percentage above 100, more
    /// than 24 hours a day), each naming the field's path.
    pub fn range_problems(&self) -> Vec<String> {
        self.range_check().into_problems()
    }

    /// [`Profile::range_problems`] with the paths kept, to find each field's line in a file.
    pub fn range_check(&self) -> RangeCheck {
        use Bound::*;
        let mut c = RangeCheck::new();
        let s = &self.sizing;
        c.field("sizing.memory_gib", s.memory_gib, NotNegative)
            .field("sizing.storage_gb", s.storage_gb, NotNegative)
            .field("sizing.backup_gb", s.backup_gb, NotNegative);
        if let Some(sv) = &s.serverless {
            c.field("sizing.serverless.min_acu", Some(sv.min_acu), NotNegative)
                .field("sizing.serverless.max_acu", Some(sv.max_acu), NotNegative)
                .field(
                    "sizing.serverless.average_acu",
                    Some(sv.average_acu),
                    NotNegative,
                );
        }
        if let Some(cosmos) = &self.cosmos {
            c.field(
                "cosmos.serverless_million_ru_per_month",
                cosmos.serverless_million_ru_per_month,
                NotNegative,
            );
            for (i, db) in cosmos.databases.iter().enumerate() {
                for (j, k) in db.containers.iter().enumerate() {
                    let at = format!("cosmos.databases[{i}].containers[{j}]");
                    if k.default_ttl.is_some_and(|t| t < -1) {
                        c.problem(&format!("{at}.default_ttl"), format!(
                            "field `{at}.default_ttl` is {}; it must be -1 (on, no default expiry) or more",
                            k.default_ttl.unwrap_or_default()
                        ));
                    }
                    if let Some(shape) = &k.shape {
                        shape.check_ranges(&format!("{at}.shape"), &mut c);
                    }
                }
            }
        }
        for (i, t) in self.dynamodb.iter().flat_map(|d| &d.tables).enumerate() {
            if let Some(shape) = &t.shape {
                shape.check_ranges(&format!("dynamodb.tables[{i}].shape"), &mut c);
            }
        }
        self.workload.check_ranges(&mut c);
        c
    }

    /// One note per `routines[].uses` value outside the documented vocabulary, naming the
    /// routines and the known values. Such a profile still loads (older or hand-written
    /// profiles), but no check reads the value.
    pub fn unknown_uses(&self) -> Vec<String> {
        let mut unknown: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for r in &self.routines {
            for u in r.uses.iter().filter(|u| !uses::is_known(u)) {
                unknown.entry(u).or_default().push(if r.schema.is_empty() {
                    r.name.clone()
                } else {
                    format!("{}.{}", r.schema, r.name)
                });
            }
        }
        unknown
            .into_iter()
            .map(|(value, routines)| {
                format!(
                    "Profile: routines[].uses value `{value}` (in {}) is not a known routine feature, so no check reads it; known values: {}.",
                    routines.join(", "),
                    uses::known_list()
                )
            })
            .collect()
    }
}
