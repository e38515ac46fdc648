//! Sizing: filling what the profile leaves out from the engine's defaults, and choosing the
//! Lakebase capacity. Every choice is written down as an assumption.

use rust_decimal::Decimal;

use super::quantity::{TargetShape, HOURS_PER_MONTH};
use crate::engine::{Engine, Family, Target};
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

/// Sized Lakebase capacity, with the rule in plain words.
#[derive(Debug, Clone)]
pub struct TargetSizing {
    pub shape: TargetShape,
    pub memory_gib: Decimal,
    pub max_connections: u32,
    pub postgres_version: u32,
    pub explain: Vec<String>,
}

fn fact_decimal(target: &Target, name: &str, default: Decimal) -> Decimal {
    target
        .assumptions
        .get(name)
        .and_then(|f| match &f.value {
            serde_json::Value::Number(n) => n.to_string().parse().ok(),
            serde_json::Value::String(s) => s.parse().ok(),
            _ => None,
        })
        .unwrap_or(default)
}

/// The Lakebase size for a source: enough CU for the source's memory (or, for Cosmos DB, its
/// peak RU/s), and for its peak connections, rounded up to a size Lakebase offers.
pub fn size_target(
    p: &Profile,
    engine: &Engine,
    target: &Target,
    chosen_cu: Option<Decimal>,
) -> TargetSizing {
    let cap = &target.capacity;
    let mut explain = Vec::new();
    let sizes: Vec<Decimal> = cap
        .autoscale_sizes
        .iter()
        .chain(&cap.fixed_sizes)
        .copied()
        .collect();
    let smallest = sizes.first().copied().unwrap_or(Decimal::ONE);
    let largest = sizes.last().copied().unwrap_or(Decimal::ONE);

    let mut needed = smallest;
    if let Some(cu) = chosen_cu {
        explain.push(format!("Size chosen by the user: {cu} CU (--target-cu)."));
        needed = cu;
    } else if engine.family == Family::Document {
        let provisioned = p.cosmos_provisioned_ru(None);
        let ru = p.workload.peak_ru_per_s.unwrap_or(provisioned);
        let basis = if p.workload.peak_ru_per_s.is_some() {
            "measured peak"
        } else {
            "provisioned"
        };
        let cu = Decimal::from(ru) / cap.ru_per_cu;
        explain.push(format!(
            "Throughput: {ru} RU/s ({basis}) ÷ {} RU/s per CU = {} CU (a heuristic for a JSONB design; validate with a load test).",
            cap.ru_per_cu,
            cu.round_dp(2)
        ));
        needed = needed.max(cu);
    } else {
        let memory = p.sizing.memory_gib.or_else(|| {
            p.sizing
                .serverless
                .as_ref()
                .map(|s| s.max_acu * Decimal::from(2))
        });
        match memory {
            Some(m) => {
                let cu = m / cap.memory_gib_per_cu;
                explain.push(format!(
                    "Memory: source {m} GiB ÷ {} GiB per CU = {} CU.",
                    cap.memory_gib_per_cu,
                    cu.round_dp(2)
                ));
                needed = needed.max(cu);
            }
            None => explain.push(format!(
                "Memory: not known for the source; started from the smallest size ({smallest} CU)."
            )),
        }
    }
    if let (Some(peak), None) = (p.workload.peak_connections, chosen_cu) {
        if let Some((cu, _)) = cap.max_connections.iter().find(|(_, c)| *c >= peak) {
            if *cu > needed {
                explain.push(format!(
                    "Connections: {peak} at peak need at least {cu} CU for direct connections (the built-in PgBouncer pooler accepts up to 10,000 clients, so a pooled design may go smaller)."
                ));
                needed = *cu;
            } else {
                explain.push(format!("Connections: {peak} at peak fit within that size."));
            }
        } else {
            explain.push(format!(
                "Connections: {peak} at peak exceed every size's direct-connection limit; use the built-in pooler."
            ));
        }
    }
    let cu = sizes
        .iter()
        .copied()
        .find(|s| *s >= needed)
        .unwrap_or(largest);
    if needed > largest {
        explain.push(format!(
            "The need ({} CU) exceeds the largest size; capped at {largest} CU — consider splitting the workload.",
            needed.round_dp(2)
        ));
    } else {
        explain.push(format!("Rounded up to the nearest Lakebase size: {cu} CU."));
    }
    let secondaries = if p.sizing.high_availability {
        p.sizing.read_replicas.clamp(1, 3)
    } else {
        p.sizing.read_replicas.min(3)
    };
    if secondaries > 0 {
        explain.push(format!(
            "{} secondary compute(s) of the same size for the source's standby/replicas.",
            secondaries
        ));
    }
    let hours = match p.workload.active_hours_per_day {
        Some(h) if secondaries == 0 && h < Decimal::from(24) => {
            let hours = (h * HOURS_PER_MONTH / Decimal::from(24)).round_dp(2);
            explain.push(format!(
                "Active {h} h a day: the compute scales to zero otherwise, so {hours} h a month are billed."
            ));
            hours
        }
        Some(_) if secondaries > 0 => {
            explain.push(
                "Scale-to-zero is not available with high availability: 730 h a month.".into(),
            );
            HOURS_PER_MONTH
        }
        _ => {
            explain.push("Always on: 730 h a month (no idle hours stated in the workload).".into());
            HOURS_PER_MONTH
        }
    };
    // An autoscaling source shows how much of its range it uses: Lakebase autoscales too, so bill
    // the same average (1 ACU ≈ 2 GiB ≈ 1 CU), within Lakebase's range rule (max − min ≤ 16 CU).
    let average_cu = match (&p.sizing.serverless, chosen_cu) {
        (Some(sv), None) => {
            let floor = (cu - Decimal::from(16)).max(smallest);
            let avg = (sv.average_acu * Decimal::from(2) / cap.memory_gib_per_cu).max(floor);
            explain.push(format!(
                "Autoscaling: the source averages {} ACU; Lakebase autoscales up to {cu} CU and is billed for about {} CU on average (its range can span at most 16 CU).",
                sv.average_acu, avg.round_dp(2)
            ));
            Some(avg.round_dp(2))
        }
        _ => None,
    };
    let max_connections = cap
        .max_connections
        .iter()
        .rev()
        .find(|(size, _)| *size <= cu)
        .map_or(0, |(_, c)| *c);
    let postgres_version = target
        .default_postgres_version
        .or_else(|| target.postgres_versions.iter().copied().max())
        .unwrap_or(17);
    TargetSizing {
        shape: TargetShape {
            cu,
            average_cu,
            computes: 1 + secondaries,
            hours_per_month: hours,
            pitr_ratio: fact_decimal(target, "pitr_ratio", Decimal::new(2, 1)),
            snapshot_ratio: fact_decimal(target, "snapshot_ratio", Decimal::ZERO),
        },
        memory_gib: cu * cap.memory_gib_per_cu,
        max_connections,
        postgres_version,
        explain,
    }
}
