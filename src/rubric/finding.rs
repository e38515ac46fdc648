//! What a check produces when it fires: a finding, with its effort in hours.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::{CheckKind, Conversion};
use super::{Category, Severity};

/// A low–high range of hours.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct HoursRange {
    pub low: Decimal,
    pub high: Decimal,
}

impl HoursRange {
    pub fn new(low: Decimal, high: Decimal) -> Self {
        HoursRange {
            low: round_hours(low),
            high: round_hours(high),
        }
    }

    pub fn plus(self, other: HoursRange) -> Self {
        HoursRange::new(self.low + other.low, self.high + other.high)
    }
}

/// One triggered check, self-contained.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    pub id: String,
    pub title: String,
    #[schemars(with = "String")]
    pub severity: Severity,
    #[schemars(with = "String")]
    pub category: Category,
    /// `compatibility` (scored) or `prerequisite` (a step of the migration path).
    #[schemars(with = "String")]
    pub kind: CheckKind,
    /// `automatic` (the path's standard tool converts it; verify) or `by_hand`.
    #[schemars(with = "String")]
    pub conversion: Conversion,
    pub message: String,
    /// For multi-flag settings: each consequence that applies (empty for other checks).
    #[serde(default)]
    pub consequences: Vec<String>,
    pub remediation: String,
    pub docs: String,
    /// The exact objects that triggered it.
    pub objects: Vec<String>,
    pub object_count: usize,
    pub effort_hours: HoursRange,
    pub rubric: String,
    /// File and line of the check's definition.
    pub defined_in: String,
    /// What a rehearsal (`assess --rehearse-on`) said about it; absent without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<Proof>,
}

/// A finding checked by replaying the schema on a real server.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Proof {
    /// `proven` (the server, or Lakebase's extension list, refused a statement of it) or
    /// `predicted` (the rubric's word alone).
    pub status: String,
    /// "proven by the server", "proven by Lakebase's extension list", or "predicted".
    pub label: String,
    /// The replay's verdict and why: "not reproduced: runtime behaviour: …".
    pub reason: String,
    /// The failing statements that prove it.
    pub evidence: Vec<Evidence>,
}

/// One statement refused during a rehearsal.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    /// The statement on one line, shortened.
    pub statement: String,
    pub object: String,
    pub sqlstate: String,
    pub message: String,
    /// `server` or `lakebase_extension_list`.
    pub refused_by: String,
}

/// Rounds hours to one decimal for display and JSON stability.
fn round_hours(d: Decimal) -> Decimal {
    d.round_dp(1).normalize()
}
