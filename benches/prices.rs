//! Warm-cache price look-ups: the queries of one RDS for PostgreSQL assessment answered from
//! the on-disk cache by a new price book (a new run: reads and parses the cache files), and by
//! a book that has answered them before (a fleet: memoised in memory).

use criterion::{criterion_group, criterion_main, Criterion};
use std::collections::BTreeMap;
use std::hint::black_box;

use dbassay::engine::Catalog;
use dbassay::pricing::cache::Cache;
use dbassay::pricing::record::PriceRecord;
use dbassay::pricing::Placeholders;
use dbassay::pricing::{Entry, Mode, PriceBook, PriceOptions, PriceQuery, ServiceKey};
use dbassay::profile::Profile;

fn queries(catalog: &Catalog) -> Vec<PriceQuery> {
    let engine = catalog.engine("rds-postgresql").unwrap();
    let profile = Profile::from_json(
        r#"{"profile_version":1,"engine":"rds-postgresql","version":"16","region":"us-east-1",
            "sizing":{"instance_class":"db.r6g.large","storage_type":"gp3","storage_gb":"200"}}"#,
        "bench",
    )
    .unwrap();
    let ph = Placeholders::from_profile(&profile);
    engine
        .pricing
        .lines
        .iter()
        .map(|spec| ph.query(&engine.id, &engine.pricing, spec))
        .collect()
}

/// A cache entry per distinct key, with a record that matches its query and 40 that do not
/// (a realistic page).
fn fill_cache(cache: &Cache, qs: &[PriceQuery]) {
    let mut done: Vec<ServiceKey> = Vec::new();
    for q in qs {
        let (key, _) = ServiceKey::of_query(q).unwrap();
        if done.contains(&key) {
            continue;
        }
        let attributes: BTreeMap<String, String> = q
            .filters
            .iter()
            .map(|(k, v)| (k.clone(), v.trim_start_matches(['~', '=']).to_string()))
            .collect();
        let mut records = vec![PriceRecord {
            id: "SKU0 RATE0".into(),
            unit: q.unit.clone(),
            price: "0.1234".parse().unwrap(),
            currency: "USD".into(),
            effective: Some("2026-11-01".into()),
            attributes: attributes.clone(),
        }];
        for i in 1..=40 {
            let mut other = attributes.clone();
            other.insert("usagetype".into(), format!("Other:Usage{i}"));
            other.insert("productFamily".into(), format!("Family {i}"));
            records.push(PriceRecord {
                id: format!("SKU{i} RATE{i}"),
                unit: q.unit.clone(),
                price: "0.5".parse().unwrap(),
                currency: "USD".into(),
                effective: Some("2026-11-01".into()),
                attributes: other,
            });
        }
        let now = dbassay::time::now_unix();
        cache
            .write(&Entry {
                key: key.clone(),
                fetched_at: dbassay::time::rfc3339(now as i64),
                fetched_unix: now,
                requests: 1,
                skipped: 0,
                skipped_reasons: Vec::new(),
                records,
            })
            .unwrap();
        done.push(key);
    }
}

fn bench(c: &mut Criterion) {
    let catalog = Catalog::bundled().unwrap();
    let qs = queries(&catalog);
    let dir = tempfile::tempdir().unwrap();
    fill_cache(&Cache::new(dir.path().to_path_buf()), &qs);
    let options = PriceOptions {
        cache_dir: Some(dir.path().to_path_buf()),
        ..PriceOptions::default()
    };
    {
        let book = PriceBook::with_mode(&catalog, None, Mode::Cached, options.clone());
        let r = book.resolve(&qs);
        assert!(r.prices.iter().all(|p| p
            .as_ref()
            .is_some_and(|p| p.source == dbassay::pricing::Origin::Cache)));
    }
    let mut group = c.benchmark_group("prices");
    group.bench_function("warm_cache_new_book_rds_5_lines", |b| {
        b.iter(|| {
            let book = PriceBook::with_mode(&catalog, None, Mode::Cached, options.clone());
            black_box(book.resolve(black_box(&qs)))
        })
    });
    let book = PriceBook::with_mode(&catalog, None, Mode::Cached, options.clone());
    book.resolve(&qs);
    group.bench_function("warm_cache_memoised_rds_5_lines", |b| {
        b.iter(|| black_box(book.resolve(black_box(&qs))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
