//! Data-driven rubric tests: every check has a case that makes it fire and one that does not.
//!
//! `tests/rubric_cases/*.yaml` each name an engine (whose rubric is applied) and a list of cases.
//! A case gives partial profiles (`fires`, `passes`) merged onto a minimal profile of that engine,
//! and optionally the exact `objects` the finding must list.

use serde::Deserialize;
use std::collections::BTreeSet;

use dbassay::assessment::Finding;
use dbassay::pipeline::{AssessOptions, Toolkit};
use dbassay::pricing::PriceBook;
use dbassay::profile::Profile;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    engine: String,
    /// Version of the base profile (defaults to a current one for the family).
    #[serde(default)]
    version: Option<String>,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    check: String,
    fires: serde_json::Value,
    #[serde(default)]
    objects: Option<Vec<String>>,
    /// The finding's severity, when a check's consequences can raise it.
    #[serde(default)]
    severity: Option<String>,
    /// How many of the check's consequences apply.
    #[serde(default)]
    consequences: Option<usize>,
    /// Absent only for checks that fire for every source of their family by design (the
    /// cross-engine path notes); every other case must show a profile that does not fire it.
    #[serde(default)]
    passes: Option<serde_json::Value>,
}

fn profile_from(engine: &str, version: &str, partial: &serde_json::Value) -> Profile {
    let mut base = serde_json::json!({
        "profile_version": 1,
        "engine": engine,
        "version": version,
        "name": "case",
    });
    if let (Some(b), Some(p)) = (base.as_object_mut(), partial.as_object()) {
        for (k, v) in p {
            b.insert(k.clone(), v.clone());
        }
    }
    serde_json::from_value(base).unwrap_or_else(|e| panic!("case profile does not parse: {e}"))
}

fn finding_ids(kit: &Toolkit, book: &PriceBook, profile: Profile) -> Vec<Finding> {
    let a = kit
        .assess(profile, &AssessOptions::default(), book)
        .expect("assess");
    // Compatibility findings and the path's prerequisites: every check lands in one of them.
    a.compatibility
        .findings
        .into_iter()
        .chain(a.migration_path.prerequisite_findings)
        .collect()
}

#[test]
fn every_check_fires_on_its_case_and_not_on_the_passing_one() {
    let kit = Toolkit::bundled().expect("bundled data loads");
    let book = PriceBook::offline(&kit.catalog, None);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rubric_cases");
    let mut covered = BTreeSet::new();
    let mut failures = Vec::new();
    let mut always_on = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/rubric_cases")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let file: CaseFile =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let family = &kit.catalog.engine(&file.engine).expect("engine").family;
        let version = file.version.clone().unwrap_or_else(|| {
            match family.as_str() {
                "postgres" => "16.4",
                "mysql" => "8.0.36",
                _ => "1",
            }
            .to_string()
        });
        for case in &file.cases {
            covered.insert(case.check.clone());
            let at = format!("{} / {}", path.display(), case.check);
            let fired = finding_ids(
                &kit,
                &book,
                profile_from(&file.engine, &version, &case.fires),
            );
            match fired.iter().find(|f| f.id == case.check) {
                None => failures.push(format!("{at}: did not fire on `fires`")),
                Some(f) => {
                    if let Some(expected) = &case.objects {
                        if &f.objects != expected {
                            failures.push(format!(
                                "{at}: objects {:?}, expected {expected:?}",
                                f.objects
                            ));
                        }
                    }
                    if let Some(expected) = &case.severity {
                        if f.severity.as_str() != expected {
                            failures.push(format!(
                                "{at}: severity {}, expected {expected}",
                                f.severity.as_str()
                            ));
                        }
                    }
                    if let Some(expected) = case.consequences {
                        if f.consequences.len() != expected {
                            failures.push(format!(
                                "{at}: {} consequences {:?}, expected {expected}",
                                f.consequences.len(),
                                f.consequences
                            ));
                        }
                    }
                }
            }
            let Some(passes) = &case.passes else {
                always_on.push(case.check.clone());
                continue;
            };
            let passed = finding_ids(&kit, &book, profile_from(&file.engine, &version, passes));
            if passed.iter().any(|f| f.id == case.check) {
                failures.push(format!("{at}: fired on `passes`"));
            }
        }
    }
    let all: BTreeSet<String> = kit
        .rubrics
        .all_checks()
        .map(|(_, c)| c.check.id.clone())
        .collect();
    for missing in all.difference(&covered) {
        failures.push(format!(
            "check `{missing}` has no case in tests/rubric_cases/"
        ));
    }
    for unknown in covered.difference(&all) {
        failures.push(format!("case for unknown check `{unknown}`"));
    }
    // Only the family-wide migration-path notes may go without a passing case.
    for id in &always_on {
        if !id.ends_with("-cross-engine-migration") {
            failures.push(format!("case `{id}` has no `passes` profile"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
