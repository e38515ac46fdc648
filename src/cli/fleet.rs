//! `dbassay fleet`: arguments, progress bars, output files and the exit code.

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::Duration;

use super::args::{FleetArgs, ReportFormat, SummaryFormat};
use super::{common_price_book, emit, toolkit};
use dbassay::data;
use dbassay::error::Error;
use dbassay::fleet::summary::Heading;
use dbassay::fleet::{
    self, FleetSummary, Inventory, Observer, ReportKind, ReportSettings, RunOptions, SourceResult,
    Stage, STEPS,
};
use dbassay::report::{DocFormat, Reporter};

pub(super) fn run(args: FleetArgs) -> Result<(), Error> {
    let kit = toolkit(&args.common)?;
    let inventory = Inventory::load(&args.inventory, &kit.catalog)?;
    let book = common_price_book(&kit.catalog, &args.common)?;
    let date = dbassay::time::today();

    let settings = match &args.output {
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| Error::Io {
                what: format!("cannot create {}", dir.display()),
                source: e,
            })?;
            let kinds = args
                .reports
                .iter()
                .map(|r| match r {
                    ReportFormat::Json => ReportKind::Json,
                    ReportFormat::Md => ReportKind::Markdown,
                    ReportFormat::Html => ReportKind::Html,
                })
                .collect();
            Some(ReportSettings::new(
                dir.clone(),
                kinds,
                args.report.template_dir.as_deref(),
                args.report.customer.clone(),
                args.report.prepared_by.clone(),
                date.clone(),
            )?)
        }
        None => None,
    };
    // Compile the summary templates before the run, so a template error costs no assessment.
    let needs = |f: DocFormat| {
        args.output.is_some()
            || matches!(
                (args.format, f),
                (SummaryFormat::Md, DocFormat::Markdown) | (SummaryFormat::Html, DocFormat::Html)
            )
    };
    let reporter = |f: DocFormat| -> Result<Option<Reporter>, Error> {
        needs(f)
            .then(|| Reporter::new(f, args.report.template_dir.as_deref()))
            .transpose()
    };
    let markdown = reporter(DocFormat::Markdown)?;
    let html = reporter(DocFormat::Html)?;

    let options = RunOptions {
        concurrency: usize::from(args.concurrency),
        timeout: args.timeout,
        connect: args.connect.options(),
    };
    let visible = !args.quiet && std::io::stderr().is_terminal();
    let progress = Progress::new(&inventory, visible);
    let results = fleet::run(
        &kit,
        &book,
        &inventory,
        &options,
        settings.as_ref(),
        &progress,
    );
    progress.done();

    let title = args
        .report
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| {
            format!(
                "Lakebase migration assessment: fleet {}",
                inventory_stem(&args.inventory)
            )
        });
    let summary = FleetSummary::new(
        Heading {
            title,
            date,
            customer: args.report.customer.clone(),
            prepared_by: args.report.prepared_by.clone(),
        },
        &args.inventory.display().to_string(),
        &results,
    );

    if let Some(dir) = &args.output {
        data::write_atomic(&dir.join("fleet.json"), summary.json().as_bytes())?;
        for r in [&markdown, &html].into_iter().flatten() {
            let name = match r.format() {
                DocFormat::Markdown => "fleet.md",
                DocFormat::Html => "fleet.html",
            };
            data::write_atomic(&dir.join(name), summary.document(r)?.as_bytes())?;
        }
        if !args.quiet {
            let reports: usize = results.iter().map(|r| r.reports.len()).sum();
            eprintln!(
                "wrote {0}/fleet.json, {0}/fleet.md, {0}/fleet.html and {reports} source report(s) under {0}/sources",
                dir.display()
            );
        }
    }
    let text = match args.format {
        SummaryFormat::Table => summary.table(),
        SummaryFormat::Json => summary.json(),
        SummaryFormat::Md => summary.document(markdown.as_ref().expect("compiled above"))?,
        SummaryFormat::Html => summary.document(html.as_ref().expect("compiled above"))?,
    };
    emit(&text, None)?;

    if (summary.failed > 0 || summary.unreachable > 0) && !args.allow_failures {
        let mut said = Vec::new();
        if summary.failed > 0 {
            let names: Vec<&str> = summary.failures.iter().map(|f| f.name.as_str()).collect();
            said.push(format!(
                "{} of {} source(s) failed ({})",
                summary.failed,
                summary.sources,
                names.join(", ")
            ));
        }
        if summary.unreachable > 0 {
            let names = summary.unreachable_names();
            said.push(format!(
                "{} source(s) could not be reached and were assessed from their profile file ({})",
                summary.unreachable,
                names.join(", ")
            ));
        }
        return Err(Error::SourcesFailed(format!(
            "{}; the summary says why. The others were assessed; --allow-failures exits 0 in \
             that case",
            said.join("; ")
        )));
    }
    Ok(())
}

fn inventory_stem(path: &std::path::Path) -> String {
    path.file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}

/// Progress on standard error: a bar per source being read or assessed, a line per finished
/// source, and an overall bar. Hidden when not on a terminal or with --quiet.
struct Progress {
    multi: MultiProgress,
    overall: ProgressBar,
    bars: Mutex<Vec<Option<ProgressBar>>>,
    names: Vec<String>,
    failed: std::sync::atomic::AtomicUsize,
    style: ProgressStyle,
}

impl Progress {
    fn new(inventory: &Inventory, visible: bool) -> Progress {
        let target = if visible {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let multi = MultiProgress::with_draw_target(target);
        let n = inventory.sources.len();
        let overall = multi.add(ProgressBar::new(n as u64));
        overall.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} sources  {msg}  {elapsed}")
                .expect("valid template")
                .progress_chars("=> "),
        );
        overall.enable_steady_tick(Duration::from_millis(200));
        let width = inventory
            .sources
            .iter()
            .map(|s| s.name.chars().count())
            .max()
            .unwrap_or(8)
            .clamp(8, 28);
        let style = ProgressStyle::with_template(&format!(
            "{{prefix:{width}}} {{bar:12}} {{msg}} {{elapsed}}"
        ))
        .expect("valid template")
        .progress_chars("=> ");
        Progress {
            multi,
            overall,
            bars: Mutex::new(vec![None; n]),
            names: inventory.sources.iter().map(|s| s.name.clone()).collect(),
            failed: 0.into(),
            style,
        }
    }

    fn done(&self) {
        self.overall.finish_and_clear();
        let _ = self.multi.clear();
    }
}

impl Observer for Progress {
    fn started(&self, index: usize, stage: Stage) {
        let bar = self
            .multi
            .insert_before(&self.overall, ProgressBar::new(STEPS));
        bar.set_style(self.style.clone());
        bar.set_prefix(self.names[index].clone());
        bar.set_message(stage.as_str());
        bar.enable_steady_tick(Duration::from_millis(200));
        self.bars.lock().unwrap_or_else(|e| e.into_inner())[index] = Some(bar);
    }

    fn stage(&self, index: usize, stage: Stage) {
        if let Some(bar) = &self.bars.lock().unwrap_or_else(|e| e.into_inner())[index] {
            bar.set_position(stage.step());
            bar.set_message(stage.as_str());
        }
    }

    fn finished(&self, index: usize, result: &SourceResult) {
        if let Some(bar) = self.bars.lock().unwrap_or_else(|e| e.into_inner())[index].take() {
            bar.finish_and_clear();
            self.multi.remove(&bar);
        }
        let line = match &result.outcome {
            Ok(a) if result.not_assessed.is_some() => format!(
                "sized  {}: {} sizing and cost only, compatibility not assessed ({} ms)",
                result.name,
                a.source.engine,
                result.elapsed.as_millis()
            ),
            Ok(a) => format!(
                "ok     {}: {} {}/100, {} ({} ms)",
                result.name,
                a.source.engine,
                a.compatibility.score,
                a.compatibility.tier.as_str(),
                result.elapsed.as_millis()
            ),
            Err(f) => {
                self.failed
                    .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                format!(
                    "failed {}: {}",
                    result.name,
                    dbassay::report::table::truncate(&f.message, 160)
                )
            }
        };
        let _ = self.multi.println(line);
        self.overall.inc(1);
        let failed = self.failed.load(std::sync::atomic::Ordering::SeqCst);
        if failed > 0 {
            self.overall.set_message(format!("{failed} failed"));
        }
    }
}
