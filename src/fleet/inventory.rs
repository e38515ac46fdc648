//! The fleet inventory (YAML): the sources to assess, each a profile file, a live URL whose
//! password comes from an environment variable named in the file, or both — a URL for the
//! schema and a profile for the sizing and utilisation `dbassay discover` measured.
//!
//! ```yaml
//! sources:
//!   - name: orders
//!     profile: profiles/orders.json      # relative to this file
//!     region: us-east-1
//!   - name: billing
//!     url: postgresql://assessor@billing.internal:5432/billing?sslmode=require
//!     password_env: BILLING_DB_PASSWORD  # the password itself never goes in the file
//!     engine: aurora-postgresql          # a hint; `auto` (the default) detects it
//!     instance_class: db.r6g.xlarge
//!     target_cu: 4
//!   - name: shop                         # discovered: the schema from the URL, merged with
//!     url: mysql://assessor@shop.mysql.database.azure.com/shop
//!     password_env: SHOP_DB_PASSWORD
//!     profile: profiles/shop.json        # the discovered sizing and utilisation
//! ```
//!
//! A source with both reads its schema from the URL and takes sizing and workload from the
//! profile ([`crate::source::merge_discovered`]); when the URL cannot be read, the profile alone
//! is assessed (for a discovered profile: sizing and cost only, compatibility not assessed).
//!
//! Loading is two steps: serde reads the structure (unknown fields are errors, with file, line
//! and column), then every source is validated and every problem reported at once, each with
//! the file and the line of its source.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

use crate::data::{self, DataFile};
use crate::engine::Catalog;
use crate::engine::Family;
use crate::error::Error;
use crate::introspect::{self, Secret, SourceUrl};
use crate::source::Source;

/// The inventory file (`dbassay discover` writes one with serde, so the format has one
/// definition).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Inventory {
    pub sources: Vec<SourceSpec>,
    /// The file it was read from (for messages), and its directory (profile paths are relative
    /// to it).
    #[serde(skip)]
    pub file: String,
    #[serde(skip)]
    pub dir: PathBuf,
}

/// One source of the fleet.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSpec {
    /// Unique name: letters, digits, `-`, `_` and `.`; names the per-source report files.
    pub name: String,
    /// Profile file (JSON), relative to the inventory's directory. With `url`, the profile
    /// gives the sizing and workload (e.g. written by `dbassay discover`) and the URL the schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<PathBuf>,
    /// Connection URL of a live source, without a password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Environment variable holding the password of `url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_env: Option<String>,
    /// Engine id hint (`dbassay engines`), or `auto`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engine: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_class: Option<String>,
    /// Allocated storage of the source in GB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_gb: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_availability: Option<bool>,
    /// Size the Lakebase target at this many CU instead of by the sizing rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_cu: Option<Decimal>,
    /// Line of this source in the inventory file (1-based), when known.
    #[serde(skip)]
    pub line: Option<usize>,
}

impl SourceSpec {
    /// The engine id the user chose, or `None` for auto.
    pub fn engine_hint(&self) -> Option<&str> {
        self.engine.as_deref().filter(|e| *e != "auto")
    }

    /// The profile file, relative paths resolved against `dir`.
    pub fn profile_path(&self, dir: &Path) -> Option<PathBuf> {
        self.profile.as_ref().map(|p| dir.join(p))
    }

    /// Where the schema is read from: the URL (with the password read from its environment
    /// variable) when there is one, else the profile file. A variable that is not set is an
    /// input error naming the variable (never a value).
    pub fn source(&self, dir: &Path) -> Result<Source, Error> {
        if let (None, Some(p)) = (&self.url, self.profile_path(dir)) {
            return Ok(Source::Profile(p));
        }
        let text = self.url.clone().unwrap_or_default();
        let url = SourceUrl::parse_kept(&text)
            .map_err(|e| Error::input(format!("source `{}`", self.name), format!("url: {e}")))?;
        let password = match &self.password_env {
            None => None,
            Some(var) => match std::env::var(var) {
                Ok(v) => Some(Secret::new(v)),
                Err(std::env::VarError::NotPresent) => {
                    return Err(Error::input(
                        format!("source `{}`", self.name),
                        format!(
                            "environment variable {var} (password_env) is not set; export it \
                             with the password of {text}"
                        ),
                    ))
                }
                Err(std::env::VarError::NotUnicode(_)) => {
                    return Err(Error::input(
                        format!("source `{}`", self.name),
                        format!("environment variable {var} (password_env) is not valid UTF-8"),
                    ))
                }
            },
        };
        Ok(Source::Live { url, password })
    }

    /// What to show of the source: its URL (which holds no password), else its profile path
    /// as written.
    pub fn describe(&self) -> String {
        match (&self.profile, &self.url) {
            (_, Some(u)) => u.clone(),
            (Some(p), None) => p.display().to_string(),
            (None, None) => String::new(),
        }
    }
}

impl Inventory {
    pub fn load(path: &Path, catalog: &Catalog) -> Result<Inventory, Error> {
        let file = DataFile::read(path).map_err(|e| match e {
            Error::Io { source, .. } => Error::input(
                format!("inventory {}", path.display()),
                format!("cannot read: {source}"),
            ),
            other => other,
        })?;
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        Self::parse(&file, dir, catalog)
    }

    /// Parses and validates; `dir` is where relative profile paths start.
    pub fn parse(file: &DataFile, dir: PathBuf, catalog: &Catalog) -> Result<Inventory, Error> {
        let mut inv: Inventory = data::parse_yaml(file)
            .map_err(|detail| Error::input(format!("inventory {}", file.name), detail))?;
        inv.file = file.name.clone();
        inv.dir = dir;
        let lines = item_lines(&file.text, "sources");
        for (i, s) in inv.sources.iter_mut().enumerate() {
            s.line = lines.get(i).copied();
        }
        let problems = inv.validate(catalog);
        if problems.is_empty() {
            Ok(inv)
        } else {
            Err(Error::Problems(problems))
        }
    }

    /// Every problem, each as `file:line: source `name`: what is wrong`.
    fn validate(&self, catalog: &Catalog) -> Vec<String> {
        let mut problems = Vec::new();
        if self.sources.is_empty() {
            problems.push(format!(
                "{}: `sources` is empty; list at least one source",
                self.file
            ));
        }
        let mut seen: Vec<(&str, usize)> = Vec::new();
        for (i, s) in self.sources.iter().enumerate() {
            let at = match s.line {
                Some(l) => format!("{}:{l}", self.file),
                None => format!("{} (sources[{i}])", self.file),
            };
            let mut bad = |detail: String| {
                problems.push(format!("{at}: source `{}`: {detail}", s.name));
            };
            if let Err(e) = check_name(&s.name) {
                bad(e);
            } else if let Some((_, first)) =
                seen.iter().find(|(n, _)| n.eq_ignore_ascii_case(&s.name))
            {
                bad(format!(
                    "the name is already used by sources[{first}] (names must be unique, \
                     whatever the case: they name the report files)"
                ));
            } else {
                seen.push((&s.name, i));
            }
            match (&s.profile, &s.url) {
                (None, None) => bad("give `profile: FILE`, `url: URL` or both".into()),
                (Some(_), None) if s.password_env.is_some() => {
                    bad("`password_env` goes with `url`, not with `profile` alone".into())
                }
                (_, Some(url)) => {
                    let parsed = SourceUrl::parse_kept(url);
                    if let Err(e) = &parsed {
                        bad(format!("url: {e}"));
                    }
                    let family = parsed.as_ref().ok().and_then(SourceUrl::family);
                    if family == Some(Family::Document) && s.password_env.is_some() {
                        bad(
                            "a Cosmos DB account key is not a password: it is read from \
                             DBASSAY_COSMOS_KEY for the whole run, never put into the URL; \
                             remove `password_env`"
                                .into(),
                        );
                    }
                    if let Some(var) = &s.password_env {
                        if var.is_empty()
                            || !var.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                        {
                            bad(format!(
                                "password_env `{var}` is not an environment variable name \
                                 (letters, digits and _)"
                            ));
                        }
                    }
                }
                _ => {}
            }
            let url = s.url.as_deref().map(SourceUrl::parse_kept);
            if let (Some(id), Some(Ok(url))) = (s.engine_hint(), url) {
                if let Ok(e) = catalog.engine(id) {
                    if let Err(why) = introspect::check_engine_fits(e, &url) {
                        bad(why);
                    }
                }
            }
            if let Some(id) = s.engine_hint() {
                if catalog.engine(id).is_err() {
                    bad(format!(
                        "unknown engine `{id}`; known: auto, {}",
                        catalog
                            .engines
                            .iter()
                            .map(|e| e.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
            if s.target_cu.is_some_and(|cu| cu <= Decimal::ZERO) {
                bad("target_cu must be more than 0".into());
            }
            if s.storage_gb.is_some_and(|g| g <= Decimal::ZERO) {
                bad("storage_gb must be more than 0".into());
            }
        }
        problems
    }
}

/// A source name: 1–64 of letters, digits, `-`, `_` and `.`, not starting with `.`.
pub fn check_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(
            "the name must be 1–64 letters, digits, `-`, `_` or `.`, not starting with `.` \
             (it names the report files)"
                .into(),
        )
    }
}

/// 1-based lines of the items of the block sequence under the top-level key `key`. A sequence
/// written in flow style (`[...]`) gives no lines.
fn item_lines(text: &str, key: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut inside = false;
    let mut indent: Option<usize> = None;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let depth = line.len() - trimmed.len();
        if depth == 0 && !trimmed.starts_with('-') {
            inside = trimmed
                .strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with(':'));
            indent = None;
            continue;
        }
        if !inside {
            continue;
        }
        if trimmed == "-" || trimmed.starts_with("- ") {
            match indent {
                None => {
                    indent = Some(depth);
                    out.push(i + 1);
                }
                Some(d) if d == depth => out.push(i + 1),
                _ => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Inventory, Error> {
        let file = DataFile {
            name: "fleet.yaml".into(),
            text: text.into(),
        };
        Inventory::parse(&file, PathBuf::from("/inv"), &Catalog::bundled().unwrap())
    }

    #[test]
    fn a_good_inventory_with_both_kinds_of_source() {
        let inv = parse(
            "# fleet\nsources:\n  - name: orders\n    profile: p/orders.json\n    region: us-east-1\n\
             \n  - name: billing\n    url: postgresql://assessor@db:5432/billing\n    \
             password_env: BILLING_PW\n    engine: aurora-postgresql\n    target_cu: 4\n",
        )
        .unwrap();
        assert_eq!(inv.sources.len(), 2);
        assert_eq!(inv.sources[0].line, Some(3));
        assert_eq!(inv.sources[1].line, Some(7));
        match inv.sources[0].source(&inv.dir).unwrap() {
            Source::Profile(p) => assert_eq!(p, PathBuf::from("/inv/p/orders.json")),
            other => panic!("{other:?}"),
        }
        assert_eq!(inv.sources[1].engine_hint(), Some("aurora-postgresql"));
    }

    #[test]
    fn unknown_fields_name_file_line_and_field() {
        let e = parse("sources:\n  - name: a\n    profile: a.json\n    pasword_env: X\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("fleet.yaml:4:"), "{e}");
        assert!(e.contains("pasword_env"), "{e}");
        assert!(
            e.contains("password_env"),
            "the known fields are listed: {e}"
        );
    }

    #[test]
    fn every_problem_at_once_with_its_line() {
        let e = parse(
            "sources:\n  - name: a\n    profile: a.json\n    url: postgresql://h/db\n\
             \x20 - name: A\n    profile: b.json\n\
             \x20 - name: ../etc\n    url: postgresql://u:secret@h/db\n\
             \x20 - name: c\n\
             \x20 - name: d\n    profile: d.json\n    password_env: X\n    engine: oracle\n    \
             target_cu: 0\n\
             \x20 - name: e\n    url: postgresql://u@h/db\n    engine: rds-mysql\n\
             \x20 - name: f\n    url: cosmos://acct.documents.azure.com\n    password_env: K\n",
        )
        .unwrap_err();
        assert_eq!(e.exit_code(), 2);
        let text = e.to_string();
        for want in [
            "fleet.yaml:5: source `A`: the name is already used by sources[0]",
            "fleet.yaml:7: source `../etc`: the name must be",
            "fleet.yaml:7: source `../etc`: url: the URL holds a password",
            "fleet.yaml:9: source `c`: give `profile: FILE`, `url: URL` or both",
            "fleet.yaml:10: source `d`: `password_env` goes with `url`",
            "fleet.yaml:10: source `d`: unknown engine `oracle`",
            "fleet.yaml:10: source `d`: target_cu must be more than 0",
            "fleet.yaml:15: source `e`: `rds-mysql` is a mysql engine, but the URL is a postgres source",
            "fleet.yaml:18: source `f`: a Cosmos DB account key is not a password",
        ] {
            assert!(text.contains(want), "missing {want:?} in\n{text}");
        }
        assert!(!text.contains("secret"), "{text}");
    }

    #[test]
    fn a_url_for_the_schema_and_a_profile_for_the_sizing() {
        let inv = parse(
            "sources:\n  - name: shop\n    url: mysql://assessor@shop.example.com/shop\n    \
             password_env: PATH\n    profile: profiles/shop.json\n",
        )
        .unwrap();
        let s = &inv.sources[0];
        assert_eq!(
            s.profile_path(&inv.dir),
            Some(PathBuf::from("/inv/profiles/shop.json"))
        );
        // The schema comes from the URL; what is shown is the URL.
        assert_eq!(s.describe(), "mysql://assessor@shop.example.com/shop");
        // (PATH stands in for a password variable that is set.)
        assert!(matches!(s.source(&inv.dir), Ok(Source::Live { .. })));
        // Both, and still every other rule: a password in the URL is refused with its line.
        let e =
            parse("sources:\n  - name: shop\n    profile: p.json\n    url: mysql://u:pw@h/db\n")
                .unwrap_err()
                .to_string();
        assert!(
            e.contains("fleet.yaml:2: source `shop`: url: the URL holds a password"),
            "{e}"
        );
    }

    #[test]
    fn an_unset_password_variable_names_the_variable() {
        let inv = parse(
            "sources:\n  - name: live\n    url: postgresql://a@h/db\n    \
             password_env: DBASSAY_TEST_UNSET_VARIABLE\n",
        )
        .unwrap();
        let e = inv.sources[0].source(&inv.dir).unwrap_err().to_string();
        assert!(e.contains("DBASSAY_TEST_UNSET_VARIABLE"), "{e}");
        assert!(e.contains("is not set"), "{e}");
    }

    #[test]
    fn empty_and_flow_style_inventories() {
        assert!(parse("sources: []\n")
            .unwrap_err()
            .to_string()
            .contains("`sources` is empty"));
        let inv = parse("sources: [{name: a, profile: a.json}]\n").unwrap();
        assert_eq!(inv.sources[0].line, None);
        assert!(parse("sources:\n  - name: a\n    profile: [1]\n").is_err());
    }
}
