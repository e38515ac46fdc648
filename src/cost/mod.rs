//! Cost: the source's monthly bill and the sized Lakebase target's, line by line.
//!
//! Each engine's `pricing.lines` become cost lines: a quantity from the profile (see
//! [`quantity`]) and a price query the price book answers. A line whose price or quantity is
//! unknown stays unknown, and so does its side's total; known lines are still summed separately.

pub mod quantity;
pub mod sizing;

use rust_decimal::Decimal;

use crate::assessment::{Cost, CostLine, PriceRef, Side};
use crate::engine::{Engine, LineSpec, Pricing};
use crate::pricing::{PriceBook, PriceQuery};
use crate::profile::Profile;
use quantity::{TargetShape, HOURS_PER_MONTH};

/// Values the SKU and description placeholders are filled from.
pub struct Placeholders {
    pub region: String,
    pub instance_class: Option<String>,
    pub tier: Option<String>,
    pub storage_type: Option<String>,
    pub vcpu: Option<u32>,
    pub high_availability: bool,
}

impl Placeholders {
    pub fn from_profile(p: &Profile) -> Self {
        Placeholders {
            region: p.region.clone().unwrap_or_default(),
            instance_class: p.sizing.instance_class.clone(),
            tier: p.sizing.tier.clone(),
            storage_type: p.sizing.storage_type.clone(),
            vcpu: p.sizing.vcpu,
            high_availability: p.sizing.high_availability,
        }
    }

    /// Fills `{name}` placeholders; an unknown value becomes `?` so the SKU matches nothing.
    pub fn fill(&self, template: &str) -> String {
        let deployment = if self.high_availability {
            "Multi-AZ"
        } else {
            "Single-AZ"
        };
        let vcpu = self.vcpu.map(|v| v.to_string());
        let pairs: [(&str, Option<&str>); 6] = [
            ("{region}", Some(&self.region)),
            ("{instance_class}", self.instance_class.as_deref()),
            ("{tier}", self.tier.as_deref()),
            ("{storage_type}", self.storage_type.as_deref()),
            ("{vcpu}", vcpu.as_deref()),
            ("{deployment}", Some(deployment)),
        ];
        pairs.iter().fold(template.to_string(), |acc, (k, v)| {
            acc.replace(k, v.unwrap_or("?"))
        })
    }
}

/// Aurora Serverless v2 capacity, or a Cosmos DB account in serverless mode.
fn is_serverless(p: &Profile) -> bool {
    p.sizing.serverless.is_some()
        || p.cosmos
            .as_ref()
            .is_some_and(|c| c.capacity_mode.eq_ignore_ascii_case("serverless"))
}

/// Whether a line's `when` holds for this profile.
fn applies(spec: &LineSpec, p: &Profile) -> bool {
    match spec.when.as_deref() {
        None => true,
        Some("high_availability") => p.sizing.high_availability,
        Some("read_replicas") => p.sizing.read_replicas > 0,
        Some("serverless") => is_serverless(p),
        Some("provisioned") => !is_serverless(p),
        Some(_) => false,
    }
}

/// Prices every applicable line of one side.
#[allow(clippy::too_many_arguments)]
fn price_lines(
    side: Side,
    engine_id: &str,
    pricing: &Pricing,
    profile: &Profile,
    placeholders: &Placeholders,
    target: Option<&TargetShape>,
    book: &PriceBook,
) -> Vec<CostLine> {
    pricing
        .lines
        .iter()
        .filter(|spec| applies(spec, profile))
        .map(|spec| {
            let q = spec.quantity.compute(profile, target);
            let sku = placeholders.fill(&spec.sku);
            let query = PriceQuery {
                engine: engine_id.to_string(),
                line: spec.id.clone(),
                region: placeholders.region.clone(),
                sku: sku.clone(),
                unit: spec.unit.clone(),
            };
            let price = book.lookup(&query);
            let monthly = match (&q.value, &price) {
                (Some(qty), Some(p)) => Some((qty * p.unit_price).round_dp(2)),
                _ => None,
            };
            CostLine {
                side,
                id: spec.id.clone(),
                category: spec.category.clone(),
                description: placeholders.fill(&spec.description),
                quantity: q.value.map(|v| v.round_dp(4).normalize()),
                quantity_basis: q.explain,
                unit: spec.unit.clone(),
                unit_price: price.as_ref().map(|p| p.unit_price.normalize()),
                monthly,
                price: PriceRef {
                    source: price
                        .as_ref()
                        .map_or("unknown".into(), |p| p.source.clone()),
                    service: price
                        .as_ref()
                        .map_or(pricing.service.clone(), |p| p.service.clone()),
                    sku,
                    region: placeholders.region.clone(),
                    currency: price
                        .as_ref()
                        .map_or(pricing.currency.clone(), |p| p.currency.clone()),
                    as_of: price.as_ref().map(|p| p.as_of.clone()),
                    reference: price.as_ref().map(|p| p.reference.clone()),
                },
            }
        })
        .collect()
}

fn total(lines: &[CostLine], side: Side) -> (Option<Decimal>, Decimal) {
    let mine = lines.iter().filter(|l| l.side == side);
    let known: Decimal = mine.clone().filter_map(|l| l.monthly).sum();
    let complete = mine.clone().all(|l| l.monthly.is_some());
    (complete.then_some(known), known)
}

/// Builds the cost comparison. `profile` must already carry the engine defaults
/// (see `sizing::apply_defaults`).
pub fn estimate(
    profile: &Profile,
    engine: &Engine,
    target: &crate::engine::Target,
    shape: &TargetShape,
    target_region: &str,
    book: &PriceBook,
    mut assumptions: Vec<String>,
) -> Cost {
    let source_ph = Placeholders::from_profile(profile);
    let target_ph = Placeholders {
        region: target_region.to_string(),
        instance_class: None,
        tier: None,
        storage_type: None,
        vcpu: None,
        high_availability: false,
    };
    let mut lines = price_lines(
        Side::Source,
        &engine.id,
        &engine.pricing,
        profile,
        &source_ph,
        None,
        book,
    );
    lines.extend(price_lines(
        Side::Target,
        &target.id,
        &target.pricing,
        profile,
        &target_ph,
        Some(shape),
        book,
    ));
    let (source_monthly, source_known) = total(&lines, Side::Source);
    let (target_monthly, target_known) = total(&lines, Side::Target);
    let prices_as_of = lines.iter().filter_map(|l| l.price.as_of.clone()).max();
    for l in lines.iter().filter(|l| l.monthly.is_none()) {
        let why = if l.quantity.is_none() {
            format!("quantity unknown: {}", l.quantity_basis)
        } else {
            format!("no price for SKU `{}` in {}", l.price.sku, l.price.region)
        };
        assumptions.push(format!(
            "{} line `{}` is unknown ({why}); its total is incomplete.",
            match l.side {
                Side::Source => "Source",
                Side::Target => "Target",
            },
            l.id
        ));
    }
    Cost {
        currency: engine.pricing.currency.clone(),
        hours_per_month: HOURS_PER_MONTH,
        difference_monthly: match (source_monthly, target_monthly) {
            (Some(s), Some(t)) => Some(t - s),
            _ => None,
        },
        complete: source_monthly.is_some() && target_monthly.is_some(),
        source_monthly,
        target_monthly,
        source_known_monthly: source_known,
        target_known_monthly: target_known,
        lines,
        prices_as_of,
        assumptions,
    }
}
