//! `dbassay discover`: progress across regions, the files, the closing summary and the exit
//! code. The discovery itself is the library's (`dbassay::discover`).

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::args::{DiscoverAwsArgs, DiscoverAzureArgs, DiscoverCommand, DiscoverRunArgs};
use dbassay::discover::{self, Discovery};
use dbassay::engine::Catalog;
use dbassay::error::Error;

pub(super) fn run(command: DiscoverCommand) -> Result<(), Error> {
    match command {
        DiscoverCommand::Aws(args) => aws(args),
        DiscoverCommand::Azure(args) => azure(args),
    }
}

/// `--until` as Unix seconds.
fn until(text: Option<&str>) -> Result<Option<i64>, Error> {
    text.map(|t| {
        dbassay::time::parse(t).ok_or_else(|| {
            Error::input(
                "--until",
                format!("`{t}` is not a date (YYYY-MM-DD) or an RFC 3339 time"),
            )
        })
    })
    .transpose()
}

fn azure(args: DiscoverAzureArgs) -> Result<(), Error> {
    let options = discover::azure::Options {
        timeout: args.run.timeout,
        until: until(args.run.until.as_deref())?,
        ..discover::azure::Options::new(&args.subscription)
    };
    discover(&args.run, |catalog, progress| {
        discover::azure::discover(catalog, &options, progress)
    })
}

fn aws(args: DiscoverAwsArgs) -> Result<(), Error> {
    let options = discover::aws::Options {
        regions: args.regions.clone(),
        timeout: args.run.timeout,
        until: until(args.run.until.as_deref())?,
    };
    discover(&args.run, |catalog, progress| {
        discover::aws::discover(catalog, &options, progress)
    })
}

/// Runs one cloud's discovery under the progress display, then writes and sums it up.
fn discover(
    run: &DiscoverRunArgs,
    cloud: impl FnOnce(&Catalog, &Progress) -> Result<Discovery, Error>,
) -> Result<(), Error> {
    let catalog = Catalog::bundled()?;
    let visible = !run.quiet && std::io::stderr().is_terminal();
    let progress = Progress::new(visible);
    let started = Instant::now();
    let found = cloud(&catalog, &progress);
    progress.finish();
    let found = found?;
    finish(&run.output, &found, &catalog, started, run.quiet)
}

/// Writes the output and says on standard error what was found, what was not, and the API
/// calls made per scope.
fn finish(
    dir: &std::path::Path,
    d: &Discovery,
    catalog: &Catalog,
    started: Instant,
    quiet: bool,
) -> Result<(), Error> {
    for w in &d.warnings {
        eprintln!("warning: {w}");
    }
    let written = discover::write(dir, d, catalog)?;
    if quiet {
        return Ok(());
    }
    let mut engines: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &d.sources {
        *engines.entry(s.engine.as_str()).or_default() += 1;
    }
    eprintln!(
        "discovered {} source(s) in {} ({}) in {:.1} s",
        d.sources.len(),
        d.scopes.join(", "),
        engines
            .iter()
            .map(|(e, n)| format!("{n} {e}"))
            .collect::<Vec<_>>()
            .join(", "),
        started.elapsed().as_secs_f64()
    );
    for (scope, ops) in &d.calls {
        eprintln!(
            "API calls in {scope}: {} ({})",
            d.calls_in(scope),
            ops.iter()
                .map(|(op, n)| format!("{op} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    eprintln!(
        "wrote {} and {} profile(s) under {}",
        written.inventory.display(),
        written.profiles.len(),
        dir.join("profiles").display()
    );
    Ok(())
}

/// One spinner per region with its current step, above an overall count of regions done.
/// Hidden when standard error is not a terminal (CI, a pipe) or with --quiet.
struct Progress {
    multi: MultiProgress,
    overall: ProgressBar,
    bars: Mutex<BTreeMap<String, ProgressBar>>,
    visible: bool,
}

impl Progress {
    fn new(visible: bool) -> Progress {
        let target = if visible {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let multi = MultiProgress::with_draw_target(target);
        let overall = multi.add(ProgressBar::new_spinner());
        overall.set_style(
            ProgressStyle::with_template("{spinner} {msg} {elapsed}").expect("valid template"),
        );
        overall.set_message("0 region(s) done");
        if visible {
            overall.enable_steady_tick(Duration::from_millis(200));
        }
        Progress {
            multi,
            overall,
            bars: Mutex::new(BTreeMap::new()),
            visible,
        }
    }

    fn finish(&self) {
        self.overall.finish_and_clear();
        let _ = self.multi.clear();
    }
}

impl discover::Progress for Progress {
    fn step(&self, scope: &str, step: &str) {
        let mut bars = self.bars.lock().unwrap_or_else(|e| e.into_inner());
        let bar = bars.entry(scope.to_string()).or_insert_with(|| {
            let bar = self
                .multi
                .insert_before(&self.overall, ProgressBar::new_spinner());
            bar.set_style(
                ProgressStyle::with_template("{spinner} {prefix:16} {msg} {elapsed}")
                    .expect("valid template"),
            );
            bar.set_prefix(scope.to_string());
            if self.visible {
                bar.enable_steady_tick(Duration::from_millis(200));
            }
            bar
        });
        bar.set_message(step.to_string());
    }

    fn done(&self, scope: &str, sources: usize) {
        let mut bars = self.bars.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(bar) = bars.remove(scope) {
            bar.finish_and_clear();
            self.multi.remove(&bar);
        }
        let _ = self
            .multi
            .println(format!("{scope}: {sources} source(s) found"));
        self.overall.inc(1);
        self.overall
            .set_message(format!("{} region(s) done", self.overall.position()));
    }
}
