//! Golden tests of what users consume, byte for byte as the binary prints it: the assessment
//! JSON of every bundled sample (offline prices, so the same bytes on every machine), the two
//! JSON Schemas, and one HTML report. A change to any of them shows up as a snapshot diff in
//! review (the Markdown reports have their own snapshots in `reports.rs`).
//!
//! One redaction only: the line number in a check's `defined in rubrics/<file>.yaml:<line>`,
//! which moves with every rubric edit (the file name stays), as in the Markdown snapshots.

mod common;
use common::*;

use std::process::{Command, Output};

/// Runs the binary as `common::dbassay` does, with the report date pinned.
fn dbassay_dated(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_dbassay"))
        .args(args)
        .env("NO_COLOR", "1")
        // 2026-11-25T00:00:00Z: the cover's date.
        .env("SOURCE_DATE_EPOCH", "1795564800")
        .env(
            "DBASSAY_CACHE_DIR",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-price-cache"),
        )
        .current_dir(root())
        .output()
        .expect("run dbassay");
    assert!(
        out.status.success(),
        "dbassay {args:?} failed: {}",
        stderr(&out)
    );
    out
}

fn redact_rubric_lines(text: &str) -> String {
    let at = regex_lite::Regex::new(r"(rubrics/[\w/.-]+\.yaml):\d+").unwrap();
    at.replace_all(text, "$1:<line>").into_owned()
}

#[test]
fn assessment_json_of_every_bundled_sample() {
    for name in SAMPLES {
        let path = sample(name);
        let out = dbassay_dated(&[
            "assess",
            "--profile",
            path.to_str().unwrap(),
            "--format",
            "json",
            "--pricing",
            "offline",
        ]);
        insta::assert_snapshot!(
            format!("assessment_{name}"),
            redact_rubric_lines(&stdout(&out))
        );
    }
}

#[test]
fn json_schemas_of_profile_and_assessment() {
    for which in ["profile", "assessment"] {
        let out = dbassay_dated(&["schema", which]);
        insta::assert_snapshot!(format!("schema_{which}"), stdout(&out));
    }
}

#[test]
fn html_report_of_a_bundled_sample() {
    let path = sample("aurora-postgresql");
    let out = dbassay_dated(&[
        "assess",
        "--profile",
        path.to_str().unwrap(),
        "--format",
        "html",
        "--pricing",
        "offline",
        "--customer",
        "Example Corp",
        "--prepared-by",
        "Databricks pre-sales",
    ]);
    insta::assert_snapshot!("html_aurora-postgresql", redact_rubric_lines(&stdout(&out)));
}
