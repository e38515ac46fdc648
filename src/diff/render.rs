//! The diff as Markdown (a pull-request comment: the summary first, details folded), as a
//! terminal table, and as JSON.

use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt::Write as _;

use super::gate::GateResult;
use super::{
    Change, Diff, FactChange, FindingChange, FindingRef, LineChange, LineValues, RunRef, SideChange,
};
use crate::assessment::{HoursRange, SeverityCounts, Side};
use crate::error::Error;
use crate::report::format::{hours, money, money_delta, percent_delta, quantity, unit_price};
use crate::report::table::{table, truncate};
use crate::report::Reporter;

/// Objects listed per finding before "(+N more)".
const OBJECTS_SHOWN: usize = 5;

/// Rows per folded Markdown table, so a large diff stays within a pull-request comment's size
/// limit (the JSON output has everything).
const MD_ROWS: usize = 50;

/// Marks the comment so a CI job can find and update its own comment instead of adding one.
pub const COMMENT_MARKER: &str = "<!-- dbassay-diff -->";

/// The JSON output: the diff and the gates' verdicts.
#[derive(Serialize)]
struct JsonOut<'a> {
    #[serde(flatten)]
    diff: &'a Diff,
    gates: &'a [GateResult],
}

/// Pretty JSON, newline-terminated; byte-identical for identical inputs.
pub fn json(diff: &Diff, gates: &[GateResult]) -> String {
    let mut s = serde_json::to_string_pretty(&JsonOut { diff, gates }).expect("diff serializes");
    s.push('\n');
    s
}

fn counts(c: &SeverityCounts) -> String {
    format!("{}/{}/{}/{}", c.blocker, c.major, c.minor, c.info)
}

fn signed(n: i64) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

/// A plain number with sign, grouped, two decimals (the currency is said once nearby).
fn amount_delta(d: Decimal) -> String {
    let s = money_delta(Some(d), "");
    s.trim_end().to_string()
}

fn hours_change(b: &HoursRange, h: &HoursRange) -> String {
    if b == h {
        String::new()
    } else {
        format!(
            "{}–{} h",
            signed_dec(h.low - b.low),
            signed_dec(h.high - b.high)
        )
    }
}

fn signed_dec(d: Decimal) -> String {
    let d = d.normalize();
    if d > Decimal::ZERO {
        format!("+{d}")
    } else {
        d.to_string()
    }
}

/// "+326.83 USD (+12.3 %): usage +300.00, unit price +26.83", or "unchanged".
fn side_summary(s: &SideChange, cur: &str) -> String {
    match s.delta {
        Some(d) if d.is_zero() && s.usage.is_zero() && s.unit_price.is_zero() => "unchanged".into(),
        Some(d) => {
            let mut out = format!(
                "{} ({})",
                money_delta(Some(d), cur),
                percent_delta(s.percent)
            );
            if !d.is_zero() || !s.usage.is_zero() {
                let _ = write!(
                    out,
                    ": usage {}, unit price {}",
                    amount_delta(s.usage),
                    amount_delta(s.unit_price)
                );
            }
            out
        }
        None => {
            if s.base == s.head {
                "unknown in both runs".into()
            } else {
                format!("unknown ({} → {})", money(s.base, cur), money(s.head, cur))
            }
        }
    }
}

/// The one-paragraph summary, in plain words (no markup).
pub fn headline(diff: &Diff) -> Vec<String> {
    let cur = &diff.cost.currency;
    let c = &diff.compatibility;
    let f = &diff.findings;
    if diff.unchanged {
        return vec![format!(
            "No change: score {}, {}, Lakebase {} a month, source {} a month.",
            c.score.head,
            c.tier.head.as_str(),
            money(diff.cost.target.head, cur),
            money(diff.cost.source.head, cur)
        )];
    }
    let mut out = vec![
        format!("Lakebase / month: {}", side_summary(&diff.cost.target, cur)),
        format!("Source / month: {}", side_summary(&diff.cost.source, cur)),
    ];
    let mut compat = if c.score.changed() {
        format!(
            "Score: {} → {} ({})",
            c.score.base,
            c.score.head,
            signed(c.score_delta)
        )
    } else {
        format!("Score: {} (unchanged)", c.score.head)
    };
    if c.tier.changed() {
        let _ = write!(
            compat,
            ", tier {} → {}",
            c.tier.base.as_str(),
            c.tier.head.as_str()
        );
    } else {
        let _ = write!(compat, ", tier {}", c.tier.head.as_str());
    }
    out.push(compat);
    out.push(format!(
        "Findings: {} added, {} removed, {} changed, {} unchanged",
        f.added.len(),
        f.removed.len(),
        f.changed.len(),
        f.unchanged
    ));
    out
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

/// What the `diff.md` template reads: plain text (the template escapes it), computed here.
#[derive(Serialize)]
struct MarkdownView<'a> {
    marker: &'static str,
    head: &'a RunRef,
    /// The base run, when it is of another source (compared with `--force`).
    other_source: Option<&'a RunRef>,
    headline: Vec<String>,
    gates: Vec<GateView<'a>>,
    unchanged: bool,
    summary: Vec<SummaryRow>,
    findings: Folded<FindingRow<'a>>,
    cost_lines: Folded<Vec<String>>,
    currency: &'a str,
    unchanged_lines: usize,
    facts: &'a [FactChange],
    facts_changed: usize,
}

#[derive(Serialize)]
struct GateView<'a> {
    gate: &'a str,
    crossed: bool,
    detail: Vec<Span<'a>>,
}

/// A piece of text; `code` when it stood between backticks (gate details name checks so).
#[derive(Serialize)]
struct Span<'a> {
    text: &'a str,
    code: bool,
}

#[derive(Serialize)]
struct SummaryRow {
    label: &'static str,
    base: String,
    head: String,
    change: String,
}

impl SummaryRow {
    fn cells(self) -> Vec<String> {
        vec![self.label.into(), self.base, self.head, self.change]
    }
}

/// A folded table (left out when it has no rows): its first [`MD_ROWS`] rows, how many more
/// there are, and counts for its summary.
#[derive(Serialize)]
struct Folded<R> {
    rows: Vec<R>,
    /// Rows left out (0 when all are shown).
    more: usize,
    added: usize,
    removed: usize,
    changed: usize,
}

impl<R> Folded<R> {
    fn new(mut rows: Vec<R>, (added, removed, changed): (usize, usize, usize)) -> Self {
        let more = rows.len().saturating_sub(MD_ROWS);
        rows.truncate(MD_ROWS);
        Folded {
            rows,
            more,
            added,
            removed,
            changed,
        }
    }
}

#[derive(Serialize)]
struct FindingRow<'a> {
    change: &'static str,
    /// `major`, or `major → minor` when it changed.
    severity: String,
    id: &'a str,
    title: &'a str,
    /// The objects of an added or removed finding.
    objects: Option<Objects<'a>>,
    /// What a changed finding gained and lost, and its object counts.
    objects_added: Option<Objects<'a>>,
    objects_removed: Option<Objects<'a>>,
    object_count: Option<&'a Change<usize>>,
    effort: String,
}

/// The first [`OBJECTS_SHOWN`] objects and how many more there are.
#[derive(Serialize)]
struct Objects<'a> {
    shown: &'a [String],
    more: usize,
}

fn objects(list: &[String], total: usize) -> Option<Objects<'_>> {
    let shown = &list[..list.len().min(OBJECTS_SHOWN)];
    Some(Objects {
        shown,
        more: total.saturating_sub(shown.len()),
    })
}

fn nonempty(list: &[String]) -> Option<Objects<'_>> {
    (!list.is_empty())
        .then(|| objects(list, list.len()))
        .flatten()
}

/// Backtick-quoted parts become code; unbalanced backticks leave it all text.
fn spans(s: &str) -> Vec<Span<'_>> {
    let parts: Vec<&str> = s.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return vec![Span {
            text: s,
            code: false,
        }];
    }
    parts
        .into_iter()
        .enumerate()
        .map(|(i, text)| Span {
            text,
            code: !i.is_multiple_of(2),
        })
        .collect()
}

/// A pull-request comment through the `diff.md` template: a title and the summary, gate
/// verdicts, then folded details.
pub fn markdown(diff: &Diff, gates: &[GateResult], reporter: &Reporter) -> Result<String, Error> {
    let cur = &diff.cost.currency;
    let c = &diff.compatibility;
    let f = &diff.findings;
    let other = diff.base.source_name != diff.head.source_name
        || diff.base.source_engine != diff.head.source_engine;
    let summary = vec![
        SummaryRow {
            label: "Compatibility score",
            base: c.score.base.to_string(),
            head: c.score.head.to_string(),
            change: signed(c.score_delta),
        },
        SummaryRow {
            label: "Tier",
            base: c.tier.base.as_str().into(),
            head: c.tier.head.as_str().into(),
            change: String::new(),
        },
        SummaryRow {
            label: "Findings (blocker/major/minor/info)",
            base: counts(&c.counts.base),
            head: counts(&c.counts.head),
            change: String::new(),
        },
        SummaryRow {
            label: "Effort",
            base: hours(&c.effort_hours.base),
            head: hours(&c.effort_hours.head),
            change: hours_change(&c.effort_hours.base, &c.effort_hours.head),
        },
        cost_row("Source / month", &diff.cost.source, cur),
        cost_row("Lakebase / month", &diff.cost.target, cur),
        SummaryRow {
            label: "Lakebase − source",
            base: money_delta(diff.cost.difference.base, cur),
            head: money_delta(diff.cost.difference.head, cur),
            change: String::new(),
        },
    ];
    let findings = {
        let rows = f
            .added
            .iter()
            .map(|a| finding_row("added", a))
            .chain(f.changed.iter().map(changed_row))
            .chain(f.removed.iter().map(|r| finding_row("removed", r)))
            .collect();
        Folded::new(rows, (f.added.len(), f.removed.len(), f.changed.len()))
    };
    let cost_lines = {
        let rows = diff
            .cost
            .lines
            .iter()
            .map(|l| line_row(diff, l, cur))
            .collect();
        Folded::new(rows, (0, 0, diff.cost.lines.len()))
    };
    let view = MarkdownView {
        marker: COMMENT_MARKER,
        head: &diff.head,
        other_source: other.then_some(&diff.base),
        headline: headline(diff),
        gates: gates
            .iter()
            .map(|g| GateView {
                gate: &g.gate,
                crossed: g.crossed,
                detail: spans(&g.detail),
            })
            .collect(),
        unchanged: diff.unchanged,
        summary,
        findings,
        cost_lines,
        currency: cur,
        unchanged_lines: diff.cost.unchanged_lines,
        facts: &diff.facts,
        facts_changed: diff.facts.len(),
    };
    reporter.render_template("diff.md", &view)
}

fn side_name(diff: &Diff, side: Side) -> String {
    match side {
        Side::Source => diff.head.source_engine.clone(),
        Side::Target => "Lakebase".into(),
    }
}

fn line_cell(v: &Option<LineValues>, cur: &str) -> String {
    match v {
        None => "—".into(),
        Some(v) => format!(
            "{} × {} = {}",
            quantity(v.quantity),
            unit_price(v.unit_price),
            money(v.monthly, cur)
        ),
    }
}

fn opt_delta(d: Option<Decimal>) -> String {
    d.map_or("unknown".into(), amount_delta)
}

fn cost_row(label: &'static str, s: &SideChange, cur: &str) -> SummaryRow {
    SummaryRow {
        label,
        base: money(s.base, cur),
        head: money(s.head, cur),
        change: match s.delta {
            Some(d) => format!(
                "{} ({})",
                money_delta(Some(d), cur),
                percent_delta(s.percent)
            ),
            None => "unknown".into(),
        },
    }
}

fn finding_row<'a>(change: &'static str, f: &'a FindingRef) -> FindingRow<'a> {
    FindingRow {
        change,
        severity: f.severity.as_str().into(),
        id: &f.id,
        title: &f.title,
        objects: objects(&f.objects, f.object_count),
        objects_added: None,
        objects_removed: None,
        object_count: None,
        effort: hours(&f.effort_hours),
    }
}

fn changed_row(c: &FindingChange) -> FindingRow<'_> {
    let severity = if c.severity.changed() {
        format!(
            "{} → {}",
            c.severity.base.as_str(),
            c.severity.head.as_str()
        )
    } else {
        c.severity.head.as_str().into()
    };
    FindingRow {
        change: "changed",
        severity,
        id: &c.id,
        title: &c.title,
        objects: None,
        objects_added: nonempty(&c.objects_added),
        objects_removed: nonempty(&c.objects_removed),
        object_count: Some(&c.object_count),
        effort: format!(
            "{} → {}",
            hours(&c.effort_hours.base),
            hours(&c.effort_hours.head)
        ),
    }
}

const LINE_HEADER: [&str; 8] = [
    "side",
    "line",
    "base",
    "head",
    "change",
    "usage",
    "unit price",
    "cause",
];

fn line_row(diff: &Diff, l: &LineChange, cur: &str) -> Vec<String> {
    vec![
        side_name(diff, l.side),
        format!("{} ({})", l.id, l.unit),
        line_cell(&l.base, cur),
        line_cell(&l.head, cur),
        opt_delta(l.delta),
        opt_delta(l.usage),
        opt_delta(l.unit_price),
        l.cause.clone(),
    ]
}

// ---------------------------------------------------------------------------------------------
// Terminal table
// ---------------------------------------------------------------------------------------------

/// The diff for a terminal: the summary, the gates, then every change in tables.
pub fn text(diff: &Diff, gates: &[GateResult]) -> String {
    let cur = &diff.cost.currency;
    let c = &diff.compatibility;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}): base → head\n",
        diff.head.source_name, diff.head.source_engine
    );
    for line in headline(diff) {
        let _ = writeln!(out, "  {line}");
    }
    for g in gates {
        let _ = writeln!(
            out,
            "  {} {}: {}",
            if g.crossed { "CROSSED" } else { "held   " },
            g.gate,
            g.detail
        );
    }
    out.push('\n');
    if diff.unchanged {
        return out;
    }
    let _ = writeln!(
        out,
        "{}\n",
        table(
            &["", "base", "head", "change"],
            vec![
                vec![
                    "score".into(),
                    c.score.base.to_string(),
                    c.score.head.to_string(),
                    signed(c.score_delta),
                ],
                vec![
                    "tier".into(),
                    c.tier.base.as_str().into(),
                    c.tier.head.as_str().into(),
                    String::new(),
                ],
                vec![
                    "blk/maj/min/info".into(),
                    counts(&c.counts.base),
                    counts(&c.counts.head),
                    String::new(),
                ],
                vec![
                    "effort".into(),
                    hours(&c.effort_hours.base),
                    hours(&c.effort_hours.head),
                    hours_change(&c.effort_hours.base, &c.effort_hours.head),
                ],
                cost_row("source / month", &diff.cost.source, cur).cells(),
                cost_row("Lakebase / month", &diff.cost.target, cur).cells(),
            ],
        )
    );

    let f = &diff.findings;
    if !f.is_empty() {
        let mut rows = Vec::new();
        let objs = |objects: &[String], total: usize| {
            let shown: Vec<String> = objects.iter().take(3).map(|o| truncate(o, 40)).collect();
            let more = total.saturating_sub(shown.len());
            if more > 0 {
                format!("{} (+{more})", shown.join(", "))
            } else {
                shown.join(", ")
            }
        };
        for a in &f.added {
            rows.push(vec![
                "added".into(),
                a.severity.as_str().into(),
                a.id.clone(),
                objs(&a.objects, a.object_count),
            ]);
        }
        for ch in &f.changed {
            let mut o = Vec::new();
            if !ch.objects_added.is_empty() {
                o.push(format!(
                    "+{}",
                    objs(&ch.objects_added, ch.objects_added.len())
                ));
            }
            if !ch.objects_removed.is_empty() {
                o.push(format!(
                    "-{}",
                    objs(&ch.objects_removed, ch.objects_removed.len())
                ));
            }
            rows.push(vec![
                "changed".into(),
                if ch.severity.changed() {
                    format!(
                        "{} → {}",
                        ch.severity.base.as_str(),
                        ch.severity.head.as_str()
                    )
                } else {
                    ch.severity.head.as_str().into()
                },
                ch.id.clone(),
                o.join("; "),
            ]);
        }
        for r in &f.removed {
            rows.push(vec![
                "removed".into(),
                r.severity.as_str().into(),
                r.id.clone(),
                objs(&r.objects, r.object_count),
            ]);
        }
        let _ = writeln!(out, "Findings");
        let _ = writeln!(
            out,
            "{}\n",
            table(&["change", "severity", "check", "objects"], rows)
        );
    }
    if !diff.cost.lines.is_empty() {
        let rows = diff
            .cost
            .lines
            .iter()
            .map(|l| {
                let mut r = line_row(diff, l, cur);
                if let Some(last) = r.last_mut() {
                    *last = truncate(last, 60);
                }
                r
            })
            .collect();
        let _ = writeln!(out, "Cost lines ({cur} a month)");
        let _ = writeln!(out, "{}\n", table(&LINE_HEADER, rows));
    }
    if !diff.facts.is_empty() {
        let rows = diff
            .facts
            .iter()
            .map(|f| vec![f.what.clone(), f.base.clone(), f.head.clone()])
            .collect();
        let _ = writeln!(out, "{}", table(&["fact", "base", "head"], rows));
    }
    out
}
