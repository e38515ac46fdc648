//! Inputs shared by the benchmarks.

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
