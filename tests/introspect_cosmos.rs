//! Cosmos DB for NoSQL introspection against a local server that speaks the REST API: it checks
//! every request's master-key signature (recomputed here from the documented recipe, not with
//! dbassay's code), answers in the API's JSON format with `_rid` / `_count` envelopes, pages
//! feeds and query results with `x-ms-continuation`, reports container usage in
//! `x-ms-resource-usage`, refuses offers on a serverless account, and throttles one query
//! with a 429 carrying `x-ms-retry-after-ms`.

mod common;
#[path = "support/http.rs"]
mod http;

use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

use common::*;
use dbassay::profile::Profile;
use http::{Req, Resp, Server};

/// The account key the server accepts (base64, as the portal shows it).
const KEY: &str = "VGhpcyBpcyB0aGUgZGJhc3NheSB0ZXN0IGFjY291bnQga2V5LCBub3QgYSByZWFsIG9uZSEhIQ==";
/// Another well-formed key.
const WRONG_KEY: &str =
    "V3JvbmcgZGJhc3NheSB0ZXN0IGtleSwgd2VsbC1mb3JtZWQgYnV0IG5vdCB0aGlzIGFjY291bnQncw==";
const EVENTS: usize = 2500;
/// The most documents the server returns in one page, whatever x-ms-max-item-count asks.
const PAGE: usize = 200;
const RETRY_AFTER_MS: u64 = 120;

fn run(args: &[&str], key: Option<&str>) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_dbassay"));
    c.args(args)
        .env("NO_COLOR", "1")
        .env_remove("DBASSAY_COSMOS_KEY")
        .current_dir(root());
    if let Some(k) = key {
        c.env("DBASSAY_COSMOS_KEY", k);
    }
    c.output().expect("run dbassay")
}

// ------------------------------------------------------------------------- the service

/// The resource type and link a request is signed for, from its path, as the REST API defines
/// them: a feed (`/dbs/a/colls`) is signed for its last segment and its parent's link, a
/// resource (`/dbs/a/colls/b`) for its type and its own link.
fn resource_of(path: &str) -> (String, String) {
    let segments: Vec<String> = path
        .trim_matches('/')
        .split('/')
        .filter(|s| !s.is_empty())
        .map(http::decode)
        .collect();
    match segments.len() {
        0 => (String::new(), String::new()),
        n if n % 2 == 1 => (segments[n - 1].clone(), segments[..n - 1].join("/")),
        n => (segments[n - 2].clone(), segments.join("/")),
    }
}

/// Whether `req` carries a valid master-key signature for `key`.
fn signed(req: &Req, key: &str) -> Result<(), String> {
    let date = req.header("x-ms-date").ok_or("no x-ms-date")?;
    if !date.ends_with(" GMT") || date.len() != 29 {
        return Err(format!("x-ms-date `{date}` is not an RFC 1123 date"));
    }
    if req.header("x-ms-version") != Some("2020-07-15") {
        return Err(format!("x-ms-version {:?}", req.header("x-ms-version")));
    }
    let auth = http::decode(req.header("authorization").ok_or("no authorization")?);
    let (kind, link) = resource_of(&req.target);
    let payload = format!(
        "{}\n{}\n{}\n{}\n\n",
        req.method.to_lowercase(),
        kind.to_lowercase(),
        link,
        date.to_lowercase()
    );
    let key = base64::engine::general_purpose::STANDARD
        .decode(key)
        .unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
    mac.update(payload.as_bytes());
    let sig = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    let want = format!("type=master&ver=1.0&sig={sig}");
    if auth == want {
        Ok(())
    } else {
        Err(format!(
            "signature mismatch for {} {}",
            req.method, req.target
        ))
    }
}

fn ok(body: Value) -> Resp {
    Resp::json(200, "application/json", body.to_string())
        .with_header("x-ms-activity-id", "6e2e1b0e-0f5a-4b4c-9a51-3f1f2a0d0c11")
        .with_header("x-ms-request-charge", "1.0")
        .with_header("x-ms-serviceversion", "version=2.14.0.0")
}

fn error(status: u16, code: &str, message: &str) -> Resp {
    Resp::json(
        status,
        "application/json",
        json!({ "code": code, "message": message }).to_string(),
    )
    .with_header("x-ms-activity-id", "0c5cbd4f-52c4-4f0e-8d0a-7d2c4a6b9d22")
}

fn system(id: &str, rid: &str, self_link: &str) -> Value {
    json!({ "id": id, "_rid": rid, "_self": self_link, "_etag": "\"00000000-0000-0000-0000-000000000000\"", "_ts": 1_732_000_000 })
}

fn merge(mut a: Value, b: Value) -> Value {
    if let (Value::Object(a), Value::Object(b)) = (&mut a, b) {
        a.extend(b);
    }
    a
}

/// The telemetry events: mostly flat, with rare deep payloads, long arrays, big blobs, a value
/// that is sometimes a string, and the system properties every item has.
fn event(i: usize) -> Value {
    let mut e = json!({
        "id": format!("e{i}"),
        "deviceId": format!("d{}", i % 7),
        "kind": if i.is_multiple_of(2) { "temp" } else { "door" },
        "value": if i.is_multiple_of(10) { json!("n/a") } else { json!(i as f64 / 3.0) },
        "_rid": format!("ev{i}"), "_self": format!("dbs/t/colls/e/docs/ev{i}/"),
        "_etag": "\"0\"", "_attachments": "attachments/", "_ts": 1_732_000_000 + i,
    });
    if !i.is_multiple_of(150) {
        e["readings"] = json!((0..i % 150).collect::<Vec<_>>());
    }
    if i.is_multiple_of(100) {
        e["payload"] = json!({"a": {"b": {"c": {"d": {"e": 1}}}}});
    }
    if i % 50 == 1 {
        e["blob"] = json!("x".repeat(40_000));
    }
    e
}

struct Fixture {
    serverless: bool,
    /// Requests whose signature did not verify.
    rejected: AtomicUsize,
    throttled: AtomicBool,
}

/// The service: one account, databases `shop` (shared autoscale throughput: `orders`, `leases`)
/// and `telemetry` (`events`, with dedicated manual throughput). Serverless: no offers.
fn service(f: Arc<Fixture>) -> impl Fn(&Req, usize) -> Resp + Send + Sync {
    move |req: &Req, _| {
        if let Err(e) = signed(req, KEY) {
            f.rejected.fetch_add(1, Ordering::SeqCst);
            return error(
                401,
                "Unauthorized",
                &format!("The input authorization token can't serve the request. ({e})"),
            );
        }
        let continuation = req.header("x-ms-continuation").map(str::to_string);
        let path = req.target.as_str();
        match (req.method.as_str(), path) {
            ("GET", "/") => ok(merge(
                system("contoso-test", "contoso-test.documents.azure.com", ""),
                json!({
                    "media": "//media/", "addresses": "//addresses/", "_dbs": "//dbs/",
                    "writableLocations": [
                        {"name": "East US", "databaseAccountEndpoint": "https://contoso-test-eastus.documents.azure.com:443/"},
                        {"name": "West Europe", "databaseAccountEndpoint": "https://contoso-test-westeurope.documents.azure.com:443/"}],
                    "readableLocations": [
                        {"name": "East US", "databaseAccountEndpoint": "https://contoso-test-eastus.documents.azure.com:443/"},
                        {"name": "West Europe", "databaseAccountEndpoint": "https://contoso-test-westeurope.documents.azure.com:443/"},
                        {"name": "Southeast Asia", "databaseAccountEndpoint": "https://contoso-test-southeastasia.documents.azure.com:443/"}],
                    "enableMultipleWriteLocations": true,
                    "userReplicationPolicy": {"asyncReplication": false, "minReplicaSetSize": 3, "maxReplicasetSize": 4},
                    "userConsistencyPolicy": {"defaultConsistencyLevel": "BoundedStaleness"},
                    "systemReplicationPolicy": {"minReplicaSetSize": 3, "maxReplicasetSize": 4},
                    "readPolicy": {"primaryReadCoefficient": 1, "secondaryReadCoefficient": 1},
                    "queryEngineConfiguration": "{\"maxSqlQueryInputLength\":262144}"
                }),
            )),
            ("GET", "/dbs") => ok(json!({"_rid": "", "Databases": [
                merge(system("shop", "c2hvcA==", "dbs/c2hvcA==/"), json!({"_colls": "colls/", "_users": "users/"})),
                merge(system("telemetry", "dGVsZQ==", "dbs/dGVsZQ==/"), json!({"_colls": "colls/", "_users": "users/"})),
            ], "_count": 2})),
            ("GET", "/offers") if f.serverless => error(
                400,
                "BadRequest",
                "Reading or replacing offers is not supported for serverless accounts.\r\nActivityId: 0c5cbd4f",
            ),
            ("GET", "/offers") => {
                // Two pages, one offer each.
                let (offer, next) = match continuation.as_deref() {
                    None => (
                        json!({"offerVersion": "V2", "offerType": "Invalid", "resource": "dbs/c2hvcA==/",
                               "offerResourceId": "c2hvcA==", "id": "o1", "_rid": "o1",
                               "content": {"offerThroughput": 400, "offerIsRUPerMinuteThroughputEnabled": false,
                                           "offerAutopilotSettings": {"maxThroughput": 4000, "tier": 0, "maximumTierThroughput": 0, "autoUpgrade": false}}}),
                        Some("offers-page-2"),
                    ),
                    Some("offers-page-2") => (
                        json!({"offerVersion": "V2", "offerType": "Invalid", "resource": "dbs/dGVsZQ==/colls/ZXZlbnQ=/",
                               "offerResourceId": "ZXZlbnQ=", "id": "o2", "_rid": "o2",
                               "content": {"offerThroughput": 12000, "offerIsRUPerMinuteThroughputEnabled": false}}),
                        None,
                    ),
                    Some(other) => return error(400, "BadRequest", &format!("bad continuation {other}")),
                };
                let mut r = ok(json!({"_rid": "", "Offers": [offer], "_count": 1}));
                if let Some(n) = next {
                    r = r.with_header("x-ms-continuation", n);
                }
                r
            }
            ("GET", "/dbs/shop/colls") => ok(json!({"_rid": "c2hvcA==", "DocumentCollections": [
                merge(system("orders", "b3JkZXI=", "dbs/c2hvcA==/colls/b3JkZXI=/"), json!({
                    "partitionKey": {"paths": ["/tenantId", "/userId"], "kind": "MultiHash", "version": 2},
                    "indexingPolicy": {"indexingMode": "consistent", "automatic": true,
                        "includedPaths": [{"path": "/*"}], "excludedPaths": [{"path": "/\"_etag\"/?"}],
                        "compositeIndexes": [[{"path": "/status", "order": "ascending"}, {"path": "/placedAt", "order": "descending"}],
                                             [{"path": "/tenantId", "order": "ascending"}, {"path": "/total", "order": "descending"}]],
                        "spatialIndexes": [{"path": "/shipTo/location/*", "types": ["Point"]}]},
                    "uniqueKeyPolicy": {"uniqueKeys": [{"paths": ["/orderNumber"]}]},
                    "conflictResolutionPolicy": {"mode": "Custom", "conflictResolutionPath": "", "conflictResolutionProcedure": "dbs/shop/colls/orders/sprocs/resolve"},
                    "geospatialConfig": {"type": "Geography"},
                    "_docs": "docs/", "_sprocs": "sprocs/", "_triggers": "triggers/", "_udfs": "udfs/", "_conflicts": "conflicts/"})),
                merge(system("leases", "bGVhc2U=", "dbs/c2hvcA==/colls/bGVhc2U=/"), json!({
                    "partitionKey": {"paths": ["/id"], "kind": "Hash", "version": 2},
                    "indexingPolicy": {"indexingMode": "consistent", "automatic": true},
                    "conflictResolutionPolicy": {"mode": "LastWriterWins", "conflictResolutionPath": "/_ts"}})),
            ], "_count": 2})),
            ("GET", "/dbs/telemetry/colls") => ok(json!({"_rid": "dGVsZQ==", "DocumentCollections": [
                merge(system("events", "ZXZlbnQ=", "dbs/dGVsZQ==/colls/ZXZlbnQ=/"), json!({
                    "partitionKey": {"paths": ["/deviceId"], "kind": "Hash", "version": 2},
                    "indexingPolicy": {"indexingMode": "consistent", "automatic": true, "includedPaths": [{"path": "/*"}]},
                    "defaultTtl": 86400,
                    "analyticalStorageTtl": -1,
                    "conflictResolutionPolicy": {"mode": "LastWriterWins", "conflictResolutionPath": "/_ts"}})),
            ], "_count": 1})),
            ("GET", p) if p.starts_with("/dbs/") && p.matches('/').count() == 4 => {
                assert_eq!(req.header("x-ms-documentdb-populatequotainfo"), Some("true"));
                let (count, kb) = match p {
                    "/dbs/telemetry/colls/events" => (EVENTS, 215_040),
                    "/dbs/shop/colls/orders" => (3, 4),
                    _ => (4, 2),
                };
                ok(json!({"id": p.rsplit('/').next()})).with_header(
                    "x-ms-resource-usage",
                    &format!("functions=0;storedProcedures=2;triggers=2;documentSize=0;documentsSize={kb};documentsCount={count};collectionSize={};", kb + kb / 4),
                )
            }
            ("GET", "/dbs/shop/colls/orders/sprocs") => ok(json!({"_rid": "b3JkZXI=", "StoredProcedures": [
                merge(system("resolve", "sp1", "x"), json!({"body": "function resolve(incoming, existing, isTombstone, conflicting) { /* merge */ }"})),
                merge(system("bulkImport", "sp2", "x"), json!({"body": format!("function bulkImport(docs) {{ {} }}", "var x = 1; ".repeat(200))})),
            ], "_count": 2})),
            ("GET", "/dbs/shop/colls/orders/udfs") => ok(json!({"_rid": "b3JkZXI=", "UserDefinedFunctions": [
                merge(system("taxed", "u1", "x"), json!({"body": "function taxed(p) { return p * 1.2; }"})),
            ], "_count": 1})),
            ("GET", "/dbs/shop/colls/orders/triggers") => ok(json!({"_rid": "b3JkZXI=", "Triggers": [
                merge(system("validateOrder", "t1", "x"), json!({"body": "function validateOrder() { var r = getContext().getRequest(); }", "triggerType": "Pre", "triggerOperation": "Create"})),
                merge(system("updateTotals", "t2", "x"), json!({"body": "function updateTotals() { }", "triggerType": "Post", "triggerOperation": "All"})),
            ], "_count": 2})),
            ("GET", p) if p.ends_with("/sprocs") => ok(json!({"_rid": "x", "StoredProcedures": [], "_count": 0})),
            ("GET", p) if p.ends_with("/udfs") => ok(json!({"_rid": "x", "UserDefinedFunctions": [], "_count": 0})),
            ("GET", p) if p.ends_with("/triggers") => ok(json!({"_rid": "x", "Triggers": [], "_count": 0})),
            ("POST", p) if p.ends_with("/docs") => {
                assert_eq!(req.header("content-type"), Some("application/query+json"));
                assert_eq!(req.header("x-ms-documentdb-isquery"), Some("True"));
                assert_eq!(req.header("x-ms-documentdb-query-enablecrosspartition"), Some("True"));
                let q: Value = serde_json::from_str(&req.body).expect("query JSON");
                assert_eq!(q["query"], "SELECT * FROM c");
                let asked: usize = req
                    .header("x-ms-max-item-count")
                    .and_then(|n| n.parse().ok())
                    .expect("x-ms-max-item-count");
                let docs: Vec<Value> = match p {
                    "/dbs/telemetry/colls/events/docs" => {
                        if !f.throttled.swap(true, Ordering::SeqCst) {
                            return error(429, "429", "Message: {\"Errors\":[\"Request rate is large. More Request Units may be needed, so no changes were made. Please retry this request later.\"]}")
                                .with_header("x-ms-retry-after-ms", &RETRY_AFTER_MS.to_string())
                                .with_header("x-ms-substatus", "3200");
                        }
                        (0..EVENTS).map(event).collect()
                    }
                    "/dbs/shop/colls/orders/docs" => vec![
                        json!({"id": "o1", "tenantId": "t1", "userId": "u1", "status": "paid", "total": 12.5, "lines": [{"sku": "a", "qty": 1}]}),
                        json!({"id": "o2", "tenantId": "t1", "userId": "u2", "status": "new", "total": 3, "lines": []}),
                        json!({"id": "o3", "tenantId": "t2", "userId": "u3", "status": "paid", "total": 9.99, "lines": [{"sku": "b", "qty": 2}]}),
                    ],
                    "/dbs/shop/colls/leases/docs" => vec![
                        json!({"id": "orders-fn.contoso-test.documents.azure.com_c2hvcA==_b3JkZXI=..0", "LeaseToken": "0", "ContinuationToken": "\"41\"", "Owner": "host-1"}),
                        json!({"id": "orders-fn.contoso-test.documents.azure.com_c2hvcA==_b3JkZXI=..1", "LeaseToken": "1", "ContinuationToken": "\"17\"", "Owner": "host-2"}),
                        json!({"id": "audit-fn.contoso-test.documents.azure.com_c2hvcA==_b3JkZXI=..0", "LeaseToken": "0", "ContinuationToken": "\"40\"", "Owner": "host-9"}),
                        json!({"id": "orders-fn.contoso-test.documents.azure.com_c2hvcA==_b3JkZXI=.info", "id_prefix": "orders-fn"}),
                    ],
                    other => return error(404, "NotFound", &format!("Resource Not Found {other}")),
                };
                // The continuation token is opaque JSON, as the gateway's is.
                let start: usize = match &continuation {
                    None => 0,
                    Some(c) => {
                        let v: Value = serde_json::from_str(c).expect("continuation is JSON");
                        v["token"].as_str().unwrap().trim_start_matches("+RID:~").parse().unwrap()
                    }
                };
                let end = (start + asked.min(PAGE)).min(docs.len());
                let mut r = ok(json!({"_rid": "x", "Documents": docs[start..end], "_count": end - start}));
                if end < docs.len() {
                    let next = json!({"token": format!("+RID:~{end}"), "range": {"min": "", "max": "FF"}});
                    r = r.with_header("x-ms-continuation", &next.to_string());
                }
                r
            }
            (m, p) => error(404, "NotFound", &format!("Resource Not Found: {m} {p}")),
        }
    }
}

fn start(serverless: bool) -> (Server, Arc<Fixture>) {
    let f = Arc::new(Fixture {
        serverless,
        rejected: AtomicUsize::new(0),
        throttled: AtomicBool::new(false),
    });
    (Server::start(service(f.clone())), f)
}

fn source(server: &Server) -> String {
    server.url.replacen("http://", "cosmos+http://", 1)
}

// ------------------------------------------------------------------------------- tests

#[test]
fn account_containers_and_document_shape_become_findings() {
    let (server, fixture) = start(false);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cosmos.json");
    let started = Instant::now();
    let out = run(
        &["introspect", &source(&server), "-o", path.to_str().unwrap()],
        Some(KEY),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(started.elapsed().as_millis() as u64 >= RETRY_AFTER_MS);
    assert_eq!(
        fixture.rejected.load(Ordering::SeqCst),
        0,
        "a request was not signed right"
    );
    let err = stderr(&out);
    assert!(!err.contains(KEY), "{err}");
    assert!(
        err.contains("2 databases, 3 containers, 1007 documents sampled"),
        "{err}"
    );
    let p = Profile::load(&path).expect("the profile reads back");
    assert!(!std::fs::read_to_string(&path).unwrap().contains(KEY));

    assert_eq!(
        (p.engine.as_str(), p.version.as_str()),
        ("cosmosdb", "2.14.0.0")
    );
    assert_eq!(p.name.as_deref(), Some("contoso-test"));
    assert_eq!(p.region.as_deref(), Some("eastus"));
    let d = p.detection.as_ref().unwrap();
    assert!(
        d.evidence[0].contains("answers as Cosmos DB for NoSQL"),
        "{:?}",
        d.evidence
    );
    let c = p.cosmos.as_ref().unwrap();
    assert_eq!(c.regions, ["eastus", "westeurope", "southeastasia"]);
    assert!(c.multi_region_writes && c.analytical_store);
    assert_eq!(c.consistency.as_deref(), Some("BoundedStaleness"));
    assert_eq!(c.capacity_mode, "provisioned");
    assert_eq!(c.change_feed_consumers, 2);
    let shop = &c.databases[0];
    let shared = shop.shared_throughput.as_ref().unwrap();
    assert_eq!((shared.mode.as_str(), shared.ru_per_s), ("autoscale", 4000));
    let orders = &shop.containers[0];
    assert_eq!(orders.partition_key_paths, ["/tenantId", "/userId"]);
    assert_eq!(
        (
            orders.composite_indexes,
            orders.spatial_indexes,
            orders.unique_keys
        ),
        (2, 1, 1)
    );
    assert_eq!(orders.conflict_resolution.as_deref(), Some("Custom"));
    assert_eq!(orders.stored_procedures.len(), 2);
    let bulk = orders
        .stored_procedures
        .iter()
        .find(|s| s.name == "bulkImport")
        .unwrap();
    assert_eq!(bulk.body_length, 2230);
    assert_eq!(orders.triggers[0].trigger_type.as_deref(), Some("pre"));
    assert_eq!(orders.triggers[1].trigger_type.as_deref(), Some("post"));
    assert_eq!(orders.udfs[0].name, "taxed");
    assert_eq!(orders.document_count, Some(3));
    let events = &c.databases[1].containers[0];
    let t = events.throughput.as_ref().unwrap();
    assert_eq!((t.mode.as_str(), t.ru_per_s), ("manual", 12000));
    assert_eq!(events.default_ttl, Some(86400));
    assert_eq!(events.document_count, Some(EVENTS as u64));
    assert_eq!(events.size_bytes, Some(215_040 * 1024));

    // The shape of the first 1,000 of 2,500 events (the default sample), read in pages of 200.
    let s = events.shape.as_ref().unwrap();
    assert_eq!(s.sampled_documents, 1000);
    assert_eq!(s.max_depth, 6); // root → payload → a → b → c → d
    assert_eq!(s.max_array_length, 149);
    assert_eq!(s.polymorphic_paths, 1); // /value: number or "n/a"
    assert!(s.item_size_max_bytes > 40_000 && s.item_size_p99_bytes > 40_000);
    assert!(s.item_size_p50_bytes < 2_000, "{}", s.item_size_p50_bytes);
    let field = |p: &str| s.paths.iter().find(|x| x.path == p).unwrap();
    assert_eq!(field("/deviceId").presence.to_string(), "1");
    assert_eq!(field("/value").types, ["number", "string"]);
    assert_eq!(field("/payload/a/b/c/d/e").presence.to_string(), "0.01");
    assert_eq!(field("/blob").presence.to_string(), "0.02");
    assert_eq!(field("/readings[]").types, ["number"]);
    assert!(!s.paths.iter().any(|x| x.path.starts_with("/_")));
    // 13 paths, 7 of them (payload and below, blob) in fewer than half the documents.
    assert_eq!(s.field_paths, 13);
    assert_eq!(s.sparse_path_ratio.to_string(), "0.54");

    // Paging and throttling as the server saw them.
    let docs: Vec<Req> = server
        .requests()
        .into_iter()
        .filter(|r| r.target == "/dbs/telemetry/colls/events/docs")
        .collect();
    assert_eq!(
        docs.len(),
        1 + 5,
        "one throttled request, then five pages of 200"
    );
    assert_eq!(docs[0].header("x-ms-continuation"), None);
    assert_eq!(
        docs[1].header("x-ms-continuation"),
        None,
        "the 429 is retried as it was"
    );
    assert_eq!(
        docs[2].header("x-ms-continuation"),
        Some(r#"{"range":{"max":"FF","min":""},"token":"+RID:~200"}"#)
    );
    assert_eq!(docs[1].header("x-ms-max-item-count"), Some("1000"));
    assert_eq!(docs[5].header("x-ms-max-item-count"), Some("200"));
    let offers = server
        .requests()
        .iter()
        .filter(|r| r.target == "/offers")
        .count();
    assert_eq!(offers, 2, "two pages of offers");
    assert!(server
        .requests()
        .iter()
        .all(|r| r.method == "GET" || r.target.ends_with("/docs")));

    // The assessment of that profile.
    let a = assess_json(&path, &[]);
    let f = findings(&a);
    for (id, object) in [
        ("doc-cross-engine-migration", "cosmosdb"),
        ("doc-multi-region-writes", "multi-region writes"),
        ("cosmos-strong-consistency", "BoundedStaleness"),
        ("cosmos-analytical-store", "analytical store"),
        ("cosmos-custom-conflict-resolution", "shop.orders"),
        ("doc-hierarchical-partition-key", "shop.orders"),
        ("doc-stored-procedures", "bulkImport"),
        ("doc-udfs", "taxed"),
        ("doc-pre-triggers", "validateOrder"),
        ("doc-post-triggers", "updateTotals"),
        ("doc-change-feed-consumers", "2 change feed consumer(s)"),
        ("doc-change-feed-leases", "shop.leases"),
        ("doc-default-ttl", "telemetry.events"),
        ("doc-shared-throughput-database", "shop"),
        ("doc-composite-indexes", "shop.orders"),
        ("doc-spatial-indexes", "shop.orders"),
        ("doc-unique-keys", "shop.orders"),
        ("doc-deep-nesting", "telemetry.events"),
        ("doc-large-arrays", "telemetry.events"),
        ("doc-polymorphic-paths", "telemetry.events"),
        ("doc-large-items", "telemetry.events"),
        ("doc-sparse-shape", "telemetry.events"),
        ("doc-container-table-mapping", "telemetry.events"),
        ("doc-automatic-indexing", "shop.orders"),
        ("doc-peak-ru-not-measured", "peak_ru_per_s"),
    ] {
        assert_finding(&f, id, object);
    }
    // Every container was sampled; the orders are small and regular.
    assert!(!f.contains_key("doc-shape-not-sampled"));
    assert!(!f["doc-large-items"].iter().any(|o| o.contains("orders")));
    assert!(!f.contains_key("cosmos-serverless-account"));
}

#[test]
fn serverless_accounts_and_smaller_samples() {
    let (server, fixture) = start(true);
    let out = run(
        &[
            "assess",
            "--source",
            &format!("{}/telemetry", source(&server)),
            "--sample",
            "50",
            "--format",
            "json",
        ],
        Some(KEY),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(fixture.rejected.load(Ordering::SeqCst), 0);
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = findings(&a);
    assert_finding(&f, "cosmos-serverless-account", "serverless");
    let evidence = a["source"]["detection"]["evidence"].to_string();
    assert!(evidence.contains("offers are refused"), "{evidence}");
    // Only the database named in the URL was read.
    let requests = server.requests();
    assert!(!requests.iter().any(|r| r.target.starts_with("/dbs/shop")));
    let docs: Vec<&Req> = requests
        .iter()
        .filter(|r| r.target.ends_with("/docs"))
        .collect();
    assert_eq!(docs.len(), 2, "a 429, then one page of 50");
    assert_eq!(docs[1].header("x-ms-max-item-count"), Some("50"));

    // --sample 0 reads no documents.
    let out = run(
        &["introspect", &source(&server), "--sample", "0"],
        Some(KEY),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let p: Profile = serde_json::from_slice(&out.stdout).unwrap();
    let c = p.cosmos.unwrap();
    assert_eq!(c.capacity_mode, "serverless");
    assert!(c
        .databases
        .iter()
        .flat_map(|d| &d.containers)
        .all(|c| c.shape.is_none()));

    // A database the account does not have is bad input.
    let out = run(
        &["introspect", &format!("{}/nope", source(&server))],
        Some(KEY),
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("it has: shop, telemetry"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_key_comes_from_the_environment_and_is_never_shown() {
    let (server, fixture) = start(false);
    // A wrong key: the server refuses the signature.
    let out = run(&["introspect", &source(&server)], Some(WRONG_KEY));
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("refused the key") && err.contains("DBASSAY_COSMOS_KEY"),
        "{err}"
    );
    assert!(!err.contains(WRONG_KEY) && !err.contains(KEY), "{err}");
    assert!(fixture.rejected.load(Ordering::SeqCst) >= 1);

    // No key at all, or a key that is not base64: bad input, before any request.
    let before = server.count();
    let out = run(&["introspect", &source(&server)], None);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("set DBASSAY_COSMOS_KEY"),
        "{}",
        stderr(&out)
    );
    let out = run(&["introspect", &source(&server)], Some("not a key!"));
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    // A key in the URL is refused, and masked.
    let url = source(&server).replacen("//", &format!("//acct:{}@", "c2VjcmV0"), 1);
    let out = run(&["introspect", &url], Some(KEY));
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("acct:****@"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("c2VjcmV0"), "{}", stderr(&out));
    assert_eq!(server.count(), before);

    // --engine must be a document engine.
    let out = run(
        &["introspect", &source(&server), "--engine", "rds-mysql"],
        Some(KEY),
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));

    // Nothing listening: exit 3.
    let out = run(
        &[
            "introspect",
            "cosmos+http://127.0.0.1:1",
            "--connect-timeout",
            "2s",
        ],
        Some(KEY),
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
}
