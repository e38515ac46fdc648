//! Azure Retail Prices API through the real `azure_core` pipeline (on reqwest) against a local
//! server answering in the service's format: `Items`, `NextPageLink`, `Count`; several pages;
//! 429 with `Retry-After`; a 500; a malformed item.

#[path = "support/http.rs"]
mod http;
#[path = "support/prices.rs"]
mod prices;

use http::{Req, Resp, Server};
use prices::*;
use serde_json::Value;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use dbassay::pipeline::Toolkit;
use dbassay::pricing::Origin;

const PG: &str = "Azure Database for PostgreSQL";
const JSON: &str = "application/json; charset=utf-8";

fn pg_compute(product: &str, sku: &str, price: f64) -> Value {
    azure_item(PG, product, sku, "vCore", "1 Hour", price, "eastus")
}

/// The PostgreSQL Flexible Server price list for eastus. The compute query (no meterName) is two
/// pages; the first answer to each page is a 429 with `Retry-After: 1` (page one) or a 500 (page
/// two); page two holds one malformed item.
fn pg_service(
    url: Arc<Mutex<String>>,
    log: Arc<Mutex<Vec<(String, Instant)>>>,
) -> impl Fn(&Req, usize) -> Resp + Send + Sync {
    move |req: &Req, _| {
        assert_eq!(req.method, "GET");
        assert!(
            req.target.starts_with("/api/retail/prices?"),
            "{}",
            req.target
        );
        let filter = req.query("$filter").expect("$filter");
        for part in [
            "serviceName eq 'Azure Database for PostgreSQL'",
            "armRegionName eq 'eastus'",
            "priceType eq 'Consumption'",
        ] {
            assert!(filter.contains(part), "{filter}");
        }
        let skip = req.query("$skip");
        let page_id = format!("{filter}|{}", skip.as_deref().unwrap_or("0"));
        let attempts = {
            let mut log = log.lock().unwrap();
            log.push((page_id.clone(), Instant::now()));
            log.iter().filter(|(p, _)| *p == page_id).count()
        };
        let ok =
            |items: &[Value], next: Option<String>| Resp::json(200, JSON, azure_page(items, next));
        if filter.contains("meterName eq 'Storage Data Stored'") {
            return ok(
                &[
                    azure_item(
                        PG,
                        "Az DB for PostgreSQL Flexible Server Storage",
                        "Storage",
                        "Storage Data Stored",
                        "1 GB/Month",
                        0.1207,
                        "eastus",
                    ),
                    // Single Server storage shares the meter name; it must not be taken.
                    azure_item(
                        PG,
                        "Azure Database for PostgreSQL Single Server General Purpose - Storage",
                        "General Purpose",
                        "Storage Data Stored",
                        "1 GB/Month",
                        0.10,
                        "eastus",
                    ),
                ],
                None,
            );
        }
        if filter.contains("meterName eq 'Backup Storage LRS Data Stored'") {
            return ok(
                &[azure_item(
                    PG,
                    "Azure Database for PostgreSQL Flexible Server Backup Storage",
                    "Backup Storage LRS",
                    "Backup Storage LRS Data Stored",
                    "1 GB/Month",
                    0.1,
                    "eastus",
                )],
                None,
            );
        }
        assert!(!filter.contains("meterName"), "{filter}");
        match skip.as_deref() {
            None => {
                if attempts == 1 {
                    return Resp::json(429, JSON, r#"{"Error":"Too many requests"}"#)
                        .with_header("Retry-After", "1");
                }
                let next = format!(
                    "{}/api/retail/prices?$filter={}&$skip=1000",
                    url.lock().unwrap(),
                    filter.replace(' ', "%20").replace('\'', "%27")
                );
                ok(
                    &[
                        pg_compute("Azure Database for PostgreSQL Flexible Server General Purpose Ddsv5 Series Compute", "2 vCore", 0.1851),
                        pg_compute("Azure Database for PostgreSQL Flexible Server General Purpose Ddsv5 Series Compute", "4 vCore", 0.3702),
                        pg_compute("Azure Database for PostgreSQL Flexible Server General Purpose Ddsv5 Series Compute", "32 vCore", 2.9616),
                        pg_compute("Azure Database for PostgreSQL Flexible Server Memory Optimized Edsv5 Series Compute", "4 vCore", 0.5000),
                        pg_compute("Azure Database for PostgreSQL Flexible Server General Purpose - Dsv3 Series Compute", "4 vCore", 0.4000),
                    ],
                    Some(next),
                )
            }
            Some("1000") => {
                if attempts == 1 {
                    return Resp::json(500, JSON, r#"{"Error":"transient"}"#);
                }
                ok(
                    &[
                        azure_item(PG, "Azure Database for PostgreSQL Flexible Server Burstable BS Series Compute", "B1MS", "B1MS", "1 Hour", 0.017, "eastus"),
                        serde_json::json!({"meterName": "vCore", "retailPrice": "n/a", "unitOfMeasure": "1 Hour"}),
                    ],
                    None,
                )
            }
            Some(other) => panic!("unexpected $skip {other}"),
        }
    }
}

#[test]
fn azure_pages_429_500_and_a_malformed_item_to_the_cent() {
    let url = Arc::new(Mutex::new(String::new()));
    let log = Arc::new(Mutex::new(Vec::new()));
    let server = Server::start(pg_service(url.clone(), log.clone()));
    *url.lock().unwrap() = server.url.clone();
    let cache = tempfile::tempdir().unwrap();
    let kit = Toolkit::bundled().unwrap();
    let book = live_book(&kit, cache.path(), &server.url);
    let a = assess(&kit, &book, azure_pg_profile());

    // By hand from the records: 730 h × 0.3702 (D4ds_v5 = "4 vCore" of the Ddsv5 series) for
    // the primary and again for the HA standby; 256 GB × 0.1207 twice; (400 − 256) GB × 0.1.
    let expect = [
        ("compute", "730", "0.3702", "270.25"),
        ("standby", "730", "0.3702", "270.25"),
        ("storage", "256", "0.1207", "30.90"),
        ("standby_storage", "256", "0.1207", "30.90"),
        ("backup", "144", "0.1", "14.40"),
    ];
    for l in priced_by_the_api(&a, &expect) {
        assert!(
            l.price.reference.as_deref().unwrap().contains("meterId"),
            "{}",
            l.id
        );
    }
    assert_eq!(a.cost.source_monthly, Some(dec("616.70")));

    // Page one was throttled once and retried no sooner than Retry-After said; page two failed
    // once with 500 and was retried.
    let log = log.lock().unwrap();
    let first_page: Vec<&Instant> = log
        .iter()
        .filter(|(p, _)| !p.contains("meterName") && p.ends_with("|0"))
        .map(|(_, t)| t)
        .collect();
    assert_eq!(first_page.len(), 2);
    assert!(
        first_page[1].duration_since(*first_page[0]) >= Duration::from_millis(990),
        "Retry-After: 1 not honoured"
    );
    assert_eq!(log.iter().filter(|(p, _)| p.ends_with("|1000")).count(), 2);
    // Three queries, the compute one two pages: 4 pages, 6 requests with the two retries.
    assert_eq!(server.count(), 6);
    assert_eq!(book.requests(), 4);
    assert!(
        a.notes
            .iter()
            .any(|n| n.contains("1 malformed price record(s)") && n.contains("retailPrice")),
        "{:#?}",
        a.notes
    );
}

#[test]
fn cosmos_autoscale_is_one_and_a_half_times_the_meter() {
    let server = Server::start(|req: &Req, _| {
        let filter = req.query("$filter").unwrap();
        assert!(
            filter.contains("serviceName eq 'Azure Cosmos DB'"),
            "{filter}"
        );
        let items = if filter.contains("meterName eq '100 RU/s'") {
            vec![azure_item(
                "Azure Cosmos DB",
                "Azure Cosmos DB",
                "RUs",
                "100 RU/s",
                "1/Hour",
                0.0082,
                "eastus",
            )]
        } else if filter.contains("meterName eq 'Data Stored'") {
            vec![azure_item(
                "Azure Cosmos DB",
                "Azure Cosmos DB",
                "RUs",
                "Data Stored",
                "1 GB/Month",
                0.26,
                "eastus",
            )]
        } else {
            panic!("unexpected filter {filter}")
        };
        Resp::json(200, JSON, azure_page(&items, None))
    });
    let cache = tempfile::tempdir().unwrap();
    let kit = Toolkit::bundled().unwrap();
    let book = live_book(&kit, cache.path(), &server.url);
    let profile: Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples/profiles/cosmosdb.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let a = assess(&kit, &book, profile);
    let auto = line(&a, "source", "autoscale");
    assert_eq!(auto.unit_price, Some(dec("0.0123")));
    assert_eq!(auto.price.source, Origin::Api);
    assert!(auto.price.reference.as_deref().unwrap().ends_with("× 1.5"));
    let q = auto.quantity.unwrap();
    assert_eq!(auto.monthly, Some((q * dec("0.0123")).round_dp(2)));
    // (40,000 + 6,000 + 4,000 shared) RU/s autoscale ÷ 100 × 730 h × 3 regions, at
    // 1.5 × 0.0082.
    assert_eq!(q, dec("1095000"));
    assert_eq!(auto.monthly, Some(dec("13468.50")));
    // Manual: (1,000 + 8,000 + 400) RU/s ÷ 100 × 730 h × 3 regions × 0.0082.
    let manual = line(&a, "source", "provisioned");
    assert_eq!(manual.quantity, Some(dec("205860")));
    assert_eq!(manual.monthly, Some(dec("1688.05")));
    let storage = line(&a, "source", "storage");
    assert_eq!(storage.unit_price, Some(dec("0.26")));
    // The provisioned and autoscale lines share one query; storage is the second.
    assert_eq!(server.count(), 2);
}
