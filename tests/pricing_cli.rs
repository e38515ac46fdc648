//! `--pricing` modes and `prices refresh|show|export` through the binary, with endpoints set by
//! environment variables; Google's Billing Catalog with an API key that never shows.

mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/prices.rs"]
mod prices;

use http::{Req, Resp, Server};
use prices::*;
use serde_json::{json, Value};
use std::path::Path;
use std::process::Output;

const GOOGLE_KEY: &str = "AIzaTEST-dbassay-secret-key-000000000";

/// `assess --profile <profile> --format json --pricing <mode>` with `env`; panics with the error
/// output unless it succeeds.
fn assess_priced(profile: &str, mode: &str, env: &[(&str, &str)]) -> Output {
    let out = run(
        &[
            "assess",
            "--profile",
            profile,
            "--format",
            "json",
            "--pricing",
            mode,
        ],
        env,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn endpoints<'a>(cache: &'a str, url: &'a str, azure: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("DBASSAY_CACHE_DIR", cache),
        ("DBASSAY_AWS_PRICING_ENDPOINT", url),
        ("DBASSAY_AZURE_PRICES_URL", azure),
        ("DBASSAY_GCP_BILLING_URL", url),
    ]
}

fn sample(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/profiles")
        .join(format!("{name}.json"))
        .to_string_lossy()
        .into_owned()
}

/// Answers every Azure query with the records of the reference sample, re-priced.
fn azure_mysql(req: &Req, _: usize) -> Resp {
    let filter = req.query("$filter").unwrap_or_default();
    let all = [
        azure_item(
            "Azure Database for MySQL",
            "Azure Database for MySQL Flexible Server General Purpose Ddsv4 Series Compute",
            "2 vCore",
            "vCore",
            "1 Hour",
            0.1400,
            "eastus",
        ),
        azure_item(
            "Azure Database for MySQL",
            "Azure Database for MySQL Flexible Server General Purpose Ddsv4 Series Compute",
            "8 vCore",
            "vCore",
            "1 Hour",
            0.5600,
            "eastus",
        ),
        azure_item(
            "Azure Database for MySQL",
            "Azure Database for MySQL Flexible Server Storage",
            "Storage",
            "Storage Data Stored",
            "1 GB/Month",
            0.1200,
            "eastus",
        ),
        azure_item(
            "Azure Database for MySQL",
            "Azure Database for MySQL Flexible Server Backup Storage",
            "Backup Storage LRS",
            "Backup Storage LRS Data Stored",
            "1 GB/Month",
            0.0950,
            "eastus",
        ),
    ];
    let items: Vec<Value> = all
        .into_iter()
        .filter(|i| {
            !filter.contains("meterName eq")
                || filter.contains(&format!(
                    "meterName eq '{}'",
                    i["meterName"].as_str().unwrap()
                ))
        })
        .collect();
    Resp::json(200, "application/json", azure_page(&items, None))
}

#[test]
fn cached_and_offline_never_touch_the_network_and_live_fills_the_cache() {
    let server = Server::start(azure_mysql);
    let cache = tempfile::tempdir().unwrap();
    let cache_s = cache.path().to_str().unwrap();
    let azure = format!("{}/api/retail/prices", server.url);
    let env = endpoints(cache_s, &server.url, &azure);
    let profile = sample("azure-mysql");

    for mode in ["cached", "offline"] {
        assess_priced(&profile, mode, &env);
        assert_eq!(server.count(), 0, "{mode} reached the network");
    }

    let out = assess_priced(&profile, "live", &env);
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    let compute = common::cost_line(&a, "source", "compute");
    assert_eq!(compute["price"]["source"], "api");
    // The sample is a D8ds_v4: the Ddsv4 series' "8 vCore" row.
    assert_eq!(compute["unit_price"], "0.56");
    let cold = server.count();
    assert!(
        cold <= 8,
        "cold-cache assessment of one engine made {cold} requests"
    );

    // The default mode now reads what live mode cached, without a request.
    let out = run(&["assess", "--profile", &profile, "--format", "json"], &env);
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        common::cost_line(&a, "source", "compute")["price"]["source"],
        "cache"
    );
    assert_eq!(server.count(), cold);

    // `prices show` and `prices export` read the same book.
    let out = run(
        &["prices", "show", "azure-mysql", "--region", "eastus"],
        &env,
    );
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("General Purpose/D2ds_v4")
            && table.contains("0.14 USD")
            && table.contains("cache"),
        "{table}"
    );
    let out = run(
        &[
            "prices",
            "export",
            "--format",
            "csv",
            "--engine",
            "azure-mysql",
        ],
        &env,
    );
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv.starts_with(
        "engine,region,line,sku,unit,unit_price,currency,source,basis,as_of,reference\n"
    ));
    assert!(
        csv.contains("azure-mysql,eastus,compute,General Purpose/D2ds_v4,1 Hour,0.14,USD,cache,"),
        "{csv}"
    );
    let out = run(
        &[
            "prices",
            "export",
            "--format",
            "json",
            "--pricing",
            "offline",
        ],
        &env,
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = v["prices"].as_array().unwrap();
    assert!(rows.iter().any(|r| r["engine"] == "lakebase"));
    assert!(rows.iter().any(|r| r["source"] == "rate_card"));
    assert!(
        rows.iter().all(|r| r["source"] != "cache"),
        "offline read the cache"
    );
    assert_eq!(server.count(), cold);
}

#[test]
fn refresh_reports_a_service_that_is_down_with_exit_code_3() {
    let down = Server::start(|_, _| Resp::json(503, "application/json", "{}"));
    let cache = tempfile::tempdir().unwrap();
    let azure = format!("{}/api/retail/prices", down.url);
    let env = endpoints(cache.path().to_str().unwrap(), &down.url, &azure);
    let out = run(&["prices", "refresh", "--engine", "cosmosdb"], &env);
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("failed") && text.contains("HTTP 503"),
        "{text}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("price services"));
    // Google without a key is skipped with the reason, not an error.
    let out = run(&["prices", "refresh", "--engine", "alloydb"], &env);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("no Google API key"));
}

/// The Billing Catalog: `/v1/services` (for AlloyDB's id) and `/v1/services/{id}/skus` in two
/// pages, each SKU with `serviceRegions` and a `pricingInfo` of tiered rates in `Money`.
fn google(req: &Req, _: usize) -> Resp {
    assert_eq!(req.header("x-goog-api-key"), Some(GOOGLE_KEY));
    assert!(
        !req.target.contains(GOOGLE_KEY),
        "the key must not be in the URL"
    );
    let path = req.target.split('?').next().unwrap();
    let sku = |id: &str,
               desc: &str,
               group: &str,
               usage: &str,
               unit: &str,
               units: &str,
               nanos: i64,
               regions: &[&str]| {
        json!({
            "name": format!("services/9662-B51E-5089/skus/{id}"), "skuId": id, "description": desc,
            "category": {"serviceDisplayName": "Cloud SQL", "resourceFamily": "ApplicationServices",
                         "resourceGroup": group, "usageType": usage},
            "serviceRegions": regions,
            "pricingInfo": [{"summary": "", "effectiveTime": "2026-11-20T08:00:00Z",
                "pricingExpression": {"usageUnit": unit, "usageUnitDescription": unit, "baseUnit": "s",
                    "displayQuantity": 1,
                    "tieredRates": [{"startUsageAmount": 0, "unitPrice": {"currencyCode": "USD", "units": units, "nanos": nanos}}]},
                "currencyConversionRate": 1}],
            "serviceProviderName": "Google"
        })
    };
    match path {
        "/v1/services/9662-B51E-5089/skus" => {
            assert_eq!(req.query("currencyCode").as_deref(), Some("USD"));
            match req.query("pageToken").as_deref() {
                None => Resp::json(200, "application/json", json!({
                    "skus": [
                        sku("0001", "Cloud SQL for PostgreSQL: Zonal - vCPU in Americas", "SQLGen2InstancesCPU", "OnDemand", "h", "0", 42_000_000, &["us-central1", "us-east1"]),
                        sku("0002", "Commitment v1: Cloud SQL for PostgreSQL: Zonal - vCPU in Americas for 1 Year", "SQLGen2InstancesCPU", "Commit1Yr", "h", "0", 26_000_000, &["us-central1"]),
                        sku("0003", "Cloud SQL for PostgreSQL: Zonal - RAM in Americas", "SQLGen2InstancesRAM", "OnDemand", "GiBy.h", "0", 7_100_000, &["us-central1"]),
                        sku("0004", "Cloud SQL for PostgreSQL: Zonal - vCPU in Belgium", "SQLGen2InstancesCPU", "OnDemand", "h", "0", 45_000_000, &["europe-west1"]),
                    ],
                    "nextPageToken": "page-2"
                }).to_string()),
                Some("page-2") => Resp::json(200, "application/json", json!({
                    "skus": [
                        sku("0005", "Cloud SQL for PostgreSQL: Zonal - Standard storage in Americas", "SSD", "OnDemand", "GiBy.mo", "0", 180_000_000, &["us-central1"]),
                        sku("0006", "Cloud SQL: Backups in Americas", "PDSnapshot", "OnDemand", "GiBy.mo", "0", 85_000_000, &["us-central1"]),
                        sku("0007", "Cloud SQL for MySQL: Zonal - vCPU in Americas", "SQLGen2InstancesCPU", "OnDemand", "h", "0", 41_000_000, &["us-central1"]),
                    ],
                    "nextPageToken": ""
                }).to_string()),
                Some(other) => panic!("unexpected pageToken {other}"),
            }
        }
        "/v1/services" => Resp::json(200, "application/json", json!({
            "services": [
                {"name": "services/9662-B51E-5089", "serviceId": "9662-B51E-5089", "displayName": "Cloud SQL", "businessEntityName": "businessEntities/GCP"},
                {"name": "services/TEST-ALLOY-0001", "serviceId": "TEST-ALLOY-0001", "displayName": "AlloyDB for PostgreSQL", "businessEntityName": "businessEntities/GCP"}
            ],
            "nextPageToken": ""
        }).to_string()),
        "/v1/services/TEST-ALLOY-0001/skus" => Resp::json(200, "application/json", json!({"skus": [], "nextPageToken": ""}).to_string()),
        other => panic!("unexpected path {other}"),
    }
}

#[test]
fn google_billing_catalog_with_an_api_key_prices_cloud_sql_to_the_cent() {
    let server = Server::start(google);
    let cache = tempfile::tempdir().unwrap();
    let azure = format!("{}/api/retail/prices", server.url);
    let mut env = endpoints(cache.path().to_str().unwrap(), &server.url, &azure);
    env.push(("DBASSAY_GCP_API_KEY", GOOGLE_KEY));
    let out = assess_priced(&sample("cloudsql-postgresql"), "live", &env);
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!all.contains(GOOGLE_KEY), "the API key leaked");
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    // db-custom-8-32768 with HA and one replica: vCPU 8 × 730 × 2 = 11,680 h at 0.042;
    // 32 GiB × 730 × 2 = 46,720 GiB-h at 0.0071; the standby again 5,840 and 23,360 at the
    // zonal rates; 2,250 GB × 0.18 three times (primary, standby, replica); 1,650 GB × 0.085.
    let expect = [
        ("vcpu", "0.042", "490.56"),
        ("memory", "0.0071", "331.71"),
        ("standby_vcpu", "0.042", "245.28"),
        ("standby_memory", "0.0071", "165.86"),
        ("storage", "0.18", "405.00"),
        ("standby_storage", "0.18", "405.00"),
        ("replica_storage", "0.18", "405.00"),
        ("backup", "0.085", "140.25"),
    ];
    for (id, price, monthly) in expect {
        let l = common::cost_line(&a, "source", id);
        assert_eq!(l["unit_price"], price, "{id}");
        assert_eq!(l["monthly"], monthly, "{id}");
        assert_eq!(l["price"]["source"], "api", "{id}");
    }
    assert_eq!(a["cost"]["source_monthly"], "2588.66");
    // Two pages of one service's SKUs; Cloud SQL's id needs no look-up.
    assert_eq!(server.count(), 2);

    // AlloyDB's id is looked up by name first.
    let out = run(&["prices", "refresh", "--engine", "alloydb"], &env);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let paths: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.target.split('?').next().unwrap().to_string())
        .collect();
    assert!(paths.contains(&"/v1/services".to_string()));
    assert!(paths.contains(&"/v1/services/TEST-ALLOY-0001/skus".to_string()));
    assert!(!String::from_utf8_lossy(&out.stdout).contains(GOOGLE_KEY));
}
