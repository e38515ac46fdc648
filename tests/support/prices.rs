//! Helpers for the price tests: records in each service's wire format, profiles, and price
//! books pointed at a local server with a private cache directory.
#![allow(dead_code)]

use serde_json::{json, Value};
use std::path::Path;

use dbassay::assessment::Assessment;
use dbassay::pipeline::{AssessOptions, Toolkit};
use dbassay::pricing::{Mode, PriceBook, PriceOptions};
use dbassay::profile::Profile;

/// Fake static credentials for the AWS SDK's standard chain (environment variables); no
/// instance metadata, no shared files.
pub const FAKE_KEY_ID: &str = "AKIDDBASSAYTESTFAKE01";
pub const FAKE_SECRET: &str = "dbassay+test/secret+never+printed+0000000";

pub fn fake_aws_env() {
    std::env::set_var("AWS_ACCESS_KEY_ID", FAKE_KEY_ID);
    std::env::set_var("AWS_SECRET_ACCESS_KEY", FAKE_SECRET);
    std::env::set_var("AWS_EC2_METADATA_DISABLED", "true");
    std::env::set_var("AWS_CONFIG_FILE", "/nonexistent/dbassay-test-aws-config");
    std::env::set_var(
        "AWS_SHARED_CREDENTIALS_FILE",
        "/nonexistent/dbassay-test-aws-credentials",
    );
}

/// The same, for a child process.
pub fn fake_aws_env_pairs() -> Vec<(&'static str, &'static str)> {
    vec![
        ("AWS_ACCESS_KEY_ID", FAKE_KEY_ID),
        ("AWS_SECRET_ACCESS_KEY", FAKE_SECRET),
        ("AWS_EC2_METADATA_DISABLED", "true"),
        ("AWS_CONFIG_FILE", "/nonexistent/dbassay-test-aws-config"),
        (
            "AWS_SHARED_CREDENTIALS_FILE",
            "/nonexistent/dbassay-test-aws-credentials",
        ),
    ]
}

/// Runs the built binary from the checkout with `env` added: no colour, fast retries, no Google
/// key of the developer's, and the fake AWS credentials.
pub fn run(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_dbassay"));
    c.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("DBASSAY_PRICE_RETRY_BASE_MS", "1")
        .env_remove("GOOGLE_API_KEY")
        .env_remove("DBASSAY_GCP_API_KEY");
    for (k, v) in fake_aws_env_pairs() {
        c.env(k, v);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run dbassay")
}

/// Options for a test: endpoints on the local server, a private cache, fast retries.
pub fn options(cache: &Path, url: &str) -> PriceOptions {
    PriceOptions {
        cache_dir: Some(cache.to_path_buf()),
        aws_endpoint: Some(url.to_string()),
        azure_url: Some(format!("{url}/api/retail/prices")),
        gcp_url: Some(url.to_string()),
        gcp_api_key: None,
        attempts: 3,
        retry_base_ms: 5,
        timeout_secs: 20,
        ..PriceOptions::default()
    }
}

pub fn assess(kit: &Toolkit, book: &PriceBook, profile: Value) -> Assessment {
    let p = Profile::from_json(&profile.to_string(), "test profile").expect("profile");
    kit.assess(p, &AssessOptions::default(), book)
        .expect("assessment")
}

pub fn live_book<'a>(kit: &'a Toolkit, cache: &Path, url: &str) -> PriceBook<'a> {
    PriceBook::with_mode(&kit.catalog, None, Mode::Live, options(cache, url))
}

/// A cost line by side and id.
pub fn line<'a>(a: &'a Assessment, side: &str, id: &str) -> &'a dbassay::assessment::CostLine {
    a.cost
        .lines
        .iter()
        .find(|l| {
            l.id == id
                && matches!(
                    (side, l.side),
                    ("source", dbassay::assessment::Side::Source)
                        | ("target", dbassay::assessment::Side::Target)
                )
        })
        .unwrap_or_else(|| panic!("no {side} line {id}"))
}

/// The source lines `(id, quantity, unit price, monthly)` of `expect`, each checked to hold those
/// figures with its price from the live API.
#[track_caller]
pub fn priced_by_the_api<'a>(
    a: &'a Assessment,
    expect: &[(&str, &str, &str, &str)],
) -> Vec<&'a dbassay::assessment::CostLine> {
    expect
        .iter()
        .map(|&(id, qty, price, monthly)| {
            let l = line(a, "source", id);
            assert_eq!(l.quantity, Some(dec(qty)), "{id}");
            assert_eq!(l.unit_price, Some(dec(price)), "{id}");
            assert_eq!(l.monthly, Some(dec(monthly)), "{id}");
            assert_eq!(l.price.source, dbassay::pricing::Origin::Api, "{id}");
            l
        })
        .collect()
}

pub fn dec(s: &str) -> rust_decimal::Decimal {
    s.parse().unwrap()
}

/// One AWS `PriceList` element (a JSON document as a string), shaped as the service sends it:
/// product with attributes, an on-demand term and a reserved term that must be ignored.
pub fn aws_product(
    sku: &str,
    family: &str,
    attrs: &[(&str, &str)],
    unit: &str,
    usd: &str,
) -> String {
    let mut attributes = serde_json::Map::new();
    attributes.insert("servicecode".into(), json!("AmazonRDS"));
    attributes.insert("locationType".into(), json!("AWS Region"));
    for (k, v) in attrs {
        attributes.insert(k.to_string(), json!(v));
    }
    let od = format!("{sku}.JRTCKXETXF");
    let rate = format!("{sku}.JRTCKXETXF.6YS6EN2CT7");
    let rsv = format!("{sku}.HU7G6KETJZ");
    let rsv_rate = format!("{sku}.HU7G6KETJZ.2TG2D8R56U");
    json!({
        "product": {"productFamily": family, "attributes": attributes, "sku": sku},
        "serviceCode": "AmazonRDS",
        "terms": {
            "OnDemand": {od.clone(): {
                "priceDimensions": {rate.clone(): {
                    "unit": unit, "endRange": "Inf", "description": "on-demand", "appliesTo": [],
                    "rateCode": rate, "beginRange": "0", "pricePerUnit": {"USD": usd}
                }},
                "sku": sku, "effectiveDate": "2026-11-01T00:00:00Z", "offerTermCode": "JRTCKXETXF",
                "termAttributes": {}
            }},
            "Reserved": {rsv.clone(): {
                "priceDimensions": {rsv_rate.clone(): {
                    "unit": unit, "endRange": "Inf", "description": "reserved", "appliesTo": [],
                    "rateCode": rsv_rate, "beginRange": "0", "pricePerUnit": {"USD": "0.0010000000"}
                }},
                "sku": sku, "effectiveDate": "2026-11-01T00:00:00Z", "offerTermCode": "HU7G6KETJZ",
                "termAttributes": {"LeaseContractLength": "1yr", "OfferingClass": "standard", "PurchaseOption": "No Upfront"}
            }}
        },
        "version": "20261101000000",
        "publicationDate": "2026-11-01T00:00:00Z"
    })
    .to_string()
}

/// A `GetProducts` response body.
pub fn aws_page(list: &[String], next: Option<&str>) -> String {
    let mut v = json!({"FormatVersion": "aws_v1", "PriceList": list});
    if let Some(t) = next {
        v["NextToken"] = json!(t);
    }
    v.to_string()
}

pub const AWS_JSON: &str = "application/x-amz-json-1.1";

/// The request's `TERM_MATCH` filters as (field, value) pairs.
pub fn aws_filters(body: &str) -> Vec<(String, String)> {
    let v: Value = serde_json::from_str(body).expect("GetProducts request is JSON");
    v["Filters"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            assert_eq!(f["Type"], "TERM_MATCH", "{f}");
            (
                f["Field"].as_str().unwrap().to_string(),
                f["Value"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

pub fn has_filter(filters: &[(String, String)], field: &str, value: &str) -> bool {
    filters.iter().any(|(f, v)| f == field && v == value)
}

/// An Azure Retail Prices item.
pub fn azure_item(
    service: &str,
    product: &str,
    sku: &str,
    meter: &str,
    unit: &str,
    price: f64,
    region: &str,
) -> Value {
    json!({
        "currencyCode": "USD", "tierMinimumUnits": 0.0, "retailPrice": price, "unitPrice": price,
        "armRegionName": region, "location": "US East", "effectiveStartDate": "2026-10-01T00:00:00Z",
        "meterId": format!("meter-{}", meter.replace(' ', "-")), "meterName": meter,
        "productId": "DZH318Z0TEST", "skuId": "DZH318Z0TEST/0001", "productName": product,
        "skuName": sku, "serviceName": service, "serviceId": "DZH31TEST", "serviceFamily": "Databases",
        "unitOfMeasure": unit, "type": "Consumption", "isPrimaryMeterRegion": true, "armSkuName": ""
    })
}

/// An Azure Retail Prices response page.
pub fn azure_page(items: &[Value], next: Option<String>) -> String {
    json!({
        "BillingCurrency": "USD", "CustomerEntityId": "Default", "CustomerEntityType": "Retail",
        "Items": items, "NextPageLink": next, "Count": items.len()
    })
    .to_string()
}

/// A profile of an RDS for PostgreSQL db.r6g.large in us-east-1: 200 GB gp3 with 12,000 IOPS
/// and 300 GB of backups, no HA, no replicas.
pub fn rds_profile(instance: &str) -> Value {
    json!({
        "profile_version": 1, "engine": "rds-postgresql", "version": "16.4", "name": "orders",
        "region": "us-east-1",
        "sizing": {"instance_class": instance, "storage_gb": "200", "storage_type": "gp3",
                   "provisioned_iops": 12000, "backup_gb": "300"},
        "databases": [{"name": "orders", "encoding": "UTF8", "size_bytes": 50_000_000_000u64}]
    })
}

/// An Azure Database for PostgreSQL Flexible Server D4ds_v5 (General Purpose) in eastus: 256 GB
/// storage, 400 GB of backups, HA on.
pub fn azure_pg_profile() -> Value {
    json!({
        "profile_version": 1, "engine": "azure-postgresql", "version": "16", "name": "billing",
        "region": "eastus",
        "sizing": {"instance_class": "D4ds_v5", "tier": "General Purpose", "storage_gb": "256",
                   "storage_type": "premium-ssd", "backup_gb": "400", "high_availability": true},
        "databases": [{"name": "billing", "encoding": "UTF8", "size_bytes": 80_000_000_000u64}]
    })
}
