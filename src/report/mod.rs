//! Renderers: functions of the Assessment alone.

pub mod chart;
pub mod document;
pub mod escape;
pub mod format;
pub mod table;
pub mod view;

pub use document::{DocFormat, Reporter};
pub use view::Cover;

use crate::assessment::Assessment;

/// Pretty JSON of the assessment, newline-terminated; byte-identical for identical inputs.
pub fn json(a: &Assessment) -> String {
    let mut s = serde_json::to_string_pretty(a).expect("assessment serializes");
    s.push('\n');
    s
}
