//! Plain-text tables for a terminal.

use std::fmt::Write as _;
use tabled::builder::Builder;
use tabled::settings::Style;

use super::format::{hours, money, money_delta, quantity, unit_price};
use crate::assessment::{Assessment, Side};

/// A table with a header row, in the style every terminal table of dbassay uses.
pub fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut b = Builder::default();
    b.push_record(header.iter().map(|h| h.to_string()));
    for r in rows {
        b.push_record(r);
    }
    b.build().with(Style::sharp()).to_string()
}

/// Column titles of [`headline_cells`].
pub const HEADLINE_HEADER: [&str; 6] = [
    "score",
    "tier",
    "blk/maj/min",
    "effort",
    "source / month",
    "Lakebase / month",
];

/// A run's or a source's headline figures as table cells, under [`HEADLINE_HEADER`].
pub fn headline_cells(h: &crate::assessment::Headline) -> [String; 6] {
    [
        h.score.to_string(),
        h.tier.as_str().to_string(),
        format!("{}/{}/{}", h.counts.blocker, h.counts.major, h.counts.minor),
        hours(&h.effort_hours),
        money(h.source_monthly, &h.currency),
        money(h.target_monthly, &h.currency),
    ]
}

/// At most `n` characters, with an ellipsis when cut.
pub fn truncate(s: &str, n: usize) -> String {
    let flat: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= n {
        flat
    } else {
        format!(
            "{}…",
            flat.chars().take(n.saturating_sub(1)).collect::<String>()
        )
    }
}

/// One row: score, tier, effort and the monthly costs; `score_title` heads the score column.
fn summary_table(a: &Assessment, score_title: &str) -> String {
    let (c, cur) = (&a.compatibility, &a.cost.currency);
    table(
        &[
            score_title,
            "tier",
            "effort",
            "source / month",
            "Lakebase / month",
            "difference",
        ],
        vec![vec![
            format!("{}/100", c.score),
            c.tier.as_str().into(),
            hours(&c.effort_hours),
            money(a.cost.source_monthly, cur),
            money(a.cost.target_monthly, cur),
            money_delta(a.cost.difference_monthly, cur),
        ]],
    )
}

/// The short summary the wizard prints after an assessment: the headline figures and the top
/// five findings.
pub fn brief(a: &Assessment) -> String {
    let c = &a.compatibility;
    let mut out = format!(
        "{} — {} {} ({})\n",
        a.source.name, a.source.engine_name, a.source.version, a.source.region
    );
    out.push_str(&summary_table(a, "score"));
    out.push('\n');
    out.push_str(&format!(
        "Target: {} {} CU ({} GiB) × {} compute(s), PostgreSQL {}. Path: {}.\n",
        a.target.name,
        a.target.cu,
        a.target.memory_gib,
        a.target.computes,
        a.target.postgres_version,
        a.migration_path.title
    ));
    if c.findings.is_empty() {
        out.push_str(&format!("No findings: {} checks passed.\n", c.checks_run));
    } else {
        let rows = c
            .findings
            .iter()
            .take(5)
            .map(|f| {
                vec![
                    f.severity.as_str().to_string(),
                    f.id.clone(),
                    truncate(&f.title, 48),
                    f.object_count.to_string(),
                    hours(&f.effort_hours),
                ]
            })
            .collect();
        out.push_str(&format!(
            "Top findings ({} in all: {} blocker, {} major, {} minor, {} info):\n",
            c.findings.len(),
            c.counts.blocker,
            c.counts.major,
            c.counts.minor,
            c.counts.info
        ));
        out.push_str(&table(
            &["severity", "check", "title", "objects", "effort"],
            rows,
        ));
        out.push('\n');
    }
    if !a.cost.complete {
        out.push_str("Some prices or quantities are unknown: see the report's cost section.\n");
    }
    out
}

/// The full human-readable assessment.
pub fn render(a: &Assessment) -> String {
    let c = &a.compatibility;
    let cur = &a.cost.currency;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {} {} ({})\n",
        a.source.name, a.source.engine_name, a.source.version, a.source.region
    );
    let _ = writeln!(out, "{}", summary_table(a, "compatibility"));
    let t = &a.target;
    let _ = writeln!(
        out,
        "\nTarget: {} {}–{} CU (up to {} GiB), expected average {} CU, × {} compute(s), PostgreSQL {}{}",
        t.name,
        t.min_cu,
        t.cu,
        t.memory_gib,
        t.average_cu,
        t.computes,
        t.postgres_version,
        t.region
            .region
            .as_deref()
            .map_or(String::new(), |r| format!(", in {r}"))
    );
    let stars = usize::from(t.confidence.stars.min(5));
    let _ = writeln!(
        out,
        "Sizing: {} (headline), confidence {}{} ({} of 5); comfort factor {}, {} vCPU per CU (dbassay heuristic)",
        t.basis.title(),
        "★".repeat(stars),
        "☆".repeat(5 - stars),
        t.confidence.stars,
        t.comfort_factor,
        t.vcpu_per_cu
    );
    let range = |m: &Option<crate::assessment::MoneyRange>| {
        m.map_or("unknown".to_string(), |m| {
            format!(
                "{} · {} · {}",
                money(Some(m.low), cur),
                money(Some(m.expected), cur),
                money(Some(m.high), cur)
            )
        })
    };
    let _ = writeln!(
        out,
        "{}",
        table(
            &[
                "sizing",
                "range",
                "expected average",
                "Lakebase / month (low · expected · high)"
            ],
            t.sizings
                .iter()
                .map(|s| {
                    vec![
                        if s.basis == t.basis {
                            format!("{} (headline)", s.basis.title())
                        } else {
                            s.basis.title().to_string()
                        },
                        format!("{}–{} CU", s.min_cu, s.max_cu),
                        format!("{} CU", s.average_cu),
                        range(&s.monthly),
                    ]
                })
                .collect(),
        )
    );
    for note in &t.region.notes {
        let _ = writeln!(out, "Region: {note}");
    }
    let _ = writeln!(
        out,
        "Effort: {} ({})",
        hours(&c.effort_hours),
        crate::report::format::effort_split(&c.effort_split)
    );
    let path = &a.migration_path;
    let _ = writeln!(out, "Path:   {}", path.title);
    if path.prerequisite_findings.is_empty() {
        let _ = writeln!(out);
    } else {
        let _ = writeln!(
            out,
            "Prerequisites of the path ({}, not scored):",
            hours(&path.effort_hours)
        );
        for f in &path.prerequisite_findings {
            let _ = writeln!(
                out,
                "  - {}: {} ({})",
                f.title,
                truncate(&f.objects.join(", "), 60),
                hours(&f.effort_hours)
            );
        }
        let _ = writeln!(out);
    }

    let rows = c
        .findings
        .iter()
        .map(|f| {
            let shown: Vec<String> = f.objects.iter().take(2).map(|o| truncate(o, 28)).collect();
            let more = f.object_count.saturating_sub(shown.len());
            vec![
                f.severity.as_str().into(),
                f.id.clone(),
                truncate(&f.title, 40),
                format!(
                    "{}{}",
                    shown.join(", "),
                    if more > 0 {
                        format!(" (+{more})")
                    } else {
                        String::new()
                    }
                ),
                hours(&f.effort_hours),
            ]
        })
        .collect::<Vec<_>>();
    if rows.is_empty() {
        let _ = writeln!(out, "No findings: {} checks passed.\n", c.checks_run);
    } else {
        let _ = writeln!(
            out,
            "Findings: {} blocker, {} major, {} minor, {} info ({} checks run)",
            c.counts.blocker, c.counts.major, c.counts.minor, c.counts.info, c.checks_run
        );
        let _ = writeln!(
            out,
            "{}\n",
            table(&["severity", "check", "title", "objects", "effort"], rows)
        );
    }

    let lines = a
        .cost
        .lines
        .iter()
        .map(|l| {
            vec![
                match l.side {
                    Side::Source => a.source.engine.clone(),
                    Side::Target => a.target.engine.clone(),
                },
                truncate(&l.description, 44),
                quantity(l.quantity),
                l.unit.clone(),
                unit_price(l.unit_price),
                money(l.monthly, cur),
                format!(
                    "{} {}",
                    l.price.label(),
                    l.price.as_of.as_deref().unwrap_or("")
                )
                .trim()
                .to_string(),
            ]
        })
        .collect();
    let _ = writeln!(
        out,
        "Monthly cost ({cur}, {})",
        a.cost
            .prices_as_of
            .as_deref()
            .map_or("some prices have no read date".to_string(), |d| format!(
                "prices as of {d}"
            ))
    );
    let _ = writeln!(
        out,
        "{}",
        table(
            &[
                "side",
                "line",
                "quantity",
                "unit",
                "unit price",
                "monthly",
                "price source"
            ],
            lines
        )
    );
    if !a.cost.complete {
        let _ = writeln!(
            out,
            "Incomplete: some prices or quantities are unknown (known lines: source {}, Lakebase {}).",
            money(Some(a.cost.source_known_monthly), cur),
            money(Some(a.cost.target_known_monthly), cur)
        );
    }
    for n in &a.notes {
        let _ = writeln!(out, "Note: {n}");
    }
    out
}

/// `dbassay engines`.
pub fn engines(catalog: &crate::engine::Catalog) -> String {
    let rows = catalog
        .engines
        .iter()
        .map(|e| {
            vec![
                e.id.clone(),
                e.name.clone(),
                e.family.to_string(),
                e.versions.join(", "),
                e.vendor.clone(),
                e.pricing.rate_card.summary(),
            ]
        })
        .collect();
    let t = &catalog.target;
    format!(
        "{}\nTarget: {} ({}) — PostgreSQL {}; rate card: {}\n",
        table(
            &["id", "engine", "family", "versions", "vendor", "rate card"],
            rows
        ),
        t.name,
        t.id,
        t.postgres_versions
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        t.pricing.rate_card.summary()
    )
}

/// One row per assessment, for `demo` (and later `fleet`).
pub fn summary(results: &[Assessment]) -> String {
    let rows = results
        .iter()
        .map(|a| {
            let c = &a.compatibility;
            let cur = &a.cost.currency;
            vec![
                a.source.engine.clone(),
                truncate(&a.source.name, 28),
                a.source.version.clone(),
                format!("{}", c.score),
                c.tier.as_str().into(),
                format!("{}/{}/{}", c.counts.blocker, c.counts.major, c.counts.minor),
                hours(&c.effort_hours),
                money(a.cost.source_monthly, cur),
                money(a.cost.target_monthly, cur),
                money_delta(a.cost.difference_monthly, cur),
            ]
        })
        .collect();
    format!(
        "{}\nblk/maj/min = blocker, major and minor findings; costs per month, offline rate cards.\n",
        table(
            &["engine", "source", "version", "score", "tier", "blk/maj/min", "effort", "source / month", "Lakebase / month", "difference"],
            rows
        )
    )
}
