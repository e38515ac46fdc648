//! Azure Cosmos DB for NoSQL introspection through the REST API, with master-key authorization.
//!
//! `cosmos://<account>.documents.azure.com[:port][/database]` (HTTPS), or `cosmos+http://…` for a
//! local endpoint. The account key is read from the environment ([`KEY_ENV`]), never from the
//! command line, and never printed; a read-only key is enough. Every request is signed as the
//! REST API documents: HMAC-SHA256 with the base64-decoded key over
//! `verb\nresource type\nresource link\nx-ms-date\n\n` (verb, type and date lower-cased), sent
//! URL-encoded as `type=master&ver=1.0&sig=<base64>`.
//!
//! What is read, only with GET and query POSTs (nothing is written): the account (regions,
//! multi-region writes, consistency), databases, containers (partition key paths, hierarchical
//! keys, indexing policy, TTL, unique keys, conflict resolution, analytical store, size and
//! document count), offers (manual or autoscale throughput; none means serverless), stored
//! procedures, UDFs and triggers with their body size, and a bounded sample of each container's
//! documents (`SELECT * FROM c`, paged with `x-ms-continuation`) from which the document shape is
//! inferred. Lists are paged with `x-ms-continuation`; a 429 is retried after
//! `x-ms-retry-after-ms`. The REST API has no set-based listing across containers, so the number
//! of requests grows with the number of containers (about five per container plus the sample's
//! pages), never with the number of documents beyond the sample.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::{Duration, Instant};

use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use regex_lite::Regex;
use serde_json::Value;
use sha2::Sha256;

use super::api::{url_error, ApiTarget};
use super::session::Ledger;
use super::shape;
use super::{Introspection, Options, SourceUrl};
use crate::error::Error;
use crate::profile::{
    CosmosAccount, CosmosContainer, CosmosDatabase, CosmosScript, Detection, DocumentShape,
    Profile, Throughput, PROFILE_VERSION,
};

/// The environment variable holding the account key (primary or secondary, read-write or
/// read-only).
pub const KEY_ENV: &str = "DBASSAY_COSMOS_KEY";

/// REST API version sent in `x-ms-version` (the one current SDKs send; it returns hierarchical
/// partition keys).
pub const API_VERSION: &str = "2020-07-15";

/// Query parameters this module understands in a `cosmos://` URL.
const KNOWN_PARAMS: &[&str] = &["sample"];

/// Retries of one request answered 429 (or 503) before giving up.
const MAX_RETRIES: u32 = 9;

/// Longest wait for one retry, whatever the server asks.
const MAX_RETRY_WAIT: Duration = Duration::from_secs(30);

/// System properties Cosmos DB adds to every item; not part of the application's shape.
const SYSTEM_PROPERTIES: &[&str] = &["_rid", "_self", "_etag", "_attachments", "_ts", "_lsn"];

/// Introspects one Cosmos DB account (or one database of it, when the URL names one).
pub async fn introspect(url: &SourceUrl, options: &Options) -> Result<Introspection, Error> {
    let started = Instant::now();
    let target = Target::resolve(url, options)?;
    let mut c = Client::new(&target, started)?;

    let t = Instant::now();
    let account = c.get("", "", &[]).await?;
    c.time("account", 1, t);
    let service_version = account
        .header("x-ms-serviceversion")
        .map(|v| v.trim_start_matches("version=").to_string());
    let account = account.body;

    let mut p = Profile {
        profile_version: PROFILE_VERSION,
        engine: "cosmosdb".into(),
        version: service_version
            .clone()
            .unwrap_or_else(|| format!("REST API {API_VERSION}")),
        name: account
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| target.database.clone()),
        ..Profile::default()
    };
    let mut cosmos = account_properties(&account);
    p.region = cosmos.regions.first().cloned();

    let t = Instant::now();
    let mut databases = c.feed("dbs", "dbs", "", "Databases").await?;
    c.time("databases", databases.len(), t);
    if let Some(want) = &target.database {
        let names: Vec<String> = databases.iter().filter_map(id).collect();
        databases.retain(|d| id(d).as_deref() == Some(want.as_str()));
        if databases.is_empty() {
            return Err(Error::input(
                format!("source {}", target.api.redactor.masked()),
                format!(
                    "the account has no database `{want}`; it has: {}",
                    if names.is_empty() {
                        "none".into()
                    } else {
                        names.join(", ")
                    }
                ),
            ));
        }
    }

    // Offers: throughput per database (shared) and container (dedicated). A serverless account
    // has none and refuses to list them.
    let mut serverless_evidence = None;
    let t = Instant::now();
    let offers = match c.try_feed("offers", "offers", "", "Offers").await? {
        Ok(list) => list,
        Err(e) if e.status == 400 && e.message.to_ascii_lowercase().contains("serverless") => {
            serverless_evidence = Some(format!("offers are refused: {}", e.message));
            Vec::new()
        }
        Err(e) => {
            c.warn("offers", e.to_string());
            Vec::new()
        }
    };
    c.time("offers", offers.len(), t);
    let throughput: HashMap<String, Throughput> = offers.iter().filter_map(offer).collect();

    for db in &databases {
        let Some(db_name) = id(db) else { continue };
        let db_rid = rid(db);
        let db_link = format!("dbs/{db_name}");
        let mut database = CosmosDatabase {
            name: db_name.clone(),
            shared_throughput: db_rid.as_ref().and_then(|r| throughput.get(r)).cloned(),
            ..CosmosDatabase::default()
        };
        let t = Instant::now();
        let containers = match c
            .try_feed(
                &format!("{db_link}/colls"),
                "colls",
                &db_link,
                "DocumentCollections",
            )
            .await?
        {
            Ok(list) => list,
            Err(e) => {
                c.warn(&format!("containers of {db_name}"), e.to_string());
                Vec::new()
            }
        };
        c.time(&format!("containers of {db_name}"), containers.len(), t);
        for coll in &containers {
            let Some(name) = id(coll) else { continue };
            let mut container = container_properties(coll, &name);
            container.throughput = rid(coll).and_then(|r| throughput.get(&r)).cloned();
            if coll
                .get("analyticalStorageTtl")
                .and_then(Value::as_i64)
                .is_some_and(|t| t != 0)
            {
                cosmos.analytical_store = true;
            }
            let link = format!("{db_link}/colls/{name}");
            c.read_container(&link, &name, &mut container, target.api.sample)
                .await?;
            database.containers.push(container);
        }
        cosmos.databases.push(database);
    }

    let containers: Vec<&CosmosContainer> = cosmos
        .databases
        .iter()
        .flat_map(|d| &d.containers)
        .collect();
    cosmos.change_feed_consumers = containers
        .iter()
        .filter(|ct| is_lease_container(&ct.name))
        .map(|ct| c.lease_consumers.get(&ct.name).copied().unwrap_or(1).max(1))
        .sum();
    cosmos.capacity_mode =
        if serverless_evidence.is_some() || (offers.is_empty() && !containers.is_empty()) {
            "serverless".into()
        } else if !throughput.is_empty() && throughput.values().all(|t| t.mode == "autoscale") {
            "autoscale".into()
        } else {
            "provisioned".into()
        };

    let mut evidence = vec![format!(
        "endpoint {} answers as Cosmos DB for NoSQL (x-ms-serviceversion: {})",
        target.base,
        service_version
            .map(|v| format!("version={v}"))
            .unwrap_or_else(|| "not sent".into())
    )];
    if let Some(e) = serverless_evidence {
        evidence.push(e);
    } else if cosmos.capacity_mode == "serverless" {
        evidence.push("no offers on any database or container: serverless capacity".into());
    }
    p.detection = Some(Detection {
        method: if options.engine.is_some() {
            "user"
        } else {
            "auto"
        }
        .into(),
        evidence,
    });
    if let Some(engine) = &options.engine {
        p.engine = engine.clone();
    }
    p.cosmos = Some(cosmos);
    Ok(c.ledger.finish(p))
}

// ------------------------------------------------------------------------------- target

struct Target {
    /// `https://host:port/` (or `http://` for `cosmos+http`), always ending in `/`.
    base: String,
    key: Vec<u8>,
    database: Option<String>,
    api: ApiTarget,
}

impl Target {
    fn resolve(url: &SourceUrl, options: &Options) -> Result<Target, Error> {
        ApiTarget::check(
            url,
            KNOWN_PARAMS,
            format!(
                "the account key is never taken from the command line (it would show in shell \
                 history and process lists); remove it from the URL and set {KEY_ENV}"
            ),
            "sample (documents per container), or use --sample",
        )?;
        let input = |detail: String| url_error(url, detail);
        let host = url.host.clone().ok_or_else(|| {
            input("give the account endpoint, e.g. cosmos://myaccount.documents.azure.com".into())
        })?;
        let http = url.scheme == "cosmos+http";
        let port = url.port.unwrap_or(if http { 80 } else { 443 });
        let shown_host = if host.contains(':') {
            format!("[{host}]")
        } else {
            host
        };
        let base = format!(
            "{}://{shown_host}:{port}/",
            if http { "http" } else { "https" }
        );
        let api = ApiTarget::new(url, options, "documents")?;
        let key = std::env::var(KEY_ENV).ok().filter(|k| !k.trim().is_empty());
        let key = key.ok_or_else(|| {
            input(format!(
                "set {KEY_ENV} to the account's key (a read-only key is enough: Azure portal → \
                 Keys → Read-only Keys)"
            ))
        })?;
        let key = base64::engine::general_purpose::STANDARD
            .decode(key.trim())
            .map_err(|_| {
                input(format!(
                    "{KEY_ENV} is not a Cosmos DB key: it must be base64, as the portal shows it"
                ))
            })?;
        Ok(Target {
            base,
            key,
            database: url.database.clone(),
            api,
        })
    }
}

// --------------------------------------------------------------------------- signing

/// The `Authorization` header value for a master-key request: `type=master&ver=1.0&sig=…`,
/// URL-encoded.
pub fn authorization(
    key: &[u8],
    verb: &str,
    resource_type: &str,
    resource_link: &str,
    date: &str,
) -> String {
    let payload = format!(
        "{}\n{}\n{}\n{}\n\n",
        verb.to_ascii_lowercase(),
        resource_type.to_ascii_lowercase(),
        resource_link,
        date.to_ascii_lowercase()
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(payload.as_bytes());
    let sig = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    encode(&format!("type=master&ver=1.0&sig={sig}"))
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

// ------------------------------------------------------------------------------ client

/// An answer with a JSON body.
struct Answer {
    headers: reqwest::header::HeaderMap,
    body: Value,
}

impl Answer {
    fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }
}

/// A request the service refused (4xx/5xx other than a retried 429).
#[derive(Debug)]
struct Refusal {
    status: u16,
    code: String,
    message: String,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.code.is_empty() {
            write!(f, "HTTP {}: {}", self.status, self.message)
        } else {
            write!(f, "HTTP {} {}: {}", self.status, self.code, self.message)
        }
    }
}

struct Client<'a> {
    http: reqwest::Client,
    target: &'a Target,
    /// Requests sent (retries included), area timings and warnings.
    ledger: Ledger,
    /// Change feed consumers seen per lease container (distinct lease prefixes).
    lease_consumers: HashMap<String, u32>,
}

impl<'a> Client<'a> {
    fn new(target: &'a Target, started: Instant) -> Result<Client<'a>, Error> {
        crate::net::install_tls_provider();
        let http = reqwest::Client::builder()
            .connect_timeout(target.api.connect_timeout)
            .timeout(target.api.request_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| {
                target
                    .api
                    .redactor
                    .unreachable(format!("cannot set up HTTPS: {e}"))
            })?;
        Ok(Client {
            http,
            target,
            ledger: Ledger::new(target.api.redactor.clone(), started),
            lease_consumers: HashMap::new(),
        })
    }

    fn unreachable(&self, detail: String) -> Error {
        self.ledger.unreachable(detail)
    }

    fn time(&mut self, area: &str, rows: usize, started: Instant) {
        self.ledger.time(area, rows, started);
    }

    fn warn(&mut self, area: &str, message: String) {
        self.ledger.warn(area, message);
    }

    /// Sends one signed request, retrying 429 (after `x-ms-retry-after-ms`) and 503. Transport
    /// failures and refused credentials end the run; any other refusal is returned.
    #[allow(clippy::too_many_arguments)]
    async fn send(
        &mut self,
        method: reqwest::Method,
        path: &str,
        resource_type: &str,
        resource_link: &str,
        headers: &[(&str, String)],
        body: Option<&Value>,
    ) -> Result<Result<Answer, Refusal>, Error> {
        let url = format!(
            "{}{}",
            self.target.base,
            path.split('/').map(encode).collect::<Vec<_>>().join("/")
        );
        let mut attempt = 0;
        loop {
            attempt += 1;
            self.ledger.count();
            let date = crate::time::http_date(crate::time::now_unix() as i64);
            let auth = authorization(
                &self.target.key,
                method.as_str(),
                resource_type,
                resource_link,
                &date,
            );
            let mut req = self
                .http
                .request(method.clone(), &url)
                .header("authorization", auth)
                .header("x-ms-date", &date)
                .header("x-ms-version", API_VERSION)
                .header("accept", "application/json")
                .header("user-agent", concat!("dbassay/", env!("CARGO_PKG_VERSION")));
            for (k, v) in headers {
                req = req.header(*k, v);
            }
            if let Some(b) = body {
                req = req.body(b.to_string());
            }
            let resp = req.send().await.map_err(|e| {
                let mut text = e.to_string();
                let mut source = std::error::Error::source(&e);
                while let Some(inner) = source {
                    text.push_str(&format!(": {inner}"));
                    source = inner.source();
                }
                self.unreachable(format!(
                    "{text}; check the endpoint {} and the network",
                    self.target.base
                ))
            })?;
            let status = resp.status().as_u16();
            let resp_headers = resp.headers().clone();
            let bytes = resp
                .bytes()
                .await
                .map_err(|e| self.unreachable(format!("reading the answer: {e}")))?;
            if (status == 429 || status == 503) && attempt <= MAX_RETRIES {
                let asked = resp_headers
                    .get("x-ms-retry-after-ms")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<f64>().ok())
                    .map(|ms| Duration::from_secs_f64(ms.max(0.0) / 1000.0));
                let backoff = Duration::from_millis(100 << attempt.min(8));
                tokio::time::sleep(asked.unwrap_or(backoff).min(MAX_RETRY_WAIT)).await;
                continue;
            }
            if (200..300).contains(&status) {
                let body = if bytes.is_empty() {
                    Value::Null
                } else {
                    serde_json::from_slice(&bytes).map_err(|e| {
                        self.unreachable(format!(
                            "{path}: the answer is not JSON ({e}); is {} a Cosmos DB endpoint?",
                            self.target.base
                        ))
                    })?
                };
                return Ok(Ok(Answer {
                    headers: resp_headers,
                    body,
                }));
            }
            let err: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
            let refusal = Refusal {
                status,
                code: err
                    .get("code")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
                message: err
                    .get("message")
                    .and_then(Value::as_str)
                    .map(|m| m.lines().next().unwrap_or("").to_string())
                    .unwrap_or_else(|| String::from_utf8_lossy(&bytes).chars().take(200).collect()),
            };
            if status == 401 {
                return Err(self.unreachable(format!(
                    "the account refused the key ({refusal}); check that {KEY_ENV} holds a \
                     primary or secondary key of this account"
                )));
            }
            if status == 403 {
                return Err(self.unreachable(format!(
                    "the account refused the request ({refusal}); its firewall may block this \
                     address, or the key may not grant this read"
                )));
            }
            if status == 429 || status == 503 {
                return Err(self.unreachable(format!(
                    "still throttled after {MAX_RETRIES} retries ({refusal}); try again when \
                     the account is less busy, or with a smaller --sample"
                )));
            }
            return Ok(Err(refusal));
        }
    }

    /// GET of one resource; any refusal ends the run.
    async fn get(
        &mut self,
        path: &str,
        resource_link: &str,
        headers: &[(&str, String)],
    ) -> Result<Answer, Error> {
        let resource_type = path.rsplit('/').nth(1).unwrap_or("");
        match self
            .send(
                reqwest::Method::GET,
                path,
                resource_type,
                resource_link,
                headers,
                None,
            )
            .await?
        {
            Ok(a) => Ok(a),
            Err(r) => Err(self.unreachable(format!("GET /{path}: {r}"))),
        }
    }

    /// Every item of a feed (`GET /dbs`, `/dbs/x/colls`, …), following `x-ms-continuation`.
    async fn try_feed(
        &mut self,
        path: &str,
        resource_type: &str,
        resource_link: &str,
        key: &str,
    ) -> Result<Result<Vec<Value>, Refusal>, Error> {
        let mut items = Vec::new();
        let mut continuation: Option<String> = None;
        loop {
            let mut headers = vec![("x-ms-max-item-count", "1000".to_string())];
            if let Some(c) = &continuation {
                headers.push(("x-ms-continuation", c.clone()));
            }
            let answer = match self
                .send(
                    reqwest::Method::GET,
                    path,
                    resource_type,
                    resource_link,
                    &headers,
                    None,
                )
                .await?
            {
                Ok(a) => a,
                Err(r) => return Ok(Err(r)),
            };
            if let Some(list) = answer.body.get(key).and_then(Value::as_array) {
                items.extend(list.iter().cloned());
            }
            continuation = answer.header("x-ms-continuation").filter(|c| !c.is_empty());
            if continuation.is_none() {
                return Ok(Ok(items));
            }
        }
    }

    async fn feed(
        &mut self,
        path: &str,
        resource_type: &str,
        resource_link: &str,
        key: &str,
    ) -> Result<Vec<Value>, Error> {
        match self
            .try_feed(path, resource_type, resource_link, key)
            .await?
        {
            Ok(items) => Ok(items),
            Err(r) => Err(self.unreachable(format!("GET /{path}: {r}"))),
        }
    }

    /// Size and count, scripts and a document sample of one container.
    async fn read_container(
        &mut self,
        link: &str,
        name: &str,
        container: &mut CosmosContainer,
        sample: usize,
    ) -> Result<(), Error> {
        let quota = [("x-ms-documentdb-populatequotainfo", "true".to_string())];
        match self
            .send(reqwest::Method::GET, link, "colls", link, &quota, None)
            .await?
        {
            Ok(a) => {
                let usage = a.header("x-ms-resource-usage").unwrap_or_default();
                let usage = resource_usage(&usage);
                container.document_count = usage.get("documentscount").copied();
                container.size_bytes = usage
                    .get("documentssize")
                    .or_else(|| usage.get("collectionsize"))
                    .map(|kb| kb * 1024);
            }
            Err(r) => self.warn(&format!("container {link}"), r.to_string()),
        }
        for (kind, key) in [
            ("sprocs", "StoredProcedures"),
            ("udfs", "UserDefinedFunctions"),
            ("triggers", "Triggers"),
        ] {
            let scripts = match self
                .try_feed(&format!("{link}/{kind}"), kind, link, key)
                .await?
            {
                Ok(list) => list,
                Err(r) => {
                    self.warn(&format!("{kind} of {link}"), r.to_string());
                    continue;
                }
            };
            let scripts: Vec<CosmosScript> = scripts.iter().filter_map(script).collect();
            match kind {
                "sprocs" => container.stored_procedures = scripts,
                "udfs" => container.udfs = scripts,
                _ => container.triggers = scripts,
            }
        }
        if sample == 0 {
            return Ok(());
        }
        let t = Instant::now();
        let docs = self.sample(link, sample).await?;
        let n = docs.as_ref().map_or(0, Vec::len);
        self.time(&format!("documents of {link}"), n, t);
        match docs {
            Ok(docs) => {
                if is_lease_container(name) {
                    self.lease_consumers
                        .insert(name.to_string(), lease_prefixes(&docs));
                }
                if !docs.is_empty() {
                    container.shape = Some(document_shape(&docs));
                }
            }
            Err(r) => self.warn(&format!("documents of {link}"), r.to_string()),
        }
        Ok(())
    }

    /// Up to `n` documents: `SELECT * FROM c` across partitions, page by page.
    async fn sample(&mut self, link: &str, n: usize) -> Result<Result<Vec<Value>, Refusal>, Error> {
        let query = serde_json::json!({ "query": "SELECT * FROM c", "parameters": [] });
        let path = format!("{link}/docs");
        let mut docs: Vec<Value> = Vec::new();
        let mut continuation: Option<String> = None;
        while docs.len() < n {
            let page = (n - docs.len()).min(1000);
            let mut headers = vec![
                ("content-type", "application/query+json".to_string()),
                ("x-ms-documentdb-isquery", "True".to_string()),
                (
                    "x-ms-documentdb-query-enablecrosspartition",
                    "True".to_string(),
                ),
                ("x-ms-max-item-count", page.to_string()),
            ];
            if let Some(c) = &continuation {
                headers.push(("x-ms-continuation", c.clone()));
            }
            let answer = match self
                .send(
                    reqwest::Method::POST,
                    &path,
                    "docs",
                    link,
                    &headers,
                    Some(&query),
                )
                .await?
            {
                Ok(a) => a,
                Err(r) => return Ok(Err(r)),
            };
            if let Some(list) = answer.body.get("Documents").and_then(Value::as_array) {
                docs.extend(list.iter().take(n - docs.len()).cloned());
            }
            continuation = answer.header("x-ms-continuation").filter(|c| !c.is_empty());
            if continuation.is_none() {
                break;
            }
        }
        Ok(Ok(docs))
    }
}

// ------------------------------------------------------------------------------- parsing

fn id(v: &Value) -> Option<String> {
    v.get("id").and_then(Value::as_str).map(str::to_string)
}

fn rid(v: &Value) -> Option<String> {
    v.get("_rid").and_then(Value::as_str).map(str::to_string)
}

/// Azure region display name (`East US`) as its ARM id (`eastus`).
fn region_id(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase()
}

fn account_properties(a: &Value) -> CosmosAccount {
    let names = |key: &str| -> Vec<String> {
        a.get(key)
            .and_then(Value::as_array)
            .map(|l| {
                l.iter()
                    .filter_map(|r| r.get("name").and_then(Value::as_str))
                    .map(region_id)
                    .collect()
            })
            .unwrap_or_default()
    };
    // Write regions first, then the other read regions.
    let mut regions = names("writableLocations");
    for r in names("readableLocations") {
        if !regions.contains(&r) {
            regions.push(r);
        }
    }
    CosmosAccount {
        capacity_mode: "provisioned".into(),
        regions,
        multi_region_writes: a
            .get("enableMultipleWriteLocations")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        consistency: a
            .pointer("/userConsistencyPolicy/defaultConsistencyLevel")
            .and_then(Value::as_str)
            .map(str::to_string),
        ..CosmosAccount::default()
    }
}

/// An offer as (the `_rid` of its database or container, throughput).
fn offer(o: &Value) -> Option<(String, Throughput)> {
    let target = o
        .get("offerResourceId")
        .and_then(Value::as_str)?
        .to_string();
    let content = o.get("content")?;
    let autoscale = content
        .pointer("/offerAutopilotSettings/maxThroughput")
        .and_then(Value::as_u64);
    let t = match autoscale {
        Some(max) => Throughput {
            mode: "autoscale".into(),
            ru_per_s: max,
        },
        None => Throughput {
            mode: "manual".into(),
            ru_per_s: content.get("offerThroughput").and_then(Value::as_u64)?,
        },
    };
    Some((target, t))
}

fn container_properties(c: &Value, name: &str) -> CosmosContainer {
    let count = |ptr: &str| -> u32 {
        c.pointer(ptr)
            .and_then(Value::as_array)
            .map_or(0, |a| a.len() as u32)
    };
    CosmosContainer {
        name: name.to_string(),
        partition_key_paths: c
            .pointer("/partitionKey/paths")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
        default_ttl: c.get("defaultTtl").and_then(Value::as_i64),
        indexing_mode: c
            .pointer("/indexingPolicy/indexingMode")
            .and_then(Value::as_str)
            .map(|m| m.to_ascii_lowercase()),
        composite_indexes: count("/indexingPolicy/compositeIndexes"),
        spatial_indexes: count("/indexingPolicy/spatialIndexes"),
        unique_keys: count("/uniqueKeyPolicy/uniqueKeys"),
        conflict_resolution: c
            .pointer("/conflictResolutionPolicy/mode")
            .and_then(Value::as_str)
            .map(str::to_string),
        ..CosmosContainer::default()
    }
}

fn script(s: &Value) -> Option<CosmosScript> {
    Some(CosmosScript {
        name: id(s)?,
        body_length: s
            .get("body")
            .and_then(Value::as_str)
            .map_or(0, |b| b.chars().count() as u64),
        trigger_type: s
            .get("triggerType")
            .and_then(Value::as_str)
            .map(|t| t.to_ascii_lowercase()),
    })
}

/// `x-ms-resource-usage`: `documentsSize=128;documentsCount=3;collectionSize=256;…` (sizes in
/// KB), keys lower-cased.
fn resource_usage(header: &str) -> BTreeMap<String, u64> {
    header
        .split(';')
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            Some((k.trim().to_ascii_lowercase(), v.trim().parse().ok()?))
        })
        .collect()
}

/// The shape of a container's sampled documents ([`super::shape`]), Cosmos DB's own properties
/// (`_rid`, `_ts`, …) left out of the paths but counted in the item size.
pub fn document_shape(docs: &[Value]) -> DocumentShape {
    let items: Vec<_> = docs
        .iter()
        .map(|d| shape::json_item(d, SYSTEM_PROPERTIES))
        .collect();
    shape::infer_shape(&items)
}

/// A change feed processor's lease container, by the naming the rubric also uses.
pub fn is_lease_container(name: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)(^|[-_.])leases?($|[-_.])").expect("valid pattern"))
        .is_match(name)
}

/// Distinct consumers in a lease container's documents: lease ids are
/// `<prefix><account, database and container ids>..<partition>`, one prefix per processor
/// (an Azure Functions trigger's LeaseCollectionPrefix).
fn lease_prefixes(docs: &[Value]) -> u32 {
    let prefixes: BTreeSet<String> = docs
        .iter()
        .filter(|d| {
            d.get("ContinuationToken").is_some()
                || d.get("LeaseToken").is_some()
                || d.get("PartitionId").is_some()
        })
        .filter_map(|d| {
            let id = id(d)?;
            Some(id.split("..").next().unwrap_or(&id).to_string())
        })
        .collect();
    prefixes.len() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn signature_matches_the_documented_example() {
        // The worked example of the REST API's access-control page.
        let key = base64::engine::general_purpose::STANDARD
            .decode("dsZQi3KtZmCv1ljt3VNWNm7sQUF1y5rJfC6kv5JiwvW0EndXdDku/dkKBp8/ufDToSxLzR4y+O/0H/t4bQtVNw==")
            .unwrap();
        let auth = authorization(
            &key,
            "GET",
            "dbs",
            "dbs/ToDoList",
            "Thu, 27 Apr 2017 00:51:12 GMT",
        );
        assert_eq!(
            auth,
            "type%3Dmaster%26ver%3D1.0%26sig%3Dc09PEVJrgp2uQRkr934kFbTqhByc7TVr3OHyqlu%2Bc%2Bc%3D"
        );
    }

    #[test]
    fn offers_containers_and_usage() {
        let (rid, t) = offer(&json!({"offerResourceId": "abc", "content":
            {"offerThroughput": 400, "offerAutopilotSettings": {"maxThroughput": 4000}}}))
        .unwrap();
        assert_eq!(
            (rid.as_str(), t.mode.as_str(), t.ru_per_s),
            ("abc", "autoscale", 4000)
        );
        let (_, t) =
            offer(&json!({"offerResourceId": "x", "content": {"offerThroughput": 800}})).unwrap();
        assert_eq!((t.mode.as_str(), t.ru_per_s), ("manual", 800));
        let c = container_properties(
            &json!({"id": "orders",
                "partitionKey": {"paths": ["/tenantId", "/userId"], "kind": "MultiHash", "version": 2},
                "indexingPolicy": {"indexingMode": "Consistent",
                    "compositeIndexes": [[{"path": "/a"}, {"path": "/b"}]],
                    "spatialIndexes": [{"path": "/loc/*"}, {"path": "/area/*"}]},
                "uniqueKeyPolicy": {"uniqueKeys": [{"paths": ["/email"]}]},
                "conflictResolutionPolicy": {"mode": "Custom"},
                "defaultTtl": -1}),
            "orders",
        );
        assert_eq!(c.partition_key_paths, ["/tenantId", "/userId"]);
        assert_eq!(c.indexing_mode.as_deref(), Some("consistent"));
        assert_eq!(
            (c.composite_indexes, c.spatial_indexes, c.unique_keys),
            (1, 2, 1)
        );
        assert_eq!(c.conflict_resolution.as_deref(), Some("Custom"));
        assert_eq!(c.default_ttl, Some(-1));
        let u = resource_usage("functions=0;documentsSize=12;documentsCount=3;collectionSize=20;");
        assert_eq!((u["documentssize"], u["documentscount"]), (12, 3));
        assert_eq!(region_id("West Europe"), "westeurope");
        assert!(is_lease_container("leases") && is_lease_container("orders-lease"));
        assert!(!is_lease_container("releases"));
    }
}
