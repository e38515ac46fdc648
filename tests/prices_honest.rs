//! Prices a customer can check: no report carries a placeholder record or a path of this
//! repository's reference material, in any format or pricing mode; price books captured with
//! `prices export --format json` read back with `--price-book`; and engine-aware matching prices
//! AWS's per-engine records live.

#[path = "support/catalogue.rs"]
mod catalogue;
mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/prices.rs"]
mod prices;

use prices::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

use dbassay::pipeline::Toolkit;
use dbassay::pricing::Origin;

/// What must never reach a reader: the reference folder's placeholder identifiers and any path
/// of the reference folder itself.
const FORBIDDEN: [&str; 4] = [
    "00000000-0000",
    "EXAMPLE",
    "shared/reference",
    "DZH318Z0EXAMPLE",
];

fn forbidden_in(text: &str) -> Vec<&'static str> {
    FORBIDDEN
        .iter()
        .copied()
        .filter(|f| text.contains(f))
        .collect()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn samples() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root().join("examples/profiles"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    out.sort();
    assert_eq!(out.len(), 11, "eleven bundled samples");
    out
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn no_rendered_sample_carries_a_placeholder_record_or_a_reference_path() {
    let server = catalogue::start();
    let azure = format!("{}/api/retail/prices", server.url);
    let mut checked = 0;
    for mode in ["cached", "offline", "live"] {
        // A fresh, empty cache per mode: `cached` finds nothing and falls to the rate cards.
        let cache = tempfile::tempdir().unwrap();
        let env = [
            ("DBASSAY_CACHE_DIR", cache.path().to_str().unwrap()),
            ("DBASSAY_AWS_PRICING_ENDPOINT", server.url.as_str()),
            ("DBASSAY_AZURE_PRICES_URL", azure.as_str()),
            ("DBASSAY_GCP_BILLING_URL", server.url.as_str()),
        ];
        let before = server.count();
        let mut live_lines = 0;
        for sample in samples() {
            let name = sample.file_stem().unwrap().to_string_lossy().into_owned();
            for format in ["table", "json", "md", "html"] {
                let out = run(
                    &[
                        "assess",
                        "--profile",
                        sample.to_str().unwrap(),
                        "--pricing",
                        mode,
                        "--format",
                        format,
                    ],
                    &env,
                );
                let all = text(&out);
                assert!(out.status.success(), "{name} {mode} {format}: {all}");
                let found = forbidden_in(&all);
                assert!(found.is_empty(), "{name} {mode} {format}: {found:?}\n{all}");
                if format == "json" {
                    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
                    live_lines += a["cost"]["lines"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|l| {
                            l["price"]["source"] == "api" || l["price"]["source"] == "cache"
                        })
                        .count();
                }
                checked += 1;
            }
        }
        match mode {
            "live" => assert!(
                live_lines >= 20,
                "live mode priced only {live_lines} lines from the local services"
            ),
            _ => {
                assert_eq!(server.count(), before, "{mode} reached the network");
                assert_eq!(
                    live_lines, 0,
                    "{mode} found service prices in an empty cache"
                );
            }
        }
    }
    assert_eq!(checked, 3 * 11 * 4);
}

#[test]
fn shipped_files_name_no_placeholder_record_and_no_reference_path() {
    let mut offenders = Vec::new();
    for dir in ["src", "engines", "reports", "rubrics", "examples"] {
        let mut stack = vec![root().join(dir)];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let Ok(body) = std::fs::read_to_string(&path) else {
                    continue;
                };
                for f in forbidden_in(&body) {
                    offenders.push(format!("{}: {f}", path.display()));
                }
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

#[test]
fn aurora_mysql_prices_storage_io_and_backup_live_from_its_own_engine_records() {
    fake_aws_env();
    let server = catalogue::start();
    let cache = tempfile::tempdir().unwrap();
    let kit = Toolkit::bundled().unwrap();
    let book = live_book(&kit, cache.path(), &server.url);
    let profile: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/profiles/aurora-mysql.json")).unwrap(),
    )
    .unwrap();
    let a = assess(&kit, &book, profile);
    // The service lists Aurora MySQL and Aurora PostgreSQL records at different prices: the
    // source's engine wins.
    for (id, want) in [
        ("storage", catalogue::AURORA_MYSQL_STORAGE),
        ("io", catalogue::AURORA_MYSQL_IO),
        ("backup", catalogue::AURORA_MYSQL_BACKUP),
    ] {
        let l = line(&a, "source", id);
        assert_eq!(l.price.source, Origin::Api, "{id}: {:#?}", a.notes);
        assert_eq!(l.unit_price, Some(dec(want)), "{id}");
        assert!(
            l.price
                .reference
                .as_deref()
                .is_some_and(|r| r.contains("AMY")),
            "{id}: {:?}",
            l.price.reference
        );
    }
    assert!(
        !a.notes.iter().any(|n| n.contains("ambiguous")),
        "{:#?}",
        a.notes
    );
}

#[test]
fn rds_multi_az_gp3_storage_prices_live_from_the_source_engine_record() {
    fake_aws_env();
    let server = catalogue::start();
    let cache = tempfile::tempdir().unwrap();
    let kit = Toolkit::bundled().unwrap();
    let book = live_book(&kit, cache.path(), &server.url);
    let mut profile = rds_profile("db.r6g.xlarge");
    profile["sizing"]["high_availability"] = Value::Bool(true);
    let a = assess(&kit, &book, profile);
    let storage = line(&a, "source", "storage");
    assert_eq!(storage.price.source, Origin::Api, "{:#?}", a.notes);
    assert_eq!(
        storage.unit_price,
        Some(dec(catalogue::RDS_POSTGRESQL_MULTI_AZ_GP3))
    );
    // Backup is listed for `Any` and for MySQL: a PostgreSQL source takes `Any`.
    assert_eq!(line(&a, "source", "backup").unit_price, Some(dec("0.0951")));
}

#[test]
fn a_price_book_round_trips_through_assess_and_fleet() {
    let server = catalogue::start();
    let azure = format!("{}/api/retail/prices", server.url);
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let env = [
        ("DBASSAY_CACHE_DIR", cache.path().to_str().unwrap()),
        ("DBASSAY_AWS_PRICING_ENDPOINT", server.url.as_str()),
        ("DBASSAY_AZURE_PRICES_URL", azure.as_str()),
        ("DBASSAY_GCP_BILLING_URL", server.url.as_str()),
    ];
    let book = work.path().join("book.json");
    let out = run(
        &[
            "prices",
            "export",
            "--format",
            "json",
            "--pricing",
            "live",
            "--captured-by",
            "Alice Analyst",
            "-o",
            book.to_str().unwrap(),
        ],
        &env,
    );
    assert!(out.status.success(), "{}", text(&out));
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&book).unwrap()).unwrap();
    assert_eq!(written["format"], "dbassay price book");
    assert_eq!(written["captured_by"], "Alice Analyst");
    assert!(written["captured_with"]
        .as_str()
        .unwrap()
        .contains("--pricing live"));

    // Offline, on another machine: no cache, no network; the book's live prices come first.
    let server_before = server.count();
    let elsewhere = tempfile::tempdir().unwrap();
    let offline_env = [("DBASSAY_CACHE_DIR", elsewhere.path().to_str().unwrap())];
    let sample = root().join("examples/profiles/aurora-mysql.json");
    let out = run(
        &[
            "assess",
            "--profile",
            sample.to_str().unwrap(),
            "--pricing",
            "offline",
            "--price-book",
            book.to_str().unwrap(),
            "--format",
            "json",
        ],
        &offline_env,
    );
    assert!(out.status.success(), "{}", text(&out));
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    let storage = common::cost_line(&a, "source", "storage");
    assert_eq!(storage["price"]["source"], "price_book");
    assert_eq!(storage["unit_price"], catalogue::AURORA_MYSQL_STORAGE);
    let reference = storage["price"]["reference"].as_str().unwrap();
    assert!(
        reference.contains("book.json") && reference.contains("Alice Analyst"),
        "{reference}"
    );
    let notes = a["notes"].to_string();
    assert!(
        notes.contains("price book `book.json`, captured by Alice Analyst on"),
        "{notes}"
    );
    // Lakebase's lines are in the book too, from its rate card, still saying they are recalled.
    let compute = common::cost_line(&a, "target", "compute");
    assert_eq!(compute["price"]["source"], "price_book");
    assert_eq!(compute["price"]["basis"], "recalled");

    // A fleet reads the same book.
    let reports = work.path().join("fleet");
    let out = run(
        &[
            "fleet",
            "examples/fleet/inventory.yaml",
            "--pricing",
            "offline",
            "--price-book",
            book.to_str().unwrap(),
            "-o",
            reports.to_str().unwrap(),
        ],
        &offline_env,
    );
    assert!(out.status.success(), "{}", text(&out));
    let mut from_book = 0;
    let mut stack = vec![reports.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(body) = std::fs::read_to_string(&p) {
                // A line priced from the book says so in every format.
                from_book += body.matches("\"price_book\"").count();
                from_book += body.matches("price book (").count();
            }
        }
    }
    assert!(
        from_book > 20,
        "fleet lines priced from the book: {from_book}"
    );
    assert_eq!(server.count(), server_before, "offline reached the network");
}

fn bad_book(dir: &Path, body: &str) -> Output {
    let book = dir.join("bad.json");
    std::fs::write(&book, body).unwrap();
    run(
        &[
            "assess",
            "--profile",
            "examples/profiles/rds-postgresql.json",
            "--pricing",
            "offline",
            "--price-book",
            book.to_str().unwrap(),
        ],
        &[],
    )
}

#[test]
fn a_malformed_price_book_exits_2_naming_file_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let row = |price: &str| {
        format!(
            r#"    {{
      "engine": "rds-postgresql",
      "region": "us-east-1",
      "line": "backup",
      "sku": "backup",
      "unit": "GB-Mo",
      "unit_price": {price},
      "currency": "USD",
      "source": "api",
      "basis": null,
      "as_of": "2026-12-01",
      "reference": "test"
    }}"#
        )
    };
    let book = |rows: &[String]| {
        format!(
            "{{\n  \"format\": \"dbassay price book\",\n  \"version\": 1,\n  \"captured_by\": \"t\",\n  \
             \"captured_at\": \"2026-12-01T00:00:00Z\",\n  \"captured_with\": \"test\",\n  \
             \"prices\": [\n{}\n  ]\n}}\n",
            rows.join(",\n")
        )
    };

    // A price that is not a number, in the second row (line 27 of the file).
    let out = bad_book(dir.path(), &book(&[row("\"0.095\""), row("\"abc\"")]));
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.json:27:") && err.contains("prices[1].unit_price"),
        "{err}"
    );

    // An unknown origin: the parser names the field and the line.
    let out = bad_book(
        dir.path(),
        &book(&[row("\"0.095\"").replace("\"api\"", "\"guessed\"")]),
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.json:16:") && err.contains("prices[0].source") && err.contains("guessed"),
        "{err}"
    );

    // A row from the withdrawn bundled snapshot is refused.
    let out = bad_book(
        dir.path(),
        &book(&[row("\"0.095\"").replace("\"api\"", "\"snapshot\"")]),
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.json:16:") && err.contains("withdrawn"),
        "{err}"
    );

    // Not a price book at all.
    let out = bad_book(dir.path(), "{\"prices\": []}");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.json"));
}
