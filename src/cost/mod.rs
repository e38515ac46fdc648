//! Cost: the source's monthly bill and the sized Lakebase target's, line by line.
//!
//! Each engine's `pricing.lines` become cost lines: a quantity from the profile (see
//! [`quantity`]) and a price query the price book answers. A line whose price or quantity is
//! unknown stays unknown, and so does its side's total; known lines are still summed separately.

mod measured;
pub mod model;
pub mod quantity;
pub mod region;
pub mod sizing;

use rust_decimal::Decimal;

use crate::engine::{Engine, LineCondition, LineSpec, Pricing};
use crate::pricing::{Origin, Placeholders, Price, PriceBook, PriceQuery};
use crate::profile::Profile;
pub use model::{Cost, CostLine, PriceRef, Side};
use quantity::{TargetShape, HOURS_PER_MONTH};

/// Aurora Serverless v2 capacity, or a Cosmos DB account in serverless mode.
fn is_serverless(p: &Profile) -> bool {
    p.sizing.serverless.is_some()
        || p.cosmos
            .as_ref()
            .is_some_and(|c| c.capacity_mode.eq_ignore_ascii_case("serverless"))
}

/// Whether some DynamoDB table of the profile satisfies `f`.
fn any_table(p: &Profile, f: impl Fn(&crate::profile::DynamoTable) -> bool) -> bool {
    p.dynamodb.iter().flat_map(|d| &d.tables).any(f)
}

/// Whether a line's `when` holds for this profile.
fn applies(spec: &LineSpec, p: &Profile) -> bool {
    let dynamodb = p.dynamodb.is_some();
    match spec.when {
        None => true,
        Some(LineCondition::HighAvailability) => p.sizing.high_availability,
        Some(LineCondition::ReadReplicas) => p.sizing.read_replicas > 0,
        Some(LineCondition::Serverless) if dynamodb => {
            any_table(p, |t| t.billing_mode == "on_demand")
        }
        Some(LineCondition::Serverless) => is_serverless(p),
        Some(LineCondition::Provisioned) if dynamodb => {
            any_table(p, |t| t.billing_mode != "on_demand")
        }
        Some(LineCondition::Provisioned) => !is_serverless(p),
        Some(LineCondition::InfrequentAccess) => any_table(p, |t| t.table_class != "standard"),
        Some(LineCondition::PointInTimeRecovery) => any_table(p, |t| t.point_in_time_recovery),
        Some(LineCondition::Streams) => any_table(p, |t| t.stream.is_some()),
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
        category: p.spec.category,
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
    // "Prices as of" only when every priced line has a read date: a recalled row has none, and
    // the newest date of the others would vouch for it.
    let priced = lines.iter().filter(|l| l.unit_price.is_some());
    let prices_as_of = if priced.clone().all(|l| l.price.as_of.is_some()) {
        priced.filter_map(|l| l.price.as_of.clone()).max()
    } else {
        None
    };
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
        target_range: None,
        assumptions,
    };
    (cost, resolved.notes)
}

/// The Lakebase monthly total for other CU-hours than the priced ones: the target's other
/// lines as priced, plus `cu_hours` at the compute line's unit price. `None` when a target line
/// is unknown.
pub fn target_range(
    cost: &Cost,
    target: &crate::engine::Target,
    cu_hours: &model::CuHours,
) -> Option<model::MoneyRange> {
    let compute_id = &target
        .pricing
        .lines
        .iter()
        .find(|l| l.quantity == crate::engine::QuantityRule::CuHours)?
        .id;
    let compute = cost
        .lines
        .iter()
        .find(|l| l.side == Side::Target && &l.id == compute_id)?;
    let unit_price = compute.unit_price?;
    let others = cost.target_monthly? - compute.monthly?;
    let at = |h: Decimal| others + (h * unit_price).round_dp(2);
    Some(model::MoneyRange {
        low: at(cu_hours.low),
        expected: at(cu_hours.expected),
        high: at(cu_hours.high),
    })
}
