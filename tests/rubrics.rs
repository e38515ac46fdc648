//! Rubric data: loads, ids are unique and stable, docs are current, and mistakes are reported
//! with file and line, all at once.

use dbassay::data::DataFile;
use dbassay::engine::Catalog;
use dbassay::rubric::RubricSet;
use dbassay::Error;

fn bundled() -> (Catalog, RubricSet) {
    let catalog = Catalog::bundled().expect("engines load");
    let set = RubricSet::bundled(&catalog.target).expect("rubrics load");
    (catalog, set)
}

#[test]
fn check_ids_are_unique_and_the_sorted_list_is_stable() {
    let (_, set) = bundled();
    let mut ids: Vec<String> = set.all_checks().map(|(_, c)| c.check.id.clone()).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate check ids");
    // A removed or renamed id shows here; renamed checks must keep the old id as an alias.
    insta::assert_snapshot!("check_ids", ids.join("\n"));
}

#[test]
fn families_have_the_promised_depth() {
    let (_, set) = bundled();
    let count = |rubric: &str| set.all_checks().filter(|(r, _)| *r == rubric).count();
    assert!(
        count("postgres") >= 25,
        "postgres has {}",
        count("postgres")
    );
    assert!(count("mysql") >= 25, "mysql has {}", count("mysql"));
    assert!(
        count("document") >= 12,
        "document has {}",
        count("document")
    );
}

#[test]
fn every_engine_resolves_its_rubric() {
    let (catalog, set) = bundled();
    assert_eq!(
        catalog.engines.len(),
        13,
        "eleven sources plus plain postgresql and mysql"
    );
    for e in &catalog.engines {
        let checks = set.flatten(&e.rubric).expect("rubric resolves");
        assert!(
            checks.len() >= 12,
            "{} has only {} checks",
            e.id,
            checks.len()
        );
    }
}

#[test]
fn generated_check_docs_are_up_to_date() {
    let (_, set) = bundled();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/checks");
    for (name, text) in dbassay::rubric::docs::render(&set) {
        let on_disk = std::fs::read_to_string(dir.join(&name)).unwrap_or_default();
        assert!(
            on_disk == text,
            "docs/checks/{name} is stale: run `cargo run -- rubric docs`"
        );
    }
}

fn load_with(extra: &[(&str, &str)]) -> Result<RubricSet, Error> {
    let catalog = Catalog::bundled().unwrap();
    let mut files = dbassay::data::rubric_files();
    for (name, text) in extra {
        files.push(DataFile {
            name: name.to_string(),
            text: text.to_string(),
        });
    }
    RubricSet::from_files(&files, &catalog.target)
}

#[test]
fn every_mistake_in_a_rubric_is_reported_with_file_and_line() {
    let bad = "\
rubric: custom
description: A user's overlay with three mistakes.
extends: postgres
checks:
  - id: custom-one
    title: Typo in a key
    category: schema
    severity: minor
    detector: { kind: objects, collection: tables }
    mesage: misspelt
    remediation: r
    effort: {}
    docs: https://example.com
  - id: custom-two
    title: Unknown collection
    category: schema
    severity: minor
    detector: { kind: objects, collection: tabels }
    message: m
    remediation: r
    effort: {}
    docs: https://example.com
  - id: custom-three
    title: Unknown field
    category: schema
    severity: major
    detector:
      kind: objects
      collection: tables
      where:
        - { field: persistance, eq: unlogged }
    message: m
    remediation: r
    effort: {}
    docs: https://example.com
";
    let err = load_with(&[("user/custom.yaml", bad)]).unwrap_err();
    assert_eq!(err.exit_code(), 2);
    let text = err.to_string();
    assert!(text.contains("3 problem(s)"), "{text}");
    assert!(
        text.contains("user/custom.yaml:10:") && text.contains("unknown field `mesage`"),
        "{text}"
    );
    assert!(
        text.contains("user/custom.yaml:14:") && text.contains("collection `tabels`"),
        "{text}"
    );
    assert!(
        text.contains("user/custom.yaml:23:") && text.contains("`persistance`"),
        "{text}"
    );
}

#[test]
fn duplicate_ids_bad_operators_and_dangling_overrides_are_errors() {
    let bad = "\
rubric: dup
description: d
extends: postgres
checks:
  - id: pg-unlogged-table
    title: Same id as a bundled check
    category: schema
    severity: minor
    detector:
      kind: objects
      collection: tables
      where:
        - { field: name, eq: a, ne: b }
    message: m
    remediation: r
    effort: {}
    docs: https://example.com
overrides:
  - id: pg-no-such-check
    severity: info
    reason: r
";
    let text = load_with(&[("dup.yaml", bad)]).unwrap_err().to_string();
    assert!(
        text.contains("`pg-unlogged-table` is already used"),
        "{text}"
    );
    assert!(text.contains("exactly one operator"), "{text}");
    assert!(
        text.contains("dup.yaml:19: override of `pg-no-such-check`"),
        "{text}"
    );
}

#[test]
fn a_yaml_syntax_error_names_line_and_column() {
    let text = load_with(&[("broken.yaml", "rubric: broken\ndescription: [unclosed\n")])
        .unwrap_err()
        .to_string();
    assert!(text.contains("broken.yaml:"), "{text}");
    assert!(text.contains(":2:") || text.contains(":3:"), "{text}");
}
