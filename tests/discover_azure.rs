//! `dbassay discover azure` against a local server that speaks the Microsoft Entra ID token
//! endpoint (OAuth 2.0 client credentials), the Azure Resource Manager (listings paged by
//! `nextLink`, the ARM error body on 401 and 403, 429 with `Retry-After`) and Azure Monitor's
//! metrics API (hourly `timeseries`), through the real `azure_core` pipeline. Every request is
//! recorded and counted.

mod common;
#[path = "support/http.rs"]
mod http;

use common::*;
use http::{Req, Resp, Server};
use serde_json::{json, Value};
use std::path::Path;
use std::process::{Command, Output};

const SUB: &str = "0b1f6471-1bf0-4dda-aec3-111122223333";
const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const SECRET: &str = "sUp3r~s3cret.Value";
const TOKEN: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.good-token";
/// The end of the window the tests ask for (2026-11-30T00:00:00Z).
const UNTIL: &str = "2026-11-30";

/// How the server misbehaves in a test.
#[derive(Clone, Copy, Default)]
struct Faults {
    /// The Resource Manager refuses the token as expired.
    expired: bool,
    /// The MySQL listing is forbidden.
    forbid_mysql: bool,
    /// Instead of the usual PostgreSQL servers, this many, in two pages.
    many: Option<usize>,
}

fn server_id(provider: &str, name: &str) -> String {
    format!("/subscriptions/{SUB}/resourceGroups/rg-prod/providers/{provider}/{name}")
}

fn pg_server(name: &str, sku: &str, tier: &str, ha: &str, source: Option<&str>) -> Value {
    let mut props = json!({
        "administratorLogin": "pgadmin",
        "version": "16",
        "state": "Ready",
        "fullyQualifiedDomainName": format!("{name}.postgres.database.azure.com"),
        "storage": {"storageSizeGB": 512, "autoGrow": "Disabled", "tier": "P20", "iops": 2300, "type": "Premium_LRS"},
        "highAvailability": {"mode": ha, "state": "Healthy"},
        "replica": {"role": if source.is_some() { "AsyncReplica" } else { "Primary" }, "capacity": 5},
    });
    if let Some(s) = source {
        props["sourceServerResourceId"] =
            json!(server_id("Microsoft.DBforPostgreSQL/flexibleServers", s));
        props["replicationRole"] = json!("AsyncReplica");
    }
    json!({
        "id": server_id("Microsoft.DBforPostgreSQL/flexibleServers", name),
        "name": name,
        "type": "Microsoft.DBforPostgreSQL/flexibleServers",
        "location": "East US",
        "sku": {"name": sku, "tier": tier},
        "properties": props,
        "tags": {}
    })
}

fn mysql_server() -> Value {
    json!({
        "id": server_id("Microsoft.DBforMySQL/flexibleServers", "shop-mysql"),
        "name": "shop-mysql",
        "type": "Microsoft.DBforMySQL/flexibleServers",
        "location": "eastus",
        "sku": {"name": "Standard_D2ds_v4", "tier": "GeneralPurpose"},
        "properties": {
            "administratorLogin": "shopadmin",
            "version": "8.0.21",
            "state": "Ready",
            "fullyQualifiedDomainName": "shop-mysql.mysql.database.azure.com",
            "storage": {"storageSizeGB": 128, "iops": 684, "autoGrow": "Enabled", "autoIoScaling": "Disabled"},
            "highAvailability": {"mode": "Disabled", "state": "NotEnabled"},
            "replicationRole": "None"
        }
    })
}

fn cosmos_account() -> Value {
    json!({
        "id": format!("/subscriptions/{SUB}/resourceGroups/rg-prod/providers/Microsoft.DocumentDB/databaseAccounts/catalog-cosmos"),
        "name": "catalog-cosmos",
        "type": "Microsoft.DocumentDB/databaseAccounts",
        "location": "West Europe",
        "kind": "GlobalDocumentDB",
        "properties": {
            "provisioningState": "Succeeded",
            "documentEndpoint": "https://catalog-cosmos.documents.azure.com:443/",
            "databaseAccountOfferType": "Standard",
            "enableMultipleWriteLocations": false,
            "enableAnalyticalStorage": false,
            "consistencyPolicy": {"defaultConsistencyLevel": "Session"},
            "capabilities": [],
            "locations": [
                {"locationName": "North Europe", "failoverPriority": 1},
                {"locationName": "West Europe", "failoverPriority": 0}
            ]
        }
    })
}

/// 14 days of hourly points from the `timespan` asked: `busy` from 08:00 to 19:59 UTC,
/// `quiet` otherwise, as Azure Monitor writes them.
fn hourly(req: &Req, agg: &str, busy: f64, quiet: f64) -> Value {
    let span = req.query("timespan").expect("a timespan");
    let (start, end) = span.split_once('/').expect("start/end");
    let (start, end) = (
        dbassay::time::parse(start).expect("start"),
        dbassay::time::parse(end).expect("end"),
    );
    let data: Vec<Value> = (0..)
        .map(|i| start + i * 3600)
        .take_while(|t| *t < end)
        .map(|t| {
            let h = t.rem_euclid(86_400) / 3600;
            let v = if (8..20).contains(&h) { busy } else { quiet };
            json!({"timeStamp": dbassay::time::rfc3339(t), agg: v})
        })
        .collect();
    json!(data)
}

fn metric(req: &Req, id: &str, name: &str, aggs: &[(&str, f64, f64)]) -> Value {
    // One timeseries whose data points carry each aggregation asked.
    let mut points: Vec<Value> = hourly(req, aggs[0].0, aggs[0].1, aggs[0].2)
        .as_array()
        .unwrap()
        .clone();
    for (agg, busy, quiet) in &aggs[1..] {
        for (p, q) in points
            .iter_mut()
            .zip(hourly(req, agg, *busy, *quiet).as_array().unwrap())
        {
            p[*agg] = q[*agg].clone();
        }
    }
    json!({
        "id": format!("{id}/providers/Microsoft.Insights/metrics/{name}"),
        "type": "Microsoft.Insights/metrics",
        "name": {"value": name, "localizedValue": name},
        "unit": "Percent",
        "timeseries": [{"metadatavalues": [], "data": points}],
        "errorCode": "Success"
    })
}

fn arm_error(status: u16, code: &str, message: &str) -> Resp {
    Resp::json(
        status,
        "application/json; charset=utf-8",
        json!({"error": {"code": code, "message": message}}).to_string(),
    )
}

/// The Entra ID, Resource Manager and Monitor endpoints of one test subscription.
fn cloud(faults: Faults) -> Server {
    let throttled = std::sync::atomic::AtomicBool::new(false);
    Server::start(move |req, _| {
        let path = req.target.split('?').next().unwrap_or_default().to_string();
        let json_ok = |v: Value| Resp::json(200, "application/json; charset=utf-8", v.to_string());
        if req.method == "POST" && path == format!("/{TENANT}/oauth2/v2.0/token") {
            let form = http::decode(&req.body);
            let ok = form.contains("grant_type=client_credentials")
                && form.contains(&format!("client_secret={SECRET}"))
                && form.contains("scope=https://management.azure.com/.default");
            return if ok {
                json_ok(
                    json!({"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": TOKEN}),
                )
            } else {
                Resp::json(401, "application/json", json!({"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided."}).to_string())
            };
        }
        if req.header("authorization") != Some(&format!("Bearer {TOKEN}")) {
            return arm_error(
                401,
                "InvalidAuthenticationToken",
                "The access token is invalid.",
            );
        }
        if faults.expired {
            return arm_error(
                401,
                "ExpiredAuthenticationToken",
                "The access token expiry UTC time '11/30/2026 9:00:00 AM' is earlier than current UTC time '11/30/2026 10:00:00 AM'.",
            );
        }
        let list = |kind: &str| format!("/subscriptions/{SUB}/providers/{kind}");
        if path == list("Microsoft.DBforPostgreSQL/flexibleServers") {
            assert!(req.query("api-version").is_some());
            if let Some(n) = faults.many {
                let server = |i: usize| {
                    pg_server(
                        &format!("pg-{i:03}"),
                        "Standard_D2ds_v5",
                        "GeneralPurpose",
                        "Disabled",
                        None,
                    )
                };
                return if req.query("$skipToken").is_none() {
                    json_ok(json!({
                        "value": (0..n / 2).map(server).collect::<Vec<_>>(),
                        "nextLink": format!("http://{}{}?api-version=2024-08-01&$skipToken=page2", req.header("host").unwrap(), path)
                    }))
                } else {
                    json_ok(json!({"value": (n / 2..n).map(server).collect::<Vec<_>>()}))
                };
            }
            return if req.query("$skipToken").is_none() {
                json_ok(json!({
                    "value": [pg_server("orders-pg", "Standard_D4ds_v5", "GeneralPurpose", "ZoneRedundant", None)],
                    "nextLink": format!("http://{}{}?api-version=2024-08-01&$skipToken=page2", req.header("host").unwrap(), path)
                }))
            } else {
                json_ok(json!({"value": [
                    pg_server("orders-pg-replica", "Standard_D4ds_v5", "GeneralPurpose", "Disabled", Some("orders-pg")),
                    pg_server("small-pg", "Standard_B1ms", "Burstable", "Disabled", None)
                ]}))
            };
        }
        if path == list("Microsoft.DBforMySQL/flexibleServers") {
            if faults.forbid_mysql {
                return arm_error(403, "AuthorizationFailed", &format!(
                    "The client 'c0ffee' with object id 'c0ffee' does not have authorization to perform action 'Microsoft.DBforMySQL/flexibleServers/read' over scope '/subscriptions/{SUB}' or the scope is invalid."
                ));
            }
            if !throttled.swap(true, std::sync::atomic::Ordering::SeqCst) {
                return arm_error(
                    429,
                    "TooManyRequests",
                    "Rate limit exceeded, retry after 1 second.",
                )
                .with_header("Retry-After", "1");
            }
            return json_ok(json!({"value": [mysql_server()]}));
        }
        if path == list("Microsoft.DocumentDB/databaseAccounts") {
            return json_ok(json!({"value": [cosmos_account()]}));
        }
        if let Some(id) = path.strip_suffix("/providers/Microsoft.Insights/metrics") {
            assert_eq!(req.query("interval").as_deref(), Some("PT1H"));
            let names = req.query("metricnames").unwrap_or_default();
            let value: Vec<Value> = names
                .split(',')
                .map(|n| match n {
                    "cpu_percent" => metric(req, id, n, &[("average", 20.0, 4.0)]),
                    "memory_percent" => metric(req, id, n, &[("average", 50.0, 50.0)]),
                    "active_connections" => metric(
                        req,
                        id,
                        n,
                        &[("average", 30.0, 6.0), ("maximum", 40.0, 8.0)],
                    ),
                    "TotalRequestUnits" => metric(
                        req,
                        id,
                        n,
                        &[
                            ("total", 3_600_000.0, 360_000.0),
                            ("maximum", 2000.0, 200.0),
                        ],
                    ),
                    "NormalizedRUConsumption" => metric(req, id, n, &[("maximum", 60.0, 6.0)]),
                    other => panic!("unexpected metric {other}"),
                })
                .collect();
            return json_ok(json!({
                "cost": 0, "timespan": req.query("timespan"), "interval": "PT1H",
                "value": value, "namespace": "x", "resourceregion": "westeurope"
            }));
        }
        arm_error(404, "NotFound", &format!("no route {path}"))
    })
}

fn discover(dir: &Path, server: &Server, envs: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dbassay"));
    cmd.args([
        "discover",
        "azure",
        "--subscription",
        SUB,
        "-o",
        "estate",
        "--until",
        UNTIL,
    ])
    .current_dir(dir)
    .env_clear()
    // No Azure CLI to fall back to.
    .env("PATH", "/nonexistent")
    .env("HOME", dir)
    .env("NO_COLOR", "1")
    .env("DBASSAY_AZURE_ARM_ENDPOINT", &server.url)
    .env("AZURE_AUTHORITY_HOST", &server.url);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.output().expect("run dbassay discover azure")
}

const CREDENTIALS: &[(&str, &str)] = &[
    ("AZURE_TENANT_ID", TENANT),
    ("AZURE_CLIENT_ID", "c0ffee00-0000-4000-8000-000000000001"),
    ("AZURE_CLIENT_SECRET", SECRET),
];

fn read_json(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn count(server: &Server, f: impl Fn(&Req) -> bool) -> usize {
    server
        .requests
        .lock()
        .unwrap()
        .iter()
        .filter(|r| f(r))
        .count()
}

#[test]
fn a_subscription_is_discovered_with_its_utilisation_and_fleet_runs_over_it() {
    let server = cloud(Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let out = discover(dir.path(), &server, CREDENTIALS);
    let elapsed = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);

    // Requests: one token, two pages of PostgreSQL servers, the MySQL listing throttled once
    // (429, Retry-After honoured) then answered, one Cosmos DB listing, one metrics request per
    // source (the replica is not a source).
    let token = count(&server, |r| r.target.contains("/oauth2/v2.0/token"));
    let pg = count(&server, |r| {
        r.target.contains("DBforPostgreSQL/flexibleServers?")
    });
    let mysql = count(&server, |r| {
        r.target.contains("DBforMySQL/flexibleServers?")
    });
    let cosmos = count(&server, |r| r.target.contains("databaseAccounts?"));
    let metrics = count(&server, |r| r.target.contains("Microsoft.Insights/metrics"));
    assert_eq!((token, pg, mysql, cosmos, metrics), (1, 2, 2, 1, 4));
    assert_eq!(server.requests.lock().unwrap().len(), 10);
    assert!(
        elapsed >= std::time::Duration::from_secs(1),
        "Retry-After: 1 was honoured"
    );
    assert!(
        err.contains(&format!("API calls in {SUB}: 10")),
        "the calls are counted, retries included: {err}"
    );

    // The inventory, in the fleet format.
    let inv = std::fs::read_to_string(dir.path().join("estate/inventory.yaml")).unwrap();
    for want in [
        "name: orders-pg",
        "url: postgresql://pgadmin@orders-pg.postgres.database.azure.com:5432/postgres?sslmode=require",
        "password_env: ORDERS_PG_PASSWORD",
        "url: mysql://shopadmin@shop-mysql.mysql.database.azure.com:3306/?ssl-mode=REQUIRED",
        "url: cosmos://catalog-cosmos.documents.azure.com",
        "engine: azure-postgresql",
        "engine: azure-mysql",
        "engine: cosmosdb",
        "region: westeurope",
    ] {
        assert!(inv.contains(want), "{want} in\n{inv}");
    }
    assert!(
        !inv.contains("orders-pg-replica"),
        "a replica is not a source:\n{inv}"
    );

    // The profiles: sizing from the Resource Manager, utilisation from Monitor.
    let orders = read_json(&dir.path().join("estate/profiles/orders-pg.json"));
    assert_eq!(orders["engine"], "azure-postgresql");
    assert_eq!(orders["schema_coverage"], "not_introspected");
    assert_eq!(orders["region"], "eastus");
    assert_eq!(orders["version"], "16");
    let s = &orders["sizing"];
    assert_eq!(s["instance_class"], "D4ds_v5");
    assert_eq!(s["tier"], "General Purpose");
    assert_eq!(s["vcpu"], 4);
    assert_eq!(s["memory_gib"], "16");
    assert_eq!(s["storage_gb"], "512");
    assert_eq!(s["high_availability"], true);
    assert_eq!(s["read_replicas"], 1);
    let w = &orders["workload"];
    // 14 days hourly, 20 % for 12 hours and 4 % for 12: average 12 %, p95 20 %.
    assert_eq!(w["cpu_utilization_pct"], "12");
    assert_eq!(w["cpu_p95_pct"], "20");
    assert_eq!(w["hourly_cpu_pct"].as_array().unwrap().len(), 24);
    assert_eq!(w["hourly_cpu_pct"][3], "4");
    assert_eq!(w["hourly_cpu_pct"][12], "20");
    assert_eq!(w["active_hours_per_day"], "24");
    assert_eq!(w["average_connections"], 18);
    assert_eq!(w["peak_connections"], 40);
    assert_eq!(w["memory_used_gib"], "8");
    assert_eq!(w["measurement"]["source"], "azure-monitor");
    assert_eq!(w["measurement"]["window_days"], "14");
    assert_eq!(w["measurement"]["until"], UNTIL);

    let small = read_json(&dir.path().join("estate/profiles/small-pg.json"));
    assert_eq!(small["sizing"]["instance_class"], "B1ms");
    assert_eq!(small["sizing"]["tier"], "Burstable");
    assert!(small["sizing"].get("high_availability").is_none());

    let shop = read_json(&dir.path().join("estate/profiles/shop-mysql.json"));
    assert_eq!(shop["engine"], "azure-mysql");
    assert_eq!(shop["region"], "eastus");
    assert_eq!(shop["sizing"]["instance_class"], "D2ds_v4");
    assert_eq!(shop["workload"]["cpu_p95_pct"], "20");

    let cat = read_json(&dir.path().join("estate/profiles/catalog-cosmos.json"));
    assert_eq!(cat["engine"], "cosmosdb");
    assert_eq!(cat["cosmos"]["capacity_mode"], "provisioned");
    assert_eq!(
        cat["cosmos"]["regions"],
        json!(["westeurope", "northeurope"])
    );
    assert_eq!(cat["cosmos"]["consistency"], "Session");
    // 3.6 M RU in a busy hour is 1,000 RU/s; the mean hour 1.98 M, 550 RU/s.
    assert_eq!(cat["workload"]["peak_ru_per_s"], 1000);
    assert_eq!(cat["workload"]["average_ru_per_s"], 550);
    assert_eq!(
        cat["workload"]["other"]["normalized_ru_consumption_p95_pct"],
        "60"
    );

    // Secrets appear nowhere.
    for entry in files_under(&dir.path().join("estate")) {
        let text = std::fs::read_to_string(&entry).unwrap();
        assert!(
            !text.contains(SECRET) && !text.contains("good-token"),
            "{}",
            entry.display()
        );
    }
    assert!(!err.contains(SECRET) && !stdout(&out).contains(SECRET));

    // The fleet over the discovered estate: no password exported, so every source is sized
    // from its profile, compatibility not assessed, and the run succeeds.
    let fleet = Command::new(env!("CARGO_BIN_EXE_dbassay"))
        .args([
            "fleet",
            "estate/inventory.yaml",
            "--format",
            "json",
            "--pricing",
            "offline",
            "-o",
            "report",
        ])
        .current_dir(dir.path())
        .env("DBASSAY_CACHE_DIR", dir.path().join("cache"))
        .env_remove("DBASSAY_COSMOS_KEY")
        .output()
        .unwrap();
    assert_eq!(fleet.status.code(), Some(0), "{}", stderr(&fleet));
    let s: Value = serde_json::from_slice(&fleet.stdout).unwrap();
    assert_eq!(
        (
            s["sources"].as_u64(),
            s["sizing_only"].as_u64(),
            s["failed"].as_u64()
        ),
        (Some(4), Some(4), Some(0))
    );
    let orders = s["sized"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "orders-pg")
        .unwrap()
        .clone();
    assert_eq!(orders["utilisation"]["cpu_p95_pct"], "20");
    // Priced from the engine's eastus rate card: a D4ds_v5 server, its zone-redundant standby
    // and its replica, 512 GB each.
    let source: f64 = orders["source_monthly"]
        .as_str()
        .expect("priced")
        .parse()
        .unwrap();
    assert!(source > 3.0 * 0.356 * 730.0, "{orders}");
    let html = std::fs::read_to_string(dir.path().join("report/fleet.html")).unwrap();
    assert!(
        html.contains("CPU 12 % average, 20 % p95"),
        "utilisation beside each source"
    );
}

#[test]
fn fifty_servers_take_one_metrics_request_each() {
    let server = cloud(Faults {
        many: Some(50),
        ..Faults::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let out = discover(dir.path(), &server, CREDENTIALS);
    let elapsed = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // 1 token + 2 pages of PostgreSQL servers + 2 MySQL (one 429) + 1 Cosmos DB listing
    // + 52 metrics requests (50 servers, the MySQL server, the Cosmos DB account).
    let metrics = count(&server, |r| r.target.contains("Microsoft.Insights/metrics"));
    assert_eq!(metrics, 52);
    assert_eq!(server.requests.lock().unwrap().len(), 58);
    assert_eq!(
        std::fs::read_dir(dir.path().join("estate/profiles"))
            .unwrap()
            .count(),
        52
    );
    eprintln!("50 servers: 58 requests in {elapsed:?} (1 s of it the Retry-After)");
}

#[test]
fn a_forbidden_resource_type_is_a_warning_naming_the_permission() {
    let server = cloud(Faults {
        forbid_mysql: true,
        ..Faults::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let out = discover(dir.path(), &server, CREDENTIALS);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("no permission Microsoft.DBforMySQL/flexibleServers/read"),
        "{err}"
    );
    assert!(err.contains("AuthorizationFailed"), "{err}");
    // A 403 is not retried, and the rest is still discovered.
    assert_eq!(count(&server, |r| r.target.contains("DBforMySQL")), 1);
    assert!(dir.path().join("estate/profiles/orders-pg.json").is_file());
    assert!(dir
        .path()
        .join("estate/profiles/catalog-cosmos.json")
        .is_file());
    assert!(!dir.path().join("estate/profiles/shop-mysql.json").exists());
    let inv = std::fs::read_to_string(dir.path().join("estate/inventory.yaml")).unwrap();
    assert!(
        inv.contains("# warning: subscription") && inv.contains("flexibleServers/read"),
        "{inv}"
    );
}

#[test]
fn an_expired_token_exits_3_with_what_azure_said_and_writes_nothing() {
    let server = cloud(Faults {
        expired: true,
        ..Faults::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let out = discover(dir.path(), &server, CREDENTIALS);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("ExpiredAuthenticationToken"), "{err}");
    assert!(err.contains("refused the token"), "{err}");
    assert!(
        !err.contains(SECRET) && !err.contains("good-token"),
        "{err}"
    );
    // Stopped at the first refusal: the token, then one listing.
    assert_eq!(server.requests.lock().unwrap().len(), 2);
    assert!(!dir.path().join("estate").exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn no_credentials_or_a_wrong_secret_exits_3_and_writes_nothing() {
    let server = cloud(Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let out = discover(dir.path(), &server, &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("no Azure credentials were found"), "{err}");
    assert!(
        err.contains("AZURE_CLIENT_SECRET") && err.contains("az login"),
        "{err}"
    );
    assert_eq!(server.requests.lock().unwrap().len(), 0);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

    let wrong = [
        ("AZURE_TENANT_ID", TENANT),
        ("AZURE_CLIENT_ID", "c0ffee00-0000-4000-8000-000000000001"),
        ("AZURE_CLIENT_SECRET", "not-the-secret"),
    ];
    let out = discover(dir.path(), &server, &wrong);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("AADSTS7000215"), "{err}");
    assert!(!err.contains("not-the-secret"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
