//! `dbassay diff`: compare two assessment JSON files and apply the CI gates.

use std::path::Path;

use dbassay::assessment::Assessment;
use dbassay::diff::{self, gate, render};
use dbassay::error::Error;
use dbassay::report::{DocFormat, Reporter};
use dbassay::rubric::Severity;

use super::args::{DiffArgs, DiffFormat, NewSeverity};

/// Reads one assessment; the error names the file, line and column.
pub(crate) fn load_assessment(path: &Path) -> Result<Assessment, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
        what: format!("cannot read {}", path.display()),
        source: e,
    })?;
    serde_json::from_str(&text).map_err(|e| {
        let hint = if text.trim_start().starts_with('[') {
            " (this looks like a list; give one assessment, as written by \
             `dbassay assess --format json`)"
        } else {
            " (expected an assessment written by `dbassay assess --format json`)"
        };
        Error::input(
            format!("{}:{}:{}", path.display(), e.line(), e.column()),
            format!("{e}{hint}"),
        )
    })
}

pub(super) fn run(args: DiffArgs) -> Result<(), Error> {
    let base = load_assessment(&args.base)?;
    let head = load_assessment(&args.head)?;
    diff::check_comparable(&base, &head, args.force)?;
    let d = diff::diff(&base, &head);
    let gates = gate::Gates {
        fail_above: args.fail_above,
        fail_on_new: args.fail_on_new.map(|s| match s {
            NewSeverity::Blocker => Severity::Blocker,
            NewSeverity::Major => Severity::Major,
        }),
        fail_below_score: args.fail_below_score,
    };
    let results = gate::evaluate(&d, &gates);
    let text = match args.format {
        DiffFormat::Table => render::text(&d, &results),
        DiffFormat::Md => render::markdown(
            &d,
            &results,
            &Reporter::new(DocFormat::Markdown, args.template_dir.as_deref())?,
        )?,
        DiffFormat::Json => render::json(&d, &results),
    };
    super::emit(&text, args.output.as_deref())?;
    match gate::failure_message(&results) {
        Some(msg) => Err(Error::Gate(msg)),
        None => Ok(()),
    }
}
