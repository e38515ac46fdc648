//! Quantity rules: how many billing units a cost line bills in a month, from the profile.
//!
//! The set is closed and small; each rule says in `explain` what it assumed, and that text goes
//! into the assessment so a reader can check the arithmetic.

use rust_decimal::Decimal;

use crate::engine::QuantityRule;
use crate::profile::{DynamoTable, Profile};

pub use crate::time::HOURS_PER_MONTH;

/// A computed quantity and how it was reached. `None` value means it could not be known.
#[derive(Debug, Clone)]
pub struct Quantity {
    pub value: Option<Decimal>,
    pub explain: String,
}

/// What the target sizing decided, needed by the Lakebase rules.
#[derive(Debug, Clone)]
pub struct TargetShape {
    /// Expected CU-hours a month of every compute (see `cost::sizing`).
    pub cu_hours: Decimal,
    /// How they add up.
    pub cu_hours_basis: String,
    pub pitr_ratio: Decimal,
    pub snapshot_ratio: Decimal,
}

fn instances(p: &Profile) -> Decimal {
    Decimal::from(1 + p.sizing.read_replicas)
}

fn known(value: Decimal, explain: String) -> Quantity {
    Quantity {
        value: Some(value),
        explain,
    }
}

fn unknown(explain: &str) -> Quantity {
    Quantity {
        value: None,
        explain: explain.to_string(),
    }
}

fn cosmos_regions(p: &Profile) -> Decimal {
    Decimal::from(p.cosmos.as_ref().map_or(1, |c| c.regions.len().max(1)))
}

impl QuantityRule {
    pub fn compute(self, p: &Profile, target: Option<&TargetShape>) -> Quantity {
        let s = &p.sizing;
        let h = HOURS_PER_MONTH;
        let ha = s.high_availability;
        let n = instances(p);
        match self {
            QuantityRule::InstanceHours => known(
                h * n,
                format!(
                    "{h} h × {n} instance(s) (primary + {} replica(s))",
                    s.read_replicas
                ),
            ),
            QuantityRule::StandbyHours => known(
                if ha { h } else { Decimal::ZERO },
                if ha {
                    format!("{h} h of the HA standby")
                } else {
                    "no HA standby".into()
                },
            ),
            QuantityRule::VcpuHours | QuantityRule::StandbyVcpuHours => match s.vcpu {
                Some(v) => {
                    let count = if self == QuantityRule::VcpuHours {
                        n
                    } else if ha {
                        Decimal::ONE
                    } else {
                        Decimal::ZERO
                    };
                    known(
                        Decimal::from(v) * h * count,
                        format!("{v} vCPU × {h} h × {count} instance(s)"),
                    )
                }
                None => unknown("vCPU count not in the profile"),
            },
            QuantityRule::MemoryGibHours | QuantityRule::StandbyMemoryGibHours => {
                match s.memory_gib {
                    Some(m) => {
                        let count = if self == QuantityRule::MemoryGibHours {
                            n
                        } else if ha {
                            Decimal::ONE
                        } else {
                            Decimal::ZERO
                        };
                        known(
                            m * h * count,
                            format!("{m} GiB × {h} h × {count} instance(s)"),
                        )
                    }
                    None => unknown("memory size not in the profile"),
                }
            }
            QuantityRule::AcuHours => match &s.serverless {
                Some(sv) => known(
                    sv.average_acu * h * n,
                    format!("average {} ACU × {h} h × {n} instance(s)", sv.average_acu),
                ),
                None => unknown("no Serverless v2 capacity in the profile"),
            },
            QuantityRule::StorageGbMonths => match s.storage_gb {
                Some(g) => known(g, format!("{g} GB allocated")),
                None => unknown("allocated storage not in the profile"),
            },
            QuantityRule::ReplicaStorageGbMonths => match s.storage_gb {
                Some(g) => {
                    let r = Decimal::from(s.read_replicas);
                    known(g * r, format!("{g} GB × {r} replica(s)"))
                }
                None => unknown("allocated storage not in the profile"),
            },
            QuantityRule::StandbyStorageGbMonths => match s.storage_gb {
                Some(g) if ha => known(g, format!("{g} GB on the HA standby")),
                Some(_) => known(Decimal::ZERO, "no HA standby".into()),
                None => unknown("allocated storage not in the profile"),
            },
            QuantityRule::ExtraIopsMonths => {
                let iops = Decimal::from(s.provisioned_iops.unwrap_or(0));
                let baseline = Decimal::from(3000);
                let extra = (iops - baseline).max(Decimal::ZERO);
                known(
                    extra,
                    format!("{iops} provisioned IOPS − 3,000 included = {extra}"),
                )
            }
            QuantityRule::IoRequests => match p.workload.io_requests_per_month {
                Some(io) => known(io, format!("{io} I/O requests a month (measured)")),
                None => unknown("I/O requests per month not in the workload figures"),
            },
            QuantityRule::BackupGbMonths => match (s.backup_gb, s.storage_gb) {
                (Some(b), Some(g)) => {
                    let billed = (b - g).max(Decimal::ZERO);
                    known(
                        billed,
                        format!("{b} GB backup − {g} GB free (allocated storage) = {billed}"),
                    )
                }
                (None, _) => known(
                    Decimal::ZERO,
                    "no backup beyond the free allowance stated".into(),
                ),
                (Some(_), None) => unknown("allocated storage not in the profile"),
            },
            QuantityRule::AllBackupGbMonths => match s.backup_gb {
                Some(b) => known(b, format!("{b} GB of backups")),
                None => known(Decimal::ZERO, "no backup storage stated".into()),
            },
            QuantityRule::ProvisionedRuHundredHours | QuantityRule::AutoscaleRuHundredHours => {
                let mode = if self == QuantityRule::ProvisionedRuHundredHours {
                    "manual"
                } else {
                    "autoscale"
                };
                let ru = Decimal::from(p.cosmos_provisioned_ru(Some(mode)));
                let regions = cosmos_regions(p);
                known(
                    ru / Decimal::from(100) * h * regions,
                    format!("{ru} RU/s {mode} ÷ 100 × {h} h × {regions} region(s)"),
                )
            }
            QuantityRule::ServerlessMillionRu => match p
                .cosmos
                .as_ref()
                .and_then(|c| c.serverless_million_ru_per_month)
            {
                Some(m) => known(m, format!("{m} million RU a month (measured)")),
                None => unknown("serverless request units per month not in the profile"),
            },
            QuantityRule::CosmosStorageGbMonths => match p.data_size_gb() {
                Some(g) => {
                    let regions = cosmos_regions(p);
                    known(
                        g * regions,
                        format!("{} GB × {regions} region(s)", g.round_dp(3)),
                    )
                }
                None => unknown("data size not in the profile"),
            },
            QuantityRule::DynamodbRcuHours
            | QuantityRule::DynamodbWcuHours
            | QuantityRule::DynamodbIaRcuHours
            | QuantityRule::DynamodbIaWcuHours
            | QuantityRule::DynamodbReadRequestUnits
            | QuantityRule::DynamodbWriteRequestUnits
            | QuantityRule::DynamodbIaReadRequestUnits
            | QuantityRule::DynamodbIaWriteRequestUnits
            | QuantityRule::DynamodbStorageGbMonths
            | QuantityRule::DynamodbIaStorageGbMonths
            | QuantityRule::DynamodbPitrGbMonths
            | QuantityRule::DynamodbStreamReadRequests => dynamodb(self, p),
            QuantityRule::CuHours => match target {
                Some(t) => known(t.cu_hours, t.cu_hours_basis.clone()),
                None => unknown("no target sizing"),
            },
            QuantityRule::DataGbMonths => match p.data_size_gb() {
                Some(g) => known(g.round_dp(3), format!("{} GB logical data", g.round_dp(3))),
                None => unknown("data size not in the profile"),
            },
            QuantityRule::PitrGbMonths | QuantityRule::SnapshotGbMonths => {
                match (p.data_size_gb(), target) {
                    (Some(g), Some(t)) => {
                        let ratio = if self == QuantityRule::PitrGbMonths {
                            t.pitr_ratio
                        } else {
                            t.snapshot_ratio
                        };
                        let v = (g * ratio).round_dp(3);
                        known(v, format!("{} GB × {ratio} (assumed share)", g.round_dp(3)))
                    }
                    _ => unknown("data size not in the profile"),
                }
            }
        }
    }
}

/// Seconds in a billing month.
const SECONDS_PER_MONTH: Decimal = Decimal::from_parts(2_628_000, 0, 0, false, 0);

/// A DynamoDB table's size with its indexes, in bytes.
fn table_bytes(t: &DynamoTable) -> u64 {
    t.size_bytes.unwrap_or(0)
        + t.global_indexes
            .iter()
            .chain(&t.local_indexes)
            .filter_map(|i| i.size_bytes)
            .sum::<u64>()
}

/// Read (or write) capacity units provisioned on a DynamoDB table and its global indexes.
pub(super) fn provisioned_units(t: &DynamoTable, read: bool) -> u64 {
    let own = if read {
        t.read_capacity_units
    } else {
        t.write_capacity_units
    };
    let indexes = t.global_indexes.iter().filter_map(|g| {
        if read {
            g.read_capacity_units
        } else {
            g.write_capacity_units
        }
    });
    own.unwrap_or(0) + indexes.sum::<u64>()
}

/// The DynamoDB rules: capacity and storage summed over the tables of one class (Standard, or
/// Standard-IA); on-demand request units from the measured consumed capacity, split by storage.
fn dynamodb(rule: QuantityRule, p: &Profile) -> Quantity {
    use QuantityRule::*;
    let tables: Vec<&DynamoTable> = p.dynamodb.iter().flat_map(|d| &d.tables).collect();
    let ia = matches!(
        rule,
        DynamodbIaRcuHours
            | DynamodbIaWcuHours
            | DynamodbIaReadRequestUnits
            | DynamodbIaWriteRequestUnits
            | DynamodbIaStorageGbMonths
    );
    let class = if ia { "Standard-IA" } else { "Standard" };
    let of_class = |t: &DynamoTable| (t.table_class != "standard") == ia;
    let gb = |bytes: u64| (Decimal::from(bytes) / Decimal::from(1_000_000_000u64)).round_dp(6);
    match rule {
        DynamodbRcuHours | DynamodbWcuHours | DynamodbIaRcuHours | DynamodbIaWcuHours => {
            let read = matches!(rule, DynamodbRcuHours | DynamodbIaRcuHours);
            let units: u64 = tables
                .iter()
                .filter(|t| of_class(t) && t.billing_mode != "on_demand")
                .map(|t| provisioned_units(t, read))
                .sum();
            let what = if read { "RCU" } else { "WCU" };
            known(
                Decimal::from(units) * HOURS_PER_MONTH,
                format!(
                    "{units} {what} provisioned on {class} tables and their global indexes × {HOURS_PER_MONTH} h"
                ),
            )
        }
        DynamodbReadRequestUnits
        | DynamodbWriteRequestUnits
        | DynamodbIaReadRequestUnits
        | DynamodbIaWriteRequestUnits => {
            let read = matches!(rule, DynamodbReadRequestUnits | DynamodbIaReadRequestUnits);
            let on_demand: Vec<&&DynamoTable> = tables
                .iter()
                .filter(|t| t.billing_mode == "on_demand")
                .collect();
            let mine: u64 = on_demand
                .iter()
                .filter(|t| of_class(t))
                .map(|t| table_bytes(t))
                .sum();
            let all: u64 = tables.iter().map(|t| table_bytes(t)).sum();
            if !on_demand.iter().any(|t| of_class(t)) {
                return known(Decimal::ZERO, format!("no on-demand {class} table"));
            }
            let (measured, field) = if read {
                (p.workload.consumed_rcu_avg, "consumed_rcu_avg")
            } else {
                (p.workload.consumed_wcu_avg, "consumed_wcu_avg")
            };
            let Some(avg) = measured else {
                return unknown(&format!(
                    "on-demand requests not measured (workload.{field}, from CloudWatch)"
                ));
            };
            let share = if all == 0 || mine == all {
                Decimal::ONE
            } else {
                (Decimal::from(mine) / Decimal::from(all)).round_dp(4)
            };
            let units = (avg * SECONDS_PER_MONTH * share).round_dp(0);
            known(
                units,
                format!(
                    "{avg} consumed per second (average) × 2,628,000 s × {share} (the on-demand {class} tables' share of the table storage)"
                ),
            )
        }
        DynamodbStorageGbMonths | DynamodbIaStorageGbMonths => {
            let bytes: u64 = tables
                .iter()
                .filter(|t| of_class(t))
                .map(|t| table_bytes(t))
                .sum();
            let g = gb(bytes);
            known(g, format!("{g} GB of {class} tables and their indexes"))
        }
        DynamodbPitrGbMonths => {
            let bytes: u64 = tables
                .iter()
                .filter(|t| t.point_in_time_recovery)
                .map(|t| t.size_bytes.unwrap_or(0))
                .sum();
            let g = gb(bytes);
            known(g, format!("{g} GB of tables with point-in-time recovery"))
        }
        DynamodbStreamReadRequests => {
            match p
                .dynamodb
                .as_ref()
                .and_then(|d| d.stream_read_requests_per_month)
            {
                Some(n) => known(n, format!("{n} stream read requests a month (measured)")),
                None => unknown(
                    "stream read requests not measured (dynamodb.stream_read_requests_per_month)",
                ),
            }
        }
        _ => unknown("not a DynamoDB rule"),
    }
}
