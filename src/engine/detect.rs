//! How live introspection recognises an engine: the `detect:` block of `engines/<id>.yaml`.
//!
//! Provider markers are data: the roles, settings, extensions and functions a provider leaves on
//! its servers. Introspection reads those facts from the server, compares them with the rules of
//! every engine of the URL's family, and records what matched as the detection's evidence
//! (`introspect::detect`). Making introspection recognise a new engine is a YAML change:
//!
//! ```yaml
//! detect:
//!   rank: 2                  # among the family's engines, the lowest rank with a marker wins
//!   includes: [rds-mysql]    # engines whose markers this one also carries, cited with its own
//!   markers:                 # any one of these identifies the engine
//!     functions: [aurora_version]                      # exact names (PostgreSQL)
//!     values: [{ name: basedir, value: "^/rdsdbbin/" }] # a setting whose value matches
//!     roles: ["^(rds_superuser|rdsadmin)$"]            # role or account (user part) names
//!     settings: ['^rds\.']                             # setting or variable names
//!     extensions: ["^(rds_|aws_)"]                     # installed or available extensions
//!     services: ["^DynamoDB_"]                         # the API a cloud endpoint answers as
//!   supporting: { extensions: ["^google_"] }           # cited when chosen, never enough alone
//!   evidence_limit: 3        # most facts cited per kind of marker
//! ```
//!
//! The family's plain engine says `detect: { fallback: true }`: it is chosen when no other
//! engine's markers are present. Patterns are regular expressions (the syntax PostgreSQL's `~`
//! and the `regex-lite` crate share), checked when the engine file is loaded.

use regex_lite::Regex;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The `detect:` block of an engine file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectRules {
    /// Order among the family's engines when markers of several are present: the lowest rank
    /// with a marker wins (Aurora before RDS, whose markers Aurora also carries).
    #[serde(default)]
    pub rank: Option<u32>,
    /// The family's engine when no other engine's markers are present (plain PostgreSQL).
    #[serde(default)]
    pub fallback: bool,
    /// Any one of these identifies the engine.
    #[serde(default)]
    pub markers: Markers,
    /// Cited as evidence when the engine is chosen, never enough alone (Google's extensions,
    /// which Cloud SQL offers too).
    #[serde(default)]
    pub supporting: Markers,
    /// Engines whose markers this one also carries, cited with its own (Aurora carries RDS's).
    #[serde(default)]
    pub includes: Vec<String>,
    /// Most facts cited per kind of marker (a provider with dozens of settings); all when absent.
    #[serde(default)]
    pub evidence_limit: Option<usize>,
}

/// Facts on a server that point at one provider, by kind. Facts of a kind the family's servers
/// do not show (extensions on MySQL) never match.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Markers {
    /// Functions that exist (PostgreSQL), by exact name: `aurora_version`.
    #[serde(default)]
    pub functions: Vec<String>,
    /// Settings whose value matches a pattern (MySQL global variables).
    #[serde(default)]
    pub values: Vec<ValueMarker>,
    /// Role names (PostgreSQL roles; the user part of MySQL accounts), by pattern.
    #[serde(default)]
    pub roles: Vec<Pattern>,
    /// Setting names present (PostgreSQL settings at server, database or role level; MySQL
    /// global variables), by pattern.
    #[serde(default)]
    pub settings: Vec<Pattern>,
    /// Extensions installed or available (PostgreSQL), by pattern.
    #[serde(default)]
    pub extensions: Vec<Pattern>,
    /// The API a cloud endpoint answers as (DynamoDB's `DynamoDB_20120810` target), by pattern.
    #[serde(default)]
    pub services: Vec<Pattern>,
}

impl Markers {
    pub fn is_empty(&self) -> bool {
        self.functions.is_empty()
            && self.values.is_empty()
            && self.roles.is_empty()
            && self.settings.is_empty()
            && self.extensions.is_empty()
            && self.services.is_empty()
    }
}

/// A setting whose value matches `value`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueMarker {
    pub name: String,
    pub value: Pattern,
}

/// A regular expression, compiled when the engine file is loaded.
#[derive(Debug, Clone)]
pub struct Pattern(Regex);

impl Pattern {
    pub fn new(text: &str) -> Result<Pattern, String> {
        Regex::new(text)
            .map(Pattern)
            .map_err(|e| format!("`{text}` is not a regular expression: {e}"))
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl Serialize for Pattern {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pattern, D::Error> {
        let text = String::deserialize(d)?;
        Pattern::new(&text).map_err(serde::de::Error::custom)
    }
}

/// What must hold across a family's engine files: ranks distinct, `includes` naming ranked
/// engines of the same family, one fallback without markers, markers for every ranked engine.
pub fn check_families(engines: &[super::Engine]) -> Vec<String> {
    let mut problems = Vec::new();
    let file = |id: &str| format!("{id}.yaml: detect");
    for e in engines {
        let Some(d) = &e.detect else { continue };
        let same_family = || {
            engines
                .iter()
                .filter(|o| o.family == e.family && o.id != e.id)
        };
        match (d.rank, d.fallback) {
            (Some(_), true) => problems.push(format!(
                "{}: a fallback engine has no rank (it is chosen when no ranked engine matches)",
                file(&e.id)
            )),
            (None, false) => problems.push(format!(
                "{}: give `rank: N` (with markers) or `fallback: true`",
                file(&e.id)
            )),
            (Some(rank), false) => {
                if d.markers.is_empty() {
                    problems.push(format!(
                        "{}.markers: a ranked engine needs a marker",
                        file(&e.id)
                    ));
                }
                if let Some(o) =
                    same_family().find(|o| o.detect.as_ref().and_then(|d| d.rank) == Some(rank))
                {
                    problems.push(format!(
                        "{}.rank: {rank} is also the rank of {}",
                        file(&e.id),
                        o.id
                    ));
                }
            }
            (None, true) => {
                if !(d.markers.is_empty() && d.supporting.is_empty()) {
                    problems.push(format!("{}: a fallback engine has no markers", file(&e.id)));
                }
                if let Some(o) =
                    same_family().find(|o| o.detect.as_ref().is_some_and(|d| d.fallback))
                {
                    problems.push(format!(
                        "{}.fallback: {} is the {} fallback too",
                        file(&e.id),
                        o.id,
                        e.family
                    ));
                }
            }
        }
        for inc in &d.includes {
            let ranked = same_family()
                .any(|o| &o.id == inc && o.detect.as_ref().is_some_and(|d| d.rank.is_some()));
            if !ranked {
                problems.push(format!(
                    "{}.includes: `{inc}` is not a ranked {} engine",
                    file(&e.id),
                    e.family
                ));
            }
        }
    }
    problems
}
