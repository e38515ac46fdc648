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
