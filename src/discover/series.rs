//! Hourly series from a cloud's monitoring API turned into workload figures: one rule for
//! every cloud, so an average, a p95 or an active hour means the same whichever API measured it.
//!
//! - **Average**: the mean of the hourly values present (an hour without a datapoint is not
//!   measured, not zero).
//! - **p95**: nearest rank over the hourly values, used when the service gives no p95 of its own
//!   (CloudWatch computes one from its minute data when asked; it is preferred).
//! - **Active hour**: an hour with a client connection (the hour's maximum connections above
//!   0); without a connections series, an hour whose CPU averaged above [`IDLE_CPU_PCT`].
//! - **Typical day**: for each hour of the day (UTC), active when it was active on at least half
//!   the days of the window; its value is the mean CPU of its active hours (at least 0.01, so
//!   that only an idle hour reads 0, as `workload.hourly_cpu_pct` means). The active hours a
//!   day are the typical day's active hours.
//!
//! The workload figures every cloud measures alike (CPU, connections, the measurement's window)
//! are filled here too, so the clouds differ only in the metrics they read.

use rust_decimal::Decimal;

use crate::profile::{Measurement, Profile, ProfileWarning, Workload};

/// CPU (percent) at or below which an hour counts as idle when no connections were measured.
pub const IDLE_CPU_PCT: f64 = 1.0;

/// Datapoints of one metric: (Unix seconds at the start of the period, value), in time order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Series {
    pub points: Vec<(i64, f64)>,
}

impl Series {
    pub fn new(mut points: Vec<(i64, f64)>) -> Series {
        points.retain(|(_, v)| v.is_finite());
        points.sort_by_key(|(t, _)| *t);
        Series { points }
    }

    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    pub fn values(&self) -> impl Iterator<Item = f64> + '_ {
        self.points.iter().map(|(_, v)| *v)
    }

    pub fn mean(&self) -> Option<f64> {
        (!self.is_empty()).then(|| self.values().sum::<f64>() / self.points.len() as f64)
    }

    pub fn max(&self) -> Option<f64> {
        self.values().reduce(f64::max)
    }

    /// The last value (e.g. the latest volume size).
    pub fn last(&self) -> Option<f64> {
        self.points.last().map(|(_, v)| *v)
    }

    /// 95th percentile by nearest rank.
    pub fn p95(&self) -> Option<f64> {
        let mut v: Vec<f64> = self.values().collect();
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        let rank = (0.95 * v.len() as f64).ceil() as usize;
        Some(v[rank.clamp(1, v.len()) - 1])
    }

    /// The sum of two series hour by hour (hours present in either).
    pub fn plus(&self, other: &Series) -> Series {
        let mut all: std::collections::BTreeMap<i64, f64> = std::collections::BTreeMap::new();
        for (t, v) in self.points.iter().chain(&other.points) {
            *all.entry(*t).or_default() += v;
        }
        Series {
            points: all.into_iter().collect(),
        }
    }
}

/// A typical day: the value of each hour from 00 to 23 (0 for an idle hour) and how many are
/// active.
#[derive(Debug, Clone, PartialEq)]
pub struct TypicalDay {
    pub hourly: Vec<f64>,
    pub active_hours: u32,
}

/// The typical day of hourly CPU over a window of `window_days`, active hours decided by the
/// connections' hourly maximum when given.
pub fn typical_day(cpu: &Series, connections_max: Option<&Series>, window_days: u32) -> TypicalDay {
    let active_at = |t: i64, cpu_value: f64| match connections_max {
        Some(c) => c
            .points
            .binary_search_by_key(&t, |(ts, _)| *ts)
            .is_ok_and(|i| c.points[i].1 > 0.0),
        None => cpu_value > IDLE_CPU_PCT,
    };
    let mut sum = [0.0f64; 24];
    let mut active = [0u32; 24];
    for (t, v) in &cpu.points {
        if active_at(*t, *v) {
            let h = t.rem_euclid(86_400) as usize / 3600;
            sum[h] += v;
            active[h] += 1;
        }
    }
    let need = window_days.max(1).div_ceil(2);
    let hourly: Vec<f64> = (0..24)
        .map(|h| {
            if active[h] >= need && active[h] > 0 {
                (sum[h] / f64::from(active[h])).max(0.01)
            } else {
                0.0
            }
        })
        .collect();
    let active_hours = hourly.iter().filter(|v| **v > 0.0).count() as u32;
    TypicalDay {
        hourly,
        active_hours,
    }
}

/// CPU figures: the average, the p95 (`p95` when the service computed one, else the hourly
/// values'), and the typical day's active hours and hourly CPU.
pub fn fill_cpu(
    w: &mut Workload,
    cpu: &Series,
    p95: Option<f64>,
    connections_max: Option<&Series>,
    window_days: u32,
) {
    w.cpu_utilization_pct = cpu.mean().and_then(percent);
    w.cpu_p95_pct = p95.or_else(|| cpu.p95()).and_then(percent);
    let day = typical_day(cpu, connections_max, window_days);
    w.active_hours_per_day = Some(Decimal::from(day.active_hours));
    w.hourly_cpu_pct = Some(
        day.hourly
            .iter()
            .map(|v| percent(*v).unwrap_or_default())
            .collect(),
    );
}

/// Connections: the mean of the hourly averages and the highest hourly maximum, whole.
pub fn fill_connections(w: &mut Workload, average: Option<&Series>, maximum: Option<&Series>) {
    let whole = |v: f64| v.round().max(0.0) as u32;
    if let Some(c) = average {
        w.average_connections = c.mean().map(whole);
    }
    if let Some(c) = maximum {
        w.peak_connections = c.max().map(whole);
    }
}

/// A cloud's monitoring service, as a profile names it.
pub struct Monitor {
    /// `CloudWatch`
    pub name: &'static str,
    /// `workload.measurement.source`: `cloudwatch`
    pub source: &'static str,
    /// What it monitors, for a message: `database`
    pub resource: &'static str,
    pub window_days: u32,
}

impl Monitor {
    pub const fn new(
        name: &'static str,
        source: &'static str,
        resource: &'static str,
        window_days: u32,
    ) -> Monitor {
        Monitor {
            name,
            source,
            resource,
            window_days,
        }
    }
}

/// Records which service measured the workload over which window, or, when no series had a
/// datapoint, a warning that says so.
pub fn close(p: &mut Profile, measured: bool, monitor: &Monitor, until: i64) {
    if measured {
        p.workload.measurement = Some(Measurement {
            window_days: Decimal::from(monitor.window_days),
            source: monitor.source.into(),
            until: Some(crate::time::iso_date(until)),
            includes_peak: None,
        });
    } else {
        p.warnings.push(ProfileWarning {
            area: "workload".into(),
            message: format!(
                "{} had no datapoints for the last {} days (a new or stopped {}?).",
                monitor.name, monitor.window_days, monitor.resource
            ),
        });
    }
}

/// A figure as profiles keep it: two decimals; `None` for NaN and infinities.
pub fn dec(x: f64) -> Option<Decimal> {
    Decimal::from_f64_retain(x).map(|d| d.round_dp(2).normalize())
}

/// A percentage, clamped to 0–100, two decimals.
pub fn percent(x: f64) -> Option<Decimal> {
    dec(x.clamp(0.0, 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Days of hourly values: `busy` from 08:00 to 19:59 UTC, `quiet` otherwise.
    fn shape(days: i64, busy: f64, quiet: f64) -> Series {
        let start = 1_700_006_400; // a midnight UTC
        Series::new(
            (0..days * 24)
                .map(|i| {
                    let h = i % 24;
                    (
                        start + i * 3600,
                        if (8..20).contains(&h) { busy } else { quiet },
                    )
                })
                .collect(),
        )
    }

    #[test]
    fn average_p95_and_the_typical_day_of_a_known_shape() {
        let cpu = shape(14, 20.0, 4.0);
        assert_eq!(cpu.mean(), Some(12.0));
        assert_eq!(cpu.p95(), Some(20.0));
        let connected = shape(14, 30.0, 5.0);
        let day = typical_day(&cpu, Some(&connected), 14);
        assert_eq!(day.active_hours, 24);
        assert_eq!(day.hourly[3], 4.0);
        assert_eq!(day.hourly[12], 20.0);
        // Nobody connected at night: those hours are idle.
        let nights_off = shape(14, 30.0, 0.0);
        let day = typical_day(&cpu, Some(&nights_off), 14);
        assert_eq!(day.active_hours, 12);
        assert_eq!(day.hourly[3], 0.0);
        // Without connections, CPU above 1 % is activity.
        let day = typical_day(&shape(14, 20.0, 0.5), None, 14);
        assert_eq!(day.active_hours, 12);
    }

    #[test]
    fn gaps_are_not_zeros_and_rare_hours_are_idle() {
        let mut cpu = shape(14, 20.0, 4.0);
        cpu.points
            .retain(|(t, _)| (t / 3600) % 24 != 12 || *t > 1_700_006_400 + 10 * 86_400);
        // Hour 12 seen on only 4 of 14 days: idle in the typical day, but its values count in
        // the average.
        let day = typical_day(&cpu, None, 14);
        assert_eq!(day.hourly[12], 0.0);
        assert_eq!(day.active_hours, 23);
        assert!(cpu.mean().unwrap() < 12.0);
        assert_eq!(Series::default().mean(), None);
        assert_eq!(Series::default().p95(), None);
        assert_eq!(percent(140.0), dec(100.0));
    }
}
