//! `dbassay diff` end to end on pairs built from the bundled samples: a price change alone,
//! growth alone, a new blocker, an unchanged run; every gate crossed (exit 1) and held (exit 0);
//! bad input (exit 2).

mod common;
use common::*;

use dbassay::report::format::{money, money_delta, percent_delta};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// `assess --format json -o <dir>/<name>` of a profile file, with extra flags.
fn assess_to(dir: &Path, name: &str, profile: &Path, extra: &[&str]) -> PathBuf {
    let out = dir.join(name);
    let mut args = vec![
        "assess",
        "--profile",
        profile.to_str().unwrap(),
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = dbassay(&args);
    assert!(o.status.success(), "assess failed: {}", stderr(&o));
    out
}

/// A copy of a bundled sample profile, changed by `edit`.
fn edited_profile(dir: &Path, sample_name: &str, edit: impl FnOnce(&mut Value)) -> PathBuf {
    let mut p: Value =
        serde_json::from_str(&std::fs::read_to_string(sample(sample_name)).unwrap()).unwrap();
    edit(&mut p);
    let path = dir.join(format!("{sample_name}-edited.json"));
    std::fs::write(&path, serde_json::to_string_pretty(&p).unwrap()).unwrap();
    path
}

fn diff(base: &Path, head: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["diff", base.to_str().unwrap(), head.to_str().unwrap()];
    args.extend_from_slice(extra);
    dbassay(&args)
}

fn diff_json(base: &Path, head: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let o = diff(base, head, &args);
    assert!(
        o.status.code() == Some(0) || o.status.code() == Some(1),
        "diff failed: {}",
        stderr(&o)
    );
    serde_json::from_slice(&o.stdout).expect("diff JSON")
}

fn dec(v: &Value) -> rust_decimal::Decimal {
    v.as_str()
        .unwrap_or_else(|| panic!("not a decimal string: {v}"))
        .parse()
        .unwrap()
}

/// A Lakebase rate card of the user's own, with one price changed.
fn contract_card(dir: &Path, compute_price: &str) -> PathBuf {
    let path = dir.join("contract.yaml");
    std::fs::write(
        &path,
        format!(
            "service: Contract price\ncurrency: USD\nlines: []\nrate_card:\n  as_of: \"2027-01-15\"\n  \
             source: our 2027 contract\n  prices:\n    - {{ region: us-east-1, line: compute, sku: enterprise, price: \"{compute_price}\" }}\n"
        ),
    )
    .unwrap();
    path
}

/// Base, price-changed, grown and new-blocker assessments of the RDS for PostgreSQL sample,
/// made once per test run.
struct Pairs {
    base: PathBuf,
    price: PathBuf,
    grown: PathBuf,
    blocker: PathBuf,
}

fn pairs() -> &'static Pairs {
    static PAIRS: OnceLock<Pairs> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("diff-pairs-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let d = dir.as_path();
        let profile = sample("rds-postgresql");
        let base = assess_to(d, "base.json", &profile, &[]);
        let card = contract_card(d, "0.125");
        let price = assess_to(
            d,
            "price.json",
            &profile,
            &["--rate-card", card.to_str().unwrap()],
        );
        let grown_profile = edited_profile(d, "rds-postgresql", |p| {
            p["sizing"]["storage_gb"] = "600".into();
            for db in p["databases"].as_array_mut().unwrap() {
                let size = db["size_bytes"].as_u64().unwrap();
                db["size_bytes"] = (size / 2 * 3).into();
            }
        });
        let grown = assess_to(d, "grown.json", &grown_profile, &[]);
        let blocker_profile = edited_profile(d, "rds-postgresql", |p| {
            p["routines"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!({
                    "schema": "billing", "name": "fast_hash", "kind": "function",
                    "language": "c", "body_length": 40, "body_lines": 1
                }));
        });
        let blocker = assess_to(d, "blocker.json", &blocker_profile, &[]);
        Pairs {
            base,
            price,
            grown,
            blocker,
        }
    })
}

#[test]
fn every_sample_assesses_to_the_same_bytes_and_diffs_to_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for name in SAMPLES {
        let a = assess_to(dir.path(), &format!("{name}-a.json"), &sample(name), &[]);
        let b = assess_to(dir.path(), &format!("{name}-b.json"), &sample(name), &[]);
        assert_eq!(
            std::fs::read(&a).unwrap(),
            std::fs::read(&b).unwrap(),
            "{name}: assessment JSON is not deterministic"
        );
        let o = diff(&a, &b, &["--fail-on-new", "major", "--fail-above", "0"]);
        let text = stdout(&o);
        // An unknown Lakebase total fails --fail-above closed (it cannot be shown to be within
        // the limit); otherwise an unchanged run holds every gate.
        let assessment: Value =
            serde_json::from_str(&std::fs::read_to_string(&a).unwrap()).unwrap();
        let target_known = !assessment["cost"]["target_monthly"].is_null();
        assert_eq!(
            o.status.code(),
            Some(if target_known { 0 } else { 1 }),
            "{name}: {}{text}",
            stderr(&o)
        );
        assert!(text.contains("No change"), "{name}: {text}");
        let j = diff_json(&a, &b, &[]);
        assert_eq!(j["unchanged"], true, "{name}");
    }
}

#[test]
fn an_unchanged_run_says_nothing_changed_and_exits_0() {
    let p = pairs();
    for format in ["table", "md", "json"] {
        let o = diff(
            &p.base,
            &p.base,
            &[
                "--format",
                format,
                "--fail-above",
                "0",
                "--fail-on-new",
                "major",
                "--fail-below-score",
                "10",
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{format}: {}", stderr(&o));
        if format != "json" {
            assert!(stdout(&o).contains("No change"), "{format}: {}", stdout(&o));
        }
        assert!(!stdout(&o).contains("<details>"));
    }
    let j = diff_json(&p.base, &p.base, &[]);
    assert_eq!(j["unchanged"], true);
    assert_eq!(j["cost"]["lines"].as_array().unwrap().len(), 0);
    assert_eq!(j["findings"]["added"].as_array().unwrap().len(), 0);
}

#[test]
fn a_price_change_alone_is_all_unit_price() {
    let p = pairs();
    let j = diff_json(&p.base, &p.price, &[]);
    assert_eq!(j["unchanged"], false);
    let t = &j["cost"]["target"];
    assert!(dec(&t["delta"]) > rust_decimal::Decimal::ZERO);
    assert_eq!(dec(&t["unit_price"]), dec(&t["delta"]));
    assert_eq!(dec(&t["usage"]), rust_decimal::Decimal::ZERO);
    let s = &j["cost"]["source"];
    assert_eq!(dec(&s["delta"]), rust_decimal::Decimal::ZERO);
    let lines = j["cost"]["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["side"], "target");
    assert_eq!(lines[0]["id"], "compute");
    let base_price = lines[0]["base"]["unit_price"].as_str().unwrap();
    assert_eq!(lines[0]["head"]["unit_price"], "0.125");
    assert_eq!(
        lines[0]["cause"],
        format!("unit price {base_price} → 0.125")
    );
    assert_eq!(j["compatibility"]["score_delta"], 0);
    assert!(j["findings"]["added"].as_array().unwrap().is_empty());
    assert!(j["findings"]["changed"].as_array().unwrap().is_empty());

    let md = stdout(&diff(&p.base, &p.price, &["--format", "md"]));
    let delta = dec(&t["delta"]);
    let expected = format!(
        "Lakebase / month: {} ({}): usage 0.00, unit price +{}",
        money_delta(Some(delta), "USD"),
        percent_delta(Some(dec(&t["percent"]))),
        money(Some(delta), "").trim_end()
    );
    assert!(md.contains(&expected), "{expected} in {md}");
}

#[test]
fn growth_alone_is_all_usage() {
    let p = pairs();
    let j = diff_json(&p.base, &p.grown, &[]);
    for side in ["source", "target"] {
        let s = &j["cost"][side];
        assert!(dec(&s["delta"]) > rust_decimal::Decimal::ZERO, "{side}");
        assert_eq!(dec(&s["usage"]), dec(&s["delta"]), "{side}");
        assert_eq!(dec(&s["unit_price"]), rust_decimal::Decimal::ZERO, "{side}");
        assert_eq!(s["complete"], true);
    }
    for l in j["cost"]["lines"].as_array().unwrap() {
        assert!(l["cause"].as_str().unwrap().starts_with("quantity "), "{l}");
    }
    let facts: Vec<&str> = j["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["what"].as_str().unwrap())
        .collect();
    assert!(facts.contains(&"source storage (GB)") && facts.contains(&"data size (GB)"));
    assert_eq!(j["compatibility"]["score_delta"], 0);
}

#[test]
fn a_new_blocker_is_reported_and_fails_its_gate() {
    let p = pairs();
    let j = diff_json(&p.base, &p.blocker, &[]);
    let added = j["findings"]["added"].as_array().unwrap();
    assert_eq!(added.len(), 1);
    assert_eq!(added[0]["id"], "pg-c-language-routine");
    assert_eq!(added[0]["severity"], "blocker");
    assert_eq!(added[0]["objects"][0], "billing.fast_hash");
    assert_eq!(j["compatibility"]["tier"]["head"], "blocked");
    assert!(j["compatibility"]["score_delta"].as_i64().unwrap() < 0);
    // Cost did not move.
    assert!(j["cost"]["lines"].as_array().unwrap().is_empty());

    for severity in ["blocker", "major"] {
        let o = diff(&p.base, &p.blocker, &["--fail-on-new", severity]);
        assert_eq!(o.status.code(), Some(1), "{severity}");
        let err = stderr(&o);
        assert!(
            err.contains(&format!("gate --fail-on-new {severity} crossed"))
                && err.contains("new blocker `pg-c-language-routine`"),
            "{err}"
        );
        // The diff is still printed for the log.
        assert!(stdout(&o).contains("pg-c-language-routine"));
    }
    // The way back (the blocker fixed) has nothing new.
    let o = diff(&p.blocker, &p.base, &["--fail-on-new", "blocker"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn fail_above_exits_1_above_the_limit_and_0_within_it() {
    let p = pairs();
    // The price change raises Lakebase by `rise` %; limits half a point either side.
    let rise = dec(&diff_json(&p.base, &p.price, &[])["cost"]["target"]["percent"]);
    assert!(rise > rust_decimal::Decimal::ONE, "{rise}");
    let half = rust_decimal::Decimal::new(5, 1);
    let below = (rise - half).normalize().to_string();
    let above = format!("{}%", (rise + half).normalize());
    let o = diff(&p.base, &p.price, &["--fail-above", &below]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!(
            "gate --fail-above {below} crossed: Lakebase monthly cost changed {}",
            percent_delta(Some(rise))
        )),
        "{}",
        stderr(&o)
    );
    let o = diff(&p.base, &p.price, &["--fail-above", &above]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // A fall is never above the limit.
    let o = diff(&p.price, &p.base, &["--fail-above", "0"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Markdown shows each verdict.
    let md = stdout(&diff(
        &p.base,
        &p.price,
        &[
            "--format",
            "md",
            "--fail-above",
            &below,
            "--fail-below-score",
            "0",
        ],
    ));
    assert!(
        md.contains(&format!("❌ `--fail-above {below}` **crossed**")),
        "{md}"
    );
    assert!(md.contains("✅ `--fail-below-score 0` held"), "{md}");
}

#[test]
fn fail_below_score_exits_1_below_and_0_at_or_above() {
    let p = pairs();
    let score = diff_json(&p.base, &p.blocker, &[])["compatibility"]["score"]["head"]
        .as_u64()
        .unwrap()
        .to_string();
    let above = (score.parse::<u32>().unwrap() + 1).to_string();
    let o = diff(&p.base, &p.blocker, &["--fail-below-score", &above]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!(
            "gate --fail-below-score {above} crossed: compatibility score is {score}"
        )),
        "{}",
        stderr(&o)
    );
    let o = diff(&p.base, &p.blocker, &["--fail-below-score", &score]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn several_crossed_gates_are_all_named() {
    let p = pairs();
    let o = diff(
        &p.base,
        &p.blocker,
        &["--fail-on-new", "blocker", "--fail-below-score", "90"],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("2 gates crossed")
            && err.contains("--fail-on-new blocker")
            && err.contains("--fail-below-score 90"),
        "{err}"
    );
}

#[test]
fn the_output_file_is_written_before_a_gate_fails() {
    let p = pairs();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("comment.md");
    let o = diff(
        &p.base,
        &p.blocker,
        &[
            "--format",
            "md",
            "-o",
            out.to_str().unwrap(),
            "--fail-on-new",
            "blocker",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.starts_with("<!-- dbassay-diff -->"));
    assert!(md.contains("❌ `--fail-on-new blocker` **crossed**"));
}

#[test]
fn different_sources_are_bad_input_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let a = assess_to(dir.path(), "a.json", &sample("rds-postgresql"), &[]);
    let b = assess_to(dir.path(), "b.json", &sample("alloydb"), &[]);
    let o = diff(&a, &b, &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("different sources") && err.contains("alloydb") && err.contains("--force"),
        "{err}"
    );
    let o = diff(&a, &b, &["--force", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Compared with a different source"));
}

#[test]
fn a_file_that_is_not_an_assessment_is_bad_input_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = assess_to(dir.path(), "a.json", &sample("rds-postgresql"), &[]);
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        "{\n  \"assessment_version\": 1,\n  \"source\": 3\n}\n",
    )
    .unwrap();
    let o = diff(&good, &bad, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.json:3:"), "{}", stderr(&o));

    let demo = dir.path().join("demo.json");
    let d = dbassay(&["demo", "--format", "json"]);
    std::fs::write(&demo, &d.stdout).unwrap();
    let o = diff(&good, &demo, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("looks like a list"), "{}", stderr(&o));

    let o = diff(&good, &dir.path().join("missing.json"), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("missing.json"));

    let o = diff(&good, &good, &["--fail-on-new", "minor"]);
    assert_eq!(o.status.code(), Some(2), "only blocker|major are gates");
    let o = diff(&good, &good, &["--fail-above", "ten"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a percentage"));
}

#[test]
fn diff_json_is_deterministic() {
    let p = pairs();
    let a = diff(&p.base, &p.blocker, &["--format", "json"]);
    let b = diff(&p.base, &p.blocker, &["--format", "json"]);
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn the_markdown_comment_comes_from_a_template_a_team_may_override() {
    let p = pairs();
    let dir = tempfile::tempdir().unwrap();
    let with_template = || {
        diff(
            &p.base,
            &p.blocker,
            &[
                "--format",
                "md",
                "--template-dir",
                dir.path().to_str().unwrap(),
            ],
        )
    };
    std::fs::write(
        dir.path().join("diff.md.hbs"),
        "{{{marker}}}\nOur review of {{head.source_name}}: score {{#each summary}}{{#if @first}}{{head}}{{/if}}{{/each}}.\n",
    )
    .unwrap();
    let o = with_template();
    assert!(o.status.success(), "{}", stderr(&o));
    let head: Value = serde_json::from_slice(&std::fs::read(&p.blocker).unwrap()).unwrap();
    assert_eq!(
        stdout(&o),
        format!(
            "<!-- dbassay-diff -->\nOur review of {}: score {}.\n",
            head["source"]["name"].as_str().unwrap(),
            head["compatibility"]["score"]
        )
    );
    // A template that names a field the view does not have fails with its file and line.
    std::fs::write(dir.path().join("diff.md.hbs"), "ok\n{{no_such_field}}\n").unwrap();
    let o = with_template();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("diff.md.hbs, line 2"), "{}", stderr(&o));
}
