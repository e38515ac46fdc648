//! CloudWatch: the metrics read of each source, as data; their `GetMetricData` queries,
//! [`MAX_QUERIES`] a call; and the workload figures made of their series.

use std::collections::BTreeMap;

use aws_sdk_cloudwatch::primitives::DateTime;
use aws_sdk_cloudwatch::types::{Dimension, Metric, MetricDataQuery, MetricStat, ScanBy};
use rust_decimal::Decimal;

use super::{all_pages, classify, Failure, Plan, HOUR, MAX_QUERIES, MONITOR, WINDOW_DAYS};
use crate::discover::series::{self, Series};
use crate::profile::{ProfileWarning, Workload};

/// What a metric query is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Kind {
    CpuAvg,
    CpuP95,
    FreeableMemory,
    ConnectionsAvg,
    ConnectionsMax,
    ReadIops,
    WriteIops,
    VolumeReadIos,
    VolumeWriteIos,
    VolumeBytes,
    Capacity,
    ConsumedRead,
    ConsumedWrite,
}

/// The metrics read, as data: kind, CloudWatch metric, statistic, and whether it is read per
/// instance (`DBInstanceIdentifier`) or per cluster (`DBClusterIdentifier`). Periods are an
/// hour, except the p95, one value over the whole window.
const INSTANCE_METRICS: &[(Kind, &str, &str)] = &[
    (Kind::CpuAvg, "CPUUtilization", "Average"),
    (Kind::CpuP95, "CPUUtilization", "p95"),
    (Kind::FreeableMemory, "FreeableMemory", "Average"),
    (Kind::ConnectionsAvg, "DatabaseConnections", "Average"),
    (Kind::ConnectionsMax, "DatabaseConnections", "Maximum"),
];
/// Storage I/O of an instance with its own volume (not Aurora).
const VOLUME_METRICS: &[(Kind, &str, &str)] = &[
    (Kind::ReadIops, "ReadIOPS", "Average"),
    (Kind::WriteIops, "WriteIOPS", "Average"),
];
/// Of an Aurora cluster: billed volume I/O (a count per 5 minutes, summed by the hour), the
/// volume size, and the Serverless v2 capacity.
const CLUSTER_METRICS: &[(Kind, &str, &str)] = &[
    (Kind::VolumeReadIos, "VolumeReadIOPs", "Sum"),
    (Kind::VolumeWriteIos, "VolumeWriteIOPs", "Sum"),
    (Kind::VolumeBytes, "VolumeBytesUsed", "Average"),
];
const SERVERLESS_METRICS: &[(Kind, &str, &str)] =
    &[(Kind::Capacity, "ServerlessDatabaseCapacity", "Average")];
/// Of a DynamoDB table (namespace `AWS/DynamoDB`): capacity units consumed, summed by the hour.
const TABLE_METRICS: &[(Kind, &str, &str)] = &[
    (Kind::ConsumedRead, "ConsumedReadCapacityUnits", "Sum"),
    (Kind::ConsumedWrite, "ConsumedWriteCapacityUnits", "Sum"),
];

#[derive(Debug, Clone)]
pub(super) struct Query {
    pub source: usize,
    pub kind: Kind,
    namespace: &'static str,
    metric: &'static str,
    stat: &'static str,
    dimension: &'static str,
    value: String,
}

impl Plan {
    pub(super) fn queries(&self, source: usize) -> Vec<Query> {
        let mut out = Vec::new();
        let mut add = |list: &[(Kind, &'static str, &'static str)], dimension, value: &String| {
            let namespace = if dimension == "TableName" {
                "AWS/DynamoDB"
            } else {
                "AWS/RDS"
            };
            for (kind, metric, stat) in list {
                out.push(Query {
                    source,
                    kind: *kind,
                    namespace,
                    metric,
                    stat,
                    dimension,
                    value: value.clone(),
                });
            }
        };
        if let Some(i) = &self.instance {
            add(INSTANCE_METRICS, "DBInstanceIdentifier", i);
            if self.cluster.is_none() {
                add(VOLUME_METRICS, "DBInstanceIdentifier", i);
            }
        }
        if let Some(c) = &self.cluster {
            add(CLUSTER_METRICS, "DBClusterIdentifier", c);
            if self.source.profile.sizing.serverless.is_some() {
                add(SERVERLESS_METRICS, "DBClusterIdentifier", c);
            }
        }
        for t in &self.tables {
            add(TABLE_METRICS, "TableName", t);
        }
        out
    }

    /// Workload figures from the series (see [`series`] for the rules).
    pub(super) fn fill_workload(&mut self, m: &BTreeMap<Kind, Series>, until: i64) {
        let get = |k: Kind| m.get(&k).filter(|s| !s.is_empty());
        let p = &mut self.source.profile;
        let w: &mut Workload = &mut p.workload;
        let mut measured = false;
        if let Some(cpu) = get(Kind::CpuAvg) {
            measured = true;
            let asked = get(Kind::CpuP95).and_then(Series::last);
            if asked.is_none() {
                p.warnings.push(ProfileWarning {
                    area: "workload".into(),
                    message: "CloudWatch gave no p95 of CPUUtilization; cpu_p95_pct is the p95 of the hourly averages.".into(),
                });
            }
            series::fill_cpu(w, cpu, asked, get(Kind::ConnectionsMax), WINDOW_DAYS);
        }
        let connections = get(Kind::ConnectionsAvg);
        measured |= connections.is_some();
        series::fill_connections(w, connections, get(Kind::ConnectionsMax));
        if let Some(free) = get(Kind::FreeableMemory).and_then(Series::mean) {
            measured = true;
            let free_gib = free / 1_073_741_824.0;
            match self.memory_gib.and_then(|m| m.to_string().parse::<f64>().ok()) {
                Some(total) => {
                    w.memory_used_gib = series::dec((total - free_gib).max(0.0));
                }
                None => p.warnings.push(ProfileWarning {
                    area: "workload".into(),
                    message: format!(
                        "FreeableMemory averaged {free_gib:.2} GiB, but the memory of class {} is not in the engine's catalog, so memory in use is not known.",
                        p.sizing.instance_class.as_deref().unwrap_or("?")
                    ),
                }),
            }
        }
        for (kind, avg, peak) in [
            (Kind::ReadIops, &mut w.read_iops_avg, &mut w.read_iops_peak),
            (
                Kind::WriteIops,
                &mut w.write_iops_avg,
                &mut w.write_iops_peak,
            ),
        ] {
            if let Some(s) = get(kind) {
                measured = true;
                *avg = s.mean().and_then(series::dec);
                *peak = s.max().and_then(series::dec);
            }
        }
        let volume_io = match (get(Kind::VolumeReadIos), get(Kind::VolumeWriteIos)) {
            (Some(r), Some(wr)) => Some(r.plus(wr)),
            (Some(s), None) | (None, Some(s)) => Some(s.clone()),
            (None, None) => None,
        };
        if let Some(io) = volume_io.and_then(|s| s.mean()) {
            measured = true;
            // A mean hour's billed I/O × the hours of a billing month.
            w.io_requests_per_month = series::dec((io * crate::time::HOURS_PER_MONTH_F64).round());
        }
        if let Some(bytes) = get(Kind::VolumeBytes).and_then(Series::last) {
            p.sizing.storage_gb = series::dec(bytes / 1e9);
        }
        // DynamoDB: capacity units a second, on average and in the busiest hour, over the
        // tables; an hour with any consumed capacity is active.
        let per_second = |s: &Series| {
            (
                s.mean().and_then(|v| series::dec(v / 3600.0)),
                s.max().and_then(|v| series::dec(v / 3600.0)),
            )
        };
        let read = get(Kind::ConsumedRead);
        let write = get(Kind::ConsumedWrite);
        if let Some(r) = read {
            (w.consumed_rcu_avg, w.consumed_rcu_peak) = per_second(r);
        }
        if let Some(wr) = write {
            (w.consumed_wcu_avg, w.consumed_wcu_peak) = per_second(wr);
        }
        if read.is_some() || write.is_some() {
            measured = true;
            let both = read
                .cloned()
                .unwrap_or_default()
                .plus(write.unwrap_or(&Series::default()));
            let day = series::typical_day(&both, Some(&both), WINDOW_DAYS);
            w.active_hours_per_day = Some(Decimal::from(day.active_hours));
            p.warnings.push(ProfileWarning {
                area: "workload".into(),
                message: "consumed_rcu_peak and consumed_wcu_peak are the busiest hour's average per second (CloudWatch hourly sums of the tables, global indexes apart); a minute's peak can be higher.".into(),
            });
        }
        if let (Some(acu), Some(sv)) = (
            get(Kind::Capacity).and_then(Series::mean),
            p.sizing.serverless.as_mut(),
        ) {
            measured = true;
            if let Some(a) = series::dec(acu) {
                sv.average_acu = a;
            }
        }
        series::close(p, measured, &MONITOR, until);
    }
}

/// Every query's hourly series (the p95 as one value), `MAX_QUERIES` a call, each call's pages
/// followed.
pub(super) async fn fetch_metrics(
    cw: &aws_sdk_cloudwatch::Client,
    queries: &[Query],
    until: i64,
) -> Result<Vec<Series>, Failure> {
    let window = i64::from(WINDOW_DAYS) * 86_400;
    let start = DateTime::from_secs(until - window);
    let end = DateTime::from_secs(until);
    let mut points: Vec<Vec<(i64, f64)>> = vec![Vec::new(); queries.len()];
    for (chunk_no, chunk) in queries.chunks(MAX_QUERIES).enumerate() {
        let base = chunk_no * MAX_QUERIES;
        let built: Vec<MetricDataQuery> = chunk
            .iter()
            .enumerate()
            .map(|(j, q)| {
                let period = if q.kind == Kind::CpuP95 {
                    window as i32
                } else {
                    HOUR
                };
                MetricDataQuery::builder()
                    .id(format!("q{}", base + j))
                    .metric_stat(
                        MetricStat::builder()
                            .metric(
                                Metric::builder()
                                    .namespace(q.namespace)
                                    .metric_name(q.metric)
                                    .dimensions(
                                        Dimension::builder()
                                            .name(q.dimension)
                                            .value(&q.value)
                                            .build(),
                                    )
                                    .build(),
                            )
                            .period(period)
                            .stat(q.stat)
                            .build(),
                    )
                    .return_data(true)
                    .build()
            })
            .collect();
        let results = all_pages(|token| {
            let built = built.clone();
            async move {
                let page = cw
                    .get_metric_data()
                    .set_metric_data_queries(Some(built))
                    .start_time(start)
                    .end_time(end)
                    .scan_by(ScanBy::TimestampAscending)
                    .set_next_token(token)
                    .send()
                    .await
                    .map_err(|e| classify(&e, "cloudwatch:GetMetricData"))?;
                Ok((
                    page.metric_data_results().to_vec(),
                    page.next_token().map(str::to_string),
                ))
            }
        })
        .await?;
        for r in &results {
            let Some(i) = r
                .id()
                .and_then(|id| id.strip_prefix('q'))
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|i| *i < queries.len())
            else {
                continue;
            };
            points[i].extend(
                r.timestamps()
                    .iter()
                    .zip(r.values())
                    .map(|(t, v)| (t.secs(), *v)),
            );
        }
    }
    Ok(points.into_iter().map(Series::new).collect())
}
