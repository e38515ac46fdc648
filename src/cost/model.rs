//! The cost stage's data: the bill of each side line by line ([`Cost`], [`CostLine`]), where each
//! price came from ([`PriceRef`]), and the sizing figures the target's cost rests on. The
//! assessment carries them as they are (`assessment` re-exports them).

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::engine::{CostCategory, RateBasis};
use crate::pricing::Origin;

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
