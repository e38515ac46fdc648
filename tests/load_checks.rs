//! Typed contracts checked when data is loaded: a misspelt enum value or a number out of its
//! range is bad input (exit 2) that names the file, the field and, where the format allows, the
//! line.

mod common;
use common::*;

/// The Lakebase `pricing` section as a user rate card, with `edit` applied to its text.
fn rate_card_with(dir: &std::path::Path, edit: impl Fn(String) -> String) -> std::path::PathBuf {
    let lakebase = std::fs::read_to_string(root().join("engines/lakebase.yaml")).unwrap();
    let full: serde_yaml::Value = serde_yaml::from_str(&lakebase).unwrap();
    let text = serde_yaml::to_string(&full["pricing"]).unwrap();
    let card = dir.join("contract.yaml");
    std::fs::write(&card, edit(text)).unwrap();
    card
}

fn assess_with_card(card: &std::path::Path) -> std::process::Output {
    dbassay(&[
        "assess",
        "--profile",
        sample("rds-postgresql").to_str().unwrap(),
        "--rate-card",
        card.to_str().unwrap(),
        "--format",
        "json",
    ])
}

/// 1-based line of the first line of `path` containing `needle`.
fn line_of(path: &std::path::Path, needle: &str) -> usize {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .unwrap()
        + 1
}

#[test]
fn a_rate_card_line_with_an_unknown_when_is_bad_input_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    // The Lakebase lines are always billed; give the storage line a condition.
    let card = rate_card_with(dir.path(), |t| {
        let at = t.find("  category: storage\n").expect("a storage line");
        let (head, tail) = t.split_at(at);
        format!("{head}  when: ha_enabled\n{tail}")
    });
    let out = assess_with_card(&card);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    let line = line_of(&card, "when: ha_enabled");
    assert!(
        err.contains(&format!("contract.yaml:{line}:"))
            && err.contains("`ha_enabled`")
            && err.contains("high_availability"),
        "{err}"
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn a_rate_card_line_with_a_misspelt_category_is_bad_input_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let card = rate_card_with(dir.path(), |t| {
        t.replacen("category: storage", "category: storrage", 1)
    });
    let out = assess_with_card(&card);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    let line = line_of(&card, "category: storrage");
    assert!(
        err.contains(&format!("contract.yaml:{line}:")) && err.contains("`storrage`"),
        "{err}"
    );
}

#[test]
fn a_rubric_testing_a_routine_feature_nothing_sets_fails_rubric_check_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("custom.yaml"),
        "rubric: custom\ndescription: d\nextends: postgres\nchecks:\n  - id: custom-notify\n    title: t\n    category: code\n    severity: major\n    detector:\n      kind: objects\n      collection: routines\n      where:\n        - any:\n            - { field: uses, contains: [notify, listen_notify] }\n    message: m\n    remediation: r\n    effort: {}\n    docs: https://example.com\n",
    )
    .unwrap();
    let out = dbassay(&["rubric", "check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("custom.yaml:14:")
            && err.contains("`listen_notify`")
            && !err.contains("`notify`,")
            && err.contains("known values: ")
            && err.contains("advisory_lock"),
        "{err}"
    );
}

#[test]
fn a_profile_with_an_unknown_routine_feature_loads_with_a_note_naming_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.json");
    std::fs::write(
        &path,
        r#"{"profile_version": 1, "engine": "rds-postgresql", "version": "16.2",
            "routines": [{"schema": "jobs", "name": "wake", "language": "plpgsql",
                          "uses": ["pg_notify", "advisory_lock"]}]}"#,
    )
    .unwrap();
    let a = assess_json(&path, &[]);
    let notes: Vec<&str> = a["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n.as_str())
        .filter(|n| n.contains("routines[].uses"))
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].contains("`pg_notify`")
            && notes[0].contains("jobs.wake")
            && notes[0].contains("notify, advisory_lock"),
        "{}",
        notes[0]
    );
}

#[test]
fn a_negative_storage_size_in_a_profile_is_bad_input_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.json");
    std::fs::write(
        &path,
        r#"{"profile_version": 1, "engine": "rds-postgresql", "version": "16.2",
            "sizing": {"storage_gb": "-5", "memory_gib": "16"},
            "workload": {"active_hours_per_day": "30"}}"#,
    )
    .unwrap();
    let out = dbassay(&["assess", "--profile", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("p.json")
            && err.contains("line 2: field `sizing.storage_gb` is -5; it must not be negative")
            && err.contains("line 3: field `workload.active_hours_per_day` is 30; it must be 0–24"),
        "{err}"
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn a_negative_price_in_a_rate_card_is_bad_input_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let card = rate_card_with(dir.path(), |t| {
        let at = t
            .find("price: '")
            .or_else(|| t.find("price: "))
            .expect("a price");
        let (head, tail) = t.split_at(at);
        let rest = tail.split_once('\n').map_or("", |(_, r)| r);
        format!("{head}price: '-0.111'\n{rest}")
    });
    let out = assess_with_card(&card);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("contract.yaml") && err.contains("price: -0.111 is negative"),
        "{err}"
    );
    assert!(stdout(&out).is_empty());
}

/// The error of loading the bundled engine files with `from` replaced by `to` in the target's
/// file, and the edited text.
fn target_load_error(from: &str, to: &str) -> (String, String) {
    let mut edited = String::new();
    let files: Vec<dbassay::data::DataFile> = dbassay::data::engine_files()
        .into_iter()
        .map(|mut f| {
            if f.stem() == dbassay::engine::TARGET_ID {
                assert!(f.text.contains(from), "{from} in {}", f.name);
                f.text = f.text.replacen(from, to, 1);
                edited = f.text.clone();
            }
            f
        })
        .collect();
    let err = dbassay::engine::Catalog::from_files(&files)
        .expect_err("a load error")
        .to_string();
    (err, edited)
}

/// 1-based line of the first line of `text` that is `needle`.
fn line_in(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l == needle).unwrap() + 1
}

#[test]
fn a_missing_or_negative_lakebase_limit_is_a_load_error_with_file_and_line() {
    // Missing: the line of the section it belongs in.
    let (err, text) = target_load_error("  max_ha_secondaries:\n", "  max_ha_standbys:\n");
    let line = line_in(&text, "limits:");
    assert!(
        err.contains(&format!(
            "lakebase.yaml:{line}: `limits.max_ha_secondaries` is missing"
        )),
        "{err}"
    );
    // Out of range: the line of its value.
    let (err, text) = target_load_error(
        "  max_pooled_connections:\n    value: 10000\n",
        "  max_pooled_connections:\n    value: -1\n",
    );
    let line = line_in(&text, "  max_pooled_connections:") + 1;
    assert!(
        err.contains(&format!(
            "lakebase.yaml:{line}: `limits.max_pooled_connections` must be a number ≥ 0"
        )),
        "{err}"
    );
}
