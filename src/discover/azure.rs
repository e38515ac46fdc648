//! `dbassay discover azure`: the database servers and Cosmos DB accounts of one Azure
//! subscription through the Azure Resource Manager REST API, and 14 days of their hourly
//! utilisation through Azure Monitor, on the project's one `azure_core` pipeline
//! ([`crate::net::azure_pipeline`]: reqwest and rustls, retries with exponential back-off that
//! honour `Retry-After` on 429 and 503).
//!
//! **Calls.** One listing per resource type (`GET /subscriptions/{id}/providers/{type}`), paged
//! by `nextLink`: Azure Database for PostgreSQL and for MySQL flexible servers
//! (`Microsoft.DBforPostgreSQL/flexibleServers`, `Microsoft.DBforMySQL/flexibleServers`) and
//! Cosmos DB accounts (`Microsoft.DocumentDB/databaseAccounts`); then one Azure Monitor request
//! per source (`{resource}/providers/Microsoft.Insights/metrics`, every metric of the source in
//! that one request, hourly over the window). Calls: 3 + pages + sources, whatever the number
//! of metrics. Every HTTP attempt, retries included, is counted per operation (the Azure RBAC
//! action it needs) in [`Discovery::calls`].
//!
//! **What is read.** A server's SKU (`Standard_D4ds_v5` becomes the instance class `D4ds_v5`
//! and `GeneralPurpose` the tier `General Purpose`, as the engine files and the Retail Prices
//! API name them; vCores and memory from the engine's instance classes, else the vCores the
//! name carries), storage size, IOPS and type, the high-availability mode, the version, the
//! region and the endpoint (`fullyQualifiedDomainName` and `administratorLogin`). A read replica
//! (a server with `sourceServerResourceId`) counts in its source's `read_replicas` and is not a
//! source of its own. A Cosmos DB account gives its capacity mode, regions, multi-region writes,
//! consistency and analytical store. Metrics: `cpu_percent` (average by the hour: the average,
//! the p95 of the hourly averages — Azure Monitor has no percentile aggregation — and the
//! typical day), `memory_percent` (memory in use, with the class's memory), `active_connections`
//! (average, and the hourly maximum for the peak and the active hours); for Cosmos DB
//! `TotalRequestUnits` (RU/s on average and in the busiest hour, the serverless RU a month) and
//! `NormalizedRUConsumption` (kept in `workload.other`). The rules are [`super::series`]'s.
//!
//! **Credentials**, the standard sources in this order, never written anywhere nor put on a
//! command line: a service principal's secret from the environment (`AZURE_TENANT_ID`,
//! `AZURE_CLIENT_ID`, `AZURE_CLIENT_SECRET`, against `AZURE_AUTHORITY_HOST`, by default
//! `https://login.microsoftonline.com`); workload identity (`AZURE_TENANT_ID`,
//! `AZURE_CLIENT_ID`, `AZURE_FEDERATED_TOKEN_FILE`); the Azure CLI's signed-in account (`az
//! account get-access-token`). The token request is the OAuth 2.0 client-credentials grant on
//! the same pipeline (the `azure_identity` crate insists on an HTTPS authority, which a local
//! wire-format test server is not, and brings a second set of dependencies). The Resource
//! Manager endpoint is `DBASSAY_AZURE_ARM_ENDPOINT`, by default
//! `https://management.azure.com`.
//!
//! **Errors.** No credentials, or credentials the token endpoint or the Resource Manager refuse
//! (an expired token: `401` with the ARM error body): [`Error::Unreachable`], exit code 3,
//! before anything is written. A `403` on one resource type or one source's metrics: a warning
//! naming the missing permission (`Microsoft.DBforMySQL/flexibleServers/read`,
//! `Microsoft.Insights/metrics/read`), the rest still discovered.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use azure_core::http::policies::{Policy, PolicyResult};
use azure_core::http::{Context, Method, Pipeline, Request, Url};
use rust_decimal::Decimal;
use serde_json::Value;

use super::series::{self, Series};
use super::{DiscoveredSource, Discovery, Progress};
use crate::engine::{Catalog, Engine, Family};
use crate::error::Error;
use crate::introspect::Secret;
use crate::profile::{CosmosAccount, Profile, ProfileWarning, SchemaCoverage, PROFILE_VERSION};

/// The public Resource Manager.
pub const DEFAULT_ARM_ENDPOINT: &str = "https://management.azure.com";
/// The public cloud's Microsoft Entra ID.
pub const DEFAULT_AUTHORITY_HOST: &str = "https://login.microsoftonline.com";
/// The variable that points discovery at another Resource Manager (a sovereign cloud, a test
/// server).
pub const ARM_ENDPOINT_VAR: &str = "DBASSAY_AZURE_ARM_ENDPOINT";
/// The token's audience: the Resource Manager of the public cloud.
const SCOPE: &str = "https://management.azure.com/.default";
/// Days of metrics read.
pub const WINDOW_DAYS: u32 = 14;
const HOUR: i64 = 3600;
/// The service whose series measure the workload.
const MONITOR: series::Monitor =
    series::Monitor::new("Azure Monitor", "azure-monitor", "server", WINDOW_DAYS);
/// More pages than this for one listing means something is wrong with the links.
const MAX_PAGES: usize = 200;
/// Azure Monitor's metrics API version.
const METRICS_API: &str = "2023-10-01";

/// The resource types listed, with the API version each is read with.
const RESOURCE_TYPES: &[(&str, &str)] = &[
    ("Microsoft.DBforPostgreSQL/flexibleServers", "2024-08-01"),
    ("Microsoft.DBforMySQL/flexibleServers", "2023-12-30"),
    ("Microsoft.DocumentDB/databaseAccounts", "2024-11-15"),
];

/// What a discovery reads.
#[derive(Debug, Clone)]
pub struct Options {
    pub subscription: String,
    /// Longest time for one request, retries included.
    pub timeout: Duration,
    /// End of the metrics window (Unix seconds, rounded down to the hour); `None`: now.
    pub until: Option<i64>,
    /// The Resource Manager; `None`: `DBASSAY_AZURE_ARM_ENDPOINT`, else the public one.
    pub arm_endpoint: Option<String>,
}

impl Options {
    pub fn new(subscription: &str) -> Options {
        Options {
            subscription: subscription.to_string(),
            timeout: Duration::from_secs(60),
            until: None,
            arm_endpoint: None,
        }
    }
}

/// Discovers the subscription's databases.
pub fn discover(
    catalog: &Catalog,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Discovery, Error> {
    crate::introspect::runtime()?.block_on(run(catalog, options, progress))
}

fn unreachable(detail: String) -> Error {
    Error::Unreachable {
        what: "discover azure".into(),
        detail,
    }
}

const NO_CREDENTIALS: &str = "no Azure credentials were found: set AZURE_TENANT_ID, \
    AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (a service principal), or AZURE_TENANT_ID, \
    AZURE_CLIENT_ID and AZURE_FEDERATED_TOKEN_FILE (workload identity), or sign in with `az \
    login`; the principal needs read access to the subscription (the Reader and Monitoring \
    Reader roles)";

/// Where the token comes from.
enum Credential {
    /// A service principal's client secret (`AZURE_CLIENT_SECRET`).
    Secret {
        tenant: String,
        client: String,
        secret: Secret,
    },
    /// Workload identity: a federated token in a file (`AZURE_FEDERATED_TOKEN_FILE`).
    Federated {
        tenant: String,
        client: String,
        file: std::path::PathBuf,
    },
    /// The Azure CLI's signed-in account.
    Cli(std::path::PathBuf),
}

impl Credential {
    fn from_env() -> Option<Credential> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        if let (Some(tenant), Some(client)) = (var("AZURE_TENANT_ID"), var("AZURE_CLIENT_ID")) {
            if let Some(secret) = var("AZURE_CLIENT_SECRET") {
                return Some(Credential::Secret {
                    tenant,
                    client,
                    secret: Secret::new(secret),
                });
            }
            if let Some(file) = var("AZURE_FEDERATED_TOKEN_FILE") {
                return Some(Credential::Federated {
                    tenant,
                    client,
                    file: file.into(),
                });
            }
        }
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .map(|d| d.join("az"))
            .find(|p| p.is_file())
            .map(Credential::Cli)
    }

    fn describe(&self) -> String {
        match self {
            Credential::Secret { client, .. } => {
                format!("service principal {client} (AZURE_CLIENT_SECRET)")
            }
            Credential::Federated { client, .. } => {
                format!("workload identity {client} (AZURE_FEDERATED_TOKEN_FILE)")
            }
            Credential::Cli(_) => "the Azure CLI's signed-in account".into(),
        }
    }
}

/// HTTP attempts by scope and operation.
type Ledger = Arc<Mutex<BTreeMap<String, BTreeMap<String, usize>>>>;

/// The operation a request is, carried in its [`Context`] to [`CountCalls`].
#[derive(Debug, Clone)]
struct Operation(String);

/// Counts every HTTP attempt (each retry too) under the operation its context names.
#[derive(Debug)]
struct CountCalls {
    scope: String,
    ledger: Ledger,
}

#[async_trait::async_trait]
impl Policy for CountCalls {
    async fn send(
        &self,
        ctx: &Context,
        request: &mut Request,
        next: &[Arc<dyn Policy>],
    ) -> PolicyResult {
        let op = ctx
            .value::<Operation>()
            .map_or_else(|| "unknown".to_string(), |o| o.0.clone());
        {
            let mut ledger = self.ledger.lock().unwrap_or_else(|e| e.into_inner());
            *ledger
                .entry(self.scope.clone())
                .or_default()
                .entry(op)
                .or_default() += 1;
        }
        match next.split_first() {
            Some((first, rest)) => first.send(ctx, request, rest).await,
            None => unreachable!("the transport policy ends the pipeline"),
        }
    }
}

/// Why a request failed.
enum Failure {
    /// 403: the principal lacks the permission (named as the RBAC action), with what Azure said.
    Denied(String, String),
    /// 401: the token was refused (expired, wrong audience or tenant).
    BadCredentials(String),
    /// Anything else.
    Other(String),
}

/// `code: message` of an ARM error body (`{"error": {"code", "message"}}`), else the text.
fn arm_error(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let v: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let e = v.get("error").unwrap_or(&Value::Null);
    let field = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or_default();
    let said = match (field("code"), field("message")) {
        ("", "") => text.trim().to_string(),
        (code, "") => code.to_string(),
        ("", msg) => msg.to_string(),
        (code, msg) => format!("{code}: {msg}"),
    };
    said.chars().take(300).collect()
}

struct Arm {
    pipeline: Pipeline,
    base: Url,
    token: Secret,
}

impl Arm {
    /// GET one URL as JSON.
    async fn get(&self, url: Url, op: &str) -> Result<Value, Failure> {
        let mut req = Request::new(url, Method::Get);
        req.insert_header("accept", "application/json");
        req.insert_header("authorization", format!("Bearer {}", self.token.expose()));
        let ctx = Context::new().with_value(Operation(op.to_string()));
        let resp = crate::net::send(&self.pipeline, &ctx, &mut req)
            .await
            .map_err(|e| Failure::Other(format!("request failed: {e}")))?;
        let status = u16::from(resp.status());
        let body = resp.into_body();
        match status {
            200..=299 => serde_json::from_slice(body.as_ref())
                .map_err(|e| Failure::Other(format!("the response is not JSON: {e}"))),
            401 => Err(Failure::BadCredentials(arm_error(body.as_ref()))),
            403 => Err(Failure::Denied(op.to_string(), arm_error(body.as_ref()))),
            s => Err(Failure::Other(format!(
                "HTTP {s} after retries: {}",
                arm_error(body.as_ref())
            ))),
        }
    }

    /// Every item of a paged listing (`value`, `nextLink`).
    async fn list(&self, path: &str, api: &str, op: &str) -> Result<Vec<Value>, Failure> {
        let mut url = self
            .base
            .join(path)
            .map_err(|e| Failure::Other(format!("bad path {path}: {e}")))?;
        url.query_pairs_mut().append_pair("api-version", api);
        let mut out = Vec::new();
        for _ in 0..MAX_PAGES {
            let page = self.get(url.clone(), op).await?;
            if let Some(items) = page.get("value").and_then(Value::as_array) {
                out.extend(items.iter().cloned());
            }
            match page.get("nextLink").and_then(Value::as_str) {
                Some(link) if !link.is_empty() => url = self.next(link)?,
                _ => return Ok(out),
            }
        }
        Err(Failure::Other(format!(
            "more than {MAX_PAGES} pages listing {op}"
        )))
    }

    /// A `nextLink`, only on the Resource Manager discovery talks to (the token goes with it).
    fn next(&self, link: &str) -> Result<Url, Failure> {
        let next =
            Url::parse(link).map_err(|e| Failure::Other(format!("bad nextLink `{link}`: {e}")))?;
        let same = next.scheme() == self.base.scheme()
            && next.host_str() == self.base.host_str()
            && next.port_or_known_default() == self.base.port_or_known_default();
        if same {
            Ok(next)
        } else {
            Err(Failure::Other(format!(
                "nextLink `{link}` points away from {}",
                self.base.host_str().unwrap_or("the Resource Manager")
            )))
        }
    }
}

/// The token for the Resource Manager.
async fn token(
    credential: &Credential,
    pipeline: &Pipeline,
    options: &Options,
) -> Result<Secret, Error> {
    let (tenant, client, assertion) = match credential {
        Credential::Cli(az) => return cli_token(az, options.timeout).await,
        Credential::Secret {
            tenant,
            client,
            secret,
        } => (tenant, client, ("client_secret", secret.clone())),
        Credential::Federated {
            tenant,
            client,
            file,
        } => {
            let jwt = std::fs::read_to_string(file).map_err(|e| {
                unreachable(format!(
                    "cannot read AZURE_FEDERATED_TOKEN_FILE {}: {e}",
                    file.display()
                ))
            })?;
            (
                tenant,
                client,
                ("client_assertion", Secret::new(jwt.trim())),
            )
        }
    };
    let authority = std::env::var("AZURE_AUTHORITY_HOST")
        .ok()
        .filter(|h| !h.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_AUTHORITY_HOST.to_string());
    let url = Url::parse(&authority)
        .and_then(|u| u.join(&format!("/{tenant}/oauth2/v2.0/token")))
        .map_err(|e| {
            Error::input(
                "AZURE_AUTHORITY_HOST",
                format!("`{authority}` with tenant `{tenant}` is not a URL: {e}"),
            )
        })?;
    // The form body, encoded as a query string is.
    let mut form = Url::parse("http://form.invalid/").expect("a valid URL");
    {
        let mut pairs = form.query_pairs_mut();
        pairs
            .append_pair("grant_type", "client_credentials")
            .append_pair("client_id", client)
            .append_pair("scope", SCOPE);
        if assertion.0 == "client_assertion" {
            pairs.append_pair(
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            );
        }
        pairs.append_pair(assertion.0, assertion.1.expose());
    }
    let body = form.query().unwrap_or_default().to_string();
    let mut req = Request::new(url, Method::Post);
    req.insert_header("content-type", "application/x-www-form-urlencoded");
    req.insert_header("accept", "application/json");
    req.set_body(body);
    let ctx = Context::new().with_value(Operation("token".into()));
    let resp = crate::net::send(pipeline, &ctx, &mut req)
        .await
        .map_err(|e| {
            unreachable(format!(
                "the token endpoint {authority} could not be reached: {e}"
            ))
        })?;
    let status = u16::from(resp.status());
    let body = resp.into_body();
    let v: Value = serde_json::from_slice(body.as_ref()).unwrap_or(Value::Null);
    match v.get("access_token").and_then(Value::as_str) {
        Some(t) if (200..300).contains(&status) && !t.is_empty() => Ok(Secret::new(t)),
        _ => {
            let field = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default();
            let said: String = format!("{} {}", field("error"), field("error_description"))
                .trim()
                .chars()
                .take(300)
                .collect();
            Err(unreachable(format!(
                "{} was refused by {authority} (HTTP {status}{}); check the tenant, the client \
                 id and the secret",
                credential.describe(),
                if said.is_empty() {
                    String::new()
                } else {
                    format!(": {said}")
                }
            )))
        }
    }
}

/// A token from `az account get-access-token` (the token is read from its standard output,
/// never passed on a command line).
async fn cli_token(az: &std::path::Path, timeout: Duration) -> Result<Secret, Error> {
    let mut child = std::process::Command::new(az)
        .args([
            "account",
            "get-access-token",
            "--resource",
            "https://management.azure.com/",
            "--output",
            "json",
        ])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| unreachable(format!("cannot run {}: {e}", az.display())))?;
    let started = std::time::Instant::now();
    while child.try_wait().ok().flatten().is_none() {
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(unreachable(
                "`az account get-access-token` did not answer in time".into(),
            ));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| unreachable(format!("cannot read {}: {e}", az.display())))?;
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    match v.get("accessToken").and_then(Value::as_str) {
        Some(t) if out.status.success() && !t.is_empty() => Ok(Secret::new(t)),
        _ => Err(unreachable(format!(
            "the Azure CLI gave no token ({}); run `az login`, or {NO_CREDENTIALS}",
            String::from_utf8_lossy(&out.stderr)
                .trim()
                .chars()
                .take(200)
                .collect::<String>()
        ))),
    }
}

async fn run(
    catalog: &Catalog,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Discovery, Error> {
    let sub = options.subscription.trim();
    if sub.is_empty() || !sub.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(Error::input(
            "--subscription",
            format!("`{sub}` is not a subscription id (a GUID: 32 hexadecimal digits in groups of 8-4-4-4-12)"),
        ));
    }
    let endpoint = options
        .arm_endpoint
        .clone()
        .or_else(|| std::env::var(ARM_ENDPOINT_VAR).ok())
        .filter(|e| !e.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_ARM_ENDPOINT.to_string());
    let base = Url::parse(&endpoint)
        .map_err(|e| Error::input(ARM_ENDPOINT_VAR, format!("`{endpoint}` is not a URL: {e}")))?;
    // Credentials first: without them nothing is listed and nothing is written.
    let credential = Credential::from_env().ok_or_else(|| unreachable(NO_CREDENTIALS.into()))?;
    let ledger: Ledger = Arc::default();
    let counter = Arc::new(CountCalls {
        scope: sub.to_string(),
        ledger: ledger.clone(),
    });
    let pipeline = crate::net::azure_pipeline(
        &crate::net::Retry {
            attempts: 4,
            initial_delay_ms: 500,
            total: options.timeout,
        },
        vec![counter],
    )
    .map_err(unreachable)?;
    progress.step(sub, "signing in");
    let token = token(&credential, &pipeline, options).await?;
    let arm = Arm {
        pipeline,
        base,
        token,
    };

    let until = options
        .until
        .unwrap_or_else(|| crate::time::now_unix() as i64);
    let until = until - until.rem_euclid(HOUR);

    let mut warnings = Vec::new();
    let mut found: Vec<(&Engine, Value)> = Vec::new();
    let mut unreached = Vec::new();
    for (kind, api) in RESOURCE_TYPES {
        progress.step(sub, &format!("listing {kind}"));
        let path = format!("/subscriptions/{sub}/providers/{kind}");
        let op = format!("{kind}/read");
        match arm.list(&path, api, &op).await {
            Ok(items) => {
                for item in items {
                    match catalog.engine_for_azure(kind) {
                        Some(e) => found.push((e, item)),
                        None => warnings.push(format!("{kind}: no engine discovers it")),
                    }
                }
            }
            Err(Failure::Denied(action, said)) => warnings.push(format!(
                "subscription {sub}: no permission {action} ({said}), so {kind} resources were \
                 not discovered; grant it (the Reader role includes it) to list them"
            )),
            Err(Failure::BadCredentials(said)) => {
                return Err(unreachable(format!(
                    "the Resource Manager refused the token of {} ({said}); sign in again or \
                     check the credentials",
                    credential.describe()
                )))
            }
            Err(Failure::Other(why)) => unreached.push(format!("{kind}: {why}")),
        }
    }
    if found.is_empty() && !unreached.is_empty() {
        return Err(unreachable(format!(
            "the Resource Manager {endpoint} could not be read: {}",
            unreached.join("; ")
        )));
    }
    warnings.extend(unreached.into_iter().map(|u| format!("{sub}: {u}")));

    let mut plans = plan_sources(catalog, &found, &mut warnings);
    if !plans.is_empty() {
        progress.step(sub, "reading Azure Monitor metrics");
    }
    for plan in &mut plans {
        let metrics = plan.metrics();
        let names: Vec<&str> = metrics.iter().map(|(n, _)| *n).collect();
        let aggregations: Vec<&str> = {
            let mut a: Vec<&str> = metrics
                .iter()
                .flat_map(|(_, a)| a.iter().copied())
                .collect();
            a.sort_unstable();
            a.dedup();
            a
        };
        let mut url = match arm
            .base
            .join(&format!("{}/providers/Microsoft.Insights/metrics", plan.id))
        {
            Ok(u) => u,
            Err(e) => {
                warnings.push(format!("{}: bad resource id: {e}", plan.id));
                continue;
            }
        };
        url.query_pairs_mut()
            .append_pair("api-version", METRICS_API)
            .append_pair("metricnames", &names.join(","))
            .append_pair(
                "timespan",
                &format!(
                    "{}/{}",
                    crate::time::rfc3339(until - i64::from(WINDOW_DAYS) * 86_400),
                    crate::time::rfc3339(until)
                ),
            )
            .append_pair("interval", "PT1H")
            .append_pair("aggregation", &aggregations.join(","));
        match arm.get(url, "Microsoft.Insights/metrics/read").await {
            Ok(body) => plan.fill_workload(&parse_metrics(&body), until),
            Err(Failure::BadCredentials(said)) => {
                return Err(unreachable(format!(
                    "the Resource Manager refused the token of {} ({said}); sign in again or \
                     check the credentials",
                    credential.describe()
                )))
            }
            Err(f) => {
                let why = match f {
                    Failure::Denied(action, said) => format!("no permission {action} ({said})"),
                    Failure::Other(why) => format!("Azure Monitor could not be read: {why}"),
                    Failure::BadCredentials(_) => unreachable!("handled above"),
                };
                warnings.push(format!(
                    "{}: {why}, so utilisation was not measured; sizing falls back to the \
                     allocation (the Monitoring Reader role grants it)",
                    plan.source.name
                ));
                plan.source.profile.warnings.push(ProfileWarning {
                    area: "workload".into(),
                    message: format!("Azure Monitor metrics were not read ({why})."),
                });
            }
        }
    }
    progress.done(sub, plans.len());
    let calls = ledger.lock().unwrap_or_else(|e| e.into_inner()).clone();
    Ok(Discovery {
        cloud: "azure".into(),
        scopes: vec![sub.to_string()],
        sources: plans.into_iter().map(|p| p.source).collect(),
        warnings,
        calls,
    })
}

/// One metric's hourly series by aggregation (`average`, `maximum`, `total`), by metric name.
type Metrics = BTreeMap<String, BTreeMap<&'static str, Series>>;

/// An Azure Monitor metrics response: `value[].name.value`, `value[].timeseries[].data[]` with
/// `timeStamp` and one field per aggregation.
fn parse_metrics(body: &Value) -> Metrics {
    let mut out = Metrics::new();
    for m in body
        .get("value")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let Some(name) = m.pointer("/name/value").and_then(Value::as_str) else {
            continue;
        };
        let mut points: BTreeMap<&'static str, Vec<(i64, f64)>> = BTreeMap::new();
        for ts in m
            .get("timeseries")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            for d in ts
                .get("data")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let Some(t) = d
                    .get("timeStamp")
                    .and_then(Value::as_str)
                    .and_then(crate::time::parse)
                else {
                    continue;
                };
                for agg in ["average", "maximum", "total"] {
                    if let Some(v) = d.get(agg).and_then(Value::as_f64) {
                        points.entry(agg).or_default().push((t, v));
                    }
                }
            }
        }
        out.insert(
            name.to_string(),
            points
                .into_iter()
                .map(|(k, v)| (k, Series::new(v)))
                .collect(),
        );
    }
    out
}

/// A source being built, and the resource its metrics come from.
struct Plan {
    source: DiscoveredSource,
    /// The resource id.
    id: String,
    family: Family,
    memory_gib: Option<Decimal>,
}

impl Plan {
    /// Metric names and the aggregations read of each.
    fn metrics(&self) -> Vec<(&'static str, &'static [&'static str])> {
        match self.family {
            Family::Document => vec![
                ("TotalRequestUnits", &["Total", "Maximum"][..]),
                ("NormalizedRUConsumption", &["Maximum"][..]),
            ],
            _ => vec![
                ("cpu_percent", &["Average"][..]),
                ("memory_percent", &["Average"][..]),
                ("active_connections", &["Average", "Maximum"][..]),
            ],
        }
    }

    fn fill_workload(&mut self, m: &Metrics, until: i64) {
        let get = |name: &str, agg: &str| {
            m.get(name)
                .and_then(|a| a.get(agg))
                .filter(|s| !s.is_empty())
        };
        let p = &mut self.source.profile;
        let w = &mut p.workload;
        let mut measured = false;
        if let Some(cpu) = get("cpu_percent", "average") {
            measured = true;
            // Azure Monitor has no percentile aggregation: the p95 is the hourly values'.
            series::fill_cpu(
                w,
                cpu,
                None,
                get("active_connections", "maximum"),
                WINDOW_DAYS,
            );
        }
        let connections = (
            get("active_connections", "average"),
            get("active_connections", "maximum"),
        );
        measured |= connections.0.is_some() || connections.1.is_some();
        series::fill_connections(w, connections.0, connections.1);
        if let Some(pct) = get("memory_percent", "average").and_then(Series::mean) {
            measured = true;
            match self
                .memory_gib
                .and_then(|g| g.to_string().parse::<f64>().ok())
            {
                Some(total) => {
                    w.memory_used_gib = series::dec(total * pct.clamp(0.0, 100.0) / 100.0)
                }
                None => p.warnings.push(ProfileWarning {
                    area: "workload".into(),
                    message: format!(
                        "memory_percent averaged {pct:.1} %, but the memory of class {} is not in \
                         the engine's catalog, so memory in use is not known.",
                        p.sizing.instance_class.as_deref().unwrap_or("?")
                    ),
                }),
            }
        }
        if let Some(ru) = get("TotalRequestUnits", "total") {
            measured = true;
            // Request units consumed in each hour; per second, the hour's total ÷ 3,600.
            w.average_ru_per_s = ru.mean().map(|v| (v / 3600.0).round().max(0.0) as u64);
            w.peak_ru_per_s = ru.max().map(|v| (v / 3600.0).round().max(0.0) as u64);
            let normalized = get("NormalizedRUConsumption", "maximum").cloned();
            let activity = normalized.clone().unwrap_or_else(|| ru.clone());
            let day = series::typical_day(&activity, Some(ru), WINDOW_DAYS);
            w.active_hours_per_day = Some(Decimal::from(day.active_hours));
            if let Some(c) = p.cosmos.as_mut() {
                if c.capacity_mode == "serverless" {
                    // A mean hour's request units × the hours of a billing month, in millions.
                    c.serverless_million_ru_per_month = ru
                        .mean()
                        .and_then(|v| series::dec(v * crate::time::HOURS_PER_MONTH_F64 / 1e6));
                }
            }
            if let Some(n) = normalized {
                if let Some(v) = n.mean().and_then(series::percent) {
                    w.other
                        .insert("normalized_ru_consumption_avg_pct".into(), v);
                }
                if let Some(v) = n.p95().and_then(series::percent) {
                    w.other
                        .insert("normalized_ru_consumption_p95_pct".into(), v);
                }
            }
        }
        series::close(p, measured, &MONITOR, until);
    }
}

/// `westeurope` from `West Europe` or `westeurope`.
fn region(location: &str) -> String {
    location
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// ARM's tier as the portal and the Retail Prices API spell it.
fn tier(arm: &str) -> String {
    match arm {
        "GeneralPurpose" => "General Purpose".into(),
        "MemoryOptimized" => "Memory Optimized".into(),
        "BusinessCritical" => "Business Critical".into(),
        other => other.to_string(),
    }
}

/// The vCores a SKU name carries (`Standard_D4ds_v5` → 4, `Standard_B1ms` → 1).
fn vcores(class: &str) -> Option<u32> {
    let rest = class.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().filter(|n| *n > 0)
}

fn text<'a>(v: &'a Value, pointer: &str) -> Option<&'a str> {
    v.pointer(pointer)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// Sources: one per server that is not a read replica, one per Cosmos DB account.
fn plan_sources(
    catalog: &Catalog,
    found: &[(&Engine, Value)],
    warnings: &mut Vec<String>,
) -> Vec<Plan> {
    let _ = catalog;
    let source_of =
        |v: &Value| text(v, "/properties/sourceServerResourceId").map(str::to_lowercase);
    let mut plans = Vec::new();
    for (engine, v) in found {
        let Some(id) = text(v, "/id") else {
            warnings.push("a resource without an id was skipped".into());
            continue;
        };
        let name = text(v, "/name").unwrap_or(id).to_string();
        let location = region(text(v, "/location").unwrap_or_default());
        if engine.family != Family::Document && source_of(v).is_some() {
            continue; // a read replica: counted on its source
        }
        let mut profile = Profile {
            profile_version: PROFILE_VERSION,
            engine: engine.id.clone(),
            version: text(v, "/properties/version")
                .unwrap_or_default()
                .to_string(),
            name: Some(name.clone()),
            region: Some(location.clone()),
            schema_coverage: SchemaCoverage::NotIntrospected,
            ..Profile::default()
        };
        let mut memory_gib = None;
        let endpoint = if engine.family == Family::Document {
            profile.version = "nosql".into();
            let capabilities: Vec<&str> = v
                .pointer("/properties/capabilities")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|c| c.get("name").and_then(Value::as_str))
                .collect();
            let mut locations: Vec<(i64, String)> = v
                .pointer("/properties/locations")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|l| {
                    Some((
                        l.get("failoverPriority")
                            .and_then(Value::as_i64)
                            .unwrap_or(0),
                        region(l.get("locationName").and_then(Value::as_str)?),
                    ))
                })
                .collect();
            locations.sort();
            profile.cosmos = Some(CosmosAccount {
                capacity_mode: if capabilities.contains(&"EnableServerless") {
                    "serverless".into()
                } else {
                    "provisioned".into()
                },
                regions: locations.into_iter().map(|(_, r)| r).collect(),
                multi_region_writes: v
                    .pointer("/properties/enableMultipleWriteLocations")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                consistency: text(v, "/properties/consistencyPolicy/defaultConsistencyLevel")
                    .map(str::to_string),
                analytical_store: v
                    .pointer("/properties/enableAnalyticalStorage")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                ..CosmosAccount::default()
            });
            text(v, "/properties/documentEndpoint")
                .and_then(|e| Url::parse(e).ok())
                .and_then(|u| u.host_str().map(|h| format!("cosmos://{h}")))
        } else {
            let s = &mut profile.sizing;
            let class = text(v, "/sku/name").map(|n| n.trim_start_matches("Standard_").to_string());
            let shape = class
                .as_deref()
                .and_then(|c| engine.defaults.instance_classes.get(c));
            s.vcpu = shape
                .map(|sh| sh.vcpu)
                .or_else(|| class.as_deref().and_then(vcores));
            s.memory_gib = shape.map(|sh| sh.memory_gib);
            memory_gib = s.memory_gib;
            s.instance_class = class;
            s.tier = text(v, "/sku/tier").map(tier);
            s.storage_gb = v
                .pointer("/properties/storage/storageSizeGB")
                .and_then(Value::as_u64)
                .map(Decimal::from);
            s.provisioned_iops = v
                .pointer("/properties/storage/iops")
                .and_then(Value::as_u64);
            s.storage_type = Some(
                match text(v, "/properties/storage/type") {
                    Some("PremiumV2_LRS") => "premium-ssd-v2",
                    _ => "premium-ssd",
                }
                .into(),
            );
            s.high_availability = text(v, "/properties/highAvailability/mode")
                .is_some_and(|m| !m.eq_ignore_ascii_case("Disabled"));
            let lower = id.to_lowercase();
            s.read_replicas = found
                .iter()
                .filter(|(_, other)| source_of(other).as_deref() == Some(lower.as_str()))
                .count() as u32;
            let host = text(v, "/properties/fullyQualifiedDomainName");
            let user = text(v, "/properties/administratorLogin");
            let port = match engine.family {
                Family::Mysql => 3306,
                _ => 5432,
            };
            host.and_then(|h| super::aws::endpoint_url(engine, user, Some(h), Some(port), None))
        };
        plans.push(Plan {
            source: DiscoveredSource {
                name,
                engine: engine.id.clone(),
                region: location,
                endpoint,
                profile,
            },
            id: id.to_string(),
            family: engine.family,
            memory_gib,
        });
    }
    plans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sku_names_and_regions_as_the_engine_files_spell_them() {
        assert_eq!(vcores("D4ds_v5"), Some(4));
        assert_eq!(vcores("B1ms"), Some(1));
        assert_eq!(vcores("E64ds_v4"), Some(64));
        assert_eq!(vcores("Standard"), None);
        assert_eq!(tier("GeneralPurpose"), "General Purpose");
        assert_eq!(tier("Burstable"), "Burstable");
        assert_eq!(region("West Europe"), "westeurope");
        assert_eq!(
            arm_error(br#"{"error": {"code": "AuthorizationFailed", "message": "no"}}"#),
            "AuthorizationFailed: no"
        );
        assert_eq!(arm_error(b"plain"), "plain");
    }

    #[test]
    fn monitor_responses_become_series() {
        let body: Value = serde_json::from_str(
            r#"{"value": [{"name": {"value": "cpu_percent"}, "timeseries": [{"data": [
                {"timeStamp": "2026-11-19T01:00:00Z", "average": 4.0},
                {"timeStamp": "2026-11-19T00:00:00Z", "average": 20.0},
                {"timeStamp": "2026-11-19T02:00:00Z"}]}]}]}"#,
        )
        .unwrap();
        let m = parse_metrics(&body);
        let cpu = &m["cpu_percent"]["average"];
        assert_eq!(
            cpu.points.len(),
            2,
            "an hour without a value is not measured"
        );
        assert!(cpu.points[0].0 < cpu.points[1].0);
        assert_eq!(cpu.mean(), Some(12.0));
    }
}
