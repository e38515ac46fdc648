//! `dbassay fleet` end to end: profile files (good, missing, malformed, one that never finishes
//! reading), live scratch databases on the local PostgreSQL, an unreachable source, a server
//! that refuses the password, a role that does not exist; exit codes, the summary in every
//! format, reports per source, progress on a terminal and silence when piped.

mod common;
mod pg;

use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASSWORD: &str = "s3cret-P@ss:w/rd";

fn fleet(dir: &Path, args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dbassay"));
    cmd.arg("fleet")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("DBASSAY_CACHE_DIR", dir.join("cache"))
        .env("SOURCE_DATE_EPOCH", "1790000000");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.output().expect("run dbassay fleet")
}

/// The entry for source `name` in the fleet summary's `list` (`ranking`, `sized`, `failures`).
fn named(summary: &Value, list: &str, name: &str) -> Value {
    summary[list]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {list}: {:#}", summary[list]))
        .clone()
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// An inventory of sample profiles plus a missing and a malformed one, in `dir`.
fn profile_inventory(dir: &Path) -> PathBuf {
    std::fs::write(
        dir.join("broken.json"),
        r#"{"profile_version": 1, "engine": "rds-postgresql", "version": 16"#,
    )
    .unwrap();
    let mut text = String::from("# sample fleet\nsources:\n");
    for name in ["rds-postgresql", "aurora-mysql", "cosmosdb", "alloydb"] {
        text.push_str(&format!(
            "  - name: {name}\n    profile: {}\n",
            sample(name).display()
        ));
    }
    text.push_str(
        "  - name: missing\n    profile: nowhere/missing.json\n\
         \x20 - name: broken\n    profile: broken.json\n    region: us-east-1\n\
         \x20 - name: bigger\n    profile: SAMPLE\n    instance_class: db.r6g.2xlarge\n    \
         storage_gb: 2000\n    high_availability: true\n    target_cu: 8\n",
    );
    let text = text.replace("SAMPLE", &sample("rds-postgresql").display().to_string());
    let path = dir.join("fleet.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_fleet_of_profiles_keeps_going_and_ranks_by_readiness_and_savings() {
    let dir = tempfile::tempdir().unwrap();
    let inv = profile_inventory(dir.path());
    let out = fleet(
        dir.path(),
        &[inv.to_str().unwrap(), "-o", "out", "--concurrency", "3"],
        &[],
    );
    // Two sources failed: exit 4, and the others were assessed and written all the same.
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("2 of 7 source(s) failed (missing, broken)"),
        "{err}"
    );
    assert!(err.contains("--allow-failures"), "{err}");
    // Piped: no progress bars, no per-source lines.
    assert!(!err.contains("ok     "), "{err}");

    let s = read_json(&dir.path().join("out/fleet.json"));
    assert_eq!(s["fleet_version"], 1);
    assert_eq!(
        (
            s["sources"].as_u64(),
            s["assessed"].as_u64(),
            s["failed"].as_u64()
        ),
        (Some(7), Some(5), Some(2))
    );
    let ranking = s["ranking"].as_array().unwrap();
    let tiers = ["ready", "minor_changes", "major_rework", "blocked"];
    for pair in ranking.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let ta = tiers.iter().position(|t| *t == a["tier"]).unwrap();
        let tb = tiers.iter().position(|t| *t == b["tier"]).unwrap();
        assert!(
            ta < tb || (ta == tb && a["score"].as_u64() >= b["score"].as_u64()),
            "{} before {}",
            a["name"],
            b["name"]
        );
    }
    for (i, r) in ranking.iter().enumerate() {
        assert_eq!(r["rank"].as_u64(), Some(i as u64 + 1));
        // Money stays a decimal string; the saving is the negated difference.
        let diff: f64 = r["difference_monthly"].as_str().unwrap().parse().unwrap();
        let save: f64 = r["savings_monthly"].as_str().unwrap().parse().unwrap();
        assert!((diff + save).abs() < 1e-9);
        let name = r["name"].as_str().unwrap();
        for ext in ["json", "md", "html"] {
            let f = format!("sources/{name}.{ext}");
            let link = serde_json::json!({"format": ext, "path": f});
            assert!(
                r["reports"].as_array().unwrap().contains(&link),
                "{}",
                r["reports"]
            );
            assert!(dir.path().join("out").join(&f).is_file(), "{f}");
        }
    }
    // Same profile, bigger sizing: the overrides of the inventory were applied.
    let (small, big) = (
        named(&s, "ranking", "rds-postgresql"),
        named(&s, "ranking", "bigger"),
    );
    let cost = |r: &Value, k: &str| r[k].as_str().unwrap().parse::<f64>().unwrap();
    assert!(cost(&big, "source_monthly") > cost(&small, "source_monthly"));
    let big_report = read_json(&dir.path().join("out/sources/bigger.json"));
    assert_eq!(big_report["source"]["instance_class"], "db.r6g.2xlarge");
    assert_eq!(big_report["source"]["storage_gb"], "2000");
    assert_eq!(big_report["target"]["cu"], "8");

    let failures = s["failures"].as_array().unwrap();
    assert_eq!(failures.len(), 2);
    assert_eq!(failures[0]["name"], "missing");
    assert_eq!(failures[0]["kind"], "input");
    assert_eq!(failures[0]["exit_code"], 2);
    assert!(failures[0]["error"]
        .as_str()
        .unwrap()
        .contains("cannot read"));
    assert_eq!(failures[1]["name"], "broken");
    assert!(failures[1]["error"].as_str().unwrap().contains("line 1"));
    assert!(!dir.path().join("out/sources/missing.json").exists());

    // The table on stdout ranks the same way and lists the failures with why.
    let table = stdout(&out);
    let first = ranking[0]["name"].as_str().unwrap();
    assert!(table.contains(&format!("│ 1 │ {first}")), "{table}");
    assert!(
        table.contains("Failed:") && table.contains("bad input"),
        "{table}"
    );

    // Markdown and HTML summaries.
    let md = std::fs::read_to_string(dir.path().join("out/fleet.md")).unwrap();
    assert!(
        md.contains("## Ranking") && md.contains("## Failed sources"),
        "{md}"
    );
    assert!(
        md.contains("| missing | `nowhere/missing.json` | bad input | 2 |"),
        "{md}"
    );
    let html = std::fs::read_to_string(dir.path().join("out/fleet.html")).unwrap();
    assert!(
        html.contains("<a href=\"sources/cosmosdb.html\">html</a>"),
        "links to reports"
    );
    assert!(html.contains("class=\"tier tier-"));
    assert!(!html.contains("<script"));

    // --allow-failures: exit 0, same summary.
    let ok = fleet(
        dir.path(),
        &[
            inv.to_str().unwrap(),
            "--allow-failures",
            "--format",
            "json",
            "-q",
        ],
        &[],
    );
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    assert!(ok.stderr.is_empty(), "--quiet: {}", stderr(&ok));
    let again: Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(
        again["ranking"],
        s["ranking"]
            .as_array()
            .map(|r| {
                // Without -o no report files are written or listed.
                Value::Array(
                    r.iter()
                        .map(|x| {
                            let mut x = x.clone();
                            x["reports"] = Value::Array(vec![]);
                            x
                        })
                        .collect(),
                )
            })
            .unwrap()
    );
}

#[test]
fn the_summary_does_not_depend_on_concurrency() {
    let dir = tempfile::tempdir().unwrap();
    let inv = profile_inventory(dir.path());
    let one = fleet(
        dir.path(),
        &[
            inv.to_str().unwrap(),
            "-c",
            "1",
            "-o",
            "one",
            "--allow-failures",
        ],
        &[],
    );
    let eight = fleet(
        dir.path(),
        &[
            inv.to_str().unwrap(),
            "-c",
            "8",
            "-o",
            "eight",
            "--allow-failures",
        ],
        &[],
    );
    assert!(one.status.success() && eight.status.success());
    assert_eq!(one.stdout, eight.stdout);
    for f in [
        "fleet.json",
        "fleet.md",
        "fleet.html",
        "sources/cosmosdb.html",
        "sources/bigger.json",
    ] {
        assert_eq!(
            std::fs::read(dir.path().join("one").join(f)).unwrap(),
            std::fs::read(dir.path().join("eight").join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn a_source_that_never_finishes_reading_times_out_and_the_rest_go_on() {
    let dir = tempfile::tempdir().unwrap();
    // A FIFO nobody writes to: reading it blocks for ever.
    let fifo = dir.path().join("stuck.json");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    std::fs::write(
        dir.path().join("inv.yaml"),
        format!(
            "sources:\n  - name: stuck\n    profile: stuck.json\n  - name: fine\n    profile: {}\n",
            sample("rds-mysql").display()
        ),
    )
    .unwrap();
    let started = std::time::Instant::now();
    let out = fleet(
        dir.path(),
        &["inv.yaml", "--timeout", "700ms", "--format", "json"],
        &[],
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["ranking"][0]["name"], "fine");
    let f = &s["failures"][0];
    assert_eq!(
        (
            f["name"].as_str(),
            f["kind"].as_str(),
            f["exit_code"].as_u64()
        ),
        (Some("stuck"), Some("timeout"), Some(3))
    );
    assert!(
        f["error"]
            .as_str()
            .unwrap()
            .contains("not read within 700ms"),
        "{f}"
    );
}

#[test]
fn a_bad_inventory_exits_2_with_every_problem_and_its_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("inv.yaml"),
        "sources:\n  - name: a\n    profile: a.json\n  - name: a\n    url: postgresql://u:pw@h/db\n",
    )
    .unwrap();
    let out = fleet(dir.path(), &["inv.yaml"], &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("inv.yaml:4: source `a`: the name is already used"),
        "{err}"
    );
    assert!(
        err.contains("inv.yaml:4: source `a`: url: the URL holds a password"),
        "{err}"
    );
    assert!(!err.contains("pw@"), "{err}");
    std::fs::write(
        dir.path().join("typo.yaml"),
        "sources:\n  - name: a\n    profil: a.json\n",
    )
    .unwrap();
    let out = fleet(dir.path(), &["typo.yaml"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("typo.yaml:3:"), "{}", stderr(&out));
    let out = fleet(dir.path(), &["nothere.yaml"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("inventory nothere.yaml: cannot read"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn live_scratch_databases_with_an_unreachable_source_and_a_refused_password() {
    let _lock = pg::ClusterLock::shared();
    let good = scratch_with(
        "fleet_a",
        "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2));
         CREATE TABLE audit_log (at timestamptz, what text);
         CREATE UNLOGGED TABLE scratchpad (k text PRIMARY KEY, v text);",
    );
    let other = scratch_with(
        "fleet_b",
        "CREATE TABLE items (id int PRIMARY KEY, name text)",
    );
    // A port with nothing behind it.
    let closed = closed_port();
    let refusing = pg::RefusingServer::start();
    let dir = tempfile::tempdir().unwrap();
    let inv = format!(
        "sources:\n\
         \x20 - name: orders\n    url: {}\n    region: us-west-2\n    instance_class: db.r6g.large\n    engine: rds-postgresql\n\
         \x20 - name: items\n    url: {}\n\
         \x20 - name: down\n    url: postgresql://postgres@127.0.0.1:{closed}/postgres?sslmode=disable\n\
         \x20 - name: wrong-password\n    url: postgresql://app@127.0.0.1:{}/shop?sslmode=disable\n    password_env: FLEET_TEST_PW\n\
         \x20 - name: no-such-role\n    url: {}\n\
         \x20 - name: sample\n    profile: {}\n",
        good.url(),
        other.url(),
        refusing.port,
        good.url_as("dbassay_no_such_role"),
        sample("rds-postgresql").display()
    );
    std::fs::write(dir.path().join("inv.yaml"), inv).unwrap();
    let out = fleet(
        dir.path(),
        &[
            "inv.yaml",
            "-o",
            "out",
            "-c",
            "4",
            "--connect-timeout",
            "5s",
        ],
        &[("FLEET_TEST_PW", PASSWORD)],
    );
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    // The password reached the server that asked for it…
    assert_eq!(refusing.passwords.lock().unwrap().as_slice(), [PASSWORD]);
    // …and appears nowhere: not on stdout or stderr, not in any file written.
    let mut texts = vec![stdout(&out), stderr(&out)];
    for entry in files_under(&dir.path().join("out")) {
        texts.push(std::fs::read_to_string(entry).unwrap());
    }
    for t in &texts {
        assert!(
            !t.contains(PASSWORD) && !t.contains("s3cret"),
            "password leaked:\n{t}"
        );
    }

    let s = read_json(&dir.path().join("out/fleet.json"));
    let names: Vec<&str> = s["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    for n in ["orders", "items", "sample"] {
        assert!(names.contains(&n), "{names:?}");
    }
    let orders = read_json(&dir.path().join("out/sources/orders.json"));
    assert_eq!(orders["source"]["engine"], "rds-postgresql");
    assert_eq!(orders["source"]["region"], "us-west-2");
    let found = ids_in(&orders["compatibility"]["findings"]);
    assert!(
        found.contains(&"pg-table-without-primary-key") && found.contains(&"pg-unlogged-table"),
        "{found:?}"
    );
    for (n, why) in [
        ("down", "nothing accepts connections"),
        ("wrong-password", "password authentication failed"),
        ("no-such-role", "dbassay_no_such_role"),
    ] {
        let f = named(&s, "failures", n);
        assert_eq!(f["kind"], "unreachable", "{f}");
        assert_eq!(f["exit_code"], 3, "{f}");
        assert!(f["error"].as_str().unwrap().contains(why), "{f}");
    }
    let md = std::fs::read_to_string(dir.path().join("out/fleet.md")).unwrap();
    assert!(
        md.contains("| wrong-password |") && md.contains("unreachable"),
        "{md}"
    );
}

#[test]
fn progress_shows_on_a_terminal_and_not_with_quiet() {
    use expectrl::process::unix::WaitStatus;
    use expectrl::session::OsSession;
    use expectrl::{Eof, Expect};
    let dir = tempfile::tempdir().unwrap();
    let inv = profile_inventory(dir.path());
    let run = |quiet: bool| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dbassay"));
        cmd.args([
            "fleet",
            inv.to_str().unwrap(),
            "-c",
            "2",
            "--allow-failures",
        ])
        .current_dir(dir.path())
        .env("DBASSAY_CACHE_DIR", dir.path().join("cache"))
        .env("TERM", "xterm-256color");
        if quiet {
            cmd.arg("--quiet");
        }
        let mut s = OsSession::spawn(cmd).unwrap();
        s.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
        let all = String::from_utf8_lossy(s.expect(Eof).unwrap().as_bytes()).into_owned();
        let status = s.get_process().wait().unwrap();
        assert!(
            matches!(status, WaitStatus::Exited(_, 0)),
            "{status:?}\n{all}"
        );
        all
    };
    let shown = run(false);
    assert!(shown.contains("ok     cosmosdb: cosmosdb"), "{shown}");
    assert!(shown.contains("failed missing: profile"), "{shown}");
    assert!(
        shown.contains("Fleet: 7 source(s), 5 assessed, 2 failed"),
        "{shown}"
    );
    let quiet = run(true);
    assert!(!quiet.contains("ok     "), "{quiet}");
    assert!(
        quiet.contains("Fleet: 7 source(s), 5 assessed, 2 failed"),
        "{quiet}"
    );
}

#[test]
fn the_example_inventory_assesses_every_sample() {
    let out = dbassay(&[
        "fleet",
        "examples/fleet/inventory.yaml",
        "--pricing",
        "offline",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (s["assessed"].as_u64(), s["failed"].as_u64()),
        (Some(12), Some(0))
    );
    let engines: std::collections::BTreeSet<&str> = s["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["engine"].as_str().unwrap())
        .collect();
    assert_eq!(engines.len(), 11, "{engines:?}");
}

/// A scratch database holding `sql`, its set-up session ended (and its statistics flushed)
/// before the fleet reads it.
fn scratch_with(tag: &str, sql: &str) -> pg::Scratch {
    let mut db = pg::Scratch::new(tag);
    db.sql(sql);
    db.close();
    db
}

/// A profile as `dbassay discover` writes it: sizing and 14 days of measured utilisation, the
/// schema not introspected.
fn discovered_profile(engine: &str, region: &str, class: &str) -> String {
    format!(
        r#"{{
  "profile_version": 1, "engine": "{engine}", "version": "16.4", "name": "disc",
  "region": "{region}", "schema_coverage": "not_introspected",
  "sizing": {{"instance_class": "{class}", "storage_gb": 500, "provisioned_iops": 3000,
             "storage_type": "gp3", "high_availability": true, "read_replicas": 1}},
  "workload": {{"cpu_utilization_pct": 12, "cpu_p95_pct": 20, "average_connections": 40,
               "peak_connections": 90, "active_hours_per_day": 12,
               "measurement": {{"window_days": 14, "source": "cloudwatch"}}}}
}}"#
    )
}

#[test]
fn a_discovered_estate_reads_the_schema_where_it_can_and_sizes_the_rest() {
    let _lock = pg::ClusterLock::shared();
    let db = scratch_with(
        "fleet_disc",
        "CREATE TABLE orders (id bigint, total numeric(12,2));
         CREATE UNLOGGED TABLE scratchpad (k text PRIMARY KEY, v text);",
    );
    let closed = closed_port();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("profiles")).unwrap();
    for (name, engine) in [
        ("orders", "rds-postgresql"),
        ("billing", "rds-postgresql"),
        ("archive", "rds-mysql"),
    ] {
        std::fs::write(
            dir.path().join(format!("profiles/{name}.json")),
            discovered_profile(engine, "us-east-1", "db.r6g.xlarge"),
        )
        .unwrap();
    }
    // orders: the URL works (its schema is read, the discovered sizing merged in); billing: its
    // password variable is not set (no connection tried); archive: no URL at all.
    let inv = format!(
        "sources:\n\
         \x20 - name: orders\n    url: {}\n    profile: profiles/orders.json\n\
         \x20 - name: billing\n    url: postgresql://app@127.0.0.1:{closed}/billing?sslmode=disable\n    \
         password_env: FLEET_TEST_UNSET_BILLING_PW\n    profile: profiles/billing.json\n\
         \x20 - name: archive\n    profile: profiles/archive.json\n",
        db.url()
    );
    std::fs::write(dir.path().join("inventory.yaml"), inv).unwrap();
    let out = fleet(dir.path(), &["inventory.yaml", "-o", "out"], &[]);
    // Sized without the schema is not a failure.
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(
        table.contains(
            "Fleet: 3 source(s), 1 assessed, 2 sizing only (compatibility not assessed), 0 failed"
        ),
        "{table}"
    );
    assert!(
        table.contains("Sizing only, compatibility not assessed:"),
        "{table}"
    );

    let s = read_json(&dir.path().join("out/fleet.json"));
    assert_eq!(
        (
            s["sources"].as_u64(),
            s["assessed"].as_u64(),
            s["sizing_only"].as_u64(),
            s["unreachable"].as_u64(),
            s["failed"].as_u64()
        ),
        (Some(3), Some(1), Some(2), Some(0), Some(0))
    );
    // orders: the schema from the URL, the sizing and utilisation from its profile.
    let orders = &s["ranking"][0];
    assert_eq!(orders["name"], "orders");
    assert_eq!(orders["region"], "us-east-1");
    assert_eq!(orders["utilisation"]["cpu_average_pct"], "12");
    assert_eq!(orders["utilisation"]["cpu_p95_pct"], "20");
    assert_eq!(orders["utilisation"]["peak_connections"], 90);
    assert_eq!(
        orders["utilisation"]["text"],
        "CPU 12 % average, 20 % p95 · connections 40 average, 90 peak · busy 12 h a day \
         (cloudwatch, 14 days)"
    );
    let report = read_json(&dir.path().join("out/sources/orders.json"));
    assert_eq!(report["source"]["engine"], "rds-postgresql");
    assert_eq!(report["source"]["instance_class"], "db.r6g.xlarge");
    assert_eq!(report["source"]["storage_gb"], "500");
    assert_eq!(report["source"]["high_availability"], true);
    assert_eq!(report["source"]["read_replicas"], 1);
    assert_eq!(report["target"]["basis"], "performance_based");
    let found = ids_in(&report["compatibility"]["findings"]);
    assert!(
        found.contains(&"pg-table-without-primary-key") && found.contains(&"pg-unlogged-table"),
        "{found:?}"
    );
    // The others: sizing and cost, compatibility not assessed, with why; no score, no tier,
    // and no per-source report showing an empty schema as ready.
    let billing = named(&s, "sized", "billing");
    assert!(billing.get("score").is_none() && billing.get("tier").is_none());
    assert_eq!(billing["unreachable"], false);
    let why = billing["why"].as_str().unwrap();
    assert!(
        why.contains("no connection was tried") && why.contains("FLEET_TEST_UNSET_BILLING_PW"),
        "{why}"
    );
    assert_eq!(billing["instance_class"], "db.r6g.xlarge");
    assert!(
        billing["source_monthly"]
            .as_str()
            .unwrap()
            .parse::<f64>()
            .unwrap()
            > 0.0
    );
    assert_eq!(billing["utilisation"]["cpu_p95_pct"], "20");
    let archive = named(&s, "sized", "archive");
    assert_eq!(archive["engine"], "rds-mysql");
    assert!(
        archive["why"].as_str().unwrap().contains("no `url`"),
        "{archive}"
    );
    assert!(!dir.path().join("out/sources/archive.json").exists());
    assert!(!dir.path().join("out/sources/billing.html").exists());
    // Their cost counts in the totals.
    assert_eq!(s["totals"][0]["sources"], 3);
    let points = s["key_points"].to_string();
    assert!(
        points.contains("2 sources sized and priced from the discovered profile only"),
        "{points}"
    );

    let html = std::fs::read_to_string(dir.path().join("out/fleet.html")).unwrap();
    for want in [
        "Sizing only: compatibility not assessed",
        "class=\"not-assessed\">not assessed<",
        "CPU 12 % average, 20 % p95",
    ] {
        assert!(html.contains(want), "{want}");
    }
    let md = std::fs::read_to_string(dir.path().join("out/fleet.md")).unwrap();
    assert!(
        md.contains("2 sizing only (compatibility not assessed)"),
        "{md}"
    );
    assert!(
        md.contains("| billing | Amazon RDS for PostgreSQL 16.4 | db.r6g.xlarge |"),
        "{md}"
    );

    // The same password variable exported, the server unreachable: the connection was tried
    // and failed, so the source is sized from its profile and the run exits 4.
    let out = fleet(
        dir.path(),
        &[
            "inventory.yaml",
            "--format",
            "json",
            "--connect-timeout",
            "3s",
        ],
        &[("FLEET_TEST_UNSET_BILLING_PW", PASSWORD)],
    );
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "1 source(s) could not be reached and were assessed from their profile file (billing)"
        ),
        "{err}"
    );
    assert!(!err.contains(PASSWORD) && !stdout(&out).contains(PASSWORD));
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (s["unreachable"].as_u64(), s["failed"].as_u64()),
        (Some(1), Some(0))
    );
    let billing = named(&s, "sized", "billing");
    assert_eq!(billing["unreachable"], true);
    assert!(
        billing["why"]
            .as_str()
            .unwrap()
            .contains("the schema could not be read"),
        "{billing}"
    );
}

#[test]
fn a_discovered_profile_of_another_family_is_bad_input() {
    let _lock = pg::ClusterLock::shared();
    let db = scratch_with("fleet_disc_family", "CREATE TABLE t (id int PRIMARY KEY)");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("shop.json"),
        discovered_profile("azure-mysql", "eastus", "D4ds_v4"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("inv.yaml"),
        format!(
            "sources:\n  - name: shop\n    url: {}\n    profile: shop.json\n",
            db.url()
        ),
    )
    .unwrap();
    let out = fleet(dir.path(), &["inv.yaml", "--format", "json"], &[]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &s["failures"][0];
    assert_eq!(
        (f["kind"].as_str(), f["exit_code"].as_u64()),
        (Some("input"), Some(2))
    );
    assert!(
        f["error"]
            .as_str()
            .unwrap()
            .contains("describes a mysql source (azure-mysql)"),
        "{f}"
    );
}

#[test]
fn assess_merges_a_discovered_profile_into_the_introspected_schema() {
    let _lock = pg::ClusterLock::shared();
    let db = scratch_with(
        "assess_sizing_from",
        "CREATE TABLE events (at timestamptz, what text)",
    );
    let dir = tempfile::tempdir().unwrap();
    let discovered = dir.path().join("orders.json");
    std::fs::write(
        &discovered,
        discovered_profile("rds-postgresql", "eu-west-1", "db.r6g.2xlarge"),
    )
    .unwrap();
    let assess = |extra: &[&str]| assess_live(&db.url(), extra);
    let plain = assess(&[]);
    assert_eq!(plain.status.code(), Some(0), "{}", stderr(&plain));
    let plain: Value = serde_json::from_slice(&plain.stdout).unwrap();
    let merged = assess(&["--sizing-from", discovered.to_str().unwrap()]);
    assert_eq!(merged.status.code(), Some(0), "{}", stderr(&merged));
    assert!(
        stderr(&merged).contains("sizing and workload from"),
        "{}",
        stderr(&merged)
    );
    let merged: Value = serde_json::from_slice(&merged.stdout).unwrap();
    // The schema is the live one: the same findings on the same objects (under the cloud's
    // engine's rubric).
    let ids = |a: &Value| {
        a["compatibility"]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["id"].to_string(), f["objects"].to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&plain), ids(&merged));
    assert!(ids(&merged)
        .iter()
        .any(|(id, objects)| id.contains("pg-table-without-primary-key")
            && objects.contains("public.events")));
    // The sizing and the engine are the cloud's.
    assert_eq!(merged["source"]["engine"], "rds-postgresql");
    assert_eq!(merged["source"]["region"], "eu-west-1");
    assert_eq!(merged["source"]["instance_class"], "db.r6g.2xlarge");
    assert_eq!(merged["source"]["high_availability"], true);
    assert_eq!(merged["target"]["basis"], "performance_based");
    assert_ne!(plain["source"]["engine"], "rds-postgresql");
    let evidence = merged["source"]["detection"]["evidence"].to_string();
    assert!(
        evidence.contains("the cloud names it rds-postgresql"),
        "{evidence}"
    );
    // A sizing file that is not a profile: bad input naming the file.
    std::fs::write(
        dir.path().join("bad.json"),
        "{\"profile_version\": 1, \"engine\": 3}",
    )
    .unwrap();
    let bad = assess(&[
        "--sizing-from",
        dir.path().join("bad.json").to_str().unwrap(),
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("bad.json"), "{}", stderr(&bad));
}
