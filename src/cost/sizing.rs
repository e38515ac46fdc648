//! Sizing: filling what the profile leaves out from the engine's defaults, and choosing the
//! Lakebase capacity. Every choice is written down as an assumption.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::measured::{confidence, dynamodb_provisioned_cu, measured_throughput, measured_use};
use super::model::{CuHours, SizingBasis, SizingConfidence};
use super::quantity::{TargetShape, HOURS_PER_MONTH};
use crate::engine::{Capacity, Engine, Family, Target};
use crate::profile::Profile;

/// Options from the command line that override the profile.
#[derive(Debug, Clone, Default)]
pub struct SizingOverrides {
    pub region: Option<String>,
    pub instance_class: Option<String>,
    /// Lakebase size chosen by the user instead of the sizing rule (rounded up to an offered size).
    pub target_cu: Option<Decimal>,
    /// Allocated storage of the source in GB.
    pub storage_gb: Option<Decimal>,
    /// Whether the source has a synchronous standby.
    pub high_availability: Option<bool>,
}

/// Fills region, instance class, tier, storage type, vCPU and memory from overrides and engine
/// defaults. Returns the assumptions made.
pub fn apply_defaults(p: &mut Profile, engine: &Engine, o: &SizingOverrides) -> Vec<String> {
    let mut notes = Vec::new();
    let d = &engine.defaults;
    if let Some(r) = &o.region {
        p.region = Some(r.clone());
    } else if p.region.is_none() {
        p.region = Some(d.region.clone());
        notes.push(format!(
            "Region not in the profile; assumed {} (engine default).",
            d.region
        ));
    }
    if let Some(c) = &o.instance_class {
        p.sizing.instance_class = Some(c.clone());
    }
    if let Some(gb) = o.storage_gb {
        p.sizing.storage_gb = Some(gb);
    }
    if let Some(ha) = o.high_availability {
        p.sizing.high_availability = ha;
    }
    let s = &mut p.sizing;
    if s.instance_class.is_none() && s.serverless.is_none() {
        if let Some(c) = &d.instance_class {
            s.instance_class = Some(c.clone());
            notes.push(format!(
                "Instance class not in the profile; assumed {c} (engine default)."
            ));
        }
    }
    if s.tier.is_none() {
        s.tier = d.tier.clone();
    }
    if s.storage_type.is_none() {
        s.storage_type = d.storage_type.clone();
    }
    if let Some(shape) = s
        .instance_class
        .as_ref()
        .and_then(|c| d.instance_classes.get(c))
    {
        if s.vcpu.is_none() {
            s.vcpu = Some(shape.vcpu);
        }
        if s.memory_gib.is_none() {
            s.memory_gib = Some(shape.memory_gib);
        }
    }
    notes
}

/// One way of sizing Lakebase: its autoscaling range, the CU it is expected to average, and the
/// CU-hours a month that follow.
#[derive(Debug, Clone)]
pub struct Plan {
    pub basis: SizingBasis,
    pub min_cu: Decimal,
    /// The size: the top of the autoscaling range (or the fixed size).
    pub max_cu: Decimal,
    /// Expected average CU of the primary while it runs.
    pub average_cu: Decimal,
    /// Hours a month the primary (and its HA secondaries) run.
    pub primary_hours: Decimal,
    /// CU-hours a month of every compute: at the range's bottom, expected, at its top.
    pub cu_hours: CuHours,
    /// How the CU-hours add up, for the cost line.
    pub cu_hours_basis: String,
    /// The rule, with the figures it used.
    pub explain: Vec<String>,
}

/// The Lakebase sizing of one source: both plans, which one is the headline and why.
#[derive(Debug, Clone)]
pub struct TargetSizing {
    pub as_is: Plan,
    /// Present when utilisation was measured (or the user chose a size).
    pub performance: Option<Plan>,
    pub ha_secondaries: u32,
    pub read_replicas: u32,
    pub max_connections: u32,
    pub postgres_version: u32,
    pub confidence: SizingConfidence,
    /// Lines that hold for both plans: secondaries, scale to zero, the headline's basis.
    pub explain: Vec<String>,
    /// Whether idle hours were counted as unbilled (so the scale-to-zero timeout must be set).
    pub scale_to_zero_counted: bool,
}

impl TargetSizing {
    /// The plan the report leads with: performance-based when utilisation is known.
    pub fn headline(&self) -> &Plan {
        self.performance.as_ref().unwrap_or(&self.as_is)
    }

    /// The cost model's view of the headline plan.
    pub fn shape(&self, target: &Target) -> TargetShape {
        let plan = self.headline();
        TargetShape {
            cu_hours: plan.cu_hours.expected,
            cu_hours_basis: plan.cu_hours_basis.clone(),
            pitr_ratio: target.rules.pitr_ratio,
            snapshot_ratio: target.rules.snapshot_ratio,
        }
    }
}

/// Offered compute sizes, ascending (autoscaling sizes, then fixed ones).
fn offered_sizes(cap: &Capacity) -> Vec<Decimal> {
    let mut sizes: Vec<Decimal> = cap
        .autoscale_sizes
        .iter()
        .chain(&cap.fixed_sizes)
        .copied()
        .collect();
    sizes.sort();
    sizes.dedup();
    sizes
}

/// The smallest offered size at or above `need` (the largest when none is).
fn round_up(sizes: &[Decimal], need: Decimal) -> Decimal {
    sizes
        .iter()
        .copied()
        .find(|s| *s >= need)
        .or_else(|| sizes.last().copied())
        .unwrap_or(Decimal::ONE)
}

/// Direct connections a compute of `cu` accepts: the published rows, read linearly between
/// them, capped at the last row.
pub fn max_connections_at(cap: &Capacity, cu: Decimal) -> u32 {
    let rows = &cap.max_connections;
    let Some(first) = rows.first() else {
        return 0;
    };
    if cu <= first.0 {
        return first.1;
    }
    for pair in rows.windows(2) {
        let ((lo_cu, lo_c), (hi_cu, hi_c)) = (pair[0], pair[1]);
        if cu <= hi_cu {
            let share = (cu - lo_cu) / (hi_cu - lo_cu);
            let c = Decimal::from(lo_c) + share * (Decimal::from(hi_c) - Decimal::from(lo_c));
            return c.floor().to_u32().unwrap_or(u32::MAX);
        }
    }
    rows.last().map_or(0, |r| r.1)
}

/// The smallest offered size whose direct-connection limit covers `peak`, or `None` when no
/// size does (the pooler is then needed).
fn cu_for_connections(cap: &Capacity, sizes: &[Decimal], peak: u32) -> Option<Decimal> {
    let rows = &cap.max_connections;
    let i = rows.iter().position(|(_, c)| *c >= peak)?;
    let exact = if i == 0 {
        rows[0].0
    } else {
        let ((lo_cu, lo_c), (hi_cu, hi_c)) = (rows[i - 1], rows[i]);
        lo_cu + Decimal::from(peak - lo_c) * (hi_cu - lo_cu) / Decimal::from(hi_c - lo_c)
    };
    sizes
        .iter()
        .copied()
        .filter(|s| *s >= exact)
        .find(|s| max_connections_at(cap, *s) >= peak)
}

pub(super) fn pct(v: Decimal) -> Decimal {
    v / Decimal::from(100)
}

/// A day of the source, as spans of hours with the CU they need (`None`: idle).
struct Day {
    spans: Vec<(Decimal, Option<Decimal>)>,
}

/// The idle hours a day the workload states: zero hours of the hourly profile, else 24 less
/// the active hours.
fn idle_pattern(p: &Profile) -> Option<Vec<bool>> {
    p.workload
        .hourly_cpu_pct
        .as_ref()
        .map(|h| h.iter().map(|v| v.is_zero()).collect())
}

/// Hours and CU of one group of computes over a month, given the day it sees.
struct Billing {
    running_hours_a_day: Decimal,
    cu_hours_a_day: CuHours,
}

/// How one compute bills over a day: active spans at their need clamped to the range, idle
/// spans at the range's bottom unless it may scale to zero (then not at all).
fn bill_day(day: &Day, min: Decimal, max: Decimal, may_scale_to_zero: bool) -> Billing {
    let mut running = Decimal::ZERO;
    let mut expected = Decimal::ZERO;
    for (hours, need) in &day.spans {
        match need {
            Some(n) => {
                running += hours;
                expected += *hours * (*n).clamp(min, max);
            }
            None if may_scale_to_zero => {}
            None => {
                running += hours;
                expected += *hours * min;
            }
        }
    }
    Billing {
        running_hours_a_day: running,
        cu_hours_a_day: CuHours {
            low: running * min,
            expected,
            high: running * max,
        },
    }
}

fn per_month(a_day: Decimal) -> Decimal {
    (a_day * HOURS_PER_MONTH / Decimal::from(24)).round_dp(2)
}

/// Everything a plan shares: the computes and whether they may scale to zero.
struct Layout {
    ha_secondaries: u32,
    read_replicas: u32,
    ha: bool,
}

/// Turns a range and a day of needs into a plan: CU-hours of the primary with its HA
/// secondaries and of the read replicas.
fn finish(
    basis: SizingBasis,
    min: Decimal,
    max: Decimal,
    day: &Day,
    layout: &Layout,
    mut explain: Vec<String>,
) -> Plan {
    let primary = bill_day(day, min, max, !layout.ha);
    let replica = bill_day(day, min, max, true);
    let n_primary = Decimal::from(1 + layout.ha_secondaries);
    let n_replicas = Decimal::from(layout.read_replicas);
    let month = |b: &Billing, f: fn(&CuHours) -> Decimal| per_month(f(&b.cu_hours_a_day));
    let total = |f: fn(&CuHours) -> Decimal| {
        month(&primary, f) * n_primary + month(&replica, f) * n_replicas
    };
    let cu_hours = CuHours {
        low: total(|c| c.low),
        expected: total(|c| c.expected),
        high: total(|c| c.high),
    };
    let primary_hours = per_month(primary.running_hours_a_day);
    let average_cu = if primary.running_hours_a_day.is_zero() {
        Decimal::ZERO
    } else {
        (primary.cu_hours_a_day.expected / primary.running_hours_a_day).round_dp(2)
    };
    let mut basis_text = format!(
        "average {average_cu} CU × {} h × {} compute(s) (primary{}) = {}",
        primary_hours.round_dp(1),
        n_primary,
        if layout.ha_secondaries > 0 {
            format!(" + {} HA secondary", layout.ha_secondaries)
        } else {
            String::new()
        },
        month(&primary, |c| c.expected) * n_primary
    );
    if layout.read_replicas > 0 {
        let r_hours = per_month(replica.running_hours_a_day);
        let r_avg = if replica.running_hours_a_day.is_zero() {
            Decimal::ZERO
        } else {
            (replica.cu_hours_a_day.expected / replica.running_hours_a_day).round_dp(2)
        };
        basis_text.push_str(&format!(
            "; average {r_avg} CU × {} h × {} read replica(s) = {}",
            r_hours.round_dp(1),
            layout.read_replicas,
            month(&replica, |c| c.expected) * n_replicas
        ));
    }
    explain.push(format!(
        "Range {min}–{max} CU, expected average {average_cu} CU: {} CU-hours a month at the bottom of the range, {} expected, {} at the top.",
        cu_hours.low.round_dp(1).normalize(),
        cu_hours.expected.round_dp(1).normalize(),
        cu_hours.high.round_dp(1).normalize()
    ));
    Plan {
        basis,
        min_cu: min,
        max_cu: max,
        average_cu,
        primary_hours,
        cu_hours,
        cu_hours_basis: basis_text,
        explain,
    }
}

/// The bottom of the autoscaling range for a top of `max`: at most the range limit below it,
/// never under the smallest size; a fixed-size compute (above the autoscaling sizes) has none.
fn range_bottom(target: &Target, sizes: &[Decimal], max: Decimal) -> Decimal {
    let rules = &target.rules;
    if max > rules.max_autoscale_cu {
        return max;
    }
    let smallest = sizes.first().copied().unwrap_or(Decimal::ONE);
    round_up(sizes, (max - rules.max_autoscale_range_cu).max(smallest))
}

/// The Lakebase sizing of a source: as-is (memory parity) and, when utilisation is known,
/// performance-based. Every limit comes from `engines/lakebase.yaml`.
pub fn size_target(
    p: &Profile,
    engine: &Engine,
    target: &Target,
    chosen_cu: Option<Decimal>,
) -> TargetSizing {
    let cap = &target.capacity;
    let rules = &target.rules;
    let sizes = offered_sizes(cap);
    let smallest = sizes.first().copied().unwrap_or(Decimal::ONE);
    let largest = sizes.last().copied().unwrap_or(Decimal::ONE);
    let document = engine.family == Family::Document;
    let mut common = Vec::new();

    // Secondaries: the standby becomes HA secondaries, the read replicas Lakebase read replicas.
    let ha_secondaries = if p.sizing.high_availability {
        1.min(rules.max_ha_secondaries)
    } else {
        0
    };
    let read_replicas = p.sizing.read_replicas;
    if ha_secondaries > 0 {
        common.push(format!(
            "High availability: the source's standby becomes {ha_secondaries} HA secondary of the primary's size (Lakebase allows up to {}); no scale to zero for the primary.",
            rules.max_ha_secondaries
        ));
    }
    if read_replicas > 0 {
        common.push(format!(
            "Read replicas: the source's {read_replicas} replica(s) become Lakebase read replicas, separate endpoints with the primary's range that may scale to zero when idle."
        ));
    }
    let layout = Layout {
        ha_secondaries,
        read_replicas,
        ha: ha_secondaries > 0,
    };

    // The idle hours of a day, from the hourly profile or the active hours.
    let idle = idle_pattern(p);
    let active_hours = match (&idle, p.workload.active_hours_per_day) {
        (Some(pattern), _) => Decimal::from(pattern.iter().filter(|i| !**i).count() as u32),
        (None, Some(h)) => h.min(Decimal::from(24)),
        (None, None) => Decimal::from(24),
    };
    let has_idle = active_hours < Decimal::from(24);
    let scale_to_zero_counted = has_idle && (!layout.ha || read_replicas > 0);
    if has_idle {
        let timeout = rules.scale_to_zero_timeout_minutes;
        let default_hours = (rules.scale_to_zero_default_minutes / Decimal::from(60)).round_dp(1);
        if scale_to_zero_counted {
            common.push(format!(
                "Scale to zero: the workload is idle {} h a day; those hours go unbilled only if the scale-to-zero timeout is shortened to {timeout} minutes (the default, {default_hours} h, would keep the compute running through them){}.",
                Decimal::from(24) - active_hours,
                if layout.ha { "; it applies to the read replicas only, since the primary has HA" } else { "" }
            ));
        } else {
            common.push(format!(
                "Scale to zero is not available with high availability: the primary runs {HOURS_PER_MONTH} h a month despite {} idle hours a day.",
                Decimal::from(24) - active_hours
            ));
        }
    } else {
        common.push(format!(
            "Always on: {HOURS_PER_MONTH} h a month (no idle hours stated in the workload)."
        ));
    }

    // Connections: the size whose direct-connection limit covers the peak.
    let connections_cu = p.workload.peak_connections.and_then(|peak| {
        let cu = cu_for_connections(cap, &sizes, peak);
        match cu {
            Some(cu) => common.push(format!(
                "Connections: {peak} at peak need at least {cu} CU for direct connections ({} at that size, read linearly between the published rows); the built-in pooler accepts up to {} clients, so a pooled design may go smaller.",
                max_connections_at(cap, cu),
                rules.max_pooled_connections
            )),
            None if peak <= rules.max_pooled_connections => common.push(format!(
                "Connections: {peak} at peak exceed every size's direct-connection limit ({}); use the built-in pooler (up to {} clients).",
                cap.max_connections.last().map_or(0, |r| r.1),
                rules.max_pooled_connections
            )),
            None => common.push(format!(
                "Connections: {peak} at peak exceed even the built-in pooler's {} clients; spread the clients over read replicas or a second project.",
                rules.max_pooled_connections
            )),
        }
        cu
    });

    // As-is: memory parity (Cosmos DB: provisioned throughput), then connections.
    let mut as_is_explain = Vec::new();
    let mut as_is_need = smallest;
    let mut as_is_average: Option<Decimal> = None;
    if let Some((cu, explain)) = dynamodb_provisioned_cu(p, cap) {
        as_is_explain.push(explain);
        as_is_need = as_is_need.max(cu);
    } else if document {
        let provisioned = p.cosmos_provisioned_ru(None);
        let cu = Decimal::from(provisioned) / cap.ru_per_cu;
        as_is_explain.push(format!(
            "Throughput: {provisioned} RU/s provisioned ÷ {} RU/s per CU = {} CU (a heuristic for a JSONB design; validate with a load test).",
            cap.ru_per_cu,
            cu.round_dp(2)
        ));
        as_is_need = as_is_need.max(cu);
    } else {
        match source_memory(p) {
            Some(m) => {
                let cu = m / cap.memory_gib_per_cu;
                as_is_explain.push(format!(
                    "Memory: source {m} GiB ÷ {} GiB per CU = {} CU.",
                    cap.memory_gib_per_cu,
                    cu.round_dp(2)
                ));
                as_is_need = as_is_need.max(cu);
            }
            None => as_is_explain.push(format!(
                "Memory: not known for the source; started from the smallest size ({smallest} CU)."
            )),
        }
        // An autoscaling source shows how much of its range it uses: Lakebase autoscales
        // too, so the as-is plan bills the same average (1 ACU ≈ 2 GiB ≈ 1 CU).
        if let Some(sv) = &p.sizing.serverless {
            as_is_average = Some(sv.average_acu * Decimal::from(2) / cap.memory_gib_per_cu);
        }
    }
    if let Some(cu) = connections_cu {
        if cu > as_is_need {
            as_is_explain.push(format!("Connections raise it to {cu} CU."));
            as_is_need = cu;
        }
    }
    let as_is_max = match chosen_cu {
        Some(cu) => {
            as_is_explain.push(format!("Size chosen by the user: {cu} CU (--target-cu)."));
            round_up(&sizes, cu)
        }
        None => round_up(&sizes, as_is_need),
    };
    if as_is_need > largest && chosen_cu.is_none() {
        as_is_explain.push(format!(
            "The need ({} CU) exceeds the largest size; capped at {largest} CU — consider splitting the workload.",
            as_is_need.round_dp(2)
        ));
    } else {
        as_is_explain.push(format!("Rounded up to an offered size: {as_is_max} CU."));
    }
    let as_is_min = range_bottom(target, &sizes, as_is_max);
    let as_is_day_need = as_is_average.unwrap_or(as_is_max);
    if let Some(avg) = as_is_average {
        as_is_explain.push(format!(
            "The source autoscales and averages {} ACU: Lakebase is billed about {} CU on average (its range spans at most {} CU).",
            p.sizing.serverless.as_ref().map_or(Decimal::ZERO, |s| s.average_acu),
            avg.clamp(as_is_min, as_is_max).round_dp(2),
            rules.max_autoscale_range_cu
        ));
    } else {
        as_is_explain.push(format!(
            "Billed at {as_is_max} CU while running: the as-is plan assumes the source's allocation is in use."
        ));
    }
    let as_is_day = day_of(idle.as_deref(), active_hours, |_| Some(as_is_day_need));
    let as_is = finish(
        SizingBasis::AsIs,
        as_is_min,
        as_is_max,
        &as_is_day,
        &layout,
        as_is_explain,
    );

    // Performance-based: measured use × comfort factor.
    let measured = if document {
        measured_throughput(p, target)
    } else {
        measured_use(p, target)
    };
    let performance = measured.map(|m| {
        let mut explain = m.explain;
        let memory_top = m.memory.unwrap_or_else(|| {
            let parity = if document {
                Decimal::ZERO
            } else {
                source_memory(p).map_or(Decimal::ZERO, |g| g / cap.memory_gib_per_cu)
            };
            if !parity.is_zero() {
                explain.push(format!(
                    "Memory in use was not measured: the top of the range keeps memory parity ({} CU); the expected average follows the measured use alone, so a memory-bound workload bills more (up to the high estimate).",
                    parity.round_dp(2)
                ));
            }
            parity
        });
        let need = [
            Some(smallest),
            m.peak,
            Some(memory_top),
            connections_cu,
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(smallest);
        let max = match chosen_cu {
            Some(cu) => {
                explain.push(format!("Size chosen by the user: {cu} CU (--target-cu)."));
                round_up(&sizes, cu)
            }
            None => round_up(&sizes, need),
        };
        explain.push(format!(
            "Top of the range: {} CU needed at peak, rounded up to {max} CU.",
            need.round_dp(2)
        ));
        let min = range_bottom(target, &sizes, max);
        if max > rules.max_autoscale_cu {
            explain.push(format!(
                "Above {} CU a compute has a fixed size: it does not autoscale.",
                rules.max_autoscale_cu
            ));
        } else if min > smallest {
            explain.push(format!(
                "Bottom of the range: {min} CU, since a range may span at most {} CU.",
                rules.max_autoscale_range_cu
            ));
        }
        let floor = m.memory.unwrap_or(Decimal::ZERO);
        let day = match &m.hourly {
            Some(hours) => Day {
                spans: hours
                    .iter()
                    .map(|h| (Decimal::ONE, h.map(|cu| cu.max(floor))))
                    .collect(),
            },
            None => {
                let avg = m.average.unwrap_or(max).max(floor);
                day_of(idle.as_deref(), active_hours, |_| Some(avg))
            }
        };
        finish(
            SizingBasis::PerformanceBased,
            min,
            max,
            &day,
            &layout,
            explain,
        )
    });

    let confidence = confidence(p, document, performance.is_some());
    match &performance {
        Some(_) => common.insert(
            0,
            format!(
                "Headline: performance-based sizing from the measured use (comfort factor {}); the as-is sizing (memory parity) is shown beside it.",
                rules.comfort_factor
            ),
        ),
        None => common.insert(
            0,
            "Headline: as-is sizing (memory parity), since no utilisation was measured; add CPU and memory figures to the profile's workload for a performance-based sizing.".to_string(),
        ),
    }
    let headline_max = performance.as_ref().map_or(as_is.max_cu, |p| p.max_cu);
    let postgres_version = target
        .default_postgres_version
        .or_else(|| target.postgres_versions.iter().copied().max())
        .unwrap_or(17);
    TargetSizing {
        max_connections: max_connections_at(cap, headline_max),
        as_is,
        performance,
        ha_secondaries,
        read_replicas,
        postgres_version,
        confidence,
        explain: common,
        scale_to_zero_counted,
    }
}

/// The source's memory: its instance's, else an Aurora Serverless v2 maximum × 2 GiB.
fn source_memory(p: &Profile) -> Option<Decimal> {
    p.sizing.memory_gib.or_else(|| {
        p.sizing
            .serverless
            .as_ref()
            .map(|s| s.max_acu * Decimal::from(2))
    })
}

/// A day: the hourly pattern's active hours (or one span of the active hours) at `need`, the
/// rest idle.
fn day_of(
    idle: Option<&[bool]>,
    active_hours: Decimal,
    need: impl Fn(usize) -> Option<Decimal>,
) -> Day {
    match idle {
        Some(pattern) => Day {
            spans: pattern
                .iter()
                .enumerate()
                .map(|(h, idle)| (Decimal::ONE, if *idle { None } else { need(h) }))
                .collect(),
        },
        None => Day {
            spans: vec![
                (active_hours, need(0)),
                (Decimal::from(24) - active_hours, None),
            ]
            .into_iter()
            .filter(|(h, _)| !h.is_zero())
            .collect(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Catalog;

    #[test]
    fn connections_are_linear_between_rows_and_capped() {
        let catalog = Catalog::bundled().unwrap();
        let cap = &catalog.target.capacity;
        let sizes = offered_sizes(cap);
        assert_eq!(max_connections_at(cap, Decimal::from(8)), 1678);
        // Halfway between 4 (839) and 8 (1,678).
        assert_eq!(max_connections_at(cap, Decimal::from(6)), 1258);
        assert_eq!(max_connections_at(cap, Decimal::from(64)), 4000);
        assert_eq!(
            cu_for_connections(cap, &sizes, 104),
            Some(Decimal::new(5, 1))
        );
        assert_eq!(
            cu_for_connections(cap, &sizes, 1679),
            Some(Decimal::from(9))
        );
        assert_eq!(cu_for_connections(cap, &sizes, 4001), None);
    }

    #[test]
    fn the_newest_sizes_are_used_and_the_older_kept() {
        let catalog = Catalog::bundled().unwrap();
        let cap = &catalog.target.capacity;
        let sizes = offered_sizes(cap);
        assert_eq!(round_up(&sizes, Decimal::from(50)), Decimal::from(50));
        assert_eq!(round_up(&sizes, Decimal::new(651, 1)), Decimal::from(66));
        assert!(cap.older_sizes[0]
            .autoscale_sizes
            .contains(&Decimal::from(28)));
        assert!(!cap.older_sizes[0].fixed_sizes.contains(&Decimal::from(50)));
    }
}
