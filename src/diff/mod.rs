//! What changed between two assessments of the same source: score, tier and effort; findings
//! added, removed or with different objects; and the monthly cost of each side, line by line,
//! with each line's change split into its causes.
//!
//! [`diff`] is a pure function of two [`Assessment`] values: no I/O, no clock. Renderers
//! ([`render`]) and CI gates ([`gate`]) read the [`Diff`] it returns.
//!
//! ## How a cost change is split
//!
//! Lines are matched by side and id. For a line priced in both runs, with quantity `q` and unit
//! price `p` (base `0`, head `1`) and monthly amount `m = round(q × p, 2)`:
//!
//! - same product (SKU, unit and region) and same quantity: the whole change is **unit price**;
//! - same product and same unit price: the whole change is **usage**;
//! - both moved: usage = `round((q1 − q0) × p0, 2)` (the growth at the old price) and unit price
//!   is the rest, `(m1 − m0) − usage`, so the two always add up to the line's change;
//! - a different product (another instance class, storage type or region): **usage**, since the
//!   resource changed, not the price book;
//! - a line only in head (say HA was turned on) is usage; a line only in base is negative usage.
//!
//! A line whose amount is unknown in either run has no split, and its side's change is
//! incomplete.

pub mod gate;
pub mod render;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

use crate::assessment::{Assessment, CostLine, Finding, HoursRange, SeverityCounts, Side, Tier};
use crate::engine::CostCategory;
use crate::error::Error;
use crate::report::format::percent_change;
use crate::rubric::{Category, Severity};

/// Format version of the diff JSON.
pub const DIFF_VERSION: u32 = 1;

/// Everything that changed from `base` to `head`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Diff {
    pub diff_version: u32,
    pub base: RunRef,
    pub head: RunRef,
    /// Nothing about the source, its findings or its cost changed.
    pub unchanged: bool,
    pub compatibility: CompatibilityChange,
    pub findings: FindingChanges,
    pub cost: CostChange,
    /// Facts that moved: sizing of both sides, object counts, version, migration path, price date.
    pub facts: Vec<FactChange>,
}

/// Which run a side of the diff is.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunRef {
    pub source_engine: String,
    pub source_name: String,
    pub tool_version: String,
    pub prices_as_of: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change<T> {
    pub base: T,
    pub head: T,
}

impl<T: PartialEq> Change<T> {
    pub fn changed(&self) -> bool {
        self.base != self.head
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CompatibilityChange {
    pub score: Change<u32>,
    /// head − base.
    pub score_delta: i64,
    pub tier: Change<Tier>,
    pub effort_hours: Change<HoursRange>,
    pub counts: Change<SeverityCounts>,
    /// Categories whose score moved.
    pub categories: Vec<CategoryChange>,
}

impl CompatibilityChange {
    fn unchanged(&self) -> bool {
        !self.score.changed()
            && !self.tier.changed()
            && !self.effort_hours.changed()
            && !self.counts.changed()
            && self.categories.is_empty()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CategoryChange {
    pub category: Category,
    pub title: String,
    pub score: Change<u32>,
    pub findings: Change<usize>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FindingChanges {
    /// In head only, most severe first.
    pub added: Vec<FindingRef>,
    /// In base only, most severe first.
    pub removed: Vec<FindingRef>,
    /// In both, with a different severity or different objects.
    pub changed: Vec<FindingChange>,
    /// In both and identical in severity and objects.
    pub unchanged: usize,
}

impl FindingChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// A finding as it stands in one run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FindingRef {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    pub category: Category,
    pub objects: Vec<String>,
    pub object_count: usize,
    pub effort_hours: HoursRange,
}

impl FindingRef {
    fn of(f: &Finding) -> Self {
        FindingRef {
            id: f.id.clone(),
            title: f.title.clone(),
            severity: f.severity,
            category: f.category,
            objects: f.objects.clone(),
            object_count: f.object_count,
            effort_hours: f.effort_hours,
        }
    }
}

/// A finding present in both runs that is not the same.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FindingChange {
    pub id: String,
    pub title: String,
    pub category: Category,
    pub severity: Change<Severity>,
    /// Objects that trigger it in head but did not in base, in head's order.
    pub objects_added: Vec<String>,
    /// Objects that triggered it in base and no longer do, in base's order.
    pub objects_removed: Vec<String>,
    pub object_count: Change<usize>,
    pub effort_hours: Change<HoursRange>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CostChange {
    pub currency: String,
    /// The source's monthly bill.
    pub source: SideChange,
    /// Lakebase's monthly bill.
    pub target: SideChange,
    /// Lakebase − source, in each run.
    pub difference: Change<Option<Decimal>>,
    /// Lines that changed, source lines first, in head's order (removed lines after).
    pub lines: Vec<LineChange>,
    pub unchanged_lines: usize,
}

/// One side's monthly total and why it moved.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SideChange {
    pub base: Option<Decimal>,
    pub head: Option<Decimal>,
    /// head − base; `null` unless both totals are known.
    pub delta: Option<Decimal>,
    /// Change in percent of base, one decimal; `null` when unknown or base is zero.
    pub percent: Option<Decimal>,
    /// Part of the change from quantities (size, instances, hours, new or dropped lines).
    pub usage: Decimal,
    /// Part of the change from unit prices of the same product.
    pub unit_price: Decimal,
    /// Every line's change is known, so `usage + unit_price = delta`.
    pub complete: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineStatus {
    Added,
    Removed,
    Changed,
    /// Known in one run and unknown in the other, or unknown in both with different inputs.
    Unknown,
}

/// One cost line that changed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LineChange {
    pub side: Side,
    pub id: String,
    pub category: CostCategory,
    pub description: String,
    pub unit: String,
    pub status: LineStatus,
    pub base: Option<LineValues>,
    pub head: Option<LineValues>,
    /// head − base monthly; a missing line counts as zero.
    pub delta: Option<Decimal>,
    pub usage: Option<Decimal>,
    pub unit_price: Option<Decimal>,
    /// The cause in plain words: "quantity 400 → 500 GB-Mo; unit price 0.23 → 0.25".
    pub cause: String,
}

/// A cost line's figures in one run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineValues {
    pub quantity: Option<Decimal>,
    pub unit: String,
    pub unit_price: Option<Decimal>,
    pub monthly: Option<Decimal>,
    pub sku: String,
    pub region: String,
    pub price_source: crate::pricing::Origin,
    pub price_as_of: Option<String>,
}

impl LineValues {
    fn of(l: &CostLine) -> Self {
        LineValues {
            quantity: l.quantity,
            unit: l.unit.clone(),
            unit_price: l.unit_price,
            monthly: l.monthly,
            sku: l.price.sku.clone(),
            region: l.price.region.clone(),
            price_source: l.price.source,
            price_as_of: l.price.as_of.clone(),
        }
    }

    fn same_product(&self, other: &LineValues) -> bool {
        self.sku == other.sku && self.unit == other.unit && self.region == other.region
    }

    /// Same figures: a re-read of the same price on another date is no change.
    fn same_figures(&self, other: &LineValues) -> bool {
        self.same_product(other)
            && self.quantity == other.quantity
            && self.unit_price == other.unit_price
            && self.monthly == other.monthly
    }
}

/// A fact about the source or the sized target that moved, as display strings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactChange {
    pub what: String,
    pub base: String,
    pub head: String,
}

/// Whether two assessments can be compared: same format, currency and source (engine and name).
/// A different source is allowed with `force`; a different format or currency never is.
pub fn check_comparable(base: &Assessment, head: &Assessment, force: bool) -> Result<(), Error> {
    if base.assessment_version != head.assessment_version {
        return Err(Error::input(
            "diff",
            format!(
                "the assessments have different formats (assessment_version {} and {}); \
                 re-run both with the same dbassay",
                base.assessment_version, head.assessment_version
            ),
        ));
    }
    if base.cost.currency != head.cost.currency {
        return Err(Error::input(
            "diff",
            format!(
                "the costs are in different currencies ({} and {}) and cannot be compared",
                base.cost.currency, head.cost.currency
            ),
        ));
    }
    let (b, h) = (&base.source, &head.source);
    if !force && (b.engine != h.engine || b.name != h.name) {
        return Err(Error::input(
            "diff",
            format!(
                "the assessments are of different sources (base: {} `{}`, head: {} `{}`); \
                 compare two runs of the same source, or pass --force",
                b.engine, b.name, h.engine, h.name
            ),
        ));
    }
    Ok(())
}

/// Compares two assessments. Pure and deterministic; see the module documentation for how cost
/// changes are split.
pub fn diff(base: &Assessment, head: &Assessment) -> Diff {
    let compatibility = compatibility(base, head);
    let findings = findings(&base.compatibility.findings, &head.compatibility.findings);
    let cost = cost(base, head);
    let facts = facts(base, head);
    let unchanged = compatibility.unchanged()
        && findings.is_empty()
        && cost.lines.is_empty()
        && facts.is_empty();
    Diff {
        diff_version: DIFF_VERSION,
        base: run_ref(base),
        head: run_ref(head),
        unchanged,
        compatibility,
        findings,
        cost,
        facts,
    }
}

fn run_ref(a: &Assessment) -> RunRef {
    RunRef {
        source_engine: a.source.engine.clone(),
        source_name: a.source.name.clone(),
        tool_version: a.tool_version.clone(),
        prices_as_of: a.cost.prices_as_of.clone(),
    }
}

fn compatibility(base: &Assessment, head: &Assessment) -> CompatibilityChange {
    let (b, h) = (&base.compatibility, &head.compatibility);
    let base_cats: HashMap<Category, &crate::assessment::CategoryScore> =
        b.categories.iter().map(|c| (c.category, c)).collect();
    let mut categories = Vec::new();
    for hc in &h.categories {
        let (score, findings) = base_cats
            .get(&hc.category)
            .map_or((100, 0), |bc| (bc.score, bc.findings));
        if score != hc.score || findings != hc.findings {
            categories.push(CategoryChange {
                category: hc.category,
                title: hc.title.clone(),
                score: Change {
                    base: score,
                    head: hc.score,
                },
                findings: Change {
                    base: findings,
                    head: hc.findings,
                },
            });
        }
    }
    let head_cats: HashSet<Category> = h.categories.iter().map(|c| c.category).collect();
    for bc in b
        .categories
        .iter()
        .filter(|c| !head_cats.contains(&c.category))
    {
        if bc.score != 100 || bc.findings != 0 {
            categories.push(CategoryChange {
                category: bc.category,
                title: bc.title.clone(),
                score: Change {
                    base: bc.score,
                    head: 100,
                },
                findings: Change {
                    base: bc.findings,
                    head: 0,
                },
            });
        }
    }
    CompatibilityChange {
        score: Change {
            base: b.score,
            head: h.score,
        },
        score_delta: i64::from(h.score) - i64::from(b.score),
        tier: Change {
            base: b.tier,
            head: h.tier,
        },
        effort_hours: Change {
            base: b.effort_hours,
            head: h.effort_hours,
        },
        counts: Change {
            base: b.counts.clone(),
            head: h.counts.clone(),
        },
        categories,
    }
}

/// Findings by id, in first-seen order. A repeated id (which the pipeline does not produce)
/// is kept aside and its objects merged into the first.
struct ById<'a> {
    order: Vec<&'a str>,
    first: HashMap<&'a str, &'a Finding>,
    repeats: HashMap<&'a str, Vec<&'a Finding>>,
}

impl<'a> ById<'a> {
    fn new(findings: &'a [Finding]) -> Self {
        let mut by = ById {
            order: Vec::with_capacity(findings.len()),
            first: HashMap::with_capacity(findings.len()),
            repeats: HashMap::new(),
        };
        for f in findings {
            if by.first.contains_key(f.id.as_str()) {
                by.repeats.entry(f.id.as_str()).or_default().push(f);
            } else {
                by.first.insert(f.id.as_str(), f);
                by.order.push(f.id.as_str());
            }
        }
        by
    }

    /// The one finding with this id, when it is not repeated.
    fn single(&self, id: &str) -> Option<&'a Finding> {
        (!self.repeats.contains_key(id))
            .then(|| self.first.get(id).copied())
            .flatten()
    }

    fn merged(&self, id: &str) -> FindingRef {
        let mut r = FindingRef::of(self.first[id]);
        for f in self.repeats.get(id).into_iter().flatten() {
            r.objects.extend(f.objects.iter().cloned());
            r.object_count += f.object_count;
            r.effort_hours = r.effort_hours.plus(f.effort_hours);
            r.severity = r.severity.min(f.severity);
        }
        r
    }
}

/// Most severe first, then by id: a fixed order whatever the inputs' order.
fn sort_refs(v: &mut [FindingRef]) {
    v.sort_by(|a, b| a.severity.cmp(&b.severity).then_with(|| a.id.cmp(&b.id)));
}

fn same_finding(a: &Finding, b: &Finding) -> bool {
    a.severity == b.severity
        && a.object_count == b.object_count
        && a.effort_hours == b.effort_hours
        && a.objects == b.objects
}

fn findings(base: &[Finding], head: &[Finding]) -> FindingChanges {
    let base_by = ById::new(base);
    let head_by = ById::new(head);
    let mut out = FindingChanges::default();
    for &id in &head_by.order {
        if !base_by.first.contains_key(id) {
            out.added.push(head_by.merged(id));
            continue;
        }
        // The common case, an untouched finding, is compared in place without copying.
        if let (Some(b), Some(h)) = (base_by.single(id), head_by.single(id)) {
            if same_finding(b, h) {
                out.unchanged += 1;
                continue;
            }
        }
        let (b, h) = (base_by.merged(id), head_by.merged(id));
        let base_objects: HashSet<&str> = b.objects.iter().map(String::as_str).collect();
        let head_objects: HashSet<&str> = h.objects.iter().map(String::as_str).collect();
        let objects_added: Vec<String> = h
            .objects
            .iter()
            .filter(|o| !base_objects.contains(o.as_str()))
            .cloned()
            .collect();
        let objects_removed: Vec<String> = b
            .objects
            .iter()
            .filter(|o| !head_objects.contains(o.as_str()))
            .cloned()
            .collect();
        if b.severity == h.severity
            && objects_added.is_empty()
            && objects_removed.is_empty()
            && b.object_count == h.object_count
            && b.effort_hours == h.effort_hours
        {
            out.unchanged += 1;
            continue;
        }
        out.changed.push(FindingChange {
            id: h.id,
            title: h.title,
            category: h.category,
            severity: Change {
                base: b.severity,
                head: h.severity,
            },
            objects_added,
            objects_removed,
            object_count: Change {
                base: b.object_count,
                head: h.object_count,
            },
            effort_hours: Change {
                base: b.effort_hours,
                head: h.effort_hours,
            },
        });
    }
    for &id in &base_by.order {
        if !head_by.first.contains_key(id) {
            out.removed.push(base_by.merged(id));
        }
    }
    sort_refs(&mut out.added);
    sort_refs(&mut out.removed);
    out.changed.sort_by(|a, b| {
        a.severity
            .head
            .cmp(&b.severity.head)
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

fn side_key(side: Side) -> u8 {
    match side {
        Side::Source => 0,
        Side::Target => 1,
    }
}

fn cost(base: &Assessment, head: &Assessment) -> CostChange {
    let base_lines: HashMap<(u8, &str), &CostLine> = base
        .cost
        .lines
        .iter()
        .map(|l| ((side_key(l.side), l.id.as_str()), l))
        .collect();
    let head_keys: HashSet<(u8, &str)> = head
        .cost
        .lines
        .iter()
        .map(|l| (side_key(l.side), l.id.as_str()))
        .collect();
    let mut lines = Vec::new();
    let mut unchanged_lines = 0;
    for h in &head.cost.lines {
        match base_lines.get(&(side_key(h.side), h.id.as_str())) {
            Some(b) => match line_change(Some(b), Some(h)) {
                Some(c) => lines.push(c),
                None => unchanged_lines += 1,
            },
            None => lines.extend(line_change(None, Some(h))),
        }
    }
    for b in &base.cost.lines {
        if !head_keys.contains(&(side_key(b.side), b.id.as_str())) {
            lines.extend(line_change(Some(b), None));
        }
    }
    // Source lines first; within a side, head's order then removed lines (a stable sort).
    lines.sort_by_key(|l| side_key(l.side));

    let side = |s: Side, b: Option<Decimal>, h: Option<Decimal>| {
        let mine = lines.iter().filter(|l| l.side == s);
        let complete = mine.clone().all(|l| l.delta.is_some());
        let delta = match (b, h) {
            (Some(b), Some(h)) => Some(h - b),
            _ => None,
        };
        SideChange {
            base: b,
            head: h,
            delta,
            percent: match (b, h) {
                (Some(b), Some(h)) => percent_change(b, h),
                _ => None,
            },
            usage: mine.clone().filter_map(|l| l.usage).sum(),
            unit_price: mine.filter_map(|l| l.unit_price).sum(),
            complete: complete && delta.is_some(),
        }
    };
    let source = side(
        Side::Source,
        base.cost.source_monthly,
        head.cost.source_monthly,
    );
    let target = side(
        Side::Target,
        base.cost.target_monthly,
        head.cost.target_monthly,
    );
    CostChange {
        currency: head.cost.currency.clone(),
        source,
        target,
        difference: Change {
            base: base.cost.difference_monthly,
            head: head.cost.difference_monthly,
        },
        lines,
        unchanged_lines,
    }
}

fn num(d: Option<Decimal>) -> String {
    d.map_or("unknown".into(), |d| d.normalize().to_string())
}

/// The change of one matched (or unmatched) line; `None` when nothing changed.
fn line_change(base: Option<&CostLine>, head: Option<&CostLine>) -> Option<LineChange> {
    let any = head.or(base)?;
    let bv = base.map(LineValues::of);
    let hv = head.map(LineValues::of);
    let mut change = LineChange {
        side: any.side,
        id: any.id.clone(),
        category: any.category,
        description: any.description.clone(),
        unit: any.unit.clone(),
        status: LineStatus::Changed,
        base: bv.clone(),
        head: hv.clone(),
        delta: None,
        usage: None,
        unit_price: None,
        cause: String::new(),
    };
    match (&bv, &hv) {
        (None, Some(h)) => {
            change.status = LineStatus::Added;
            change.delta = h.monthly;
            change.usage = h.monthly;
            change.unit_price = h.monthly.map(|_| Decimal::ZERO);
            change.cause = format!("new line: {} {}", num(h.quantity), h.unit);
            if h.monthly.is_none() {
                change.status = LineStatus::Unknown;
                change.cause.push_str(" (amount unknown)");
            }
        }
        (Some(b), None) => {
            change.status = LineStatus::Removed;
            change.delta = b.monthly.map(|m| -m);
            change.usage = change.delta;
            change.unit_price = b.monthly.map(|_| Decimal::ZERO);
            change.cause = format!("line no longer billed (was {} {})", num(b.quantity), b.unit);
            if b.monthly.is_none() {
                change.status = LineStatus::Unknown;
                change.cause.push_str(" (amount unknown)");
            }
        }
        (Some(b), Some(h)) => {
            if b.same_figures(h) {
                return None;
            }
            let mut causes = Vec::new();
            if !b.same_product(h) {
                causes.push(product_change(b, h));
            }
            if b.quantity != h.quantity {
                causes.push(format!(
                    "quantity {} → {} {}",
                    num(b.quantity),
                    num(h.quantity),
                    h.unit
                ));
            }
            if b.unit_price != h.unit_price {
                causes.push(format!(
                    "unit price {} → {}",
                    num(b.unit_price),
                    num(h.unit_price)
                ));
            }
            change.cause = causes.join("; ");
            match (b.monthly, h.monthly, b.quantity, h.quantity, b.unit_price) {
                (Some(m0), Some(m1), Some(q0), Some(q1), Some(p0)) => {
                    let delta = m1 - m0;
                    let (usage, price) = if !b.same_product(h) || b.unit_price == h.unit_price {
                        (delta, Decimal::ZERO)
                    } else if q0 == q1 {
                        (Decimal::ZERO, delta)
                    } else {
                        let usage = ((q1 - q0) * p0).round_dp(2);
                        (usage, delta - usage)
                    };
                    change.delta = Some(delta);
                    change.usage = Some(usage);
                    change.unit_price = Some(price);
                }
                _ => {
                    change.status = LineStatus::Unknown;
                    change.cause.push_str(if change.cause.is_empty() {
                        "amount unknown"
                    } else {
                        " (amount unknown)"
                    });
                }
            }
        }
        (None, None) => return None,
    }
    Some(change)
}

fn product_change(b: &LineValues, h: &LineValues) -> String {
    let mut parts = Vec::new();
    if b.sku != h.sku {
        parts.push(format!("SKU {} → {}", b.sku, h.sku));
    }
    if b.region != h.region {
        parts.push(format!("region {} → {}", b.region, h.region));
    }
    if b.unit != h.unit {
        parts.push(format!("unit {} → {}", b.unit, h.unit));
    }
    format!("product changed ({}), counted as usage", parts.join(", "))
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map_or("unknown".into(), |v| v.to_string())
}

/// Sizing, object counts and other facts that explain a change, in a fixed order.
fn facts(base: &Assessment, head: &Assessment) -> Vec<FactChange> {
    let (bs, hs) = (&base.source, &head.source);
    let (bt, ht) = (&base.target, &head.target);
    let mut out = Vec::new();
    let mut fact = |what: &str, b: String, h: String| {
        if b != h {
            out.push(FactChange {
                what: what.to_string(),
                base: b,
                head: h,
            });
        }
    };
    fact("source version", bs.version.clone(), hs.version.clone());
    fact("source region", bs.region.clone(), hs.region.clone());
    fact(
        "source instance class",
        opt(&bs.instance_class),
        opt(&hs.instance_class),
    );
    fact("source vCPU", opt(&bs.vcpu), opt(&hs.vcpu));
    fact(
        "source memory (GiB)",
        num(bs.memory_gib),
        num(hs.memory_gib),
    );
    fact(
        "source storage (GB)",
        num(bs.storage_gb),
        num(hs.storage_gb),
    );
    fact("data size (GB)", num(bs.data_size_gb), num(hs.data_size_gb));
    fact(
        "source high availability",
        bs.high_availability.to_string(),
        hs.high_availability.to_string(),
    );
    fact(
        "source read replicas",
        bs.read_replicas.to_string(),
        hs.read_replicas.to_string(),
    );
    let counts = |a: &Assessment| -> BTreeMap<String, u64> {
        a.source
            .objects
            .iter()
            .map(|o| (o.kind.clone(), o.count))
            .collect()
    };
    let (bc, hc) = (counts(base), counts(head));
    let kinds: Vec<&String> = {
        // Head's order, then kinds only in base.
        let mut k: Vec<&String> = head.source.objects.iter().map(|o| &o.kind).collect();
        k.extend(
            base.source
                .objects
                .iter()
                .map(|o| &o.kind)
                .filter(|kind| !hc.contains_key(*kind)),
        );
        k
    };
    for kind in kinds {
        fact(
            kind,
            bc.get(kind).copied().unwrap_or(0).to_string(),
            hc.get(kind).copied().unwrap_or(0).to_string(),
        );
    }
    fact(
        "Lakebase CU",
        bt.cu.normalize().to_string(),
        ht.cu.normalize().to_string(),
    );
    fact(
        "Lakebase computes",
        bt.computes.to_string(),
        ht.computes.to_string(),
    );
    fact(
        "Lakebase hours a month",
        bt.hours_per_month.normalize().to_string(),
        ht.hours_per_month.normalize().to_string(),
    );
    fact(
        "Lakebase PostgreSQL version",
        bt.postgres_version.to_string(),
        ht.postgres_version.to_string(),
    );
    fact(
        "migration path",
        base.migration_path.title.clone(),
        head.migration_path.title.clone(),
    );
    fact(
        "rubric",
        base.compatibility.rubric.clone(),
        head.compatibility.rubric.clone(),
    );
    fact(
        "checks run",
        base.compatibility.checks_run.to_string(),
        head.compatibility.checks_run.to_string(),
    );
    fact(
        "prices as of",
        opt(&base.cost.prices_as_of),
        opt(&head.cost.prices_as_of),
    );
    out
}

#[cfg(test)]
pub(crate) mod tests;
