//! The geometry of an SVG line chart (values over time), for the templates to draw with
//! `{{> partials/line_chart.html}}`: axes scaled to "nice" steps, points placed by time, lines
//! broken where a value is unknown, and a hover text per point. Coordinates are strings with one
//! decimal, as the SVG is written.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

const W: f64 = 720.0;
const H: f64 = 260.0;
const LEFT: f64 = 92.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 44.0;

/// One point of the x axis: its time (seconds since 1970, if known), the label under the axis
/// and the start of each of its points' hover texts.
pub struct XPoint {
    pub time: Option<i64>,
    pub label: String,
    pub tip: String,
}

/// A series to draw: a name, a CSS class and one value per x point (`None` breaks the line).
pub struct Series<'a> {
    pub name: &'a str,
    pub class: &'a str,
    pub values: Vec<Option<Decimal>>,
}

/// What `partials/line_chart.html.hbs` draws.
#[derive(Debug, Serialize)]
pub struct LineChart {
    pub title: String,
    pub width: String,
    pub height: String,
    pub grid: Vec<GridLine>,
    pub x_labels: Vec<XLabel>,
    pub axis: Segment,
    pub series: Vec<SeriesView>,
}

#[derive(Debug, Serialize)]
pub struct Segment {
    pub x1: String,
    pub x2: String,
    pub y1: String,
    pub y2: String,
}

/// A horizontal grid line and its value on the y axis.
#[derive(Debug, Serialize)]
pub struct GridLine {
    pub line: Segment,
    pub label_x: String,
    pub label_y: String,
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct XLabel {
    pub x: String,
    pub y: String,
    /// The last label ends at its point so that it stays inside the chart.
    pub end: bool,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct SeriesView {
    pub name: String,
    pub class: String,
    /// Polylines (`x,y x,y …`), one per run of known values longer than one point.
    pub lines: Vec<String>,
    pub points: Vec<Point>,
    pub legend_line: Segment,
    pub legend_x: String,
    pub legend_y: String,
}

#[derive(Debug, Serialize)]
pub struct Point {
    pub cx: String,
    pub cy: String,
    pub tip: String,
}

fn n(x: f64) -> String {
    format!("{x:.1}")
}

/// A "nice" step (1, 2, 2.5 or 5 × 10ⁿ) that divides `max` into at most `ticks` intervals.
pub fn nice_step(max: Decimal, ticks: u32) -> Decimal {
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

/// X positions: by time when every time is known and they differ, else evenly spaced.
fn x_positions(points: &[XPoint]) -> Vec<f64> {
    let plot = W - LEFT - RIGHT;
    let known: Vec<i64> = points.iter().filter_map(|p| p.time).collect();
    let (min, max) = (known.iter().min(), known.iter().max());
    match (min, max) {
        (Some(&lo), Some(&hi)) if hi > lo && known.len() == points.len() => points
            .iter()
            .map(|p| LEFT + plot * (p.time.unwrap_or(lo) - lo) as f64 / (hi - lo) as f64)
            .collect(),
        _ if points.len() > 1 => (0..points.len())
            .map(|i| LEFT + plot * i as f64 / (points.len() - 1) as f64)
            .collect(),
        _ => vec![LEFT + plot / 2.0; points.len()],
    }
}

/// One line chart. `y_max` fixes the axis (a score's 100); otherwise it fits the data.
/// `label` writes a value on the y axis and in the hover texts.
pub fn line_chart(
    title: &str,
    points: &[XPoint],
    series: &[Series],
    y_max: Option<Decimal>,
    label: impl Fn(Decimal) -> String,
) -> LineChart {
    let xs = x_positions(points);
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

    let mut grid = Vec::new();
    let mut v = Decimal::ZERO;
    while v <= top {
        let yy = y(v);
        grid.push(GridLine {
            line: Segment {
                x1: LEFT.to_string(),
                x2: n(W - RIGHT),
                y1: n(yy),
                y2: n(yy),
            },
            label_x: n(LEFT - 6.0),
            label_y: n(yy + 4.0),
            label: label(v),
        });
        v += step;
    }
    // First and last x label, and a few between when there is room.
    let count = points.len();
    let every = count.div_ceil(6).max(1);
    let mut last_x = f64::NEG_INFINITY;
    let mut x_labels = Vec::new();
    for (i, p) in points.iter().enumerate() {
        if (i % every == 0 || i + 1 == count) && xs[i] - last_x > 70.0 {
            x_labels.push(XLabel {
                x: n(xs[i]),
                y: n(H - BOTTOM + 18.0),
                end: i + 1 == count && count > 1,
                text: p.label.clone(),
            });
            last_x = xs[i];
        }
    }
    let series = series
        .iter()
        .enumerate()
        .map(|(k, se)| {
            let mut lines = Vec::new();
            let mut run: Vec<String> = Vec::new();
            for (i, val) in se.values.iter().enumerate() {
                match val {
                    Some(v) => run.push(format!("{:.1},{:.1}", xs[i], y(*v))),
                    None => {
                        if run.len() > 1 {
                            lines.push(run.join(" "));
                        }
                        run.clear();
                    }
                }
            }
            if run.len() > 1 {
                lines.push(run.join(" "));
            }
            let points = se
                .values
                .iter()
                .enumerate()
                .filter_map(|(i, val)| {
                    val.map(|v| Point {
                        cx: n(xs[i]),
                        cy: n(y(v)),
                        tip: format!("{}{}: {}", points[i].tip, se.name, label(v)),
                    })
                })
                .collect();
            let lx = LEFT + 8.0 + 150.0 * k as f64;
            let ly = H - 10.0;
            SeriesView {
                name: se.name.to_string(),
                class: se.class.to_string(),
                lines,
                points,
                legend_line: Segment {
                    x1: n(lx),
                    x2: n(lx + 22.0),
                    y1: n(ly - 4.0),
                    y2: n(ly - 4.0),
                },
                legend_x: n(lx + 28.0),
                legend_y: n(ly),
            }
        })
        .collect();
    LineChart {
        title: title.to_string(),
        width: W.to_string(),
        height: H.to_string(),
        grid,
        x_labels,
        axis: Segment {
            x1: LEFT.to_string(),
            x2: n(W - RIGHT),
            y1: n(TOP + plot_h),
            y2: n(TOP + plot_h),
        },
        series,
    }
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
    fn unknown_values_break_the_line_and_have_no_point() {
        let points: Vec<XPoint> = (0..4)
            .map(|i| XPoint {
                time: Some(i * 86_400),
                label: format!("day {i}"),
                tip: String::new(),
            })
            .collect();
        let c = line_chart(
            "t",
            &points,
            &[Series {
                name: "s",
                class: "c",
                values: vec![
                    Some(Decimal::ONE),
                    Some(Decimal::TWO),
                    None,
                    Some(Decimal::TEN),
                ],
            }],
            None,
            |v| v.normalize().to_string(),
        );
        let s = &c.series[0];
        assert_eq!(s.lines.len(), 1, "a lone point after the gap draws no line");
        assert_eq!(s.points.len(), 3);
        assert_eq!(c.grid.last().unwrap().label, "10");
        assert_eq!(c.x_labels.first().unwrap().x, "92.0");
        assert!(c.x_labels.last().unwrap().end);
    }
}
