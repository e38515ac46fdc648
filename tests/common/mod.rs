//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The bundled sample profiles, one per source engine.
pub const SAMPLES: [&str; 11] = [
    "aurora-postgresql",
    "aurora-mysql",
    "rds-postgresql",
    "rds-mysql",
    "cloudsql-postgresql",
    "cloudsql-mysql",
    "alloydb",
    "azure-postgresql",
    "azure-mysql",
    "cosmosdb",
    "dynamodb",
];

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample(name: &str) -> PathBuf {
    root()
        .join("examples/profiles")
        .join(format!("{name}.json"))
}

/// Runs the built binary with `args`; no terminal, no colour.
pub fn dbassay(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dbassay"))
        .args(args)
        .env("NO_COLOR", "1")
        // `--pricing cached` (the default) must not see a developer's own price cache.
        .env(
            "DBASSAY_CACHE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-price-cache"),
        )
        .current_dir(root())
        .output()
        .expect("run dbassay")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `dbassay assess --profile <path> --format json`, parsed.
pub fn assess_json(path: &Path, extra: &[&str]) -> serde_json::Value {
    let p = path.to_str().unwrap();
    let mut args = vec!["assess", "--profile", p, "--format", "json"];
    args.extend_from_slice(extra);
    let out = dbassay(&args);
    assert!(out.status.success(), "assess failed: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("assessment JSON")
}

/// Table names a database accepts and a report must show as text.
pub const HOSTILE_NAMES: [&str; 9] = [
    "<script>document.body.dataset.xss='script'</script>",
    "<img src=x onerror=\"document.body.dataset.xss='img'\">",
    "it's \"quoted\"",
    "pipe|in|name",
    "back`tick`s",
    "new\nline",
    "[click](javascript:alert(1)) **bold** _it_",
    "# not a heading",
    "&lt;entity&gt; & more",
];

pub fn long_name() -> String {
    format!("very_long_{}", "x".repeat(290))
}

/// The RDS PostgreSQL sample with hostile and very long table names (none with a primary key,
/// so they are listed by a finding), enough of them to fold the list, a hostile profile name
/// and a hostile "not assessed" note.
pub fn hostile_profile() -> String {
    let mut p: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sample("rds-postgresql")).unwrap()).unwrap();
    let tables = p["tables"].as_array_mut().unwrap();
    let mut names: Vec<String> = HOSTILE_NAMES.iter().map(|s| s.to_string()).collect();
    names.push(long_name());
    names.extend((0..12).map(|i| format!("plain_{i:02}")));
    for name in names {
        tables.push(serde_json::json!({
            "schema": "public", "name": name, "has_primary_key": false,
            "row_estimate": 10, "size_bytes": 8192,
            "columns": [{"name": "v", "data_type": "text"}],
        }));
    }
    p["name"] = serde_json::json!("<b>prod</b> | `db`");
    p["warnings"] = serde_json::json!([
        {"area": "roles <i>", "message": "permission denied for <script>x</script>"}
    ]);
    p.to_string()
}

/// Finding id → affected objects, from an assessment's JSON: the compatibility findings and the
/// migration path's prerequisites.
pub fn findings(a: &serde_json::Value) -> std::collections::BTreeMap<String, Vec<String>> {
    a["compatibility"]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .chain(
            a["migration_path"]["prerequisite_findings"]
                .as_array()
                .expect("prerequisite findings"),
        )
        .map(|f| {
            let objects = f["objects"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o.as_str().unwrap().to_string())
                .collect();
            (f["id"].as_str().unwrap().to_string(), objects)
        })
        .collect()
}

/// The finding `id` is reported and one of its objects names `object`.
#[track_caller]
pub fn assert_finding(f: &std::collections::BTreeMap<String, Vec<String>>, id: &str, object: &str) {
    let objects = f
        .get(id)
        .unwrap_or_else(|| panic!("no finding {id}; findings: {:?}", f.keys()));
    assert!(
        objects.iter().any(|o| o.contains(object)),
        "{id} does not name {object}: {objects:?}"
    );
}
