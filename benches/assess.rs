//! End-to-end assessment of a synthetic 10,000-table, 100,000-column PostgreSQL profile:
//! parse the JSON, run the rubric, score, price, and render JSON and the table.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

use dbassay::pipeline::{AssessOptions, Toolkit};
use dbassay::pricing::PriceBook;
use dbassay::profile::Profile;

/// A profile with `tables` tables of ten columns each, and a realistic mix of objects that
/// trigger checks (some unlogged tables, tables without keys, functions in several languages).
pub fn synthetic_profile(tables: usize) -> String {
    let types = [
        "integer",
        "bigint",
        "text",
        "varchar",
        "timestamp",
        "numeric",
        "jsonb",
        "boolean",
        "money",
        "uuid",
    ];
    let mut t = Vec::with_capacity(tables);
    let mut idx = Vec::with_capacity(tables * 2);
    for i in 0..tables {
        let cols: Vec<_> = (0..10)
            .map(|c| serde_json::json!({"name": format!("c{c}"), "data_type": types[(i + c) % types.len()]}))
            .collect();
        t.push(serde_json::json!({
            "schema": format!("s{}", i % 20), "name": format!("t{i}"),
            "persistence": if i % 97 == 0 { "unlogged" } else { "permanent" },
            "has_primary_key": i % 13 != 0, "row_estimate": 1000 + i, "size_bytes": 8192 * (i + 1),
            "columns": cols,
        }));
        idx.push(serde_json::json!({"schema": format!("s{}", i % 20), "table": format!("t{i}"), "name": format!("t{i}_pkey"), "primary": true, "unique": true}));
        idx.push(serde_json::json!({"schema": format!("s{}", i % 20), "table": format!("t{i}"), "name": format!("t{i}_c1"), "method": if i % 50 == 0 { "hash" } else { "btree" }}));
    }
    let languages = ["plpgsql", "sql", "c", "plpython3u"];
    let routines: Vec<_> = (0..tables / 5)
        .map(|i| {
            serde_json::json!({"schema": "app", "name": format!("f{i}"),
            "language": languages[i % 4], "body_length": 400 + i, "body_lines": 20 + i % 100})
        })
        .collect();
    serde_json::json!({
        "profile_version": 1, "engine": "rds-postgresql", "version": "13.12", "name": "synthetic",
        "region": "us-east-1",
        "sizing": {"instance_class": "db.r6g.xlarge", "storage_gb": "2000", "high_availability": true},
        "databases": [{"name": "app", "encoding": "UTF8", "size_bytes": 1_500_000_000_000u64}],
        "extensions": [{"name": "plpgsql"}, {"name": "pg_stat_statements"}, {"name": "postgis"}, {"name": "aws_s3"}],
        "tables": t, "indexes": idx, "routines": routines,
        "workload": {"peak_connections": 900},
    })
    .to_string()
}

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
