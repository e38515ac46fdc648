//! Renderers: functions of the Assessment alone.

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

/// Today's date (UTC, YYYY-MM-DD) for a report's cover, or the date of `SOURCE_DATE_EPOCH` when
/// it is set, so that a report can be reproduced byte for byte.
pub fn today() -> String {
    let from_env = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok());
    let now = from_env.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64)
    });
    format::iso_date(now)
}
