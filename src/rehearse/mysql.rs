//! The MySQL-family rehearsal: a schema-only load through pgloader into the scratch database,
//! and what it converted automatically, left out and failed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What pgloader did with a MySQL-family schema.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Conversion {
    /// Objects created on the scratch server, by kind (`tables`, `indexes`, …).
    pub converted: Vec<Converted>,
    /// Source objects pgloader does not convert (routines, views, triggers, events).
    pub left_out: Vec<Converted>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Converted {
    pub kind: String,
    pub count: u64,
    pub objects: Vec<String>,
}

/// Rehearses a MySQL-family source through pgloader.
pub fn rehearse(
    opts: &super::Options,
    assessment: &crate::assessment::Assessment,
) -> Result<super::Rehearsal, crate::error::Error> {
    let _ = (opts, assessment);
    Err(crate::error::Error::input(
        "rehearse",
        "MySQL-family sources are not rehearsed yet",
    ))
}
