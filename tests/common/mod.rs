//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

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
    dbassay_env(args, &[])
}

/// [`dbassay`] with extra environment variables.
pub fn dbassay_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_dbassay"));
    c.args(args)
        .env("NO_COLOR", "1")
        // `--pricing cached` (the default) must not see a developer's own price cache.
        .env(
            "DBASSAY_CACHE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-price-cache"),
        )
        // A developer's MySQL password must not reach a test source that has none.
        .env_remove("MYSQL_PWD")
        .current_dir(root());
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run dbassay")
}

/// `dbassay assess --source <url> --format json --pricing offline <extra>`.
pub fn assess_live(url: &str, extra: &[&str]) -> Output {
    assess_live_as(url, "json", extra)
}

/// [`assess_live`] in another output format.
pub fn assess_live_as(url: &str, format: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "assess",
        "--source",
        url,
        "--format",
        format,
        "--pricing",
        "offline",
    ];
    args.extend_from_slice(extra);
    dbassay(&args)
}

/// `assess --source URL --format json`, parsed; panics with stderr on failure.
pub fn assess_source(url: &str, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["assess", "--source", url, "--format", "json"];
    args.extend_from_slice(extra);
    let out = dbassay(&args);
    assert!(
        out.status.success(),
        "assess --source failed ({:?}): {}",
        out.status.code(),
        stderr(&out)
    );
    serde_json::from_slice(&out.stdout).expect("assessment JSON")
}

/// The profile of a live source, read in-process, and the number of queries it took.
pub fn profile_of(url: &str) -> (dbassay::profile::Profile, u32) {
    let done = dbassay::introspect::introspect(url, &dbassay::introspect::Options::default())
        .unwrap_or_else(|e| panic!("introspect {url}: {e}"));
    (done.profile, done.stats.queries)
}

/// The profile of a live source, checked to be of `engine` with `evidence` among the reasons the
/// detection gives.
#[track_caller]
pub fn assert_detected(url: &str, engine: &str, evidence: &str) -> dbassay::profile::Profile {
    let (p, _) = profile_of(url);
    assert_eq!(p.engine, engine);
    let d = p.detection.as_ref().unwrap();
    assert!(d.evidence.iter().any(|e| e == evidence), "{:?}", d.evidence);
    p
}

/// `introspect <url> -o FILE` of a source holding one table, `cache`, writes a profile that
/// `assess --profile` reads to the same `finding` as `assess --source`, naming `object`; without
/// `-o` the profile goes to standard output.
#[track_caller]
pub fn assert_profile_round_trip(url: &str, finding: &str, object: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.json");
    let out = dbassay(&["introspect", url, "-o", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("1 tables") && err.contains("queries in"),
        "{err}"
    );
    let p = dbassay::profile::Profile::load(&path)
        .expect("the profile reads back under deny_unknown_fields");
    assert_eq!(p.tables.len(), 1);
    let offline = assess_json(&path, &[]);
    let live = assess_source(url, &[]);
    assert_eq!(findings(&offline)[finding], findings(&live)[finding]);
    assert_eq!(findings(&live)[finding], [object]);
    let out = dbassay(&["introspect", url]);
    let p: dbassay::profile::Profile = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(p.tables[0].name, "cache");
}

/// The checks an introspection of `n` tables (3 columns and 2 indexes each) shares across
/// families, `seen` being the statements a proxy passed to the server: they are the queries the
/// introspection counted. Returns their number.
#[track_caller]
pub fn assert_scaled(
    done: &dbassay::introspect::Introspection,
    seen: &[String],
    n: usize,
) -> usize {
    let p = &done.profile;
    assert_eq!(p.tables.len(), n);
    assert_eq!(
        p.tables.iter().map(|t| t.columns.len()).sum::<usize>(),
        3 * n
    );
    assert_eq!(p.indexes.len(), 2 * n);
    assert_eq!(seen.len() as u32, done.stats.queries, "{seen:#?}");
    seen.len()
}

/// The assessment JSON a successful `assess` printed; panics with its error output otherwise.
pub fn parsed_assessment(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "assess failed: {}", stderr(out));
    serde_json::from_slice(&out.stdout).expect("assessment JSON")
}

/// A port of 127.0.0.1 with nothing listening on it (bound, then released).
pub fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A single-threaded runtime, for the async clients tests drive in blocking steps.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

static SEQ: AtomicU32 = AtomicU32::new(0);

/// A unique name for a scratch object: `dbassay_t_<tag>_<pid>_<n>`.
pub fn unique(tag: &str) -> String {
    format!(
        "dbassay_t_{tag}_{}_{}",
        std::process::id(),
        SEQ.fetch_add(1, Ordering::Relaxed)
    )
}

/// `host:port` of a test server's URL (127.0.0.1 and `default_port` where it names none).
pub fn host_port(url: &str, default_port: u16) -> String {
    let u = dbassay::introspect::SourceUrl::parse(url).unwrap();
    format!(
        "{}:{}",
        u.host.as_deref().unwrap_or("127.0.0.1"),
        u.port.unwrap_or(default_port)
    )
}

/// Every file below `dir`, at any depth.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Runs a database's command-line client with `sql` on its standard input (how the sample files
/// are meant to be loaded: the clients read their own directives); panics with its error output.
pub fn run_client(mut cmd: Command, sql: &str, what: &str) {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start the client for {what}: {e}"));
    child
        .stdin
        .take()
        .unwrap()
        .write_all(sql.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "loading {what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
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
    parsed_assessment(&dbassay(&args))
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

/// The cost line `id` of `side` (`source` or `target`) in an assessment's JSON.
#[track_caller]
pub fn cost_line<'a>(a: &'a serde_json::Value, side: &str, id: &str) -> &'a serde_json::Value {
    a["cost"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["side"] == side && l["id"] == id)
        .unwrap_or_else(|| panic!("no {side} line {id}"))
}

/// The `id` of every entry of a JSON list (findings, prerequisites…).
pub fn ids_in(list: &serde_json::Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
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
