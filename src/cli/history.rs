//! `dbassay history add|show`: keep a trend of runs in a store file.

use dbassay::error::Error;
use dbassay::history::{self, html, Run};
use dbassay::report::{DocFormat, Reporter};
use dbassay::time;

use super::args::{HistoryCommand, HistoryFormat};

pub(super) fn run(command: HistoryCommand) -> Result<(), Error> {
    match command {
        HistoryCommand::Add {
            assessment,
            store,
            label,
            at,
        } => {
            let a = super::diff::load_assessment(&assessment)?;
            let recorded_at = match at {
                Some(t) => time::normalise(&t).ok_or_else(|| {
                    Error::input(
                        "--at",
                        format!(
                            "`{t}` is not a date or time (write 2026-05-01 or \
                             2026-05-01T10:30:00Z)"
                        ),
                    )
                })?,
                None => time::rfc3339(time::reader_now()),
            };
            let run = Run::from_assessment(&a, recorded_at, label);
            let report = history::append(&store, &run)?;
            if report.removed_torn_bytes > 0 {
                eprintln!(
                    "note: removed an incomplete record ({} bytes) left at the end of {} by an \
                     interrupted append",
                    report.removed_torn_bytes,
                    store.display()
                );
            }
            if report.completed_last_line {
                eprintln!(
                    "note: the last record of {} lacked its newline; completed it",
                    store.display()
                );
            }
            eprintln!(
                "added run of {} at {} to {} ({} run(s))",
                run.source_key(),
                run.recorded_at,
                store.display(),
                report.runs
            );
            Ok(())
        }
        HistoryCommand::Show {
            store,
            format,
            source,
            last,
            output,
            template_dir,
        } => {
            let h = history::read(&store)?;
            for s in &h.skipped {
                eprintln!(
                    "warning: {}:{}: skipped: {}",
                    store.display(),
                    s.line,
                    s.reason
                );
            }
            let all = history::select(&h, source.as_deref());
            let runs = history::last(&all, last);
            if all.is_empty() && source.is_some() && !h.runs.is_empty() {
                return Err(Error::input(
                    "--source",
                    format!(
                        "no runs of `{}` in {}; it holds {}",
                        source.unwrap_or_default(),
                        store.display(),
                        history::by_source(&h.runs)
                            .iter()
                            .map(|(k, _)| k.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            let text = match format {
                HistoryFormat::Table if runs.is_empty() => {
                    format!("No runs in {}.\n", store.display())
                }
                HistoryFormat::Table => history::table(&all, last),
                HistoryFormat::Json => {
                    format!(
                        "{}\n",
                        serde_json::to_string_pretty(runs).expect("runs serialize")
                    )
                }
                HistoryFormat::Html => html::render(
                    &store.display().to_string(),
                    runs,
                    &Reporter::new(DocFormat::Html, template_dir.as_deref())?,
                )?,
            };
            super::emit(&text, output.as_deref())
        }
    }
}
