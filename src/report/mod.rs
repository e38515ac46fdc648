//! Renderers: functions of the Assessment alone.

pub mod format;
pub mod table;

use crate::assessment::Assessment;

/// Pretty JSON of the assessment, newline-terminated; byte-identical for identical inputs.
pub fn json(a: &Assessment) -> String {
    let mut s = serde_json::to_string_pretty(a).expect("assessment serializes");
    s.push('\n');
    s
}
