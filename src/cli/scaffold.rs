//! `dbassay rubric new`: the stub of a new check, its test case and where to document it.
//!
//! The check is inserted at the end of the rubric's `checks:` list (comments and layout of the
//! file are kept), and a case with empty `fires` / `passes` profiles is appended to its case file
//! so the rubric-case test fails until the author fills both in.

use std::path::{Path, PathBuf};

use dbassay::data;
use dbassay::engine::Catalog;
use dbassay::error::Error;
use dbassay::rubric::RubricSet;

/// The files a new check touches.
#[derive(Debug)]
pub struct Scaffolded {
    pub rubric_file: PathBuf,
    pub case_file: PathBuf,
}

fn rubric_path(root: &Path, rubric: &str) -> PathBuf {
    let family = root.join("rubrics").join(format!("{rubric}.yaml"));
    if family.exists() {
        family
    } else {
        root.join("rubrics/engines").join(format!("{rubric}.yaml"))
    }
}

/// An engine whose resolved rubric contains `rubric`'s checks, to run its cases.
fn engine_for(catalog: &Catalog, set: &RubricSet, rubric: &str) -> Option<String> {
    catalog
        .engines
        .iter()
        .find(|e| e.rubric == rubric)
        .or_else(|| {
            catalog
                .engines
                .iter()
                .find(|e| set.chain(&e.rubric).contains(&rubric))
        })
        .map(|e| e.id.clone())
}

/// Inserts `block` after the last line of the top-level `checks:` list (or adds the list).
fn insert_check(text: &str, block: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let Some(start) = lines.iter().position(|l| l.trim_end() == "checks:") else {
        return format!("{}\nchecks:\n{block}", text.trim_end());
    };
    let end = lines[start + 1..]
        .iter()
        .position(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .map_or(lines.len(), |i| start + 1 + i);
    // Keep comment lines that introduce the next top-level key with that key.
    let mut at = end;
    while at > start + 1 && lines[at - 1].trim_start().starts_with('#') {
        at -= 1;
    }
    let mut out: Vec<String> = lines[..at].iter().map(|l| l.to_string()).collect();
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    out.push(String::new());
    out.push(block.trim_end().to_string());
    out.push(String::new());
    out.extend(lines[at..].iter().map(|l| l.to_string()));
    let mut joined = out.join("\n");
    joined.push('\n');
    joined
}

pub fn new_check(
    root: &Path,
    id: &str,
    rubric: &str,
    collection: &str,
    catalog: &Catalog,
    set: &RubricSet,
) -> Result<Scaffolded, Error> {
    if set
        .all_checks()
        .any(|(_, c)| c.check.id == id || c.check.aliases.iter().any(|a| a == id))
    {
        return Err(Error::input(
            format!("check `{id}`"),
            "the id is already used",
        ));
    }
    if set.description(rubric).is_none() {
        return Err(Error::input(
            format!("rubric `{rubric}`"),
            format!(
                "no such rubric; known: {}",
                set.ids().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    let engine = engine_for(catalog, set, rubric)
        .ok_or_else(|| Error::input(format!("rubric `{rubric}`"), "no engine uses this rubric"))?;
    let block = format!(
        "  # TODO: what this check finds, in one sentence.
  - id: {id}
    title: TODO title
    category: schema
    severity: info
    detector:
      kind: objects
      collection: {collection}
      where: []   # TODO: conditions; see rubrics/README.md
    message: >-
      TODO: what was found and why it matters on Lakebase.
    remediation: >-
      TODO: what to do about it.
    effort:
      per_object: [0.5, 1]
    docs: https://docs.databricks.com/aws/en/oltp/projects/
"
    );
    let rubric_file = rubric_path(root, rubric);
    let text = std::fs::read_to_string(&rubric_file).map_err(|e| Error::Io {
        what: format!("cannot read {}", rubric_file.display()),
        source: e,
    })?;
    let updated = insert_check(&text, &block);
    // The stub must load with the rest before anything is written.
    let mut files = data::yaml_files_in(&root.join("rubrics"))?;
    let name = rubric_file.display().to_string();
    files.retain(|f| f.stem() != rubric);
    files.push(data::DataFile {
        name,
        text: updated.clone(),
    });
    RubricSet::from_files(&files, &catalog.target)?;

    let case_file = root
        .join("tests/rubric_cases")
        .join(format!("{rubric}.yaml"));
    let case = format!(
        "
  # TODO: a profile that makes `{id}` fire, the objects it must list, and a near-identical one
  # that must not fire it.
  - check: {id}
    fires: {{}}
    objects: []
    passes: {{}}
"
    );
    let case_text = match std::fs::read_to_string(&case_file) {
        Ok(t) => format!("{}\n{case}", t.trim_end()),
        Err(_) => format!(
            "# Cases for rubric `{rubric}`; see tests/rubric_cases.rs.\nengine: {engine}\ncases:{case}"
        ),
    };
    data::write_atomic(&rubric_file, updated.as_bytes())?;
    data::write_atomic(&case_file, case_text.as_bytes())?;
    Ok(Scaffolded {
        rubric_file,
        case_file,
    })
}

#[cfg(test)]
mod tests {
    use super::insert_check;

    #[test]
    fn a_check_goes_at_the_end_of_the_checks_list_not_into_overrides() {
        let text =
            "rubric: x\nchecks:\n  - id: a-one\n    title: t\n\n# why\noverrides:\n  - id: b\n";
        let out = insert_check(text, "  - id: a-two\n");
        assert_eq!(
            out,
            "rubric: x\nchecks:\n  - id: a-one\n    title: t\n\n  - id: a-two\n\n# why\noverrides:\n  - id: b\n"
        );
        let none = insert_check("rubric: x\n", "  - id: a-two\n");
        assert_eq!(none, "rubric: x\nchecks:\n  - id: a-two\n");
    }
}
