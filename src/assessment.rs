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
pub use crate::score::{CategoryScore, Compatibility, MigrationPath, SeverityCounts, Tier};

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

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct TargetSummary {
    pub engine: String,
    pub name: String,
    pub postgres_version: u32,
    /// Sized capacity in CU.
    pub cu: Decimal,
    pub memory_gib: Decimal,
    /// Computes billed: the primary plus HA secondaries.
    pub computes: u32,
    pub max_connections: u32,
    pub hours_per_month: Decimal,
    /// The sizing rule, in plain words, with the figures it used.
    pub sizing: Vec<String>,
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
