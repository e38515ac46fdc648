//! `history show --format html`: the view of the runs that `reports/history.html.hbs` renders —
//! one self-contained page, no JavaScript, with inline SVG charts of monthly cost (source and
//! Lakebase) and compatibility score over time, per source, and the table of runs. The charts'
//! geometry is the reports' ([`crate::report::chart`]); hovering a point shows its figures.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{by_source, Run};
use crate::assessment::{HoursRange, SeverityCounts};
use crate::error::Error;
use crate::report::chart::{line_chart, LineChart, Series, XPoint};
use crate::report::format::money;
use crate::report::Reporter;
use crate::time;

#[derive(Serialize)]
struct HistoryView<'a> {
    store: &'a str,
    run_count: usize,
    sources: Vec<SourceView<'a>>,
}

#[derive(Serialize)]
struct SourceView<'a> {
    /// `engine/name`.
    key: String,
    /// The currency of the source's first run, which the charts use.
    currency: &'a str,
    latest: RowView<'a>,
    cost_chart: LineChart,
    score_chart: LineChart,
    rows: Vec<RowView<'a>>,
}

#[derive(Serialize)]
struct RowView<'a> {
    recorded_at: &'a str,
    label: &'a str,
    score: u32,
    tier: &'static str,
    counts: &'a SeverityCounts,
    effort_hours: &'a HoursRange,
    source_monthly: Option<Decimal>,
    target_monthly: Option<Decimal>,
    currency: &'a str,
    prices_as_of: &'a str,
}

impl<'a> RowView<'a> {
    fn new(r: &'a Run) -> Self {
        RowView {
            recorded_at: &r.recorded_at,
            label: r.label.as_deref().unwrap_or(""),
            score: r.headline.score,
            tier: r.headline.tier.as_str(),
            counts: &r.headline.counts,
            effort_hours: &r.headline.effort_hours,
            source_monthly: r.headline.source_monthly,
            target_monthly: r.headline.target_monthly,
            currency: &r.headline.currency,
            prices_as_of: r.prices_as_of.as_deref().unwrap_or(""),
        }
    }
}

/// The x axis of a source's charts: one point per run, labelled with its date.
fn x_points(runs: &[&Run]) -> Vec<XPoint> {
    runs.iter()
        .map(|r| XPoint {
            time: time::parse(&r.recorded_at),
            label: r
                .recorded_at
                .get(..10)
                .unwrap_or(&r.recorded_at)
                .to_string(),
            tip: format!(
                "{} — {}",
                r.recorded_at,
                r.label
                    .as_deref()
                    .map_or(String::new(), |l| format!("{l} — "))
            ),
        })
        .collect()
}

/// The page for `runs` (already selected and sorted by time), through the `history.html`
/// template of `reporter` (an HTML one).
pub fn render(store_name: &str, runs: &[Run], reporter: &Reporter) -> Result<String, Error> {
    let sources = by_source(runs)
        .into_iter()
        .map(|(key, group)| {
            let cur = group[0].headline.currency.as_str();
            let xs = x_points(&group);
            let cost_chart = line_chart(
                &format!("Monthly cost of {key} ({cur})"),
                &xs,
                &[
                    Series {
                        name: "Lakebase",
                        class: "target",
                        values: group.iter().map(|r| r.headline.target_monthly).collect(),
                    },
                    Series {
                        name: "source",
                        class: "source",
                        values: group.iter().map(|r| r.headline.source_monthly).collect(),
                    },
                ],
                None,
                |v| money(Some(v), cur),
            );
            let score_chart = line_chart(
                &format!("Compatibility score of {key}"),
                &xs,
                &[Series {
                    name: "score",
                    class: "score",
                    values: group
                        .iter()
                        .map(|r| Some(Decimal::from(r.headline.score)))
                        .collect(),
                }],
                Some(Decimal::from(100)),
                |v| v.normalize().to_string(),
            );
            SourceView {
                key,
                currency: cur,
                latest: RowView::new(group[group.len() - 1]),
                cost_chart,
                score_chart,
                rows: group.iter().map(|r| RowView::new(r)).collect(),
            }
        })
        .collect();
    let view = HistoryView {
        store: store_name,
        run_count: runs.len(),
        sources,
    };
    reporter.render_template("history.html", &view)
}
