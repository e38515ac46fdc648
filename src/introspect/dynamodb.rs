//! Amazon DynamoDB introspection through the AWS SDK for Rust, read-only.
//!
//! `dynamodb://REGION[?tables=a,b]`. Credentials come from the SDK's default chain (environment,
//! shared config and credentials files, SSO, web identity, container or instance metadata),
//! never from the URL; the endpoint follows the SDK's standard variables
//! (`AWS_ENDPOINT_URL_DYNAMODB`, else `AWS_ENDPOINT_URL`), so any compatible endpoint works.
//!
//! Requests, all read-only, a fixed number per table:
//! - `ListTables`, one per 100 tables (none when the URL names the tables);
//! - per table: `DescribeTable` (keys, attribute types, indexes and projections, billing mode
//!   and throughput, table class, size and item count, stream, encryption, replicas, deletion
//!   protection), `DescribeContinuousBackups` (point-in-time recovery), `DescribeTimeToLive`, and
//!   one `Scan` page of at most `--sample` items, eventually consistent, asking for the consumed
//!   capacity: a page is at most 1 MB, 128 read capacity units, and its `Limit` is cut so that
//!   items of the table's average size stay within `--sample-rcu`.
//!
//! Throttling and 5xx answers are retried by the SDK's standard retry (each attempt counted).
//! A table the credentials may not describe is left out with a warning, the others are still
//! read; a table deleted while it is read is left out with a warning.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Instant;

use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region};
use aws_sdk_dynamodb::config::interceptors::BeforeTransmitInterceptorContextRef;
use aws_sdk_dynamodb::config::{ConfigBag, Intercept, RuntimeComponents};
use aws_sdk_dynamodb::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_dynamodb::types::{
    AttributeValue, KeySchemaElement, KeyType, ReturnConsumedCapacity, TableDescription,
};

use super::api::{url_error, ApiTarget};
use super::detect::{Fact, Facts, Rules};
use super::session::Ledger;
use super::shape::{self, Item, Node, View};
use super::{Introspection, Options, SourceUrl};
use crate::engine::{Catalog, Family};
use crate::error::Error;
use crate::profile::{
    DynamoAccount, DynamoIndex, DynamoKey, DynamoTable, Profile, PROFILE_VERSION,
};

/// The DynamoDB API version (the JSON protocol's `X-Amz-Target` prefix is `DynamoDB_20120810`).
pub const API_VERSION: &str = "2012-08-10";

/// The target prefix every DynamoDB request carries: the fact engine detection reads.
pub const TARGET_PREFIX: &str = "DynamoDB_20120810";

/// Query parameters this module understands in a `dynamodb://` URL.
const KNOWN_PARAMS: &[&str] = &["tables", "sample"];

/// Tables per `ListTables` page (the API's maximum).
const LIST_PAGE: i32 = 100;

/// Read capacity units of a full `Scan` page: 1 MB of eventually consistent reads at half a
/// unit per 4 KB.
pub const PAGE_RCU: u64 = 128;

/// Attempts per request under the standard retry (the first and four retries).
const ATTEMPTS: u32 = 5;

/// The API calls made per table, for the documentation and the tests.
pub const CALLS_PER_TABLE: [&str; 4] = [
    "DescribeTable",
    "DescribeContinuousBackups",
    "DescribeTimeToLive",
    "Scan",
];

/// Introspects the DynamoDB tables of one region (or the ones the URL names).
pub async fn introspect(url: &SourceUrl, options: &Options) -> Result<Introspection, Error> {
    let started = Instant::now();
    let target = Target::resolve(url, options)?;
    let mut c = Client::new(&target, started).await;

    let names = match &target.tables {
        Some(list) => list.clone(),
        None => {
            let t = Instant::now();
            let names = c.list_tables().await?;
            c.ledger.time("tables", names.len(), t);
            if names.is_empty() {
                return Err(Error::input(
                    format!("source {}", target.api.redactor.masked()),
                    format!(
                        "there are no DynamoDB tables in region {} at {}; check the region (the \
                         URL's host) and the account the credentials belong to",
                        target.region, target.endpoint
                    ),
                ));
            }
            names
        }
    };

    let mut tables = Vec::new();
    let mut missing = Vec::new();
    for name in &names {
        match c.read_table(name).await? {
            Read::Table(t) => tables.push(*t),
            Read::Missing => missing.push(name.clone()),
            Read::Skipped => {}
        }
    }
    if !missing.is_empty() && target.tables.is_some() {
        return Err(Error::input(
            format!("source {}", target.api.redactor.masked()),
            format!(
                "no table {} in region {}; leave out `tables=` to read every table",
                missing
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                target.region
            ),
        ));
    }
    for name in missing {
        c.ledger.warn(
            &format!("table {name}"),
            format!("table {name} was deleted while it was read; it is left out"),
        );
    }
    tables.sort_by(|a, b| a.name.cmp(&b.name));

    let catalog = Catalog::bundled()?;
    let facts = Facts {
        services: vec![Fact::new(
            TARGET_PREFIX,
            format!(
                "{} answers the DynamoDB API ({TARGET_PREFIX}) in {}",
                target.endpoint, target.region
            ),
        )],
        ..Facts::default()
    };
    let (detected, evidence) = Rules::of(&catalog, Family::Document).detect(&facts, None);
    let (engine, detection) = super::detect::decide(options.engine.as_ref(), detected, evidence);
    let profile = Profile {
        profile_version: PROFILE_VERSION,
        engine,
        version: API_VERSION.into(),
        name: Some(format!("DynamoDB {}", target.region)),
        region: Some(target.region.clone()),
        detection: Some(detection),
        dynamodb: Some(DynamoAccount {
            tables,
            ..DynamoAccount::default()
        }),
        ..Profile::default()
    };
    let delta = c.sent();
    c.ledger.count_many(delta);
    Ok(c.ledger.finish(profile))
}

// ------------------------------------------------------------------------------- target

struct Target {
    region: String,
    /// The endpoint as the SDK will reach it, for messages.
    endpoint: String,
    tables: Option<Vec<String>>,
    sample_rcu: u64,
    api: ApiTarget,
}

impl Target {
    fn resolve(url: &SourceUrl, options: &Options) -> Result<Target, Error> {
        let input = |detail: String| url_error(url, detail);
        ApiTarget::check(
            url,
            KNOWN_PARAMS,
            "credentials are never taken from the URL (they would show in shell history and \
             process lists); remove them and use the AWS credential chain (AWS_PROFILE, or \
             AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)"
                .into(),
            "tables (a comma-separated list), sample (items per table)",
        )?;
        if url.port.is_some() || url.database.is_some() {
            return Err(input(
                "give the region alone, e.g. dynamodb://us-east-1; to reach another endpoint \
                 set AWS_ENDPOINT_URL_DYNAMODB"
                    .into(),
            ));
        }
        let region = url.host.clone().unwrap_or_default().to_ascii_lowercase();
        let valid = !region.is_empty()
            && region
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase())
            && region
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            return Err(input(
                "give the AWS region as the URL's host, e.g. dynamodb://us-east-1".into(),
            ));
        }
        let tables = match url.param("tables") {
            Some(list) => {
                let names: Vec<String> = list
                    .split(',')
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(str::to_string)
                    .collect();
                if names.is_empty() {
                    return Err(input("`tables=` names no table".into()));
                }
                Some(names)
            }
            None => None,
        };
        let api = ApiTarget::new(url, options, "items")?;
        let endpoint = ["AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
            .unwrap_or_else(|| format!("https://dynamodb.{region}.amazonaws.com"));
        Ok(Target {
            region,
            endpoint,
            tables,
            sample_rcu: options.connect.sample_rcu,
            api,
        })
    }
}

// ------------------------------------------------------------------------------ client

/// Counts every attempt the SDK transmits (retries included).
#[derive(Debug)]
struct CountAttempts(Arc<AtomicU32>);

impl Intercept for CountAttempts {
    fn name(&self) -> &'static str {
        "CountAttempts"
    }

    fn read_before_transmit(
        &self,
        _context: &BeforeTransmitInterceptorContextRef<'_>,
        _runtime_components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> Result<(), aws_sdk_dynamodb::error::BoxError> {
        self.0.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

/// What reading one table gave.
enum Read {
    Table(Box<DynamoTable>),
    /// Not found (deleted before or while it was read).
    Missing,
    /// Refused; a warning says why.
    Skipped,
}

/// Why reading a table stopped short.
enum Stop {
    /// The table is gone.
    Missing,
    /// The run cannot go on.
    Fatal(Error),
}

/// Why a request failed.
enum Failure {
    /// The credentials may not make this call on this table.
    Denied(String),
    /// The table is gone.
    NotFound,
    /// The run cannot go on.
    Fatal(Error),
}

struct Client<'a> {
    sdk: aws_sdk_dynamodb::Client,
    target: &'a Target,
    ledger: Ledger,
    attempts: Arc<AtomicU32>,
    counted: u32,
}

impl<'a> Client<'a> {
    async fn new(target: &'a Target, started: Instant) -> Client<'a> {
        let attempts = Arc::new(AtomicU32::new(0));
        let shared = aws_config::defaults(BehaviorVersion::latest())
            .http_client(crate::net::aws_http_client())
            .region(Region::new(target.region.clone()))
            .retry_config(RetryConfig::standard().with_max_attempts(ATTEMPTS))
            .timeout_config(
                TimeoutConfig::builder()
                    .connect_timeout(target.api.connect_timeout)
                    .operation_attempt_timeout(target.api.request_timeout)
                    .build(),
            )
            .load()
            .await;
        let conf = aws_sdk_dynamodb::config::Builder::from(&shared)
            .interceptor(CountAttempts(attempts.clone()))
            .build();
        Client {
            sdk: aws_sdk_dynamodb::Client::from_conf(conf),
            target,
            ledger: Ledger::new(target.api.redactor.clone(), started),
            attempts,
            counted: 0,
        }
    }

    /// Attempts sent since the last call (to hand to the ledger).
    fn sent(&mut self) -> u32 {
        let now = self.attempts.load(Ordering::Relaxed);
        let delta = now - self.counted;
        self.counted = now;
        delta
    }

    fn settle(&mut self) {
        let delta = self.sent();
        self.ledger.count_many(delta);
    }

    /// Classifies an SDK error: access denied and not found are the table's; the rest ends
    /// the run with a message that says what to do.
    fn failure<E>(
        &self,
        call: &str,
        e: SdkError<E, aws_sdk_dynamodb::config::http::HttpResponse>,
    ) -> Failure
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        let code = e.code().unwrap_or("").to_string();
        let message = e.message().unwrap_or("").to_string();
        let text = format!("{}", DisplayErrorContext(&e));
        let lower = text.to_ascii_lowercase();
        match code.as_str() {
            "AccessDeniedException" => return Failure::Denied(format!("{call}: {message}")),
            "ResourceNotFoundException" => return Failure::NotFound,
            _ => {}
        }
        if lower.contains("no credentials")
            || lower.contains("credentials provider")
            || lower.contains("failed to load credentials")
            || lower.contains("loading credentials")
        {
            return Failure::Fatal(Error::input(
                format!("source {}", self.target.api.redactor.masked()),
                "no AWS credentials were found through the standard chain (environment \
                 variables, shared config and credentials files, SSO, web identity, container \
                 or instance metadata); set AWS_PROFILE, or AWS_ACCESS_KEY_ID and \
                 AWS_SECRET_ACCESS_KEY"
                    .to_string(),
            ));
        }
        let short: String = text.chars().take(400).collect();
        let detail = match (&e, code.as_str()) {
            (_, "UnrecognizedClientException" | "InvalidSignatureException") => format!(
                "{call}: the endpoint refused the credentials ({code}: {message}); check \
                 AWS_PROFILE or the access key"
            ),
            (
                _,
                "ThrottlingException"
                | "ProvisionedThroughputExceededException"
                | "RequestLimitExceeded",
            ) => format!(
                "{call}: still throttled after {ATTEMPTS} attempts ({code}: {message}); try \
                 again when the tables are less busy, or with a smaller --sample"
            ),
            (SdkError::TimeoutError(_), _) => format!(
                "{call}: no answer from {} in time ({short}); raise --statement-timeout or \
                 check the network",
                self.target.endpoint
            ),
            (SdkError::DispatchFailure(_), _) => format!(
                "{call}: cannot reach {} ({short}); check the endpoint \
                 (AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL) and the network",
                self.target.endpoint
            ),
            (SdkError::ServiceError(se), _) => format!(
                "{call}: HTTP {} {code}: {message}",
                se.raw().status().as_u16()
            ),
            _ => format!("{call}: {short}"),
        };
        Failure::Fatal(self.ledger.unreachable(detail))
    }

    /// Every table name of the region, one `ListTables` per 100 tables.
    async fn list_tables(&mut self) -> Result<Vec<String>, Error> {
        let mut names = Vec::new();
        let mut start: Option<String> = None;
        loop {
            let out = self
                .sdk
                .list_tables()
                .limit(LIST_PAGE)
                .set_exclusive_start_table_name(start.take())
                .send()
                .await;
            self.settle();
            let out = match out {
                Ok(o) => o,
                Err(e) => {
                    return Err(match self.failure("ListTables", e) {
                        Failure::Fatal(e) => e,
                        Failure::Denied(m) => self.ledger.unreachable(format!(
                            "{m}; the credentials may not list tables: grant \
                             dynamodb:ListTables, or name the tables with ?tables=a,b"
                        )),
                        Failure::NotFound => self
                            .ledger
                            .unreachable("ListTables: the endpoint answered not found".into()),
                    })
                }
            };
            names.extend(out.table_names().iter().cloned());
            match out.last_evaluated_table_name() {
                Some(last) if !last.is_empty() => start = Some(last.to_string()),
                _ => return Ok(names),
            }
        }
    }

    /// One table: its description, backups, TTL and a sample of its items.
    async fn read_table(&mut self, name: &str) -> Result<Read, Error> {
        match self.read_table_calls(name).await {
            Ok(read) => Ok(read),
            Err(Stop::Missing) => Ok(Read::Missing),
            Err(Stop::Fatal(e)) => Err(e),
        }
    }

    /// The answer of one call about a table, its attempts counted: `None` when the credentials
    /// may not make it (a warning under `area`, with `consequence` after the reason).
    fn answer<T, E>(
        &mut self,
        call: &str,
        out: Result<T, SdkError<E, aws_sdk_dynamodb::config::http::HttpResponse>>,
        area: &str,
        consequence: Option<&str>,
    ) -> Result<Option<T>, Stop>
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        self.settle();
        match out {
            Ok(o) => Ok(Some(o)),
            Err(e) => match self.failure(call, e) {
                Failure::Denied(m) => {
                    let m = match consequence {
                        Some(c) => format!("{m}; {c}"),
                        None => m,
                    };
                    self.ledger.warn(area, m);
                    Ok(None)
                }
                Failure::NotFound => Err(Stop::Missing),
                Failure::Fatal(e) => Err(Stop::Fatal(e)),
            },
        }
    }

    async fn read_table_calls(&mut self, name: &str) -> Result<Read, Stop> {
        let area = format!("table {name}");
        let t = Instant::now();
        let out = self.sdk.describe_table().table_name(name).send().await;
        let left_out = format!("table {name} is left out of the assessment");
        let Some(out) = self.answer("DescribeTable", out, &area, Some(&left_out))? else {
            return Ok(Read::Skipped);
        };
        let Some(description) = out.table else {
            return Ok(Read::Missing);
        };
        let mut table = describe(&description, name);
        self.ledger.time(&area, 1, t);

        let t = Instant::now();
        let out = self
            .sdk
            .describe_continuous_backups()
            .table_name(name)
            .send()
            .await;
        let area = format!("backups of {name}");
        if let Some(o) = self.answer("DescribeContinuousBackups", out, &area, None)? {
            table.point_in_time_recovery = o
                .continuous_backups_description()
                .and_then(|d| d.point_in_time_recovery_description())
                .and_then(|p| p.point_in_time_recovery_status())
                .is_some_and(|s| s.as_str() == "ENABLED");
            self.ledger.time(&area, 1, t);
        }

        let t = Instant::now();
        let out = self
            .sdk
            .describe_time_to_live()
            .table_name(name)
            .send()
            .await;
        let area = format!("ttl of {name}");
        if let Some(o) = self.answer("DescribeTimeToLive", out, &area, None)? {
            table.ttl_attribute = o
                .time_to_live_description()
                .filter(|d| {
                    d.time_to_live_status()
                        .is_some_and(|s| matches!(s.as_str(), "ENABLED" | "ENABLING"))
                })
                .and_then(|d| d.attribute_name())
                .map(str::to_string);
            self.ledger.time(&area, 1, t);
        }

        if self.target.api.sample > 0 {
            let limit = scan_limit(
                self.target.api.sample,
                self.target.sample_rcu,
                table.size_bytes,
                table.item_count,
            );
            let area = format!("items of {name}");
            if limit == 0 {
                self.ledger.warn(
                    &area,
                    format!(
                        "not sampled: an item of this table's average size costs more than \
                         --sample-rcu {}",
                        self.target.sample_rcu
                    ),
                );
            } else {
                let t = Instant::now();
                let out = self
                    .sdk
                    .scan()
                    .table_name(name)
                    .limit(limit as i32)
                    .consistent_read(false)
                    .return_consumed_capacity(ReturnConsumedCapacity::Total)
                    .send()
                    .await;
                let shape_unknown = Some("the item shape is not known");
                if let Some(o) = self.answer("Scan", out, &area, shape_unknown)? {
                    let consumed = o
                        .consumed_capacity()
                        .and_then(|c| c.capacity_units())
                        .unwrap_or(0.0);
                    self.ledger.time(
                        &format!("items of {name} ({consumed} RCU)"),
                        o.items().len(),
                        t,
                    );
                    if !o.items().is_empty() {
                        let (shape, single) = item_shape(o.items(), &table);
                        table.single_table_design = single;
                        table.shape = Some(shape);
                    }
                }
            }
        }
        Ok(Read::Table(Box::new(table)))
    }
}

/// Items to ask one `Scan` page for: `--sample`, cut so that items of the table's average size
/// (size ÷ item count, as `DescribeTable` counts them) cost at most `budget` read capacity
/// units at half a unit per 4 KB; 0 when not even one such item fits. Beyond
/// [`PAGE_RCU`] the 1 MB page bounds the read whatever the limit.
pub fn scan_limit(sample: usize, budget: u64, size: Option<u64>, items: Option<u64>) -> usize {
    if budget >= PAGE_RCU {
        return sample;
    }
    let average = match (size, items) {
        (Some(s), Some(n)) if n > 0 => s.div_ceil(n).max(1),
        // Unknown or empty: assume the largest item (400 KB) to stay within the budget.
        _ => 400 * 1024,
    };
    let affordable_bytes = budget * 8 * 1024; // half a unit per 4 KB
    let fit = (affordable_bytes / average) as usize;
    sample.min(fit)
}

// ------------------------------------------------------------------------------- parsing

fn attribute_type(code: &str) -> String {
    match code {
        "S" => "string",
        "N" => "number",
        "B" => "binary",
        other => other,
    }
    .to_string()
}

/// The partition and sort keys of a key schema, typed from the attribute definitions.
fn keys(
    schema: &[KeySchemaElement],
    types: &HashMap<&str, String>,
) -> (DynamoKey, Option<DynamoKey>) {
    let key = |kind: KeyType| {
        schema
            .iter()
            .find(|k| k.key_type() == &kind)
            .map(|k| DynamoKey {
                name: k.attribute_name().to_string(),
                attribute_type: types
                    .get(k.attribute_name())
                    .cloned()
                    .unwrap_or_else(|| "string".into()),
            })
    };
    (key(KeyType::Hash).unwrap_or_default(), key(KeyType::Range))
}

fn projection(p: Option<&aws_sdk_dynamodb::types::Projection>) -> (String, Vec<String>) {
    match p {
        Some(p) => (
            p.projection_type()
                .map_or("all".into(), |t| t.as_str().to_ascii_lowercase()),
            p.non_key_attributes().to_vec(),
        ),
        None => ("all".into(), Vec::new()),
    }
}

fn count(n: Option<i64>) -> Option<u64> {
    n.and_then(|v| u64::try_from(v).ok())
}

/// A positive capacity figure (DynamoDB reports 0 for on-demand tables).
fn capacity(n: Option<i64>) -> Option<u64> {
    count(n).filter(|v| *v > 0)
}

/// The profile's table from `DescribeTable`.
pub fn describe(d: &TableDescription, name: &str) -> DynamoTable {
    let types: HashMap<&str, String> = d
        .attribute_definitions()
        .iter()
        .map(|a| {
            (
                a.attribute_name(),
                attribute_type(a.attribute_type().as_str()),
            )
        })
        .collect();
    let (partition_key, sort_key) = keys(d.key_schema(), &types);
    let on_demand = d
        .billing_mode_summary()
        .and_then(|b| b.billing_mode())
        .is_some_and(|m| m.as_str() == "PAY_PER_REQUEST");
    let throughput = d.provisioned_throughput();
    let global_indexes = d
        .global_secondary_indexes()
        .iter()
        .map(|g| {
            let (partition_key, sort_key) = keys(g.key_schema(), &types);
            let (projection, projected_attributes) = projection(g.projection());
            DynamoIndex {
                name: g.index_name().unwrap_or_default().to_string(),
                partition_key,
                sort_key,
                projection,
                projected_attributes,
                read_capacity_units: capacity(
                    g.provisioned_throughput()
                        .and_then(|t| t.read_capacity_units()),
                ),
                write_capacity_units: capacity(
                    g.provisioned_throughput()
                        .and_then(|t| t.write_capacity_units()),
                ),
                size_bytes: count(g.index_size_bytes()),
                item_count: count(g.item_count()),
            }
        })
        .collect();
    let local_indexes = d
        .local_secondary_indexes()
        .iter()
        .map(|l| {
            let (partition_key, sort_key) = keys(l.key_schema(), &types);
            let (projection, projected_attributes) = projection(l.projection());
            DynamoIndex {
                name: l.index_name().unwrap_or_default().to_string(),
                partition_key,
                sort_key,
                projection,
                projected_attributes,
                size_bytes: count(l.index_size_bytes()),
                item_count: count(l.item_count()),
                ..DynamoIndex::default()
            }
        })
        .collect();
    let sse = d.sse_description().filter(|s| {
        s.status()
            .is_some_and(|st| matches!(st.as_str(), "ENABLED" | "ENABLING" | "UPDATING"))
    });
    let encryption = Some(match sse {
        None => "aws_owned".to_string(),
        Some(s) => match s.kms_master_key_arn() {
            Some(arn) if arn.contains(":alias/aws/dynamodb") || arn.contains("alias/aws/") => {
                "aws_managed".into()
            }
            Some(_) => "customer_managed".into(),
            None => "aws_managed".into(),
        },
    });
    let own_region = d
        .table_arn()
        .and_then(|arn| arn.split(':').nth(3))
        .unwrap_or("");
    DynamoTable {
        name: d.table_name().unwrap_or(name).to_string(),
        billing_mode: if on_demand {
            "on_demand"
        } else {
            "provisioned"
        }
        .into(),
        table_class: d
            .table_class_summary()
            .and_then(|c| c.table_class())
            .map_or("standard".into(), |c| c.as_str().to_ascii_lowercase()),
        partition_key,
        sort_key,
        read_capacity_units: if on_demand {
            None
        } else {
            capacity(throughput.and_then(|t| t.read_capacity_units()))
        },
        write_capacity_units: if on_demand {
            None
        } else {
            capacity(throughput.and_then(|t| t.write_capacity_units()))
        },
        max_read_request_units: capacity(
            d.on_demand_throughput()
                .and_then(|t| t.max_read_request_units()),
        ),
        max_write_request_units: capacity(
            d.on_demand_throughput()
                .and_then(|t| t.max_write_request_units()),
        ),
        item_count: count(d.item_count()),
        size_bytes: count(d.table_size_bytes()),
        global_indexes,
        local_indexes,
        stream: d
            .stream_specification()
            .filter(|s| s.stream_enabled())
            .map(|s| {
                s.stream_view_type()
                    .map_or("NEW_AND_OLD_IMAGES".into(), |v| v.as_str().to_string())
            }),
        ttl_attribute: None,
        point_in_time_recovery: false,
        encryption,
        replica_regions: d
            .replicas()
            .iter()
            .filter_map(|r| r.region_name())
            .filter(|r| *r != own_region)
            .map(str::to_string)
            .collect(),
        deletion_protection: d.deletion_protection_enabled().unwrap_or(false),
        single_table_design: false,
        shape: None,
    }
}

// -------------------------------------------------------------------------------- shape

impl Node for AttributeValue {
    fn view(&self) -> View<'_, AttributeValue> {
        let scalar = |kind| View::Scalar { kind, digits: 0 };
        match self {
            AttributeValue::S(_) => scalar("string"),
            AttributeValue::N(n) => View::Scalar {
                kind: "number",
                digits: shape::significant_digits(n),
            },
            AttributeValue::B(_) => scalar("binary"),
            AttributeValue::Bool(_) => scalar("boolean"),
            AttributeValue::Null(_) => scalar("null"),
            AttributeValue::M(m) => View::Fields {
                kind: "map",
                fields: sorted(m),
            },
            AttributeValue::L(items) => View::Items {
                kind: "list",
                items: items.iter().collect(),
            },
            AttributeValue::Ss(s) => View::Set {
                kind: "string_set",
                element: "string",
                len: s.len() as u64,
                digits: 0,
            },
            AttributeValue::Ns(s) => View::Set {
                kind: "number_set",
                element: "number",
                len: s.len() as u64,
                digits: s
                    .iter()
                    .map(|n| shape::significant_digits(n))
                    .max()
                    .unwrap_or(0),
            },
            AttributeValue::Bs(s) => View::Set {
                kind: "binary_set",
                element: "binary",
                len: s.len() as u64,
                digits: 0,
            },
            _ => scalar("unknown"),
        }
    }
}

fn sorted(m: &HashMap<String, AttributeValue>) -> Vec<(&str, &AttributeValue)> {
    let mut fields: Vec<(&str, &AttributeValue)> = m.iter().map(|(k, v)| (k.as_str(), v)).collect();
    fields.sort_by(|a, b| a.0.cmp(b.0));
    fields
}

/// An attribute value's size as DynamoDB bills it: strings and binaries by their bytes, a
/// number by about one byte per two significant digits plus one, null and booleans one byte,
/// a map or list three bytes plus one per element plus its elements (a map's names included),
/// a set its elements.
pub fn value_size(v: &AttributeValue) -> u64 {
    let number = |n: &str| u64::from(shape::significant_digits(n)).div_ceil(2) + 1;
    match v {
        AttributeValue::S(s) => s.len() as u64,
        AttributeValue::N(n) => number(n),
        AttributeValue::B(b) => b.as_ref().len() as u64,
        AttributeValue::Bool(_) | AttributeValue::Null(_) => 1,
        AttributeValue::M(m) => {
            3 + m
                .iter()
                .map(|(k, v)| k.len() as u64 + value_size(v) + 1)
                .sum::<u64>()
        }
        AttributeValue::L(l) => 3 + l.iter().map(|v| value_size(v) + 1).sum::<u64>(),
        AttributeValue::Ss(s) => s.iter().map(|x| x.len() as u64).sum(),
        AttributeValue::Ns(s) => s.iter().map(|x| number(x)).sum(),
        AttributeValue::Bs(s) => s.iter().map(|x| x.as_ref().len() as u64).sum(),
        _ => 0,
    }
}

/// An item's size: its attribute names and values.
pub fn item_size(item: &HashMap<String, AttributeValue>) -> u64 {
    item.iter()
        .map(|(k, v)| k.len() as u64 + value_size(v))
        .sum()
}

/// The shape of sampled items, with the entity kinds of a single-table design (by the sort
/// key's prefix, else the partition key's) and whether there are several.
pub fn item_shape(
    items: &[HashMap<String, AttributeValue>],
    table: &DynamoTable,
) -> (crate::profile::DocumentShape, bool) {
    let sample: Vec<Item<'_, AttributeValue>> = items
        .iter()
        .map(|i| Item {
            fields: sorted(i),
            size_bytes: item_size(i),
        })
        .collect();
    let mut s = shape::infer_shape(&sample);
    let key_names: Vec<&str> = table
        .sort_key
        .iter()
        .map(|k| k.name.as_str())
        .chain(std::iter::once(table.partition_key.name.as_str()))
        .collect();
    let entities = shape::entities(&sample, |item| {
        key_names.iter().find_map(|key| {
            item.fields
                .iter()
                .find(|(k, _)| k == key)
                .and_then(|(_, v)| v.as_s().ok())
                .and_then(|v| shape::key_prefix(v))
        })
    });
    let single = entities.len() >= 2;
    s.entities = entities;
    (s, single)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> AttributeValue {
        AttributeValue::S(v.into())
    }

    #[test]
    fn scan_limits_follow_the_budget() {
        // A full page (128 RCU) or more: the page bounds the read.
        assert_eq!(scan_limit(1000, 128, None, None), 1000);
        // 10 RCU buys 80 KB: 20 items of 4 KB.
        assert_eq!(scan_limit(1000, 10, Some(4096 * 50), Some(50)), 20);
        assert_eq!(scan_limit(5, 10, Some(4096 * 50), Some(50)), 5);
        // Unknown size: items of 400 KB, 50 RCU each.
        assert_eq!(scan_limit(1000, 100, None, None), 2);
        assert_eq!(scan_limit(1000, 10, Some(0), Some(0)), 0);
    }

    #[test]
    fn sizes_as_dynamodb_counts_them() {
        assert_eq!(value_size(&s("abc")), 3);
        assert_eq!(value_size(&AttributeValue::N("12345".into())), 4);
        let m = AttributeValue::M(HashMap::from([("ab".to_string(), s("xyz"))]));
        assert_eq!(value_size(&m), 3 + 2 + 3 + 1);
        let item = HashMap::from([("id".to_string(), s("k1")), ("n".to_string(), m)]);
        assert_eq!(item_size(&item), 2 + 2 + 1 + 9);
    }

    #[test]
    fn a_single_table_design_by_key_prefix() {
        let table = DynamoTable {
            partition_key: DynamoKey {
                name: "pk".into(),
                attribute_type: "string".into(),
            },
            sort_key: Some(DynamoKey {
                name: "sk".into(),
                attribute_type: "string".into(),
            }),
            ..DynamoTable::default()
        };
        let item = |pk: &str, sk: &str, extra: (&str, AttributeValue)| {
            HashMap::from([
                ("pk".to_string(), s(pk)),
                ("sk".to_string(), s(sk)),
                (extra.0.to_string(), extra.1),
            ])
        };
        let items = vec![
            item("CUSTOMER#1", "PROFILE#1", ("email", s("a@x"))),
            item(
                "CUSTOMER#1",
                "ORDER#1",
                ("tags", AttributeValue::Ss(vec!["a".into(), "b".into()])),
            ),
            item(
                "CUSTOMER#1",
                "ORDER#2",
                (
                    "total",
                    AttributeValue::N("12345678901234567890123456789012345678".into()),
                ),
            ),
        ];
        let (shape, single) = item_shape(&items, &table);
        assert!(single);
        let kinds: Vec<_> = shape.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(kinds, ["ORDER", "PROFILE"]);
        assert_eq!(shape.max_number_digits, 38);
        let tags = shape.paths.iter().find(|p| p.path == "/tags").unwrap();
        assert_eq!(tags.types, ["string_set"]);
        let element = shape.paths.iter().find(|p| p.path == "/tags[]").unwrap();
        assert_eq!(element.types, ["string"]);
        assert_eq!(shape.max_array_length, 2);
    }
}
