//! End-to-end assessment of a synthetic 10,000-table, 100,000-column PostgreSQL profile:
//! parse the JSON, run the rubric, score, price, and render JSON and the table.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

use dbassay::pipeline::{AssessOptions, Toolkit};
use dbassay::pricing::PriceBook;
use dbassay::profile::Profile;

mod common;
use common::synthetic_profile;

fn bench(c: &mut Criterion) {
    let kit = Toolkit::bundled().expect("bundled data");
    let book = PriceBook::offline(&kit.catalog, None);
    let text = synthetic_profile(10_000);
    let mut group = c.benchmark_group("assess");
    group.sample_size(10);
    group.bench_function("10k_tables_100k_columns_end_to_end", |b| {
        b.iter(|| {
            let profile = Profile::from_json(black_box(&text), "synthetic").unwrap();
            let a = kit
                .assess(profile, &AssessOptions::default(), &book)
                .unwrap();
            let json = dbassay::report::json(&a);
            let table = dbassay::report::table::render(&a);
            black_box((json.len(), table.len()))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
