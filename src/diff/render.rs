//! The diff as Markdown (a pull-request comment: the summary first, details folded), as a
//! terminal table, and as JSON.

use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt::Write as _;

use super::gate::GateResult;
use super::{Diff, FindingChange, FindingRef, LineChange, LineValues, SideChange};
use crate::assessment::{HoursRange, SeverityCounts, Side};
use crate::report::escape;
use crate::report::format::{hours, money, money_delta, percent_delta, quantity, unit_price};
use crate::report::table::{table, truncate};

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

/// Text safe inside Markdown and in a table cell: the reports' escaping.
fn md(s: &str) -> String {
    escape::markdown(s)
}

/// Like [`md`], but text between backticks (gate details name checks so) becomes a code span.
fn md_with_code(s: &str) -> String {
    let parts: Vec<&str> = s.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return md(s); // unbalanced: escape everything
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i.is_multiple_of(2) {
                md(p)
            } else {
                escape::markdown_code(p)
            }
        })
        .collect()
}

fn md_table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(
        out,
        "|{}|",
        header.iter().map(|_| "---").collect::<Vec<_>>().join("|")
    );
    for r in rows {
        let _ = writeln!(out, "| {} |", r.join(" | "));
    }
}

fn objects_md(objects: &[String], total: usize) -> String {
    let shown: Vec<String> = objects
        .iter()
        .take(OBJECTS_SHOWN)
        .map(|o| md(&truncate(o, 60)))
        .collect();
    let more = total.saturating_sub(shown.len());
    let mut s = shown.join(", ");
    if more > 0 {
        let _ = write!(s, " (+{more} more)");
    }
    s
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

/// A pull-request comment: a title and the summary, gate verdicts, then folded details.
pub fn markdown(diff: &Diff, gates: &[GateResult]) -> String {
    let cur = &diff.cost.currency;
    let c = &diff.compatibility;
    let mut out = String::new();
    let _ = writeln!(out, "{COMMENT_MARKER}");
    let _ = writeln!(
        out,
        "### dbassay: {} ({})\n",
        md(&diff.head.source_name),
        md(&diff.head.source_engine)
    );
    if diff.base.source_name != diff.head.source_name
        || diff.base.source_engine != diff.head.source_engine
    {
        let _ = writeln!(
            out,
            "> Compared with a different source: {} ({}), with --force.\n",
            md(&diff.base.source_name),
            md(&diff.base.source_engine)
        );
    }
    for line in headline(diff) {
        let _ = writeln!(out, "- {}", md(&line));
    }
    out.push('\n');

    if !gates.is_empty() {
        for g in gates {
            let _ = writeln!(
                out,
                "{} `{}` {}: {}",
                if g.crossed { "❌" } else { "✅" },
                g.gate,
                if g.crossed { "**crossed**" } else { "held" },
                md_with_code(&g.detail)
            );
            out.push('\n');
        }
    }
    if diff.unchanged {
        return out;
    }

    let rows = vec![
        vec![
            "Compatibility score".into(),
            c.score.base.to_string(),
            c.score.head.to_string(),
            signed(c.score_delta),
        ],
        vec![
            "Tier".into(),
            c.tier.base.as_str().into(),
            c.tier.head.as_str().into(),
            String::new(),
        ],
        vec![
            "Findings (blocker/major/minor/info)".into(),
            counts(&c.counts.base),
            counts(&c.counts.head),
            String::new(),
        ],
        vec![
            "Effort".into(),
            hours(&c.effort_hours.base),
            hours(&c.effort_hours.head),
            hours_change(&c.effort_hours.base, &c.effort_hours.head),
        ],
        cost_row("Source / month", &diff.cost.source, cur),
        cost_row("Lakebase / month", &diff.cost.target, cur),
        vec![
            "Lakebase − source".into(),
            money_delta(diff.cost.difference.base, cur),
            money_delta(diff.cost.difference.head, cur),
            String::new(),
        ],
    ];
    md_table(&mut out, &["", "base", "head", "change"], &rows);
    out.push('\n');

    let f = &diff.findings;
    if !f.is_empty() {
        let _ = writeln!(
            out,
            "<details><summary>Findings: {} added, {} removed, {} changed</summary>\n",
            f.added.len(),
            f.removed.len(),
            f.changed.len()
        );
        let mut rows = Vec::new();
        for a in &f.added {
            rows.push(finding_row_md("added", a));
        }
        for ch in &f.changed {
            rows.push(changed_row_md(ch));
        }
        for r in &f.removed {
            rows.push(finding_row_md("removed", r));
        }
        let total = rows.len();
        rows.truncate(MD_ROWS);
        md_table(
            &mut out,
            &["change", "severity", "check", "objects", "effort"],
            &rows,
        );
        more_rows(&mut out, total, "findings");
        let _ = writeln!(out, "\n</details>\n");
    }

    if !diff.cost.lines.is_empty() {
        let _ = writeln!(
            out,
            "<details><summary>Cost lines: {} changed, {} unchanged ({cur} a month)</summary>\n",
            diff.cost.lines.len(),
            diff.cost.unchanged_lines
        );
        let rows: Vec<Vec<String>> = diff
            .cost
            .lines
            .iter()
            .take(MD_ROWS)
            .map(|l| line_row(diff, l, cur).into_iter().map(|s| md(&s)).collect())
            .collect();
        md_table(&mut out, &LINE_HEADER, &rows);
        more_rows(&mut out, diff.cost.lines.len(), "cost lines");
        let _ = writeln!(out, "\n</details>\n");
    }

    if !diff.facts.is_empty() {
        let _ = writeln!(
            out,
            "<details><summary>Sizing and facts: {} changed</summary>\n",
            diff.facts.len()
        );
        let rows: Vec<Vec<String>> = diff
            .facts
            .iter()
            .map(|f| vec![md(&f.what), md(&f.base), md(&f.head)])
            .collect();
        md_table(&mut out, &["", "base", "head"], &rows);
        let _ = writeln!(out, "\n</details>\n");
    }
    out
}

fn more_rows(out: &mut String, total: usize, what: &str) {
    if total > MD_ROWS {
        let _ = writeln!(
            out,
            "\n… and {} more {what}; `dbassay diff --format json` lists them all.",
            total - MD_ROWS
        );
    }
}

fn cost_row(label: &str, s: &SideChange, cur: &str) -> Vec<String> {
    vec![
        label.into(),
        money(s.base, cur),
        money(s.head, cur),
        match s.delta {
            Some(d) => format!(
                "{} ({})",
                money_delta(Some(d), cur),
                percent_delta(s.percent)
            ),
            None => "unknown".into(),
        },
    ]
}

fn finding_row_md(change: &str, f: &FindingRef) -> Vec<String> {
    vec![
        change.into(),
        f.severity.as_str().into(),
        format!("`{}` {}", f.id, md(&f.title)),
        objects_md(&f.objects, f.object_count),
        hours(&f.effort_hours),
    ]
}

fn changed_row_md(c: &FindingChange) -> Vec<String> {
    let severity = if c.severity.changed() {
        format!(
            "{} → {}",
            c.severity.base.as_str(),
            c.severity.head.as_str()
        )
    } else {
        c.severity.head.as_str().into()
    };
    let mut objects = Vec::new();
    if !c.objects_added.is_empty() {
        objects.push(format!(
            "+ {}",
            objects_md(&c.objects_added, c.objects_added.len())
        ));
    }
    if !c.objects_removed.is_empty() {
        objects.push(format!(
            "− {}",
            objects_md(&c.objects_removed, c.objects_removed.len())
        ));
    }
    objects.push(format!(
        "({} → {} objects)",
        c.object_count.base, c.object_count.head
    ));
    vec![
        "changed".into(),
        severity,
        format!("`{}` {}", c.id, md(&c.title)),
        objects.join("<br>"),
        format!(
            "{} → {}",
            hours(&c.effort_hours.base),
            hours(&c.effort_hours.head)
        ),
    ]
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
                cost_row("source / month", &diff.cost.source, cur),
                cost_row("Lakebase / month", &diff.cost.target, cur),
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
