//! `dbassay diff`: compare two assessment JSON files and apply the CI gates.

use clap::ValueEnum;
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

use crate::assessment::Assessment;
use crate::diff::{self, gate, render};
use crate::error::Error;
use crate::rubric::Severity;

#[derive(clap::Args, Debug)]
pub(super) struct DiffArgs {
    /// The earlier assessment (`assess --format json`), e.g. from the main branch.
    #[arg(value_name = "BASE")]
    base: PathBuf,
    /// The later assessment, e.g. from the pull request.
    #[arg(value_name = "HEAD")]
    head: PathBuf,
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    format: DiffFormat,
    /// Write the output to FILE (atomically) instead of standard output; gates still apply.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit 1 when Lakebase's monthly cost rose by more than PCT percent (e.g. 10 or 2.5).
    #[arg(long, value_name = "PCT", value_parser = parse_percent, allow_hyphen_values = true)]
    fail_above: Option<Decimal>,
    /// Exit 1 on a new finding at this severity or worse (also new objects under such a finding,
    /// or a finding raised to it).
    #[arg(long, value_enum, value_name = "SEVERITY")]
    fail_on_new: Option<NewSeverity>,
    /// Exit 1 when head's compatibility score is below N (0–100).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=100))]
    fail_below_score: Option<u32>,
    /// Compare assessments of different sources (engine or name differ).
    #[arg(long)]
    force: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
enum DiffFormat {
    Table,
    Md,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
enum NewSeverity {
    Blocker,
    Major,
}

fn parse_percent(s: &str) -> Result<Decimal, String> {
    let t = s.trim().trim_end_matches('%').trim();
    t.parse::<Decimal>()
        .map_err(|_| format!("`{s}` is not a percentage (write e.g. 10 or 2.5)"))
}

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
        DiffFormat::Md => render::markdown(&d, &results),
        DiffFormat::Json => render::json(&d, &results),
    };
    super::emit(&text, args.output.as_deref())?;
    match gate::failure_message(&results) {
        Some(msg) => Err(Error::Gate(msg)),
        None => Ok(()),
    }
}
