//! Cost: the source's monthly bill and the sized Lakebase target's, line by line.
//!
//! Each engine's `pricing.lines` become cost lines: a quantity from the profile (see
//! [`quantity`]) and a price query the price book answers. A line whose price or quantity is
//! unknown stays unknown, and so does its side's total; known lines are still summed separately.

pub mod quantity;
pub mod sizing;

use rust_decimal::Decimal;
use std::collections::BTreeMap;

use crate::assessment::{Cost, CostLine, PriceRef, Side};
use crate::engine::{Engine, LineSpec, Pricing};
use crate::pricing::record::Preference;
use crate::pricing::{Origin, Price, PriceBook, PriceQuery};
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

    /// Only a region known (the target, whose lines name no class).
    pub fn in_region(region: &str) -> Self {
        Placeholders {
            region: region.to_string(),
            instance_class: None,
            tier: None,
            storage_type: None,
            vcpu: None,
            high_availability: false,
        }
    }

    /// The price query of one line of an engine's pricing, placeholders filled.
    pub fn query(&self, engine: &str, pricing: &Pricing, spec: &LineSpec) -> PriceQuery {
        PriceQuery {
            engine: engine.to_string(),
            line: spec.id.clone(),
            region: self.region.clone(),
            sku: self.fill(&spec.sku),
            unit: spec.unit.clone(),
            service: pricing.service.clone(),
            filters: self.filters(spec).unwrap_or_default(),
            factor: spec.price_factor,
            prefer: pricing
                .prefer
                .iter()
                .map(|p| Preference {
                    attribute: p.attribute.clone(),
                    ranked: p.values.iter().map(|v| self.fill(v)).collect(),
                })
                .collect(),
        }
    }

    /// The value of one placeholder (`region`, `instance_class`, `tier`, `storage_type`, `vcpu`,
    /// `deployment`, `series`), if known.
    pub fn value(&self, name: &str) -> Option<String> {
        match name {
            "region" => Some(self.region.clone()),
            "instance_class" => self.instance_class.clone(),
            "tier" => self.tier.clone(),
            "storage_type" => self.storage_type.clone(),
            "vcpu" => self.vcpu.map(|v| v.to_string()),
            "deployment" => Some(
                if self.high_availability {
                    "Multi-AZ"
                } else {
                    "Single-AZ"
                }
                .to_string(),
            ),
            "series" => self.instance_class.as_deref().and_then(azure_series),
            _ => None,
        }
    }

    /// Fills `{name}` placeholders; an unknown value becomes `?` so the SKU matches nothing.
    pub fn fill(&self, template: &str) -> String {
        const NAMES: [&str; 7] = [
            "region",
            "instance_class",
            "tier",
            "storage_type",
            "vcpu",
            "deployment",
            "series",
        ];
        NAMES.iter().fold(template.to_string(), |acc, name| {
            let key = format!("{{{name}}}");
            if acc.contains(&key) {
                acc.replace(&key, self.value(name).as_deref().unwrap_or("?"))
            } else {
                acc
            }
        })
    }

    /// A line's price-service filters for this profile: `filters_by` applied, placeholders
    /// filled. `None` when the service has no record for this case (rate card only).
    pub fn filters(&self, spec: &LineSpec) -> Option<BTreeMap<String, String>> {
        let mut filters = spec.filters.clone();
        for (name, by_value) in &spec.filters_by {
            let Some(value) = self.value(name) else {
                continue;
            };
            if let Some(over) = by_value.get(&value) {
                if over.is_empty() {
                    return None;
                }
                filters.extend(over.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
        }
        if filters.is_empty() {
            return None;
        }
        Some(
            filters
                .into_iter()
                .map(|(k, v)| (k, self.fill(&v)))
                .collect(),
        )
    }
}

/// The Azure virtual-machine series of a Flexible Server compute size, as the Retail Prices API
/// writes it in product names: `D2ds_v5` → `Ddsv5`, `E4s_v3` → `Esv3`, `B1ms` → `BS`
/// (burstable). `None` for names of another shape (AWS or Google classes).
pub fn azure_series(class: &str) -> Option<String> {
    let class = class.strip_prefix("Standard_").unwrap_or(class);
    let mut chars = class.chars();
    let family = chars.next().filter(|c| c.is_ascii_uppercase())?;
    let rest: String = chars.collect();
    let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let after = &rest[digits..];
    if family == 'B' && !after.contains('_') {
        return Some("BS".to_string());
    }
    let (features, version) = after.split_once('_')?;
    if !features.chars().all(|c| c.is_ascii_lowercase())
        || !version.starts_with('v')
        || !version[1..].chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    Some(format!("{family}{features}{version}"))
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

/// One applicable line of one side, with its quantity and its price query, before pricing.
struct Pending<'p> {
    side: Side,
    spec: &'p LineSpec,
    pricing: &'p Pricing,
    quantity: quantity::Quantity,
    description: String,
    query: PriceQuery,
}

/// The applicable lines of one side and the price queries they need.
#[allow(clippy::too_many_arguments)]
fn pending_lines<'p>(
    side: Side,
    engine_id: &str,
    pricing: &'p Pricing,
    profile: &Profile,
    placeholders: &Placeholders,
    target: Option<&TargetShape>,
    out: &mut Vec<Pending<'p>>,
) {
    for spec in pricing.lines.iter().filter(|spec| applies(spec, profile)) {
        let query = placeholders.query(engine_id, pricing, spec);
        out.push(Pending {
            side,
            spec,
            pricing,
            quantity: spec.quantity.compute(profile, target),
            description: placeholders.fill(&spec.description),
            query,
        });
    }
}

/// Turns a line and its price (if any) into a cost line.
fn cost_line(p: Pending<'_>, price: Option<Price>) -> CostLine {
    let q = p.quantity;
    let monthly = match (&q.value, &price) {
        (Some(qty), Some(pr)) => Some((qty * pr.unit_price).round_dp(2)),
        _ => None,
    };
    CostLine {
        side: p.side,
        id: p.spec.id.clone(),
        category: p.spec.category.clone(),
        description: p.description,
        quantity: q.value.map(|v| v.round_dp(4).normalize()),
        quantity_basis: q.explain,
        unit: p.spec.unit.clone(),
        unit_price: price.as_ref().map(|pr| pr.unit_price.normalize()),
        monthly,
        price: PriceRef {
            source: price.as_ref().map_or(Origin::Unknown, |pr| pr.source),
            basis: price.as_ref().and_then(|pr| pr.basis),
            service: price
                .as_ref()
                .map_or(p.pricing.service.to_string(), |pr| pr.service.clone()),
            sku: p.query.sku,
            region: p.query.region,
            currency: price
                .as_ref()
                .map_or(p.pricing.currency.clone(), |pr| pr.currency.clone()),
            as_of: price.as_ref().and_then(|pr| pr.as_of.clone()),
            reference: price.as_ref().map(|pr| pr.reference.clone()),
        },
    }
}

fn total(lines: &[CostLine], side: Side) -> (Option<Decimal>, Decimal) {
    let mine = lines.iter().filter(|l| l.side == side);
    let known: Decimal = mine.clone().filter_map(|l| l.monthly).sum();
    let complete = mine.clone().all(|l| l.monthly.is_some());
    (complete.then_some(known), known)
}

/// Builds the cost comparison. `profile` must already carry the engine defaults
/// (see `sizing::apply_defaults`). Returns the cost and the price book's notes (fallbacks,
/// skipped records) for the assessment.
pub fn estimate(
    profile: &Profile,
    engine: &Engine,
    target: &crate::engine::Target,
    shape: &TargetShape,
    target_region: &str,
    book: &PriceBook,
    mut assumptions: Vec<String>,
) -> (Cost, Vec<String>) {
    let source_ph = Placeholders::from_profile(profile);
    let target_ph = Placeholders::in_region(target_region);
    let mut pending = Vec::new();
    pending_lines(
        Side::Source,
        &engine.id,
        &engine.pricing,
        profile,
        &source_ph,
        None,
        &mut pending,
    );
    pending_lines(
        Side::Target,
        &target.id,
        &target.pricing,
        profile,
        &target_ph,
        Some(shape),
        &mut pending,
    );
    // Every price of both sides in one batch, so the price book can group and deduplicate
    // the service requests.
    let queries: Vec<PriceQuery> = pending.iter().map(|p| p.query.clone()).collect();
    let resolved = book.resolve(&queries);
    let lines: Vec<CostLine> = pending
        .into_iter()
        .zip(resolved.prices)
        .map(|(p, price)| cost_line(p, price))
        .collect();
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
    let cost = Cost {
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
    };
    (cost, resolved.notes)
}
