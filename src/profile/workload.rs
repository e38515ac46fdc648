//! Load figures of the source (connections, throughput, I/O, CPU) and the window they cover.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::range::{Bound, RangeCheck};

/// Load figures. All optional: absent means "not measured", not zero.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Workload {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak_connections: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average_connections: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transactions_per_second: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reads_per_second: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub writes_per_second: Option<Decimal>,
    /// Storage I/O requests per month (Aurora standard bills these).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub io_requests_per_month: Option<Decimal>,
    /// Storage read operations per second (RDS `ReadIOPS`), averaged over the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_iops_avg: Option<Decimal>,
    /// Storage read operations per second in the busiest hour of the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_iops_peak: Option<Decimal>,
    /// Storage write operations per second (RDS `WriteIOPS`), averaged over the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub write_iops_avg: Option<Decimal>,
    /// Storage write operations per second in the busiest hour of the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub write_iops_peak: Option<Decimal>,
    /// Hours a day the database is busy (0–24); below 24 lets Lakebase scale to zero the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_hours_per_day: Option<Decimal>,
    /// Average CPU utilisation of the source over the measurement window, 0–100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_utilization_pct: Option<Decimal>,
    /// 95th percentile of the source's CPU utilisation over the window, 0–100: the peak that
    /// sizing plans for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_p95_pct: Option<Decimal>,
    /// Memory the database uses, in GiB (the engine's own use without the operating system's
    /// file cache, e.g. allocated memory less freeable memory).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_used_gib: Option<Decimal>,
    /// Data read often enough to be worth keeping in memory, in GiB (e.g. the pages a warm
    /// buffer pool holds). Taken as memory in use when `memory_used_gib` is absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_set_gib: Option<Decimal>,
    /// A typical day, hour by hour from 00 to 23 (UTC): 24 values, each the average CPU
    /// utilisation of that hour, 0–100; 0 marks an idle hour in which Lakebase may scale to zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly_cpu_pct: Option<Vec<Decimal>>,
    /// Buffer cache hit ratio of the source, 0–100 (PostgreSQL `pg_stat_database`, InnoDB
    /// buffer pool reads): a working-set hint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_hit_pct: Option<Decimal>,
    /// Configured buffer cache in GiB (`shared_buffers`, `innodb_buffer_pool_size`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buffer_cache_gib: Option<Decimal>,
    /// Where the figures above were measured and over how long.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement: Option<Measurement>,
    /// Daily data growth in GB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily_growth_gb: Option<Decimal>,
    /// Acceptable downtime for the cut-over, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub downtime_tolerance_minutes: Option<u32>,
    /// Cosmos DB: RU/s actually consumed at peak.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak_ru_per_s: Option<u64>,
    /// Cosmos DB: RU/s consumed on average over the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average_ru_per_s: Option<u64>,
    /// DynamoDB: read capacity units consumed per second, averaged over the window (CloudWatch
    /// `ConsumedReadCapacityUnits`, summed over the account's tables; an eventually consistent
    /// read of up to 4 KB is half a unit, an on-demand read request unit counts as one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumed_rcu_avg: Option<Decimal>,
    /// DynamoDB: read capacity units consumed per second in the busiest minute of the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumed_rcu_peak: Option<Decimal>,
    /// DynamoDB: write capacity units consumed per second, averaged over the window (CloudWatch
    /// `ConsumedWriteCapacityUnits`, summed over the tables; one unit writes up to 1 KB).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumed_wcu_avg: Option<Decimal>,
    /// DynamoDB: write capacity units consumed per second in the busiest minute of the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumed_wcu_peak: Option<Decimal>,
    /// Extra figures, by name, that a rubric may read.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub other: BTreeMap<String, Decimal>,
}

/// The window the workload figures cover, so a reader (and the sizing confidence) can judge them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// Length of the window in days (e.g. 30 for a month of CloudWatch data).
    pub window_days: Decimal,
    /// Where the figures come from: `cloudwatch`, `azure-monitor`, `cloud-monitoring`,
    /// `pg_stat_database`, `mysql-status`, `estimate`…
    pub source: String,
    /// Last day of the window (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// The window includes the busiest period of the year (month end, a sale…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub includes_peak: Option<bool>,
}

impl Workload {
    /// Ranges of the load figures: percentages 0–100, hours a day at most 24, amounts not
    /// negative, 24 hourly values, a measurement window of more than 0 days.
    pub(super) fn check_ranges(&self, c: &mut RangeCheck) {
        use Bound::*;
        c.field(
            "workload.cpu_utilization_pct",
            self.cpu_utilization_pct,
            Percent,
        )
        .field("workload.cpu_p95_pct", self.cpu_p95_pct, Percent)
        .field("workload.cache_hit_pct", self.cache_hit_pct, Percent)
        .field(
            "workload.active_hours_per_day",
            self.active_hours_per_day,
            HoursPerDay,
        )
        .field(
            "workload.memory_used_gib",
            self.memory_used_gib,
            NotNegative,
        )
        .field(
            "workload.working_set_gib",
            self.working_set_gib,
            NotNegative,
        )
        .field(
            "workload.buffer_cache_gib",
            self.buffer_cache_gib,
            NotNegative,
        )
        .field(
            "workload.transactions_per_second",
            self.transactions_per_second,
            NotNegative,
        )
        .field(
            "workload.reads_per_second",
            self.reads_per_second,
            NotNegative,
        )
        .field(
            "workload.writes_per_second",
            self.writes_per_second,
            NotNegative,
        )
        .field(
            "workload.io_requests_per_month",
            self.io_requests_per_month,
            NotNegative,
        )
        .field("workload.read_iops_avg", self.read_iops_avg, NotNegative)
        .field("workload.read_iops_peak", self.read_iops_peak, NotNegative)
        .field("workload.write_iops_avg", self.write_iops_avg, NotNegative)
        .field(
            "workload.write_iops_peak",
            self.write_iops_peak,
            NotNegative,
        )
        .field(
            "workload.daily_growth_gb",
            self.daily_growth_gb,
            NotNegative,
        )
        .field(
            "workload.consumed_rcu_avg",
            self.consumed_rcu_avg,
            NotNegative,
        )
        .field(
            "workload.consumed_rcu_peak",
            self.consumed_rcu_peak,
            NotNegative,
        )
        .field(
            "workload.consumed_wcu_avg",
            self.consumed_wcu_avg,
            NotNegative,
        )
        .field(
            "workload.consumed_wcu_peak",
            self.consumed_wcu_peak,
            NotNegative,
        );
        if let Some(hours) = &self.hourly_cpu_pct {
            c.each("workload.hourly_cpu_pct", hours.iter().copied(), Percent);
            if hours.len() != 24 {
                c.problem("workload.hourly_cpu_pct", format!(
                    "field `workload.hourly_cpu_pct` has {} values; it needs 24, one per hour from 00 to 23",
                    hours.len()
                ));
            }
        }
        if let Some(m) = &self.measurement {
            c.field(
                "workload.measurement.window_days",
                Some(m.window_days),
                Positive,
            );
        }
    }
}
