//! The command line end to end: outputs, exit codes, and bad input.

mod common;
use common::*;

#[test]
fn every_sample_assesses_to_the_documented_json_shape() {
    for name in SAMPLES {
        let a = assess_json(&sample(name), &[]);
        let c = &a["compatibility"];
        let score = c["score"].as_u64().expect("score");
        assert!(score <= 100, "{name}");
        assert!(
            ["ready", "minor_changes", "major_rework", "blocked"]
                .contains(&c["tier"].as_str().unwrap()),
            "{name}"
        );
        for f in c["findings"].as_array().unwrap() {
            assert!(f["id"].is_string() && f["severity"].is_string(), "{name}");
            assert!(
                !f["objects"].as_array().unwrap().is_empty(),
                "{name}: {}",
                f["id"]
            );
        }
        let cost = &a["cost"];
        // Money is a decimal string, never a float; a known total is a string.
        assert!(
            cost["source_monthly"].is_string(),
            "{name}: source total {}",
            cost["source_monthly"]
        );
        assert!(cost["target_monthly"].is_string(), "{name}");
        let lines = cost["lines"].as_array().unwrap();
        assert!(
            lines.iter().any(|l| l["side"] == "source")
                && lines.iter().any(|l| l["side"] == "target")
        );
        for l in lines {
            assert!(l["monthly"].is_string(), "{name}: {}", l["id"]);
            // Every price says where it came from; a rate-card price says how its row was
            // obtained: a published row has its read date, a recalled one none.
            let price = &l["price"];
            assert!(price["source"].is_string(), "{name}");
            if price["source"] == "rate_card" {
                let basis = price["basis"].as_str().unwrap_or_default();
                assert!(
                    ["published", "derived", "recalled"].contains(&basis),
                    "{name}: {price}"
                );
                match basis {
                    "published" => assert!(price["as_of"].is_string(), "{name}: {price}"),
                    "recalled" => assert!(price["as_of"].is_null(), "{name}: {price}"),
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn the_same_input_gives_byte_identical_json() {
    let p = sample("aurora-postgresql");
    let p = p.to_str().unwrap();
    let a = dbassay(&["assess", "--profile", p, "--format", "json"]);
    let b = dbassay(&["assess", "--profile", p, "--format", "json"]);
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn demo_assesses_all_eleven_engines() {
    let out = dbassay(&["demo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for name in SAMPLES {
        assert!(text.contains(name), "demo lacks {name}:\n{text}");
    }
    let json = dbassay(&["demo", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 11);
}

#[test]
fn a_malformed_profile_names_the_file_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    std::fs::write(
        &path,
        "{\n  \"profile_version\": 1,\n  \"engine\": \"rds-postgresql\",\n  \"version\": \"16.2\",\n  \"tabels\": []\n}\n",
    )
    .unwrap();
    let out = dbassay(&["assess", "--profile", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("bad.json") && err.contains("tabels") && err.contains("line 5"),
        "{err}"
    );

    std::fs::write(&path, "{ \"profile_version\": 1, \"engine\": ").unwrap();
    let out = dbassay(&["assess", "--profile", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("line 1"), "{}", stderr(&out));
}

#[test]
fn an_unknown_engine_is_bad_input_listing_the_known_ones() {
    let out = dbassay(&[
        "assess",
        "--profile",
        sample("rds-postgresql").to_str().unwrap(),
        "--engine",
        "oracle",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("`oracle`") && err.contains("rds-postgresql"),
        "{err}"
    );
}

#[test]
fn a_rubric_typo_fails_rubric_check_and_assess_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("custom.yaml"),
        "rubric: custom\ndescription: d\nextends: postgres\nchecks:\n  - id: custom-x\n    title: t\n    category: schema\n    severity: majr\n    detector: { kind: objects, collection: tables }\n    message: m\n    remediation: r\n    effort: {}\n    docs: https://example.com\n",
    )
    .unwrap();
    let d = dir.path().to_str().unwrap();
    let out = dbassay(&["rubric", "check", d]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("custom.yaml:8:") && err.contains("majr"),
        "{err}"
    );
    let out = dbassay(&[
        "assess",
        "--profile",
        sample("rds-postgresql").to_str().unwrap(),
        "--rubrics",
        d,
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn bundled_rubrics_pass_rubric_check() {
    let out = dbassay(&["rubric", "check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("ok:"));
}

#[test]
fn output_file_is_written_whole_and_a_failed_run_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("a.json");
    let p = sample("rds-mysql");
    let o = out_path.to_str().unwrap();
    let ok = dbassay(&[
        "assess",
        "--profile",
        p.to_str().unwrap(),
        "--format",
        "json",
        "-o",
        o,
    ]);
    assert!(ok.status.success());
    let first = std::fs::read(&out_path).unwrap();
    serde_json::from_slice::<serde_json::Value>(&first).expect("complete JSON");
    let bad = dbassay(&["assess", "--profile", "/nonexistent.json", "-o", o]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(std::fs::read(&out_path).unwrap(), first);
    // No temporary files left beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn usage_errors_exit_2_and_help_explains() {
    assert_eq!(dbassay(&["assess"]).status.code(), Some(2));
    assert_eq!(dbassay(&["frobnicate"]).status.code(), Some(2));
    let help = dbassay(&["--help"]);
    assert!(help.status.success());
    assert!(stdout(&help).contains("Exit codes"));
}

#[test]
fn user_config_changes_severity_and_reports_entries_that_match_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg.yaml");
    let base = assess_json(&sample("rds-postgresql"), &[]);
    let first = base["compatibility"]["findings"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::write(
        &cfg,
        format!(
            "checks:\n  {first}: {{ disabled: true }}\n  no-such-check: {{ severity: info }}\n"
        ),
    )
    .unwrap();
    let a = assess_json(
        &sample("rds-postgresql"),
        &["--config", cfg.to_str().unwrap()],
    );
    let ids = ids_in(&a["compatibility"]["findings"]);
    assert!(!ids.contains(&first.as_str()), "{first} still reported");
    let notes = a["notes"].to_string();
    assert!(notes.contains("no-such-check"), "{notes}");
}

#[test]
fn schemas_are_published() {
    for which in ["profile", "assessment"] {
        let out = dbassay(&["schema", which]);
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(v["properties"].is_object(), "{which}");
    }
}

#[test]
fn a_price_that_is_not_found_is_unknown_never_zero() {
    let a = assess_json(&sample("rds-postgresql"), &["--instance", "db.x9.mega"]);
    let cost = &a["cost"];
    let compute = cost_line(&a, "source", "compute");
    assert!(compute["unit_price"].is_null() && compute["monthly"].is_null());
    assert_eq!(compute["price"]["source"], "unknown");
    assert_eq!(compute["price"]["sku"], "db.x9.mega/Multi-AZ");
    assert!(
        cost["source_monthly"].is_null(),
        "a partial total must not pass for a total"
    );
    assert!(cost["difference_monthly"].is_null());
    assert_eq!(cost["complete"], false);
    // The known lines are still summed, and the gap is explained.
    assert_eq!(cost["source_known_monthly"], "149.40");
    assert!(cost["assumptions"].to_string().contains("db.x9.mega"));
    let table = stdout(&dbassay(&[
        "assess",
        "--profile",
        sample("rds-postgresql").to_str().unwrap(),
        "--instance",
        "db.x9.mega",
    ]));
    assert!(
        table.contains("unknown") && table.contains("Incomplete"),
        "{table}"
    );
}

#[test]
fn a_users_rate_card_replaces_the_lakebase_list_price() {
    let dir = tempfile::tempdir().unwrap();
    let card = dir.path().join("contract.yaml");
    let lakebase = std::fs::read_to_string(root().join("engines/lakebase.yaml")).unwrap();
    let full: serde_yaml::Value = serde_yaml::from_str(&lakebase).unwrap();
    let mut pricing = full["pricing"].clone();
    // A 20 % discount on compute: 0.111 → 0.0888.
    for p in pricing["rate_card"]["prices"].as_sequence_mut().unwrap() {
        if p["line"] == "compute" {
            p["price"] = serde_yaml::Value::String("0.0888".into());
        }
    }
    pricing["rate_card"]["source"] = "Contract 2026-11".into();
    std::fs::write(&card, serde_yaml::to_string(&pricing).unwrap()).unwrap();
    let a = assess_json(
        &sample("rds-postgresql"),
        &["--rate-card", card.to_str().unwrap()],
    );
    let compute = cost_line(&a, "target", "compute");
    assert_eq!(compute["unit_price"], "0.0888");
    // Performance-based: 4 vCPU × 27 % × 1.3 ÷ 0.5 vCPU per CU = 2.81 CU on average, 730 h,
    // primary + HA secondary + read replica: 2.81 × 730 × 3 = 6,153.9 CU-hours × 0.0888.
    assert_eq!(compute["monthly"], "546.47");
    assert_eq!(compute["price"]["reference"], "Contract 2026-11");
}

#[test]
fn rubric_new_scaffolds_a_check_and_its_case_that_must_be_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let copy = |from: &str| {
        let to = dir.path().join(from);
        std::fs::create_dir_all(&to).unwrap();
        for e in dbassay::data::files_under(&root().join(from), &["yaml", "md"]).unwrap() {
            let rel = e.strip_prefix(root().join(from)).unwrap();
            std::fs::create_dir_all(to.join(rel).parent().unwrap()).unwrap();
            std::fs::copy(&e, to.join(rel)).unwrap();
        }
    };
    copy("rubrics");
    copy("tests/rubric_cases");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_dbassay"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let out = run(&[
        "rubric",
        "new",
        "pg-hash-partitioning",
        "--rubric",
        "postgres",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rubric = std::fs::read_to_string(dir.path().join("rubrics/postgres.yaml")).unwrap();
    assert!(rubric.contains("- id: pg-hash-partitioning"));
    let cases =
        std::fs::read_to_string(dir.path().join("tests/rubric_cases/postgres.yaml")).unwrap();
    assert!(cases.contains("- check: pg-hash-partitioning"));
    // The stubbed rubric still loads, and the same id cannot be added twice.
    let d = dir.path().join("rubrics");
    assert!(run(&["rubric", "check", d.to_str().unwrap()])
        .status
        .success());
    let again = run(&[
        "rubric",
        "new",
        "pg-hash-partitioning",
        "--rubric",
        "postgres",
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("already used"));
}

#[test]
fn a_discovered_profile_without_a_schema_is_not_scored_as_ready() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("discovered.json");
    std::fs::write(
        &path,
        "{\n  \"profile_version\": 1,\n  \"engine\": \"rds-postgresql\",\n  \"version\": \"16.2\",\n  \"schema_coverage\": \"not_introspected\"\n}\n",
    )
    .unwrap();
    let out = dbassay(&["assess", "--profile", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(
        stdout(&out).is_empty(),
        "no score is printed: {}",
        stdout(&out)
    );
    let err = stderr(&out);
    assert!(
        err.contains("discovered.json") && err.contains("--sizing-from"),
        "{err}"
    );

    // The same profile with its schema read is assessed.
    std::fs::write(
        &path,
        "{\n  \"profile_version\": 1,\n  \"engine\": \"rds-postgresql\",\n  \"version\": \"16.2\"\n}\n",
    )
    .unwrap();
    let out = dbassay(&["assess", "--profile", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
