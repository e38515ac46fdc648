//! A local CloudWatch that speaks what the current `aws-sdk-cloudwatch` speaks: Smithy RPC v2
//! CBOR (`POST /service/GraniteServiceVersion20100801/operation/GetMetricData`,
//! `smithy-protocol: rpc-v2-cbor`, `application/cbor` bodies), which moto does not.
//!
//! It answers `GetMetricData` from a seeded function of (metric, statistic, dimension value,
//! hour) → value, per query and period: hourly values for a period of an hour, and for a longer
//! period of a percentile statistic (`p95`) the nearest-rank percentile of the hourly `Average`
//! values the period covers. Answers are paged as CloudWatch pages them: at most
//! [`MAX_DATAPOINTS`] datapoints a response, the cut query marked `PartialData` and continued
//! after `NextToken`. Every request is kept by the underlying [`Server`] so tests can count them.
#![allow(dead_code)]

use ciborium::Value;
use std::collections::BTreeSet;
use std::sync::Arc;

use super::http::{Req, Resp, Server};

/// Datapoints in one response (the API's default and maximum).
pub const MAX_DATAPOINTS: usize = 100_800;
pub const PATH: &str = "/service/GraniteServiceVersion20100801/operation/GetMetricData";

/// (metric name, statistic, dimension value, hour start in Unix seconds) → the hour's value.
pub type Seed = dyn Fn(&str, &str, &str, i64) -> Option<f64> + Send + Sync;

#[derive(Default)]
pub struct Options {
    /// Dimension values whose percentiles CloudWatch returns no datapoint for.
    pub no_percentiles: BTreeSet<String>,
    /// Answer every request with 403 AccessDenied.
    pub deny: bool,
}

pub fn start(
    seed: impl Fn(&str, &str, &str, i64) -> Option<f64> + Send + Sync + 'static,
    options: Options,
) -> Server {
    let seed: Arc<Seed> = Arc::new(seed);
    let options = Arc::new(options);
    Server::start(move |req, _| answer(req, &*seed, &options))
}

fn text(s: &str) -> Value {
    Value::Text(s.into())
}

fn get<'a>(map: &'a Value, key: &str) -> Option<&'a Value> {
    match map {
        Value::Map(entries) => entries
            .iter()
            .find(|(k, _)| matches!(k, Value::Text(t) if t == key))
            .map(|(_, v)| v),
        _ => None,
    }
}

fn as_text(v: Option<&Value>) -> Option<&str> {
    match v {
        Some(Value::Text(t)) => Some(t),
        _ => None,
    }
}

fn as_i64(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Integer(i) => i64::try_from(*i).ok(),
        Value::Float(f) => Some(*f as i64),
        Value::Tag(1, inner) => as_i64(Some(inner)),
        _ => None,
    }
}

fn cbor(v: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(v, &mut out).expect("CBOR encodes");
    out
}

fn error(status: u16, code: &str, message: &str) -> Resp {
    let body = Value::Map(vec![
        (text("__type"), text(code)),
        (text("message"), text(message)),
    ]);
    Resp::bytes(status, "application/cbor", cbor(&body))
        .with_header("smithy-protocol", "rpc-v2-cbor")
}

/// One query as read from the request.
struct Query {
    id: String,
    metric: String,
    stat: String,
    dimension: String,
    period: i64,
}

fn read_query(q: &Value) -> Option<Query> {
    let stat = get(q, "MetricStat")?;
    let metric = get(stat, "Metric")?;
    let dims = match get(metric, "Dimensions") {
        Some(Value::Array(d)) => d,
        _ => return None,
    };
    Some(Query {
        id: as_text(get(q, "Id"))?.to_string(),
        metric: as_text(get(metric, "MetricName"))?.to_string(),
        stat: as_text(get(stat, "Stat"))?.to_string(),
        dimension: as_text(dims.first().and_then(|d| get(d, "Value")))?.to_string(),
        period: as_i64(get(stat, "Period"))?,
    })
}

/// The datapoints of one query over [start, end).
fn datapoints(q: &Query, start: i64, end: i64, seed: &Seed, options: &Options) -> Vec<(i64, f64)> {
    let mut out = Vec::new();
    let mut t = start;
    while t < end {
        let stop = (t + q.period).min(end);
        if let Some(p) = q.stat.strip_prefix('p').and_then(|n| n.parse::<f64>().ok()) {
            if !options.no_percentiles.contains(&q.dimension) {
                let mut hourly: Vec<f64> = (t..stop)
                    .step_by(3600)
                    .filter_map(|h| seed(&q.metric, "Average", &q.dimension, h))
                    .collect();
                if !hourly.is_empty() {
                    hourly.sort_by(f64::total_cmp);
                    let rank = ((p / 100.0) * hourly.len() as f64).ceil() as usize;
                    out.push((t, hourly[rank.clamp(1, hourly.len()) - 1]));
                }
            }
        } else if let Some(v) = seed(&q.metric, &q.stat, &q.dimension, t) {
            out.push((t, v));
        }
        t = stop;
    }
    out
}

fn answer(req: &Req, seed: &Seed, options: &Options) -> Resp {
    if req.method != "POST" || req.target != PATH {
        return error(
            404,
            "UnknownOperationException",
            &format!("no route {}", req.target),
        );
    }
    if req.header("smithy-protocol") != Some("rpc-v2-cbor") {
        return error(
            400,
            "InvalidRequest",
            "smithy-protocol: rpc-v2-cbor is required",
        );
    }
    if options.deny {
        return error(
            403,
            "AccessDenied",
            "User: arn:aws:iam::123456789012:user/ro is not authorized to perform: cloudwatch:GetMetricData",
        );
    }
    let Ok(body) = ciborium::from_reader::<Value, _>(&req.raw[..]) else {
        return error(400, "SerializationException", "the body is not CBOR");
    };
    let (Some(start), Some(end)) = (
        as_i64(get(&body, "StartTime")),
        as_i64(get(&body, "EndTime")),
    ) else {
        return error(
            400,
            "MissingParameter",
            "StartTime and EndTime are required",
        );
    };
    let queries: Vec<Query> = match get(&body, "MetricDataQueries") {
        Some(Value::Array(qs)) => match qs.iter().map(read_query).collect::<Option<Vec<_>>>() {
            Some(q) => q,
            None => {
                return error(
                    400,
                    "InvalidParameterValue",
                    "a query is not a MetricStat query",
                )
            }
        },
        _ => return error(400, "MissingParameter", "MetricDataQueries is required"),
    };
    if queries.len() > 500 {
        return error(400, "InvalidParameterValue", "more than 500 queries");
    }
    // NextToken: "<query index>:<datapoint offset>".
    let (mut qi, mut offset) = as_text(get(&body, "NextToken"))
        .and_then(|t| t.split_once(':'))
        .and_then(|(a, b)| Some((a.parse::<usize>().ok()?, b.parse::<usize>().ok()?)))
        .unwrap_or((0, 0));
    let mut budget = MAX_DATAPOINTS;
    let mut results = Vec::new();
    let mut next = None;
    while qi < queries.len() {
        let q = &queries[qi];
        let all = datapoints(q, start, end, seed, options);
        let rest = &all[offset.min(all.len())..];
        let take = rest.len().min(budget);
        let part = &rest[..take];
        budget -= take;
        let complete = take == rest.len();
        results.push(Value::Map(vec![
            (text("Id"), text(&q.id)),
            (text("Label"), text(&q.metric)),
            (
                text("Timestamps"),
                Value::Array(
                    part.iter()
                        .map(|(t, _)| Value::Tag(1, Box::new(Value::Integer((*t).into()))))
                        .collect(),
                ),
            ),
            (
                text("Values"),
                Value::Array(part.iter().map(|(_, v)| Value::Float(*v)).collect()),
            ),
            (
                text("StatusCode"),
                text(if complete { "Complete" } else { "PartialData" }),
            ),
        ]));
        if !complete {
            next = Some(format!("{qi}:{}", offset + take));
            break;
        }
        qi += 1;
        offset = 0;
        if budget == 0 && qi < queries.len() {
            next = Some(format!("{qi}:0"));
            break;
        }
    }
    let mut out = vec![
        (text("MetricDataResults"), Value::Array(results)),
        (text("Messages"), Value::Array(Vec::new())),
    ];
    if let Some(t) = next {
        out.push((text("NextToken"), text(&t)));
    }
    Resp::bytes(200, "application/cbor", cbor(&Value::Map(out)))
        .with_header("smithy-protocol", "rpc-v2-cbor")
}
