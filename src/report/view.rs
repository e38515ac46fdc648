//! What the report templates see: the Assessment as it is (`assessment`, the same fields as the
//! JSON output) plus what a document needs and a template should not compute — findings grouped
//! by severity and category, long object lists folded, cost lines per side with numbered price
//! references, the three points that matter most, and the geometry of the charts.
//!
//! Everything here is a function of the Assessment and the cover, so a report is reproducible.

use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;
use serde::Serialize;

use super::format;
use crate::assessment::{Assessment, CostLine, Finding, Side, SizingSummary, Tier};
use crate::engine::CostCategory;
use crate::rubric::{Category, Severity};

/// Objects listed with a finding before the list is folded (the rest go to the appendix or a
/// collapsible block).
pub const SHOWN_OBJECTS: usize = 10;

/// The cover of a report: who it is for and by whom.
#[derive(Debug, Clone, Serialize)]
pub struct Cover {
    pub title: String,
    pub customer: Option<String>,
    pub prepared_by: Option<String>,
    /// Date of the report, YYYY-MM-DD.
    pub date: String,
}

impl Cover {
    /// A cover with the default title ("Lakebase migration assessment: <source>") unless one is
    /// given.
    pub fn new(
        a: &Assessment,
        title: Option<String>,
        customer: Option<String>,
        prepared_by: Option<String>,
        date: String,
    ) -> Cover {
        let non_empty = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
        Cover {
            title: non_empty(title)
                .unwrap_or_else(|| format!("Lakebase migration assessment: {}", a.source.name)),
            customer: non_empty(customer),
            prepared_by: non_empty(prepared_by),
            date,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct View<'a> {
    pub cover: &'a Cover,
    pub generator: Generator<'a>,
    /// The Assessment, field for field as in `--format json`.
    pub assessment: &'a Assessment,
    pub summary: Summary,
    /// Non-empty groups, blockers first; each split by category.
    pub findings: Vec<SeverityGroup<'a>>,
    pub cost: CostView<'a>,
    pub sizing: SizingView<'a>,
    pub charts: Charts,
    pub methodology: Methodology,
    /// Complete object lists of the findings whose list was folded.
    pub appendix: Vec<AppendixEntry<'a>>,
    /// The rehearsal behind the findings' proofs (null without `--rehearse-on`).
    pub rehearsal: Option<&'a crate::assessment::RehearsalSummary>,
}

#[derive(Debug, Serialize)]
pub struct Generator<'a> {
    pub name: &'static str,
    pub version: &'a str,
}

#[derive(Debug, Serialize)]
pub struct Summary {
    /// The tier in words ("minor changes").
    pub tier: &'static str,
    /// Up to three points, most important first.
    pub key_points: Vec<KeyPoint>,
    pub cost_change: CostChange,
    pub findings_total: usize,
    /// "34 tables · 105 columns · …".
    pub objects: String,
    /// "automatic, verify: 2–4 h · by hand: 14–30 h".
    pub effort_split: String,
}

#[derive(Debug, Serialize)]
pub struct KeyPoint {
    /// Set when the point is a finding.
    pub severity: Option<Severity>,
    pub headline: String,
    pub detail: String,
    /// Anchor of the finding in the HTML report.
    pub anchor: Option<String>,
}

/// How Lakebase's monthly cost compares with the source's.
#[derive(Debug, Serialize)]
pub struct CostChange {
    /// `more`, `less`, `same`, or `unknown` when either total is unknown.
    pub direction: &'static str,
    /// Absolute difference a month.
    pub amount: Option<Decimal>,
    /// Absolute difference as a percentage of the source's cost.
    pub percent: Option<Decimal>,
}

#[derive(Debug, Serialize)]
pub struct SeverityGroup<'a> {
    pub severity: Severity,
    pub title: &'static str,
    pub count: usize,
    pub categories: Vec<CategoryGroup<'a>>,
}

#[derive(Debug, Serialize)]
pub struct CategoryGroup<'a> {
    pub category: Category,
    pub title: &'static str,
    pub findings: Vec<FindingView<'a>>,
}

#[derive(Debug, Serialize)]
pub struct FindingView<'a> {
    #[serde(flatten)]
    pub finding: &'a Finding,
    /// `finding-N`, safe as an HTML id whatever the check id is.
    pub anchor: String,
    pub severity_title: &'static str,
    pub category_title: &'static str,
    /// The first [`SHOWN_OBJECTS`] objects.
    pub shown: &'a [String],
    /// How many more there are.
    pub more: usize,
    /// What a rehearsal said about it (null without one).
    pub rehearsal_proof: Option<&'a crate::rubric::Proof>,
}

#[derive(Debug, Serialize)]
pub struct AppendixEntry<'a> {
    pub anchor: String,
    pub finding_anchor: String,
    pub id: &'a str,
    pub title: &'a str,
    pub count: usize,
    pub objects: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct CostView<'a> {
    /// Source first, then Lakebase.
    pub sides: Vec<CostSide<'a>>,
    /// Where the prices came from, numbered; lines refer to them by number.
    pub references: Vec<Reference<'a>>,
}

/// The two sizings side by side, the headline first, and the confidence in stars.
#[derive(Debug, Serialize)]
pub struct SizingView<'a> {
    pub rows: Vec<SizingRow<'a>>,
    /// "★★☆☆☆".
    pub stars: String,
    /// The confidence's reasons as one paragraph.
    pub reasons: String,
}

#[derive(Debug, Serialize)]
pub struct SizingRow<'a> {
    /// "performance-based" or "as-is".
    pub title: &'static str,
    pub headline: bool,
    #[serde(flatten)]
    pub sizing: &'a SizingSummary,
}

#[derive(Debug, Serialize)]
pub struct CostSide<'a> {
    pub side: Side,
    pub title: String,
    pub lines: Vec<LineView<'a>>,
    pub total: Option<Decimal>,
    pub known_total: Decimal,
    pub complete: bool,
}

#[derive(Debug, Serialize)]
pub struct LineView<'a> {
    #[serde(flatten)]
    pub line: &'a CostLine,
    /// The price source in words: "rate card", "live API", "not found"….
    pub source_label: String,
    /// Number of its entry in `cost.references`.
    pub reference: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct Reference<'a> {
    pub number: usize,
    pub text: &'a str,
}

#[derive(Debug, Serialize)]
pub struct Charts {
    pub gauge: Gauge,
    pub cost: CostChart,
    pub categories: CategoryChart,
}

/// A half-circle gauge in a 200 × 112 box: the track and the arc up to the score.
#[derive(Debug, Serialize)]
pub struct Gauge {
    pub score: u32,
    pub tier: Tier,
    pub track_path: String,
    /// Empty when the score is 0.
    pub value_path: String,
}

/// Stacked horizontal bars, one per side, segments by cost category. Positions are percentages
/// of the longest bar, for an SVG with `viewBox="0 0 100 10"` stretched to its container, so the
/// labels stay HTML text that wraps on a phone.
#[derive(Debug, Serialize)]
pub struct CostChart {
    pub bars: Vec<CostBar>,
    /// Categories present, in drawing order.
    pub legend: Vec<LegendEntry>,
}

#[derive(Debug, Serialize)]
pub struct CostBar {
    pub label: &'static str,
    pub total: Option<Decimal>,
    pub known_total: Decimal,
    pub segments: Vec<Segment>,
}

#[derive(Debug, Serialize)]
pub struct Segment {
    /// Start and width, in percent of the chart's scale.
    pub x: f64,
    pub width: f64,
    /// CSS class, from a closed set (`c-compute`, `sev-major`…).
    pub class: &'static str,
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct LegendEntry {
    pub class: &'static str,
    pub label: &'static str,
}

/// One row per category: findings stacked by severity (percentages of the largest count, as in
/// [`CostChart`]) and the category's score.
#[derive(Debug, Serialize)]
pub struct CategoryChart {
    pub rows: Vec<CategoryRow>,
}

#[derive(Debug, Serialize)]
pub struct CategoryRow {
    pub title: &'static str,
    pub findings: usize,
    pub score: u32,
    pub segments: Vec<Segment>,
}

#[derive(Debug, Serialize)]
pub struct Methodology {
    pub penalties: Vec<Penalty>,
    /// Penalty points that halve the score.
    pub half_life_points: Decimal,
    pub max_extra_objects: usize,
    pub major_rework_below: u32,
    pub ready_from: u32,
    pub shown_objects: usize,
}

#[derive(Debug, Serialize)]
pub struct Penalty {
    pub severity: Severity,
    pub title: &'static str,
    pub first_object: Decimal,
    pub each_further_object: Decimal,
}

pub fn severity_title(s: Severity) -> &'static str {
    match s {
        Severity::Blocker => "Blocker",
        Severity::Major => "Major",
        Severity::Minor => "Minor",
        Severity::Info => "Info",
    }
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Blocker => "sev-blocker",
        Severity::Major => "sev-major",
        Severity::Minor => "sev-minor",
        Severity::Info => "sev-info",
    }
}

/// The http(s) URL a text starts with (up to the first space), or `None`: anything else
/// (`javascript:`, a file path) is shown as text only.
pub fn web_url(s: &str) -> Option<&str> {
    let url = s.split_whitespace().next()?;
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url)
}

/// The first sentence of a message, for the summary: up to the first ". " that ends a word
/// (not an abbreviation such as "e.g." or "vs.").
fn first_sentence(s: &str) -> &str {
    for (i, _) in s.match_indices(". ") {
        let word = s[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        let abbreviation = word.contains('.')
            || word.len() <= 1
            || ["etc", "vs", "approx", "incl", "cf"].contains(&word.to_ascii_lowercase().as_str());
        if !abbreviation {
            return &s[..=i];
        }
    }
    s
}

fn plural(n: usize, word: &str) -> String {
    let count = format::quantity(Some(Decimal::from(n)));
    if n == 1 {
        format!("{count} {word}")
    } else {
        format!("{count} {word}s")
    }
}

/// Rounds chart geometry to a tenth of a unit.
fn r1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

impl<'a> View<'a> {
    pub fn new(a: &'a Assessment, cover: &'a Cover) -> View<'a> {
        let anchors: Vec<String> = (0..a.compatibility.findings.len())
            .map(|i| format!("finding-{}", i + 1))
            .collect();
        View {
            cover,
            generator: Generator {
                name: "dbassay",
                version: &a.tool_version,
            },
            assessment: a,
            summary: summary(a, &anchors),
            findings: findings(a, &anchors),
            cost: cost(a),
            sizing: sizing(a),
            charts: Charts {
                gauge: gauge(a),
                cost: cost_chart(a),
                categories: category_chart(a),
            },
            methodology: methodology(),
            appendix: a
                .compatibility
                .findings
                .iter()
                .zip(&anchors)
                .enumerate()
                .filter(|(_, (f, _))| f.objects.len() > SHOWN_OBJECTS)
                .map(|(i, (f, anchor))| AppendixEntry {
                    anchor: format!("objects-{}", i + 1),
                    finding_anchor: anchor.clone(),
                    id: &f.id,
                    title: &f.title,
                    count: f.objects.len(),
                    objects: &f.objects,
                })
                .collect(),
            rehearsal: a.rehearsal.as_ref(),
        }
    }
}

fn summary(a: &Assessment, anchors: &[String]) -> Summary {
    let cost = &a.cost;
    let cur = &cost.currency;
    let cost_change = match (cost.source_monthly, cost.target_monthly) {
        (Some(s), Some(t)) => CostChange {
            direction: match t.cmp(&s) {
                std::cmp::Ordering::Greater => "more",
                std::cmp::Ordering::Less => "less",
                std::cmp::Ordering::Equal => "same",
            },
            amount: Some((t - s).abs()),
            percent: format::percent_change(s, t).map(|p| p.abs()),
        },
        _ => CostChange {
            direction: "unknown",
            amount: None,
            percent: None,
        },
    };

    // The findings that weigh most: by severity, then by what they cost the score and the effort.
    let mut ranked: Vec<(usize, &Finding)> = a
        .compatibility
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.severity != Severity::Info)
        .collect();
    ranked.sort_by(|(_, x), (_, y)| {
        x.severity
            .cmp(&y.severity)
            .then(crate::score::penalty(y).cmp(&crate::score::penalty(x)))
            .then(y.effort_hours.high.cmp(&x.effort_hours.high))
    });
    let mut key_points: Vec<KeyPoint> = ranked
        .iter()
        .take(3)
        .map(|(i, f)| KeyPoint {
            severity: Some(f.severity),
            headline: f.title.clone(),
            detail: format!(
                "{} {}; {} of work.",
                first_sentence(&f.message),
                plural(f.object_count, "affected object"),
                format::hours(&f.effort_hours)
            ),
            anchor: Some(anchors[*i].clone()),
        })
        .collect();
    if ranked.is_empty() {
        let c = &a.compatibility;
        key_points.push(KeyPoint {
            severity: None,
            headline: "No blocker, major or minor finding".to_string(),
            detail: format!(
                "The {} of the {} rubric found nothing to change; {} to read.",
                plural(c.checks_run, "check"),
                c.rubric,
                plural(c.counts.info, "info finding")
            ),
            anchor: None,
        });
    }
    if key_points.len() < 3 {
        let path = &a.migration_path;
        key_points.push(KeyPoint {
            severity: None,
            headline: path.title.clone(),
            detail: path.reasons.join(" "),
            anchor: None,
        });
    }
    if key_points.len() < 3 {
        let headline = match (cost_change.direction, cost_change.amount) {
            ("more", Some(d)) | ("less", Some(d)) => format!(
                "Lakebase would cost {} a month {} than the source ({})",
                format::money(Some(d), cur),
                cost_change.direction,
                format::percent(cost_change.percent)
            ),
            ("same", _) => "Lakebase would cost the same as the source".to_string(),
            _ => "The monthly cost comparison is incomplete: some prices or quantities are unknown"
                .to_string(),
        };
        key_points.push(KeyPoint {
            severity: None,
            headline,
            detail: format!(
                "Source {} against Lakebase {} a month, prices as of {}.",
                format::money(cost.source_monthly, cur),
                format::money(cost.target_monthly, cur),
                cost.prices_as_of
                    .as_deref()
                    .map_or("an unknown date".to_string(), format::date)
            ),
            anchor: None,
        });
    }

    let objects = a
        .source
        .objects
        .iter()
        .map(|o| {
            format!(
                "{} {}",
                format::quantity(Some(Decimal::from(o.count))),
                o.kind
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    Summary {
        tier: a.compatibility.tier.as_str(),
        key_points,
        cost_change,
        findings_total: a.compatibility.findings.len(),
        objects,
        effort_split: format::effort_split(&a.compatibility.effort_split),
    }
}

fn findings<'a>(a: &'a Assessment, anchors: &[String]) -> Vec<SeverityGroup<'a>> {
    let all = &a.compatibility.findings;
    Severity::ALL
        .iter()
        .filter_map(|&sev| {
            let categories: Vec<CategoryGroup> = Category::ALL
                .iter()
                .filter_map(|&cat| {
                    let findings: Vec<FindingView> = all
                        .iter()
                        .zip(anchors)
                        .filter(|(f, _)| f.severity == sev && f.category == cat)
                        .map(|(f, anchor)| {
                            let shown = &f.objects[..f.objects.len().min(SHOWN_OBJECTS)];
                            FindingView {
                                finding: f,
                                anchor: anchor.clone(),
                                severity_title: severity_title(sev),
                                category_title: cat.title(),
                                shown,
                                more: f.object_count.saturating_sub(shown.len()),
                                rehearsal_proof: f.proof.as_ref(),
                            }
                        })
                        .collect();
                    (!findings.is_empty()).then_some(CategoryGroup {
                        category: cat,
                        title: cat.title(),
                        findings,
                    })
                })
                .collect();
            let count = categories.iter().map(|c| c.findings.len()).sum();
            (count > 0).then_some(SeverityGroup {
                severity: sev,
                title: severity_title(sev),
                count,
                categories,
            })
        })
        .collect()
}

fn cost(a: &Assessment) -> CostView<'_> {
    let c = &a.cost;
    let mut references: Vec<Reference> = Vec::new();
    let mut side = |side: Side, title: String, total, known_total, complete| {
        let lines = c
            .lines
            .iter()
            .filter(|l| l.side == side)
            .map(|l| {
                let reference = l.price.reference.as_deref().map(|text| {
                    match references.iter().find(|r| r.text == text) {
                        Some(r) => r.number,
                        None => {
                            let number = references.len() + 1;
                            references.push(Reference { number, text });
                            number
                        }
                    }
                });
                LineView {
                    line: l,
                    source_label: l.price.label(),
                    reference,
                }
            })
            .collect();
        CostSide {
            side,
            title,
            lines,
            total,
            known_total,
            complete,
        }
    };
    let known = |s: Option<Decimal>| s.is_some();
    let sides = vec![
        side(
            Side::Source,
            format!("Source: {}", a.source.engine_name),
            c.source_monthly,
            c.source_known_monthly,
            known(c.source_monthly),
        ),
        side(
            Side::Target,
            format!("Target: {}", a.target.name),
            c.target_monthly,
            c.target_known_monthly,
            known(c.target_monthly),
        ),
    ];
    CostView { sides, references }
}

fn sizing(a: &Assessment) -> SizingView<'_> {
    let mut rows: Vec<SizingRow> = a
        .target
        .sizings
        .iter()
        .map(|s| SizingRow {
            title: s.basis.title(),
            headline: s.basis == a.target.basis,
            sizing: s,
        })
        .collect();
    rows.sort_by_key(|r| !r.headline);
    let stars = usize::from(a.target.confidence.stars.min(5));
    SizingView {
        rows,
        stars: format!("{}{}", "★".repeat(stars), "☆".repeat(5 - stars)),
        reasons: a.target.confidence.reasons.join(" "),
    }
}

fn gauge(a: &Assessment) -> Gauge {
    let (cx, cy, r) = (100.0_f64, 100.0_f64, 80.0_f64);
    let score = a.compatibility.score.min(100);
    let theta = std::f64::consts::PI * (1.0 - f64::from(score) / 100.0);
    let (x, y) = (r1(cx + r * theta.cos()), r1(cy - r * theta.sin()));
    Gauge {
        score,
        tier: a.compatibility.tier,
        track_path: format!("M 20 100 A {r} {r} 0 0 1 180 100"),
        value_path: if score == 0 {
            String::new()
        } else {
            format!("M 20 100 A {r} {r} 0 0 1 {x} {y}")
        },
    }
}

/// Cost categories in chart order, with their CSS class and legend label.
const COST_CATEGORIES: [(CostCategory, &str, &str); 5] = [
    (CostCategory::Compute, "c-compute", "Compute"),
    (CostCategory::Storage, "c-storage", "Storage"),
    (CostCategory::Io, "c-io", "I/O"),
    (CostCategory::Backup, "c-backup", "Backup and history"),
    (CostCategory::Ha, "c-ha", "High availability"),
];

fn cost_class(category: CostCategory) -> usize {
    COST_CATEGORIES
        .iter()
        .position(|(c, _, _)| *c == category)
        .expect("every cost category has a chart entry")
}

fn cost_chart(a: &Assessment) -> CostChart {
    let c = &a.cost;
    let sides = [
        (
            Side::Source,
            "Source",
            c.source_monthly,
            c.source_known_monthly,
        ),
        (
            Side::Target,
            "Lakebase",
            c.target_monthly,
            c.target_known_monthly,
        ),
    ];
    let max = sides
        .iter()
        .map(|s| s.3)
        .max()
        .unwrap_or_default()
        .to_f64()
        .unwrap_or(0.0);
    let scale = if max > 0.0 { 100.0 / max } else { 0.0 };
    let mut present = [false; COST_CATEGORIES.len()];
    let bars = sides
        .iter()
        .map(|(side, label, total, known_total)| {
            let mut sums = [Decimal::ZERO; COST_CATEGORIES.len()];
            for l in c.lines.iter().filter(|l| l.side == *side) {
                if let Some(m) = l.monthly {
                    sums[cost_class(l.category)] += m;
                }
            }
            let mut x = 0.0;
            let mut segments = Vec::new();
            for (i, sum) in sums.iter().enumerate() {
                let w = sum.to_f64().unwrap_or(0.0) * scale;
                if w > 0.0 {
                    present[i] = true;
                    segments.push(Segment {
                        x: r1(x),
                        width: r1(w),
                        class: COST_CATEGORIES[i].1,
                        label: format!(
                            "{}: {}",
                            COST_CATEGORIES[i].2,
                            format::money(Some(*sum), &c.currency)
                        ),
                    });
                    x += w;
                }
            }
            CostBar {
                label,
                total: *total,
                known_total: *known_total,
                segments,
            }
        })
        .collect();
    CostChart {
        bars,
        legend: COST_CATEGORIES
            .iter()
            .zip(present)
            .filter(|(_, p)| *p)
            .map(|((_, class, label), _)| LegendEntry { class, label })
            .collect(),
    }
}

fn category_chart(a: &Assessment) -> CategoryChart {
    let findings = &a.compatibility.findings;
    let max = a
        .compatibility
        .categories
        .iter()
        .map(|c| c.findings)
        .max()
        .unwrap_or(0)
        .max(1);
    let unit = 100.0 / max as f64;
    let rows = a
        .compatibility
        .categories
        .iter()
        .map(|cat| {
            let mut x = 0.0;
            let mut segments = Vec::new();
            for sev in Severity::ALL {
                let n = findings
                    .iter()
                    .filter(|f| f.category == cat.category && f.severity == sev)
                    .count();
                if n > 0 {
                    let w = n as f64 * unit;
                    segments.push(Segment {
                        x: r1(x),
                        width: r1(w),
                        class: severity_class(sev),
                        label: format!("{}: {}", severity_title(sev), plural(n, "finding")),
                    });
                    x += w;
                }
            }
            CategoryRow {
                title: cat.category.title(),
                findings: cat.findings,
                score: cat.score,
                segments,
            }
        })
        .collect();
    CategoryChart { rows }
}

fn methodology() -> Methodology {
    Methodology {
        penalties: Severity::ALL
            .iter()
            .map(|&s| Penalty {
                severity: s,
                title: severity_title(s),
                first_object: crate::score::base_penalty(s),
                each_further_object: crate::score::step_penalty(s),
            })
            .collect(),
        half_life_points: Decimal::from_f64(crate::score::HALF_LIFE_POINTS)
            .unwrap_or_default()
            .normalize(),
        max_extra_objects: crate::score::MAX_EXTRA_OBJECTS,
        major_rework_below: crate::score::MAJOR_REWORK_BELOW,
        ready_from: crate::score::READY_FROM,
        shown_objects: SHOWN_OBJECTS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(
            web_url("https://docs.example/x"),
            Some("https://docs.example/x")
        );
        assert_eq!(web_url("HTTP://a"), Some("HTTP://a"));
        assert_eq!(
            web_url(" https://x.example/p (prices, us-east-1)"),
            Some("https://x.example/p")
        );
        assert_eq!(web_url("javascript:alert(1)"), None);
        assert_eq!(web_url("rubrics/postgres.yaml"), None);
    }

    #[test]
    fn first_sentence_stops_at_a_new_sentence() {
        assert_eq!(first_sentence("One, e.g. two. Three."), "One, e.g. two.");
        assert_eq!(
            first_sentence("Jobs in the database. pg_cron needs a worker."),
            "Jobs in the database."
        );
        assert_eq!(
            first_sentence("OAuth vs. native roles. Then"),
            "OAuth vs. native roles."
        );
        assert_eq!(first_sentence("No full stop"), "No full stop");
    }
}
