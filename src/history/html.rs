//! `history show --format html`: one self-contained page, no JavaScript, with inline SVG charts
//! of monthly cost (source and Lakebase) and compatibility score over time, per source, and the
//! table of runs. Every text is escaped; hovering a point shows its figures (an SVG `<title>`).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write as _;

use super::{by_source, Run};
use crate::report::format::{hours, money};
use crate::time;

const W: f64 = 720.0;
const H: f64 = 260.0;
const LEFT: f64 = 92.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 44.0;

/// Escapes text for HTML and SVG, in content and in quoted attributes (handlebars' escaping,
/// as the reports use).
fn esc(s: &str) -> String {
    handlebars::html_escape(s)
}

/// A series to draw: a name, a CSS class and one value per run (`None` breaks the line).
struct Series<'a> {
    name: &'a str,
    class: &'a str,
    values: Vec<Option<Decimal>>,
}

/// A "nice" step (1, 2, 2.5 or 5 × 10ⁿ) that divides `max` into at most `ticks` intervals.
fn nice_step(max: Decimal, ticks: u32) -> Decimal {
    if max <= Decimal::ZERO {
        return Decimal::ONE;
    }
    let raw = max / Decimal::from(ticks);
    let mut magnitude = Decimal::ONE;
    while magnitude * Decimal::TEN <= raw {
        magnitude *= Decimal::TEN;
    }
    while magnitude > raw {
        magnitude /= Decimal::TEN;
    }
    for m in [
        Decimal::ONE,
        Decimal::TWO,
        Decimal::new(25, 1),
        Decimal::from(5),
        Decimal::TEN,
    ] {
        if magnitude * m >= raw {
            return magnitude * m;
        }
    }
    magnitude * Decimal::TEN
}

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// X positions for the runs: by time when their times differ, else evenly spaced.
fn x_positions(runs: &[&Run]) -> Vec<f64> {
    let plot = W - LEFT - RIGHT;
    let times: Vec<Option<i64>> = runs.iter().map(|r| time::parse(&r.recorded_at)).collect();
    let known: Vec<i64> = times.iter().flatten().copied().collect();
    let (min, max) = (known.iter().min(), known.iter().max());
    match (min, max) {
        (Some(&lo), Some(&hi)) if hi > lo && known.len() == runs.len() => times
            .iter()
            .map(|t| LEFT + plot * (t.unwrap_or(lo) - lo) as f64 / (hi - lo) as f64)
            .collect(),
        _ if runs.len() > 1 => (0..runs.len())
            .map(|i| LEFT + plot * i as f64 / (runs.len() - 1) as f64)
            .collect(),
        _ => vec![LEFT + plot / 2.0; runs.len()],
    }
}

fn date_of(r: &Run) -> &str {
    r.recorded_at.get(..10).unwrap_or(&r.recorded_at)
}

/// One line chart. `y_max` fixes the axis (the score's 100); otherwise it fits the data.
fn chart(
    title: &str,
    runs: &[&Run],
    series: &[Series],
    y_max: Option<Decimal>,
    label: impl Fn(Decimal) -> String,
) -> String {
    let xs = x_positions(runs);
    let data_max = series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .copied()
        .max()
        .unwrap_or(Decimal::ZERO);
    let (step, top) = match y_max {
        Some(m) => (m / Decimal::from(4), m),
        None => {
            let step = nice_step(data_max, 4);
            let mut top = step;
            while top < data_max {
                top += step;
            }
            (step, top)
        }
    };
    let plot_h = H - TOP - BOTTOM;
    let y = |v: Decimal| TOP + plot_h * (1.0 - f(v) / f(top).max(f64::MIN_POSITIVE));

    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-label="{t}" xmlns="http://www.w3.org/2000/svg"><title>{t}</title>"#,
        t = esc(title)
    );
    // Grid and y labels.
    let mut v = Decimal::ZERO;
    while v <= top {
        let yy = y(v);
        let _ = write!(
            s,
            r#"<line class="grid" x1="{LEFT}" x2="{:.1}" y1="{yy:.1}" y2="{yy:.1}"/><text class="ylab" x="{:.1}" y="{:.1}">{}</text>"#,
            W - RIGHT,
            LEFT - 6.0,
            yy + 4.0,
            esc(&label(v))
        );
        v += step;
    }
    // X labels: first and last date, and a few between when there is room.
    let n = runs.len();
    let every = n.div_ceil(6).max(1);
    let mut last_x = f64::NEG_INFINITY;
    for (i, r) in runs.iter().enumerate() {
        if (i % every == 0 || i + 1 == n) && xs[i] - last_x > 70.0 {
            // The last label ends at its point so it stays inside the chart.
            let anchor = if i + 1 == n && n > 1 { " end" } else { "" };
            let _ = write!(
                s,
                r#"<text class="xlab{anchor}" x="{:.1}" y="{:.1}">{}</text>"#,
                xs[i],
                H - BOTTOM + 18.0,
                esc(date_of(r))
            );
            last_x = xs[i];
        }
    }
    let _ = write!(
        s,
        r#"<line class="axis" x1="{LEFT}" x2="{:.1}" y1="{:.1}" y2="{:.1}"/>"#,
        W - RIGHT,
        TOP + plot_h,
        TOP + plot_h
    );
    // Series: polylines broken at unknown values, then points with hover titles.
    for (k, se) in series.iter().enumerate() {
        let mut segment: Vec<String> = Vec::new();
        let flush = |seg: &mut Vec<String>, out: &mut String| {
            if seg.len() > 1 {
                let _ = write!(
                    out,
                    r#"<polyline class="line {}" points="{}"/>"#,
                    se.class,
                    seg.join(" ")
                );
            }
            seg.clear();
        };
        for (i, val) in se.values.iter().enumerate() {
            match val {
                Some(v) => segment.push(format!("{:.1},{:.1}", xs[i], y(*v))),
                None => flush(&mut segment, &mut s),
            }
        }
        flush(&mut segment, &mut s);
        for (i, val) in se.values.iter().enumerate() {
            if let Some(v) = val {
                let r = runs[i];
                let tip = format!(
                    "{} — {}{}: {}",
                    r.recorded_at,
                    r.label
                        .as_deref()
                        .map_or(String::new(), |l| format!("{l} — ")),
                    se.name,
                    label(*v)
                );
                let _ = write!(
                    s,
                    r#"<circle class="point {}" cx="{:.1}" cy="{:.1}" r="3.5"><title>{}</title></circle>"#,
                    se.class,
                    xs[i],
                    y(*v),
                    esc(&tip)
                );
            }
        }
        // Legend.
        let lx = LEFT + 8.0 + 150.0 * k as f64;
        let ly = H - 10.0;
        let _ = write!(
            s,
            r#"<line class="line {}" x1="{lx:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}"/><text class="legend" x="{:.1}" y="{ly:.1}">{}</text>"#,
            se.class,
            lx + 22.0,
            ly - 4.0,
            ly - 4.0,
            lx + 28.0,
            esc(se.name)
        );
    }
    s.push_str("</svg>");
    s
}

const STYLE: &str = r#"
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: .25rem; }
svg.chart { max-width: 100%; height: auto; background: #fff; border: 1px solid #d8dee4; border-radius: 6px; }
.grid { stroke: #eaeef2; } .axis { stroke: #8c959f; }
.ylab { font-size: 11px; fill: #57606a; text-anchor: end; } .xlab { font-size: 11px; fill: #57606a; text-anchor: middle; } .xlab.end { text-anchor: end; }
.legend { font-size: 12px; fill: #1b1f24; }
.line { fill: none; stroke-width: 2; } .point { stroke: #fff; stroke-width: 1; }
.target { stroke: #ff3621; } .point.target { fill: #ff3621; stroke: #fff; }
.source { stroke: #1f6feb; stroke-dasharray: 5 3; } .point.source { fill: #1f6feb; stroke: #fff; stroke-dasharray: none; }
.score { stroke: #1a7f37; } .point.score { fill: #1a7f37; stroke: #fff; }
table { border-collapse: collapse; margin-top: .5rem; font-size: 13px; }
th, td { border: 1px solid #d8dee4; padding: .3rem .5rem; text-align: left; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #f6f8fa; }
.muted { color: #57606a; }
"#;

/// The page for `runs` (already selected and sorted by time).
pub fn render(store_name: &str, runs: &[Run]) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>dbassay history — {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>dbassay history</h1>\n<p class=\"muted\">{} run(s) from <code>{}</code>. Costs \
         are per month; hover a point for its figures.</p>\n",
        esc(store_name),
        runs.len(),
        esc(store_name)
    );
    if runs.is_empty() {
        s.push_str("<p>No runs recorded yet.</p>\n</body>\n</html>\n");
        return s;
    }
    for (key, group) in by_source(runs) {
        let cur = group[0].currency.clone();
        let last = group[group.len() - 1];
        let _ = write!(
            s,
            "<section>\n<h2>{}</h2>\n<p class=\"muted\">Latest: score {}, {}, Lakebase {} and \
             source {} a month.</p>\n<div class=\"charts\">\n",
            esc(&key),
            last.score,
            esc(last.tier.as_str()),
            esc(&money(last.target_monthly, &cur)),
            esc(&money(last.source_monthly, &cur)),
        );
        let cost = chart(
            &format!("Monthly cost of {key} ({cur})"),
            &group,
            &[
                Series {
                    name: "Lakebase",
                    class: "target",
                    values: group.iter().map(|r| r.target_monthly).collect(),
                },
                Series {
                    name: "source",
                    class: "source",
                    values: group.iter().map(|r| r.source_monthly).collect(),
                },
            ],
            None,
            |v| money(Some(v), &cur),
        );
        let score = chart(
            &format!("Compatibility score of {key}"),
            &group,
            &[Series {
                name: "score",
                class: "score",
                values: group.iter().map(|r| Some(Decimal::from(r.score))).collect(),
            }],
            Some(Decimal::from(100)),
            |v| v.normalize().to_string(),
        );
        let _ = write!(
            s,
            "<figure><figcaption>Monthly cost ({})</figcaption>{cost}</figure>\n\
             <figure><figcaption>Compatibility score</figcaption>{score}</figure>\n</div>\n",
            esc(&cur)
        );
        s.push_str(
            "<table>\n<thead><tr><th>recorded (UTC)</th><th>label</th><th>score</th>\
             <th>tier</th><th>blk/maj/min</th><th>effort</th><th>source / month</th>\
             <th>Lakebase / month</th><th>prices as of</th></tr></thead>\n<tbody>\n",
        );
        for r in &group {
            let _ = writeln!(
                s,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td><td>{}/{}/{}</td>\
                 <td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                esc(&r.recorded_at),
                esc(r.label.as_deref().unwrap_or("")),
                r.score,
                esc(r.tier.as_str()),
                r.counts.blocker,
                r.counts.major,
                r.counts.minor,
                esc(&hours(&r.effort_hours)),
                esc(&money(r.source_monthly, &r.currency)),
                esc(&money(r.target_monthly, &r.currency)),
                esc(r.prices_as_of.as_deref().unwrap_or("")),
            );
        }
        s.push_str("</tbody>\n</table>\n</section>\n");
    }
    s.push_str("</body>\n</html>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(Decimal::from(2659), 4), Decimal::from(1000));
        assert_eq!(nice_step(Decimal::from(400), 4), Decimal::from(100));
        assert_eq!(nice_step(Decimal::from(90), 4), Decimal::from(25));
        assert_eq!(nice_step(Decimal::new(3, 1), 4), Decimal::new(1, 1));
        assert_eq!(nice_step(Decimal::ZERO, 4), Decimal::ONE);
    }

    #[test]
    fn escapes_markup_in_text_and_attributes() {
        let e = esc(r#"<script>"a" & 'b'</script>"#);
        for bad in ['<', '>', '"', '\''] {
            assert!(!e.contains(bad), "{e}");
        }
        assert!(
            e.starts_with("&lt;script&gt;") && e.contains("&amp;"),
            "{e}"
        );
    }
}
