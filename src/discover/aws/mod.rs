//! `dbassay discover aws`: RDS instances and Aurora clusters through `aws-sdk-rds`, DynamoDB
//! tables through `aws-sdk-dynamodb`, and their last 14 days of CloudWatch metrics through
//! `aws-sdk-cloudwatch` `GetMetricData`.
//!
//! Per region, read-only and paged: `DescribeDBClusters` and `DescribeDBInstances` (100 a page),
//! `ListTables` (100 a page) and one `DescribeTable` per table (the API describes one table at a
//! time), then `GetMetricData` with up to [`MAX_QUERIES`] metric queries a call for every source
//! of the region together (hourly datapoints, and one p95 over the whole window), following
//! `NextToken` when the answer exceeds a page. So the calls of a region grow with resources ÷
//! 100 (tables: + 1 each) and series ÷ 500, never one per metric or instance. Every HTTP attempt
//! is counted per region and operation ([`Discovery::calls`]).
//!
//! - An Aurora cluster is one source: its writer's class (or its Serverless v2 range), its
//!   readers as read replicas, its volume size and I/O from the cluster's metrics, CPU, memory
//!   and connections from the writer.
//! - An RDS instance is one source; a read replica is not a source of its own but counts in its
//!   primary's `read_replicas`.
//! - The DynamoDB tables of a region are one source (`dynamodb://REGION`, as introspection
//!   reads them): each table as `DescribeTable` gives it, and the consumed read and write
//!   capacity summed over the tables.
//! - Engines map to engine ids through the `discover:` keys of the engine files
//!   (`aws_rds_engines`, `aws_dynamodb`); others (Oracle, SQL Server, Db2, Neptune, DocumentDB)
//!   are skipped with a note.
//!
//! Endpoints and credentials follow the SDK's standard chain and variables (`AWS_PROFILE`,
//! `AWS_ACCESS_KEY_ID`…, `AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_RDS`,
//! `AWS_ENDPOINT_URL_DYNAMODB`, `AWS_ENDPOINT_URL_CLOUDWATCH`); without `--region`, the
//! configured region only.
//!
//! The metrics, their queries and the workload made of them are in [`cloudwatch`].

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_sdk_rds::config::http::HttpResponse;
use aws_sdk_rds::config::{
    interceptors::BeforeTransmitInterceptorContextRef, ConfigBag, Intercept, ProvideCredentials,
    RuntimeComponents,
};
use aws_sdk_rds::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_rds::types::{DbCluster, DbInstance};
use rust_decimal::Decimal;

mod cloudwatch;

use super::series::{self, Series};
use super::{DiscoveredSource, Discovery, Progress};
use crate::engine::{Catalog, Engine};
use crate::error::Error;
use crate::profile::{
    Profile, ProfileWarning, SchemaCoverage, ServerlessCapacity, Sizing, PROFILE_VERSION,
};
use cloudwatch::{fetch_metrics, Kind, Query};

/// Days of CloudWatch history read.
pub const WINDOW_DAYS: u32 = 14;
/// Metric queries in one `GetMetricData` call (the API's limit).
pub const MAX_QUERIES: usize = 500;
/// Records a page of `DescribeDBInstances` / `DescribeDBClusters` (the API's limit).
pub const PAGE_SIZE: i32 = 100;
const HOUR: i32 = 3600;
/// The service whose series measure the workload.
const MONITOR: series::Monitor =
    series::Monitor::new("CloudWatch", "cloudwatch", "database", WINDOW_DAYS);

/// What to discover.
#[derive(Debug, Clone)]
pub struct Options {
    /// Regions to search; empty: the configured region.
    pub regions: Vec<String>,
    /// Longest time for one API operation, retries included.
    pub timeout: Duration,
    /// The end of the metrics window (Unix seconds, rounded down to the hour); `None`: now.
    pub until: Option<i64>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            regions: Vec::new(),
            timeout: Duration::from_secs(60),
            until: None,
        }
    }
}

/// Discovers the databases of the account's regions.
pub fn discover(
    catalog: &Catalog,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Discovery, Error> {
    crate::introspect::runtime()?.block_on(run(catalog, options, progress))
}

/// HTTP attempts by region and operation, filled by [`CountCalls`].
type Ledger = Arc<Mutex<BTreeMap<String, BTreeMap<String, usize>>>>;

/// Counts every HTTP attempt (retries included) of a client, as `<service>:<Operation>` — the
/// IAM action the call needs.
#[derive(Debug)]
struct CountCalls {
    service: &'static str,
    region: String,
    ledger: Ledger,
}

impl Intercept for CountCalls {
    fn name(&self) -> &'static str {
        "dbassay::discover::CountCalls"
    }

    fn read_before_transmit(
        &self,
        _context: &BeforeTransmitInterceptorContextRef<'_>,
        _components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        let op = cfg
            .load::<aws_smithy_runtime_api::client::orchestrator::Metadata>()
            .map_or("unknown", |m| m.name())
            .to_string();
        let mut ledger = self.ledger.lock().unwrap_or_else(|e| e.into_inner());
        *ledger
            .entry(self.region.clone())
            .or_default()
            .entry(format!("{}:{op}", self.service))
            .or_default() += 1;
        Ok(())
    }
}

/// Why a call failed.
enum Failure {
    /// The caller lacks the permission (named as the IAM action).
    Denied(String),
    /// The credentials were refused (unknown key, expired token, bad signature).
    BadCredentials(String),
    /// Anything else: the service could not be reached, a throttle that outlasted the retries.
    Other(String),
}

fn classify<E>(e: &SdkError<E, HttpResponse>, action: &str) -> Failure
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
{
    let text: String = format!("{}", DisplayErrorContext(e))
        .chars()
        .take(300)
        .collect();
    let (status, body) = match e {
        SdkError::ServiceError(se) => (
            Some(se.raw().status().as_u16()),
            se.raw()
                .body()
                .bytes()
                .map(|b| String::from_utf8_lossy(b).into_owned()),
        ),
        _ => (None, None),
    };
    // The code as the SDK parsed it, else as an XML error body spells it (some emulators nest
    // it in `<Errors>`, which the query protocol's parser does not read).
    let code = e
        .code()
        .map(str::to_string)
        .or_else(|| body.as_deref().and_then(xml_code))
        .unwrap_or_default();
    if code.starts_with("AccessDenied")
        || matches!(
            code.as_str(),
            "UnauthorizedOperation" | "AuthorizationError" | "NotAuthorized"
        )
    {
        Failure::Denied(action.to_string())
    } else if matches!(
        code.as_str(),
        "InvalidClientTokenId"
            | "UnrecognizedClientException"
            | "SignatureDoesNotMatch"
            | "ExpiredToken"
            | "ExpiredTokenException"
            | "InvalidSignatureException"
    ) {
        Failure::BadCredentials(format!("{code}: {text}"))
    } else if code.is_empty() && status == Some(403) {
        Failure::Denied(action.to_string())
    } else {
        Failure::Other(text)
    }
}

/// `X` of the first `<Code>X</Code>` in an XML error body.
fn xml_code(body: &str) -> Option<String> {
    let start = body.find("<Code>")? + "<Code>".len();
    let len = body[start..].find("</Code>")?;
    Some(body[start..start + len].trim().to_string())
}

async fn shared_config(options: &Options, region: Option<String>) -> SdkConfig {
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .http_client(crate::net::aws_http_client())
        .retry_config(RetryConfig::standard().with_max_attempts(3))
        .timeout_config(
            TimeoutConfig::builder()
                .connect_timeout(Duration::from_secs(10))
                .operation_timeout(options.timeout)
                .build(),
        );
    if let Some(r) = region {
        loader = loader.region(Region::new(r));
    }
    loader.load().await
}

const NO_CREDENTIALS: &str = "no AWS credentials were found through the standard chain \
    (environment variables, shared config and credentials files, SSO, web identity, container \
    or instance metadata); set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, \
    with read-only access (rds:DescribeDBInstances, rds:DescribeDBClusters, \
    dynamodb:ListTables, dynamodb:DescribeTable, cloudwatch:GetMetricData)";

async fn run(
    catalog: &Catalog,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Discovery, Error> {
    let shared = shared_config(options, None).await;
    let regions: Vec<String> = if options.regions.is_empty() {
        match shared.region() {
            Some(r) => vec![r.to_string()],
            None => {
                return Err(Error::input(
                    "discover aws",
                    "no AWS region is configured; pass --region R (repeatable) or set \
                     AWS_REGION (or a region in the AWS profile)",
                ))
            }
        }
    } else {
        let mut r = options.regions.clone();
        r.dedup();
        r
    };
    // Credentials first: without them nothing is listed and nothing is written.
    let unreachable = |detail: String| Error::Unreachable {
        what: "discover aws".into(),
        detail,
    };
    let Some(provider) = shared.credentials_provider() else {
        return Err(unreachable(NO_CREDENTIALS.into()));
    };
    if provider.provide_credentials().await.is_err() {
        return Err(unreachable(NO_CREDENTIALS.into()));
    }

    // The window ends on an hour, so hourly datapoints line up with the hours of the day.
    let until = options
        .until
        .unwrap_or_else(|| crate::time::now_unix() as i64);
    let until = until - until.rem_euclid(i64::from(HOUR));
    let ledger: Ledger = Arc::default();
    let runs = regions.iter().map(|region| {
        let shared = &shared;
        let ledger = ledger.clone();
        async move {
            let out = discover_region(catalog, shared, region, until, ledger, progress).await;
            progress.done(region, out.as_ref().map_or(0, |(sources, _)| sources.len()));
            out
        }
    });
    let results = futures_util::future::join_all(runs).await;

    let mut d = Discovery {
        cloud: "aws".into(),
        scopes: regions.clone(),
        ..Discovery::default()
    };
    let mut failures = Vec::new();
    for (region, r) in regions.iter().zip(results) {
        match r {
            Ok((sources, warnings)) => {
                d.sources.extend(sources);
                d.warnings.extend(warnings);
            }
            Err(RegionFailure::Credentials(why)) => {
                return Err(unreachable(format!(
                    "the AWS credentials were refused in {region}: {why}"
                )))
            }
            Err(RegionFailure::Unreachable(why)) => {
                failures.push(format!("{region}: {why}"));
            }
        }
    }
    d.calls = ledger.lock().unwrap_or_else(|e| e.into_inner()).clone();
    if d.sources.is_empty() && !failures.is_empty() {
        return Err(unreachable(format!(
            "AWS could not be reached: {}",
            failures.join("; ")
        )));
    }
    d.warnings.extend(
        failures
            .into_iter()
            .map(|f| format!("nothing could be read in {f}")),
    );
    Ok(d)
}

/// Why a whole region gave nothing.
enum RegionFailure {
    Credentials(String),
    Unreachable(String),
}

type RegionResult = Result<(Vec<DiscoveredSource>, Vec<String>), RegionFailure>;

/// Every item of a listing paged by a marker (`Marker`, `NextToken`, the last table's name):
/// `page` asks for the page after a marker and answers its items and the next marker, which is
/// none or empty after the last page.
async fn all_pages<T, F, Fut>(mut page: F) -> Result<Vec<T>, Failure>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: std::future::Future<Output = Result<(Vec<T>, Option<String>), Failure>>,
{
    let mut out = Vec::new();
    let mut marker: Option<String> = None;
    loop {
        let (items, next) = page(marker.take()).await?;
        out.extend(items);
        match next {
            Some(m) if !m.is_empty() => marker = Some(m),
            _ => return Ok(out),
        }
    }
}

/// Pages of `DescribeDBClusters`.
async fn list_clusters(rds: &aws_sdk_rds::Client) -> Result<Vec<DbCluster>, Failure> {
    all_pages(|marker| async move {
        let page = rds
            .describe_db_clusters()
            .max_records(PAGE_SIZE)
            .set_marker(marker)
            .send()
            .await
            .map_err(|e| classify(&e, "rds:DescribeDBClusters"))?;
        Ok((
            page.db_clusters().to_vec(),
            page.marker().map(str::to_string),
        ))
    })
    .await
}

/// Pages of `DescribeDBInstances`.
async fn list_instances(rds: &aws_sdk_rds::Client) -> Result<Vec<DbInstance>, Failure> {
    all_pages(|marker| async move {
        let page = rds
            .describe_db_instances()
            .max_records(PAGE_SIZE)
            .set_marker(marker)
            .send()
            .await
            .map_err(|e| classify(&e, "rds:DescribeDBInstances"))?;
        Ok((
            page.db_instances().to_vec(),
            page.marker().map(str::to_string),
        ))
    })
    .await
}

/// Pages of `ListTables`, then `DescribeTable` for each table. A refused `DescribeTable` stops
/// the describing (the permission is the same for every table); the tables described so far
/// are kept.
async fn list_tables(
    ddb: &aws_sdk_dynamodb::Client,
) -> Result<
    (
        Vec<aws_sdk_dynamodb::types::TableDescription>,
        Option<Failure>,
    ),
    Failure,
> {
    let names = all_pages(|start| async move {
        let page = ddb
            .list_tables()
            .limit(PAGE_SIZE)
            .set_exclusive_start_table_name(start)
            .send()
            .await
            .map_err(|e| classify(&e, "dynamodb:ListTables"))?;
        Ok((
            page.table_names().to_vec(),
            page.last_evaluated_table_name().map(str::to_string),
        ))
    })
    .await?;
    let mut tables = Vec::new();
    for name in names {
        match ddb.describe_table().table_name(&name).send().await {
            Ok(out) => tables.extend(out.table().cloned()),
            Err(e) => return Ok((tables, Some(classify(&e, "dynamodb:DescribeTable")))),
        }
    }
    Ok((tables, None))
}

async fn discover_region(
    catalog: &Catalog,
    shared: &SdkConfig,
    region: &str,
    until: i64,
    ledger: Ledger,
    progress: &dyn Progress,
) -> RegionResult {
    let conf = shared
        .to_builder()
        .region(Region::new(region.to_string()))
        .build();
    let counter = |service: &'static str| CountCalls {
        service,
        region: region.to_string(),
        ledger: ledger.clone(),
    };
    let rds = aws_sdk_rds::Client::from_conf(
        aws_sdk_rds::config::Builder::from(&conf)
            .interceptor(counter("rds"))
            .build(),
    );
    let mut warnings = Vec::new();
    let mut unreachable = Vec::new();
    let mut note = |f: Failure, what: &str| -> Result<(), RegionFailure> {
        match f {
            Failure::Denied(action) => warnings.push(format!(
                "{region}: no permission {action}, so {what} were not discovered; grant it (read-only) to list them"
            )),
            Failure::BadCredentials(why) => return Err(RegionFailure::Credentials(why)),
            Failure::Other(why) => unreachable.push(format!("{what}: {why}")),
        }
        Ok(())
    };

    progress.step(region, "listing Aurora clusters");
    let clusters = match list_clusters(&rds).await {
        Ok(c) => c,
        Err(f) => {
            note(f, "Aurora clusters")?;
            Vec::new()
        }
    };
    progress.step(region, "listing RDS instances");
    let instances = match list_instances(&rds).await {
        Ok(i) => i,
        Err(f) => {
            note(f, "RDS instances")?;
            Vec::new()
        }
    };
    let mut tables = Vec::new();
    match catalog.engine_for_aws_dynamodb() {
        Some(_) => {
            progress.step(region, "listing DynamoDB tables");
            let ddb = aws_sdk_dynamodb::Client::from_conf(
                aws_sdk_dynamodb::config::Builder::from(&conf)
                    .interceptor(counter("dynamodb"))
                    .build(),
            );
            match list_tables(&ddb).await {
                Ok((t, stopped)) => {
                    tables = t;
                    if let Some(f) = stopped {
                        note(f, "DynamoDB tables")?;
                    }
                }
                Err(f) => note(f, "DynamoDB tables")?,
            }
        }
        None => warnings.push(format!(
            "{region}: no engine file claims DynamoDB (`discover: {{aws_dynamodb: true}}`), so its tables were not listed"
        )),
    }
    if !unreachable.is_empty() && clusters.is_empty() && instances.is_empty() && tables.is_empty() {
        return Err(RegionFailure::Unreachable(unreachable.join("; ")));
    }
    warnings.extend(unreachable.into_iter().map(|u| format!("{region}: {u}")));

    let mut plans = plan_sources(catalog, region, &clusters, &instances, &mut warnings);
    if let (Some(engine), false) = (catalog.engine_for_aws_dynamodb(), tables.is_empty()) {
        plans.push(dynamodb_plan(engine, region, &tables));
    }

    if !plans.is_empty() {
        progress.step(region, "reading CloudWatch metrics");
        let cw = aws_sdk_cloudwatch::Client::from_conf(
            aws_sdk_cloudwatch::config::Builder::from(&conf)
                .interceptor(counter("cloudwatch"))
                .build(),
        );
        let queries: Vec<Query> = plans
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.queries(i))
            .collect();
        match fetch_metrics(&cw, &queries, until).await {
            Ok(series) => {
                let mut by_source: Vec<BTreeMap<Kind, Series>> = vec![BTreeMap::new(); plans.len()];
                for (q, s) in queries.iter().zip(series) {
                    // A source's series of one kind add up (its tables' consumed capacity).
                    let slot = by_source[q.source].entry(q.kind).or_default();
                    *slot = slot.plus(&s);
                }
                for (plan, metrics) in plans.iter_mut().zip(by_source) {
                    plan.fill_workload(&metrics, until);
                }
            }
            Err(f) => {
                let why = match f {
                    Failure::Denied(action) => format!("no permission {action}"),
                    Failure::BadCredentials(why) => return Err(RegionFailure::Credentials(why)),
                    Failure::Other(why) => format!("CloudWatch could not be read: {why}"),
                };
                warnings.push(format!(
                    "{region}: {why}, so utilisation was not measured; sizing falls back to the allocation"
                ));
                for plan in &mut plans {
                    plan.source.profile.warnings.push(ProfileWarning {
                        area: "workload".into(),
                        message: format!("CloudWatch metrics were not read ({why})."),
                    });
                }
            }
        }
    }
    Ok((plans.into_iter().map(|p| p.source).collect(), warnings))
}

/// A source being built, and where its metrics come from.
struct Plan {
    source: DiscoveredSource,
    /// The instance whose CPU, memory and connections stand for the source (an Aurora writer).
    instance: Option<String>,
    /// The Aurora cluster, for volume and capacity metrics.
    cluster: Option<String>,
    /// Memory of the instance class, to turn freeable memory into memory in use.
    memory_gib: Option<Decimal>,
    /// DynamoDB tables, for their consumed capacity.
    tables: Vec<String>,
}

impl Plan {
    /// A source with no metrics yet; memory from the profile's instance class.
    fn new(
        engine: &Engine,
        region: &str,
        name: String,
        endpoint: Option<String>,
        profile: Profile,
    ) -> Plan {
        Plan {
            memory_gib: profile.sizing.memory_gib,
            source: DiscoveredSource {
                name,
                engine: engine.id.clone(),
                region: region.to_string(),
                endpoint,
                profile,
            },
            instance: None,
            cluster: None,
            tables: Vec::new(),
        }
    }
}

/// An Aurora cluster's storage configuration as profiles and engine files name it:
/// `aurora-iopt1` is I/O-Optimized, anything else (`aurora`, or nothing) Standard.
fn aurora_storage_type(rds: Option<&str>) -> String {
    match rds {
        Some("aurora-iopt1") => "aurora-io-optimized".into(),
        _ => "aurora-standard".into(),
    }
}

/// The instance's IOPS as the cost rule reads them: io1/io2 are provisioned; gp3 counts only
/// above the IOPS its size includes (3,000 below 400 GiB, 12,000 from 400 GiB).
fn provisioned_iops(i: &DbInstance) -> Option<u64> {
    let iops = u64::try_from(i.iops()?).ok()?;
    match i.storage_type()? {
        "io1" | "io2" => Some(iops),
        "gp3" => {
            let included = if i.allocated_storage().unwrap_or(0) >= 400 {
                12_000
            } else {
                3_000
            };
            (iops > included).then_some(iops)
        }
        _ => None,
    }
}

/// The URL a live connection would use, without credentials (the user name only).
pub(super) fn endpoint_url(
    engine: &Engine,
    user: Option<&str>,
    host: Option<&str>,
    port: Option<i32>,
    database: Option<&str>,
) -> Option<String> {
    let host = host?;
    let user = user.map(|u| format!("{}@", escape(u))).unwrap_or_default();
    let port = port.map(|p| format!(":{p}")).unwrap_or_default();
    Some(match engine.family {
        crate::engine::Family::Postgres => format!(
            "postgresql://{user}{host}{port}/{}?sslmode=require",
            escape(database.unwrap_or("postgres"))
        ),
        crate::engine::Family::Mysql => format!(
            "mysql://{user}{host}{port}/{}?ssl-mode=REQUIRED",
            database.map(escape).unwrap_or_default()
        ),
        _ => return None,
    })
}

/// Percent-escapes what a URL's user or path may not hold.
fn escape(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn profile_for(engine: &Engine, version: Option<&str>, name: &str, region: &str) -> Profile {
    Profile {
        profile_version: PROFILE_VERSION,
        engine: engine.id.clone(),
        version: version.unwrap_or_default().to_string(),
        name: Some(name.to_string()),
        region: Some(region.to_string()),
        schema_coverage: SchemaCoverage::NotIntrospected,
        ..Profile::default()
    }
}

/// The engine an RDS engine name maps to, or `None` with the resource noted as skipped.
fn rds_engine<'c>(
    catalog: &'c Catalog,
    rds_engine: Option<&str>,
    id: &str,
    skipped: &mut BTreeMap<String, Vec<String>>,
) -> Option<&'c Engine> {
    let rds_engine = rds_engine.unwrap_or_default();
    let engine = catalog.engine_for_aws_rds(rds_engine);
    if engine.is_none() {
        skipped
            .entry(rds_engine.to_string())
            .or_default()
            .push(id.to_string());
    }
    engine
}

/// Sources of a region: one per Aurora cluster and one per RDS instance outside a cluster that
/// is not a read replica.
fn plan_sources(
    catalog: &Catalog,
    region: &str,
    clusters: &[DbCluster],
    instances: &[DbInstance],
    warnings: &mut Vec<String>,
) -> Vec<Plan> {
    let mut skipped: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut plans = Vec::new();
    let shape = |e: &Engine, class: Option<&str>| {
        class
            .and_then(|c| e.defaults.instance_classes.get(c))
            .cloned()
    };
    for c in clusters {
        let id = c.db_cluster_identifier().unwrap_or_default();
        let Some(engine) = rds_engine(catalog, c.engine(), id, &mut skipped) else {
            continue;
        };
        let members = c.db_cluster_members();
        let writer = members
            .iter()
            .find(|m| m.is_cluster_writer() == Some(true))
            .and_then(|m| m.db_instance_identifier());
        let writer_instance = writer.and_then(|w| {
            instances
                .iter()
                .find(|i| i.db_instance_identifier() == Some(w))
        });
        let class = writer_instance
            .and_then(|i| i.db_instance_class())
            .or(c.db_cluster_instance_class());
        let serverless = c.serverless_v2_scaling_configuration().and_then(|s| {
            Some(ServerlessCapacity {
                min_acu: series::dec(s.min_capacity()?)?,
                max_acu: series::dec(s.max_capacity()?)?,
                average_acu: series::dec(s.min_capacity()?)?,
            })
        });
        let serverless_writer = class == Some("db.serverless");
        let mut profile = profile_for(engine, c.engine_version(), id, region);
        let fixed = shape(engine, class);
        profile.sizing = Sizing {
            instance_class: class.filter(|_| !serverless_writer).map(str::to_string),
            vcpu: fixed.as_ref().map(|s| s.vcpu),
            memory_gib: fixed.as_ref().map(|s| s.memory_gib),
            storage_type: Some(aurora_storage_type(c.storage_type())),
            read_replicas: members
                .iter()
                .filter(|m| m.is_cluster_writer() != Some(true))
                .count() as u32,
            serverless: serverless.clone().filter(|_| serverless_writer),
            ..Sizing::default()
        };
        if serverless_writer && serverless.is_none() {
            profile.warnings.push(ProfileWarning {
                area: "sizing".into(),
                message:
                    "The writer is db.serverless but the cluster reported no Serverless v2 range."
                        .into(),
            });
        }
        if profile.sizing.serverless.is_some() {
            profile.warnings.push(ProfileWarning {
                area: "sizing".into(),
                message: "Serverless v2: average_acu is the measured ServerlessDatabaseCapacity, else the minimum.".into(),
            });
        }
        let endpoint = endpoint_url(
            engine,
            c.master_username(),
            c.endpoint(),
            c.port(),
            c.database_name(),
        );
        plans.push(Plan {
            instance: writer.map(str::to_string),
            cluster: Some(id.to_string()),
            ..Plan::new(engine, region, id.to_string(), endpoint, profile)
        });
    }
    for i in instances {
        let id = i.db_instance_identifier().unwrap_or_default();
        if i.db_cluster_identifier().is_some() {
            continue; // an Aurora member: part of its cluster's source
        }
        if i.read_replica_source_db_instance_identifier().is_some() {
            continue; // counted in its primary's read replicas
        }
        let Some(engine) = rds_engine(catalog, i.engine(), id, &mut skipped) else {
            continue;
        };
        let class = i.db_instance_class();
        let fixed = shape(engine, class);
        let mut profile = profile_for(engine, i.engine_version(), id, region);
        profile.sizing = Sizing {
            instance_class: class.map(str::to_string),
            vcpu: fixed.as_ref().map(|s| s.vcpu),
            memory_gib: fixed.as_ref().map(|s| s.memory_gib),
            storage_gb: i.allocated_storage().map(Decimal::from),
            storage_type: i.storage_type().map(str::to_string),
            provisioned_iops: provisioned_iops(i),
            high_availability: i.multi_az() == Some(true),
            read_replicas: i.read_replica_db_instance_identifiers().len() as u32,
            ..Sizing::default()
        };
        if fixed.is_none() {
            profile.warnings.push(ProfileWarning {
                area: "sizing".into(),
                message: format!(
                    "Instance class {} is not in the {} catalog: its vCPU and memory are not known.",
                    class.unwrap_or("?"),
                    engine.id
                ),
            });
        }
        let ep = i.endpoint();
        let endpoint = endpoint_url(
            engine,
            i.master_username(),
            ep.and_then(|e| e.address()),
            ep.and_then(|e| e.port()),
            i.db_name(),
        );
        plans.push(Plan {
            instance: Some(id.to_string()),
            ..Plan::new(engine, region, id.to_string(), endpoint, profile)
        });
    }
    for (engine, ids) in skipped {
        warnings.push(format!(
            "{region}: skipped {} ({engine}: not a source engine dbassay assesses)",
            ids.join(", ")
        ));
    }
    plans
}

/// The DynamoDB source of a region: its tables as `DescribeTable` gives them (the conversion
/// introspection uses), reached as `dynamodb://REGION`.
fn dynamodb_plan(
    engine: &Engine,
    region: &str,
    tables: &[aws_sdk_dynamodb::types::TableDescription],
) -> Plan {
    let mut described: Vec<crate::profile::DynamoTable> = tables
        .iter()
        .map(|t| crate::introspect::dynamodb::describe(t, t.table_name().unwrap_or_default()))
        .collect();
    described.sort_by(|a, b| a.name.cmp(&b.name));
    let names: Vec<String> = described.iter().map(|t| t.name.clone()).collect();
    let name = format!("dynamodb-{region}");
    let mut profile = profile_for(
        engine,
        engine.versions.first().map(String::as_str),
        &name,
        region,
    );
    profile.dynamodb = Some(crate::profile::DynamoAccount {
        tables: described,
        ..Default::default()
    });
    profile.warnings.push(ProfileWarning {
        area: "dynamodb".into(),
        message: "Discovered from DescribeTable only: Time to Live, point-in-time recovery and the item shape are not read here (introspect dynamodb://REGION reads them).".into(),
    });
    Plan {
        tables: names,
        ..Plan::new(
            engine,
            region,
            name,
            Some(format!("dynamodb://{region}")),
            profile,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_hold_no_secret_and_escape_what_they_must() {
        let c = Catalog::bundled().unwrap();
        let pg = c.engine("rds-postgresql").unwrap();
        assert_eq!(
            endpoint_url(
                pg,
                Some("ad min"),
                Some("h.rds.amazonaws.com"),
                Some(5432),
                None
            )
            .unwrap(),
            "postgresql://ad%20min@h.rds.amazonaws.com:5432/postgres?sslmode=require"
        );
        let my = c.engine("aurora-mysql").unwrap();
        assert_eq!(
            endpoint_url(
                my,
                Some("admin"),
                Some("c.cluster-x.rds.amazonaws.com"),
                Some(3306),
                Some("shop")
            )
            .unwrap(),
            "mysql://admin@c.cluster-x.rds.amazonaws.com:3306/shop?ssl-mode=REQUIRED"
        );
        assert_eq!(endpoint_url(my, None, None, None, None), None);
        assert_eq!(
            aurora_storage_type(Some("aurora-iopt1")),
            "aurora-io-optimized"
        );
        assert_eq!(aurora_storage_type(Some("aurora")), "aurora-standard");
        assert_eq!(
            xml_code("<ErrorResponse><Errors><Error><Code>AccessDenied</Code></Error></Errors></ErrorResponse>")
                .as_deref(),
            Some("AccessDenied")
        );
    }
}
