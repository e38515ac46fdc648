//! The bundled price snapshot (`src/pricing/snapshot.json`) is exactly what the services'
//! real-shaped samples (`tests/fixtures/pricing/`) read as through the live clients' parsers,
//! keyed the way the engines' queries key them. Regenerate with
//! `DBASSAY_BLESS=1 cargo test --test pricing_snapshot`.

use std::collections::BTreeMap;

use dbassay::engine::Catalog;
use dbassay::pricing::commands::engine_queries;
use dbassay::pricing::record::PriceRecord;
use dbassay::pricing::snapshot::{Snapshot, BUNDLED};
use dbassay::pricing::{aws, azure, Entry, Provider, ServiceKey};
use dbassay::time;

const AS_OF: &str = "2026-11-25";
const AS_OF_UNIX: u64 = 1_795_564_800;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/pricing")
            .join(name),
    )
    .unwrap()
}

fn records() -> BTreeMap<Provider, Vec<PriceRecord>> {
    let mut out = BTreeMap::new();
    let page: serde_json::Value =
        serde_json::from_str(&fixture("aws-getproducts-response.json")).unwrap();
    let mut aws_records = Vec::new();
    for doc in page["PriceList"].as_array().unwrap() {
        aws_records.extend(aws::parse_product(doc.as_str().unwrap()).unwrap());
    }
    out.insert(Provider::Aws, aws_records);
    let mut azure_records = Vec::new();
    for f in [
        "azure-retail-postgresql.json",
        "azure-retail-mysql.json",
        "azure-retail-cosmosdb.json",
    ] {
        let page = azure::parse_page(fixture(f).as_bytes(), 0).unwrap();
        assert_eq!(page.skipped, 0, "{f}");
        azure_records.extend(
            page.records
                .into_iter()
                // The sample's B1MS row (0.0207) is the B1ms virtual-machine rate, not the
                // Flexible Server one (0.017): engines/azure-postgresql.yaml explains.
                .filter(|r| r.attributes.get("meterName").map(String::as_str) != Some("B1MS")),
        );
    }
    out.insert(Provider::Azure, azure_records);
    out
}

/// What the service would return for a key: the records whose attributes equal every filter.
fn served(key: &ServiceKey, records: &[PriceRecord]) -> Vec<PriceRecord> {
    records
        .iter()
        .filter(|r| {
            key.filters.iter().all(|(k, v)| {
                r.attributes
                    .get(k)
                    .is_some_and(|a| a.eq_ignore_ascii_case(v))
            })
        })
        .cloned()
        .collect()
}

fn build() -> String {
    let catalog = Catalog::bundled().unwrap();
    let records = records();
    let mut entries: Vec<Entry> = Vec::new();
    for engine in &catalog.engines {
        for q in engine_queries(engine, &engine.defaults.region) {
            let Some((key, _)) = ServiceKey::of_query(&q) else {
                continue;
            };
            let Some(all) = records.get(&key.provider) else {
                continue;
            };
            let found = served(&key, all);
            if found.is_empty() || entries.iter().any(|e| e.key == key) {
                continue;
            }
            entries.push(Entry {
                key,
                fetched_at: time::rfc3339(AS_OF_UNIX as i64),
                fetched_unix: AS_OF_UNIX,
                requests: 1,
                skipped: 0,
                skipped_reasons: Vec::new(),
                records: found,
            });
        }
    }
    entries.sort_by(|a, b| a.key.cmp(&b.key));
    let v = serde_json::json!({
        "as_of": AS_OF,
        "source": "Records of the AWS Price List API (GetProducts, AmazonRDS, us-east-1) and the \
                   Azure Retail Prices API (eastus) in tests/fixtures/pricing/, read through the \
                   live clients' parsers; regenerate with DBASSAY_BLESS=1 cargo test --test \
                   pricing_snapshot",
        "entries": entries,
    });
    format!("{}\n", serde_json::to_string_pretty(&v).unwrap())
}

#[test]
fn the_bundled_snapshot_is_the_samples_read_by_the_live_parsers() {
    assert_eq!(time::rfc3339(AS_OF_UNIX as i64), "2026-11-25T00:00:00Z");
    let built = build();
    if std::env::var_os("DBASSAY_BLESS").is_some() {
        std::fs::write(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/pricing/snapshot.json"),
            &built,
        )
        .unwrap();
        return;
    }
    assert_eq!(
        BUNDLED, built,
        "src/pricing/snapshot.json is stale: run DBASSAY_BLESS=1 cargo test --test pricing_snapshot"
    );
    let snap = Snapshot::parse(BUNDLED).unwrap();
    assert_eq!(snap.as_of, AS_OF);
    // The samples cover RDS for PostgreSQL compute, and Azure PostgreSQL, MySQL and Cosmos DB.
    let providers: Vec<Provider> = snap.entries.iter().map(|e| e.key.provider).collect();
    assert!(providers.contains(&Provider::Aws) && providers.contains(&Provider::Azure));
    assert!(snap.entries.len() >= 8, "{}", snap.entries.len());
}
