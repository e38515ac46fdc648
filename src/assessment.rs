//! The Assessment: the one structure every renderer reads and `--format json` prints.
//!
//! It is stable and documented (`dbassay schema assessment`) so CI can diff two runs. Money is a
//! decimal string; an unknown price or total is `null`, never `"0"`. Nothing in it depends on the
//! clock except dates recorded as data (price dates), so the same inputs give the same bytes.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::engine::{CostCategory, Family, RateBasis};
use crate::pricing::Origin;
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

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SizingBasis {
    /// Memory parity with the source (its allocation taken as used).
    #[default]
    AsIs,
    /// From measured use (CPU, memory, connections, hours) × the comfort factor.
    PerformanceBased,
}

impl SizingBasis {
    pub fn title(self) -> &'static str {
        match self {
            SizingBasis::AsIs => "as-is",
            SizingBasis::PerformanceBased => "performance-based",
        }
    }
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

/// CU-hours a month: every compute at the bottom of its range, as expected, at the top.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CuHours {
    pub low: Decimal,
    pub expected: Decimal,
    pub high: Decimal,
}

/// A monthly amount as a range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MoneyRange {
    pub low: Decimal,
    pub expected: Decimal,
    pub high: Decimal,
}

/// How much the sizing can be trusted, one to five stars, and why.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct SizingConfidence {
    pub stars: u8,
    pub reasons: Vec<String>,
}

/// The Lakebase region for the source and what moving there means.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct TargetRegion {
    /// Lakebase region chosen (the source's own when Lakebase runs there).
    pub region: Option<String>,
    /// Cloud of that region (`aws`, `azure`).
    pub cloud: Option<String>,
    pub same_region: bool,
    /// Great-circle distance from the source region, in km, when not the same.
    pub distance_km: Option<u32>,
    /// Region whose Lakebase prices were used.
    pub price_region: String,
    /// What the reader should know: latency, egress, prices from another region.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Cost {
    pub currency: String,
    pub hours_per_month: Decimal,
    /// Sum of the source lines; `null` when any line's price or quantity is unknown.
    pub source_monthly: Option<Decimal>,
    /// Sum of the target lines; `null` when any is unknown.
    pub target_monthly: Option<Decimal>,
    /// target − source; `null` unless both are known. Negative means Lakebase costs less.
    pub difference_monthly: Option<Decimal>,
    /// Sums of the known lines only, for when a total is unknown.
    pub source_known_monthly: Decimal,
    pub target_known_monthly: Decimal,
    /// Every line priced and every quantity known.
    pub complete: bool,
    pub lines: Vec<CostLine>,
    /// Latest price date used, for "prices as of"; `null` when a priced line has no read date
    /// (a recalled rate-card row).
    pub prices_as_of: Option<String>,
    /// Lakebase monthly total of the headline sizing as a range (bottom of the autoscaling
    /// range, expected, top); `target_monthly` is its expected value.
    #[serde(default)]
    pub target_range: Option<MoneyRange>,
    pub assumptions: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Source,
    Target,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct CostLine {
    pub side: Side,
    /// Line id within its engine (`compute`, `storage`, …).
    pub id: String,
    pub category: CostCategory,
    pub description: String,
    pub quantity: Option<Decimal>,
    /// How the quantity was reached.
    pub quantity_basis: String,
    pub unit: String,
    pub unit_price: Option<Decimal>,
    /// quantity × unit price, to the cent; `null` when either is unknown.
    pub monthly: Option<Decimal>,
    pub price: PriceRef,
}

/// Where a price came from.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct PriceRef {
    /// `api`, `cache`, `price_book`, `rate_card`, or `unknown` when no price was found.
    pub source: Origin,
    /// How a rate-card price was obtained (`published`, `derived`, `recalled`); `null` for a
    /// price read from a price service.
    #[serde(default)]
    pub basis: Option<RateBasis>,
    pub service: String,
    pub sku: String,
    pub region: String,
    pub currency: String,
    /// Date the price was read (YYYY-MM-DD).
    pub as_of: Option<String>,
    /// URL or file the price came from.
    pub reference: Option<String>,
}

impl PriceRef {
    /// For a reader: `live API`, `rate card (recalled)`, `not found`.
    pub fn label(&self) -> String {
        self.source.label(self.basis)
    }
}
