//! What scoring produces: the compatibility score, tier and effort, and the migration path.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::rubric::{Category, Finding, HoursRange};

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Compatibility {
    /// 0–100; 100 means nothing to change.
    pub score: u32,
    pub tier: Tier,
    /// Hours to change the schema and code: `automatic` + `by_hand`.
    pub effort_hours: HoursRange,
    pub effort_split: EffortSplit,
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

/// The effort of the compatibility findings by who does the work (README "Scoring").
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EffortSplit {
    /// Converted by the standard tool of the path (pg_dump/pg_restore, pgloader): hours to
    /// verify its output.
    pub automatic: HoursRange,
    /// Rewritten or decided by an engineer.
    pub by_hand: HoursRange,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct MigrationPath {
    /// `logical_replication`, `dump_restore` or `cross_engine`.
    pub kind: String,
    pub title: String,
    pub reasons: Vec<String>,
    /// Steps of the path, in order.
    pub prerequisites: Vec<String>,
    /// What the source server or the assessing account needs before the path can run (binlog,
    /// wal_level, privileges, superuser accounts), each with its steps and effort. Not scored:
    /// they say nothing about how much the schema and code must change.
    #[serde(default)]
    pub prerequisite_findings: Vec<Finding>,
    /// Sum of the prerequisite findings' effort.
    #[serde(default)]
    pub effort_hours: HoursRange,
    pub docs: String,
}
