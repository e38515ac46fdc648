//! What a profile measured (CPU, memory, connections, throughput, provisioned capacity),
//! turned into Lakebase capacity units for sizing, and how much to trust it.

use rust_decimal::Decimal;

use super::model::SizingConfidence;
use super::quantity::provisioned_units;
use crate::engine::{Capacity, Target};
use crate::profile::Profile;

/// What the profile measured, turned into CU.
pub(super) struct Measured {
    /// Need at the average (CU), for the expected average.
    pub(super) average: Option<Decimal>,
    /// Need at the peak (CU), for the top of the range.
    pub(super) peak: Option<Decimal>,
    /// Memory in use (CU): a floor of the expected average and a need for the top.
    pub(super) memory: Option<Decimal>,
    /// Per hour of a day, when the profile has an hourly profile (CU; `None` idle).
    pub(super) hourly: Option<Vec<Option<Decimal>>>,
    pub(super) explain: Vec<String>,
}

/// CPU and memory in use, in CU, for a relational source; `None` when nothing was measured.
pub(super) fn measured_use(p: &Profile, target: &Target) -> Option<Measured> {
    let cap = &target.capacity;
    let comfort = target.rules.comfort_factor;
    let w = &p.workload;
    let mut explain = Vec::new();
    // Aurora Serverless v2 measures its own capacity: its average ACU is use already (the
    // source's autoscaler keeps its headroom), so no comfort factor is applied to it.
    if let Some(sv) = &p.sizing.serverless {
        let avg = (sv.average_acu * Decimal::from(2) / cap.memory_gib_per_cu).round_dp(2);
        explain.push(format!(
            "Measured capacity: the source averages {} ACU (≈ {} GiB) = {} CU; the source's own autoscaler sets it, so no comfort factor is applied.",
            sv.average_acu,
            sv.average_acu * Decimal::from(2),
            avg.round_dp(2)
        ));
        return Some(Measured {
            average: Some(avg),
            peak: None,
            memory: None,
            hourly: None,
            explain,
        });
    }
    let vcpu = p.sizing.vcpu.map(Decimal::from);
    // Needs are kept to two decimals, as shown, so the report's arithmetic checks by hand.
    let cpu_cu = |pct: Decimal| {
        vcpu.map(|v| (v * super::sizing::pct(pct) * comfort / cap.vcpu_per_cu).round_dp(2))
    };
    let hourly = w.hourly_cpu_pct.as_ref().filter(|_| vcpu.is_some());
    let memory_gib = w.memory_used_gib.or(w.working_set_gib);
    let measured_cpu = vcpu.is_some()
        && (w.cpu_utilization_pct.is_some() || w.cpu_p95_pct.is_some() || hourly.is_some());
    if !measured_cpu && memory_gib.is_none() {
        return None;
    }
    let vcpu_text = |v: Decimal| {
        format!(
            "{v} vCPU × {{pct}} % × comfort {comfort} ÷ {} vCPU per CU (dbassay heuristic)",
            cap.vcpu_per_cu
        )
    };
    // The average: measured, else the hourly profile's active hours, else the p95 stands in.
    let hourly_avg = hourly.and_then(|h| {
        let active: Vec<Decimal> = h.iter().copied().filter(|v| !v.is_zero()).collect();
        (!active.is_empty())
            .then(|| active.iter().copied().sum::<Decimal>() / Decimal::from(active.len() as u32))
    });
    let avg_pct = w.cpu_utilization_pct.or(hourly_avg).or(w.cpu_p95_pct);
    let peak_pct = w
        .cpu_p95_pct
        .or_else(|| hourly.and_then(|h| h.iter().copied().max()));
    let mut average = None;
    let mut peak = None;
    if let Some(v) = vcpu.filter(|_| measured_cpu) {
        if let Some(a) = avg_pct {
            let cu = cpu_cu(a).unwrap_or_default();
            explain.push(format!(
                "CPU, average: {} = {} CU.",
                vcpu_text(v).replace("{pct}", &a.to_string()),
                cu.round_dp(2)
            ));
            average = Some(cu);
        }
        match peak_pct {
            Some(pk) => {
                let cu = cpu_cu(pk).unwrap_or_default();
                explain.push(format!(
                    "CPU, peak (p95): {} = {} CU.",
                    vcpu_text(v).replace("{pct}", &pk.to_string()),
                    cu.round_dp(2)
                ));
                peak = Some(cu);
            }
            None => {
                let cu = cpu_cu(Decimal::from(100)).unwrap_or_default();
                explain.push(format!(
                    "CPU, peak: not measured, so the top of the range allows the full allocation: {} = {} CU.",
                    vcpu_text(v).replace("{pct}", "100"),
                    cu.round_dp(2)
                ));
                peak = Some(cu);
            }
        }
    } else if let Some(v) = vcpu {
        let cu = cpu_cu(Decimal::from(100)).unwrap_or_default();
        explain.push(format!(
            "CPU: not measured, so it counts at the full allocation: {} = {} CU.",
            vcpu_text(v).replace("{pct}", "100"),
            cu.round_dp(2)
        ));
        average = Some(cu);
        peak = Some(cu);
    } else {
        explain.push(
            "CPU: the source's vCPU count is not known, so CPU use cannot be turned into CU."
                .into(),
        );
    }
    let memory = memory_gib.map(|g| {
        let cu = (g * comfort / cap.memory_gib_per_cu).round_dp(2);
        explain.push(format!(
            "Memory in use: {g} GiB ({}) × comfort {comfort} ÷ {} GiB per CU = {} CU.",
            if w.memory_used_gib.is_some() {
                "measured"
            } else {
                "working set"
            },
            cap.memory_gib_per_cu,
            cu.round_dp(2)
        ));
        cu
    });
    let hourly = hourly.map(|h| {
        explain.push(
            "Hourly profile: each hour is billed at its own CPU need (within the range); hours at 0 % are idle."
                .into(),
        );
        h.iter()
            .map(|v| (!v.is_zero()).then(|| cpu_cu(*v).unwrap_or_default()))
            .collect()
    });
    Some(Measured {
        average,
        peak,
        memory,
        hourly,
        explain,
    })
}

/// Provisioned DynamoDB capacity (tables and global indexes) in CU, with its explanation; `None`
/// for a source that is not DynamoDB.
pub(super) fn dynamodb_provisioned_cu(p: &Profile, cap: &Capacity) -> Option<(Decimal, String)> {
    let tables = &p.dynamodb.as_ref()?.tables;
    let sum = |read: bool| -> u64 { tables.iter().map(|t| provisioned_units(t, read)).sum() };
    let (rcu, wcu) = (sum(true), sum(false));
    let cu = Decimal::from(rcu) / cap.rcu_per_cu + Decimal::from(wcu) / cap.wcu_per_cu;
    let on_demand = tables
        .iter()
        .filter(|t| t.billing_mode == "on_demand")
        .count();
    let mut text = format!(
        "Throughput: {rcu} RCU/s ÷ {} + {wcu} WCU/s ÷ {} per CU, provisioned on tables and global indexes = {} CU (a heuristic for an indexed-table design; validate with a load test).",
        cap.rcu_per_cu,
        cap.wcu_per_cu,
        cu.round_dp(2)
    );
    if on_demand > 0 {
        text.push_str(&format!(
            " {on_demand} on-demand table(s) provision nothing: measure their consumed capacity."
        ));
    }
    Some((cu, text))
}

/// Consumed DynamoDB capacity, in CU; `None` when nothing was measured.
fn measured_dynamodb(p: &Profile, target: &Target) -> Option<Measured> {
    let cap = &target.capacity;
    let comfort = target.rules.comfort_factor;
    let w = &p.workload;
    let cu = |rcu: Option<Decimal>, wcu: Option<Decimal>, what: &str, explain: &mut Vec<String>| {
        if rcu.is_none() && wcu.is_none() {
            return None;
        }
        let (r, wr) = (rcu.unwrap_or_default(), wcu.unwrap_or_default());
        let cu = ((r / cap.rcu_per_cu + wr / cap.wcu_per_cu) * comfort).round_dp(2);
        explain.push(format!(
            "Throughput, {what}: ({r} RCU/s ÷ {} + {wr} WCU/s ÷ {}) consumed × comfort {comfort} = {cu} CU (a heuristic for an indexed-table design; validate with a load test).",
            cap.rcu_per_cu, cap.wcu_per_cu
        ));
        Some(cu)
    };
    let mut explain = Vec::new();
    let peak = cu(
        w.consumed_rcu_peak,
        w.consumed_wcu_peak,
        "peak",
        &mut explain,
    );
    let average = cu(
        w.consumed_rcu_avg,
        w.consumed_wcu_avg,
        "average",
        &mut explain,
    );
    if peak.is_none() && average.is_none() {
        return None;
    }
    if average.is_none() {
        explain
            .push("Average consumption was not measured: the expected average is the peak.".into());
    }
    Some(Measured {
        average: average.or(peak),
        peak: peak.or(average),
        memory: None,
        hourly: None,
        explain,
    })
}

/// Consumed RU/s, in CU, for a Cosmos DB source; `None` when nothing was measured.
pub(super) fn measured_throughput(p: &Profile, target: &Target) -> Option<Measured> {
    if p.dynamodb.is_some() {
        return measured_dynamodb(p, target);
    }
    let cap = &target.capacity;
    let comfort = target.rules.comfort_factor;
    let w = &p.workload;
    if w.peak_ru_per_s.is_none() && w.average_ru_per_s.is_none() {
        return None;
    }
    let mut explain = Vec::new();
    let cu = |ru: u64, what: &str, explain: &mut Vec<String>| {
        let cu = (Decimal::from(ru) * comfort / cap.ru_per_cu).round_dp(2);
        explain.push(format!(
            "Throughput, {what}: {ru} RU/s consumed × comfort {comfort} ÷ {} RU/s per CU = {} CU (a heuristic for a JSONB design; validate with a load test).",
            cap.ru_per_cu,
            cu.round_dp(2)
        ));
        cu
    };
    let peak = w.peak_ru_per_s.map(|r| cu(r, "peak", &mut explain));
    let average = w.average_ru_per_s.map(|r| cu(r, "average", &mut explain));
    if average.is_none() {
        explain
            .push("Average throughput was not measured: the expected average is the peak.".into());
    }
    Some(Measured {
        average: average.or(peak),
        peak,
        memory: None,
        hourly: None,
        explain,
    })
}

/// Stars from one to five for the data behind the headline sizing: which metrics were
/// measured, whether peaks were seen, and how long a window they cover.
pub(super) fn confidence(p: &Profile, document: bool, performance: bool) -> SizingConfidence {
    let w = &p.workload;
    let mut reasons = Vec::new();
    if !performance {
        reasons.push("No utilisation measured: sized as-is from the source's allocation.".into());
        return SizingConfidence { stars: 1, reasons };
    }
    let mut stars: u8 = 1;
    let serverless = p.sizing.serverless.is_some();
    let cpu = if document {
        w.peak_ru_per_s.is_some()
            || w.average_ru_per_s.is_some()
            || w.consumed_rcu_peak.is_some()
            || w.consumed_rcu_avg.is_some()
            || w.consumed_wcu_peak.is_some()
            || w.consumed_wcu_avg.is_some()
    } else {
        serverless
            || w.cpu_utilization_pct.is_some()
            || w.cpu_p95_pct.is_some()
            || w.hourly_cpu_pct.is_some()
    };
    if cpu {
        stars += 1;
        reasons.push(
            if document {
                "Consumed throughput measured."
            } else if serverless {
                "Capacity measured (average ACU)."
            } else {
                "CPU use measured."
            }
            .into(),
        );
    } else {
        reasons.push("CPU use not measured.".into());
    }
    let memory =
        document || serverless || w.memory_used_gib.is_some() || w.working_set_gib.is_some();
    if memory {
        stars += 1;
        if !document && !serverless {
            reasons.push("Memory in use measured.".into());
        }
    } else {
        reasons.push("Memory in use not measured.".into());
    }
    let peaks = w.cpu_p95_pct.is_some()
        || w.hourly_cpu_pct.is_some()
        || (document
            && (w.peak_ru_per_s.is_some()
                || w.consumed_rcu_peak.is_some()
                || w.consumed_wcu_peak.is_some()))
        || w.measurement.as_ref().and_then(|m| m.includes_peak) == Some(true);
    if peaks {
        stars += 1;
        reasons.push("Peaks seen (p95 or an hourly profile).".into());
    } else {
        reasons.push("Peaks not measured.".into());
    }
    match &w.measurement {
        Some(m) if m.window_days >= Decimal::from(7) => {
            stars += 1;
            reasons.push(format!(
                "Measured over {} days ({}).",
                m.window_days, m.source
            ));
        }
        Some(m) => {
            reasons.push(format!(
                "Measured over only {} day(s) ({}); a week or more is better.",
                m.window_days, m.source
            ));
            if m.window_days < Decimal::ONE {
                stars = stars.min(2);
            }
        }
        None => reasons.push("Measurement window not stated.".into()),
    }
    SizingConfidence {
        stars: stars.min(5),
        reasons,
    }
}
