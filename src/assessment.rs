//! The Assessment: the one structure every renderer reads and `--format json` prints.
//!
//! It is stable and documented (`dbassay schema assessment`) so CI can diff two runs. Money is a
//! decimal string; an unknown price or total is `null`, never `"0"`. Nothing in it depends on the
//! clock except dates recorded as data (price dates), so the same inputs give the same bytes.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::cost::model::{
    Cost, CostLine, CuHours, MoneyRange, PriceRef, Side, SizingBasis, SizingConfidence,
    TargetRegion,
};
use crate::engine::Family;
pub use crate::rubric::{Finding, HoursRange};
pub use crate::score::{
    CategoryScore, Compatibility, EffortSplit, MigrationPath, SeverityCounts, Tier,
};

/// Format version of the assessment JSON.
pub const ASSESSMENT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Assessment {
    pub assessment_version: u32,
    /// The dbassay version that produced it.
    pub tool_version: String,
    pub source: SourceSummary,
    pub target: TargetSummary,
    pub compatibility: Compatibility,
    pub migration_path: MigrationPath,
    pub cost: Cost,
    /// Things the reader should know: areas not assessed, config entries that matched nothing.
    pub notes: Vec<String>,
    /// The rehearsal that proved the findings (`assess --rehearse-on`); absent without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rehearsal: Option<RehearsalSummary>,
}

/// The rehearsal behind the proofs of an assessment's findings.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RehearsalSummary {
    /// "9 of 12 findings proven; 1 problem no check predicted; …".
    pub summary: String,
    /// The scratch server's URL, password masked.
    pub scratch: String,
    pub statements: usize,
    pub failed: usize,
    pub proven: usize,
    /// Failures no check predicted: problems to add to the findings by hand.
    pub not_predicted: Vec<crate::rubric::Evidence>,
}

/// The figures a reader compares between runs and between sources: readiness, effort and
/// monthly cost. A history record and a fleet ranking row carry it, flattened into their JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Headline {
    pub score: u32,
    pub tier: Tier,
    pub counts: SeverityCounts,
    pub effort_hours: HoursRange,
    pub currency: String,
    pub source_monthly: Option<Decimal>,
    pub target_monthly: Option<Decimal>,
}

impl Headline {
    pub fn of(a: &Assessment) -> Headline {
        Headline {
            score: a.compatibility.score,
            tier: a.compatibility.tier,
            counts: a.compatibility.counts.clone(),
            effort_hours: a.compatibility.effort_hours,
            currency: a.cost.currency.clone(),
            source_monthly: a.cost.source_monthly,
            target_monthly: a.cost.target_monthly,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct SourceSummary {
    pub name: String,
    pub engine: String,
    pub engine_name: String,
    pub family: Family,
    pub version: String,
    pub region: String,
    pub instance_class: Option<String>,
    pub vcpu: Option<u32>,
    pub memory_gib: Option<Decimal>,
    pub storage_gb: Option<Decimal>,
    pub data_size_gb: Option<Decimal>,
    pub high_availability: bool,
    pub read_replicas: u32,
    /// Object counts by kind (`tables`, `columns`, `routines`, …).
    pub objects: Vec<ObjectCount>,
    pub detection: Option<crate::profile::Detection>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ObjectCount {
    pub kind: String,
    pub count: u64,
}

/// The sized target. Fields marked `serde(default)` came with the two sizings; an assessment
/// written before them still reads (for `diff` and `history`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct TargetSummary {
    pub engine: String,
    pub name: String,
    pub postgres_version: u32,
    /// Sized capacity in CU: the top of the headline sizing's autoscaling range.
    pub cu: Decimal,
    pub memory_gib: Decimal,
    /// Computes billed: the primary, its HA secondaries and the read replicas.
    pub computes: u32,
    pub max_connections: u32,
    /// Hours a month the primary runs (headline sizing).
    pub hours_per_month: Decimal,
    /// Which sizing the headline cost uses: performance-based when utilisation is known.
    #[serde(default)]
    pub basis: SizingBasis,
    /// Bottom of the headline autoscaling range, in CU.
    #[serde(default)]
    pub min_cu: Decimal,
    /// Expected average CU of the primary while it runs (headline sizing).
    #[serde(default)]
    pub average_cu: Decimal,
    #[serde(default)]
    pub ha_secondaries: u32,
    #[serde(default)]
    pub read_replicas: u32,
    /// Both sizings, as-is first.
    #[serde(default)]
    pub sizings: Vec<SizingSummary>,
    #[serde(default)]
    pub confidence: SizingConfidence,
    /// Factor measured use is multiplied by before it becomes CU.
    #[serde(default)]
    pub comfort_factor: Decimal,
    /// vCPU per CU used to turn CPU use into CU: a dbassay heuristic, not a published figure.
    #[serde(default)]
    pub vcpu_per_cu: Decimal,
    #[serde(default)]
    pub vcpu_per_cu_source: String,
    /// Where Lakebase would run.
    #[serde(default)]
    pub region: TargetRegion,
    /// Scale-to-zero timeout (minutes) the cost assumes, when it counts idle hours as unbilled.
    #[serde(default)]
    pub scale_to_zero_timeout_minutes: Option<Decimal>,
    /// The sizing rule, in plain words, with the figures it used.
    pub sizing: Vec<String>,
}

/// One sizing of the target and what it would cost.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct SizingSummary {
    pub basis: SizingBasis,
    pub min_cu: Decimal,
    pub max_cu: Decimal,
    pub average_cu: Decimal,
    pub cu_hours: CuHours,
    /// Lakebase monthly total at the range's bottom, expected and at its top; `null` when a
    /// target price is unknown.
    pub monthly: Option<MoneyRange>,
    pub explain: Vec<String>,
}
