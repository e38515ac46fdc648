//! A user's own severities: per check or per category, or a check switched off.
//!
//! ```yaml
//! checks:
//!   pg-unlogged-table: { severity: minor }
//!   pg-non-utf8-encoding: { disabled: true }
//! categories:
//!   operations: { severity: info }
//! ```
//! A check's own entry wins over its category's. Entries that match nothing are reported.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

use super::model::{Category, Severity};
use super::{RubricSet, SourcedCheck};
use crate::data::{self, DataFile};
use crate::error::Error;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserConfig {
    #[serde(default)]
    pub checks: BTreeMap<String, Setting>,
    #[serde(default)]
    pub categories: BTreeMap<Category, Setting>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setting {
    #[serde(default)]
    pub severity: Option<Severity>,
    #[serde(default)]
    pub disabled: bool,
}

impl UserConfig {
    pub fn load(path: &Path) -> Result<UserConfig, Error> {
        let file = DataFile::read(path)?;
        data::parse_yaml(&file).map_err(|detail| Error::input("config", detail))
    }

    /// Applies the settings to a flattened rubric; returns notes about entries that matched
    /// nothing (a check id unknown anywhere, or not in this engine's rubric).
    pub fn apply(&self, checks: &mut Vec<SourcedCheck>, all: &RubricSet) -> Vec<String> {
        let mut notes = Vec::new();
        for id in self.checks.keys() {
            let here = checks
                .iter()
                .any(|c| &c.check.id == id || c.check.aliases.contains(id));
            if !here {
                let anywhere = all
                    .all_checks()
                    .any(|(_, c)| &c.check.id == id || c.check.aliases.contains(id));
                notes.push(if anywhere {
                    format!("config: check `{id}` is not part of this engine's rubric; its setting was not used")
                } else {
                    format!("config: no check has the id `{id}`; its setting matched nothing")
                });
            }
        }
        for cat in self.categories.keys() {
            if !checks.iter().any(|c| c.check.category == *cat) {
                notes.push(format!(
                    "config: no check in category `{}` for this engine; its setting matched nothing",
                    cat.as_str()
                ));
            }
        }
        checks.retain_mut(|c| {
            let own = self.checks.iter().find_map(|(id, s)| {
                (id == &c.check.id || c.check.aliases.contains(id)).then_some(s)
            });
            let cat = self.categories.get(&c.check.category);
            for s in [cat, own].into_iter().flatten() {
                if let Some(sev) = s.severity {
                    c.check.severity = sev;
                }
            }
            !(own.is_some_and(|s| s.disabled) || cat.is_some_and(|s| s.disabled) && own.is_none())
        });
        notes
    }
}
