//! What scoring produces: the compatibility score, tier and effort, and the migration path.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::rubric::{Category, Finding, HoursRange};

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Compatibility {
    /// 0–100; 100 means nothing to change.
    pub score: u32,
    pub tier: Tier,
    pub effort_hours: HoursRange,
    pub counts: SeverityCounts,
    pub categories: Vec<CategoryScore>,
    pub findings: Vec<Finding>,
    /// Rubric that was applied.
    pub rubric: String,
    pub checks_run: usize,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Ready,
    MinorChanges,
    MajorRework,
    Blocked,
}

impl Tier {
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Ready => "ready",
            Tier::MinorChanges => "minor changes",
            Tier::MajorRework => "major rework",
            Tier::Blocked => "blocked",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SeverityCounts {
    pub blocker: usize,
    pub major: usize,
    pub minor: usize,
    pub info: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct CategoryScore {
    #[schemars(with = "String")]
    pub category: Category,
    pub title: String,
    pub score: u32,
    pub findings: usize,
    pub effort_hours: HoursRange,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct MigrationPath {
    /// `logical_replication`, `dump_restore` or `cross_engine`.
    pub kind: String,
    pub title: String,
    pub reasons: Vec<String>,
    pub prerequisites: Vec<String>,
    pub docs: String,
}
