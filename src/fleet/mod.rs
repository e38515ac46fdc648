//! Fleet assessment: many sources from an [`Inventory`], assessed concurrently.
//!
//! A bounded pool of `concurrency` workers takes sources in inventory order. Reading a source
//! (a profile file, or a live source's catalogs) runs on a thread of its own under the
//! per-source timeout, so a source that hangs is reported as timed out and the worker moves on;
//! scoring, pricing and writing the reports follow on the worker. One source failing never stops
//! the others: its failure is kept with the reason and its exit code.
//!
//! The library draws nothing: the command line watches progress through an [`Observer`].

pub mod inventory;
pub mod summary;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

pub use inventory::{Inventory, SourceSpec};
pub use summary::FleetSummary;

use crate::assessment::Assessment;
use crate::cost::sizing::SizingOverrides;
use crate::data;
use crate::error::Error;
use crate::introspect::ConnectOptions;
use crate::pipeline::{AssessOptions, Toolkit};
use crate::pricing::PriceBook;
use crate::report::{Cover, DocFormat, Reporter};
use crate::source::Source;

/// Where a source is in its run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading a profile file.
    Reading,
    /// Connecting to a live source and reading its catalogs.
    Introspecting,
    /// Scoring and pricing.
    Assessing,
    /// Writing the source's reports.
    Writing,
}

impl Stage {
    /// Step number out of [`STEPS`], for a progress bar.
    pub fn step(self) -> u64 {
        match self {
            Stage::Reading | Stage::Introspecting => 0,
            Stage::Assessing => 1,
            Stage::Writing => 2,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Reading => "reading profile",
            Stage::Introspecting => "introspecting",
            Stage::Assessing => "assessing",
            Stage::Writing => "writing reports",
        }
    }
}

/// Steps of a source's run.
pub const STEPS: u64 = 3;

/// Watches a fleet run (called from the worker threads).
pub trait Observer: Sync {
    fn started(&self, _index: usize, _stage: Stage) {}
    fn stage(&self, _index: usize, _stage: Stage) {}
    fn finished(&self, _index: usize, _result: &SourceResult) {}
}

/// An observer that ignores everything.
pub struct Silent;
impl Observer for Silent {}

/// Report files written for each source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    Json,
    Markdown,
    Html,
}

impl ReportKind {
    pub fn extension(self) -> &'static str {
        match self {
            ReportKind::Json => "json",
            ReportKind::Markdown => "md",
            ReportKind::Html => "html",
        }
    }
}

/// Where and how the per-source reports are written.
pub struct ReportSettings {
    /// The output directory; reports go to `<dir>/sources/<name>.<ext>`.
    pub dir: PathBuf,
    pub kinds: Vec<ReportKind>,
    pub markdown: Option<Reporter>,
    pub html: Option<Reporter>,
    pub customer: Option<String>,
    pub prepared_by: Option<String>,
    pub date: String,
}

impl ReportSettings {
    /// Compiles the templates the kinds need (once for the whole fleet).
    pub fn new(
        dir: PathBuf,
        kinds: Vec<ReportKind>,
        template_dir: Option<&Path>,
        customer: Option<String>,
        prepared_by: Option<String>,
        date: String,
    ) -> Result<ReportSettings, Error> {
        let reporter = |k: ReportKind, f: DocFormat| {
            kinds
                .contains(&k)
                .then(|| Reporter::new(f, template_dir))
                .transpose()
        };
        Ok(ReportSettings {
            markdown: reporter(ReportKind::Markdown, DocFormat::Markdown)?,
            html: reporter(ReportKind::Html, DocFormat::Html)?,
            dir,
            kinds,
            customer,
            prepared_by,
            date,
        })
    }

    /// Directory of the per-source reports.
    pub fn sources_dir(&self) -> PathBuf {
        self.dir.join("sources")
    }

    /// Writes the source's reports; returns their paths relative to the output directory.
    fn write(&self, name: &str, a: &Assessment) -> Result<Vec<String>, Error> {
        let dir = self.sources_dir();
        std::fs::create_dir_all(&dir).map_err(|e| Error::Io {
            what: format!("cannot create {}", dir.display()),
            source: e,
        })?;
        let cover = Cover::new(
            a,
            None,
            self.customer.clone(),
            self.prepared_by.clone(),
            self.date.clone(),
        );
        let mut written = Vec::new();
        for kind in &self.kinds {
            let text = match kind {
                ReportKind::Json => crate::report::json(a),
                ReportKind::Markdown => match &self.markdown {
                    Some(r) => r.render(a, &cover)?,
                    None => continue,
                },
                ReportKind::Html => match &self.html {
                    Some(r) => r.render(a, &cover)?,
                    None => continue,
                },
            };
            let file = format!("{name}.{}", kind.extension());
            data::write_atomic(&dir.join(&file), text.as_bytes())?;
            written.push(format!("sources/{file}"));
        }
        Ok(written)
    }
}

/// How a fleet runs.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Sources assessed at once (at least 1).
    pub concurrency: usize,
    /// Longest time to read one source (profile file or live introspection).
    pub timeout: Duration,
    pub connect: ConnectOptions,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            concurrency: 4,
            timeout: Duration::from_secs(300),
            connect: ConnectOptions::default(),
        }
    }
}

/// Why a source failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    /// Bad input: a missing or malformed profile, an unknown engine, an unset variable.
    Input,
    /// The source could not be reached (connection refused, authentication failed).
    Unreachable,
    /// Reading the source took longer than the per-source timeout.
    Timeout,
    /// The assessment was made but its reports could not be written.
    Output,
}

/// A source that could not be assessed, and why.
#[derive(Debug, Clone)]
pub struct Failure {
    pub kind: FailureKind,
    /// The error, as the command line would print it (never holding a password).
    pub message: String,
    /// The exit code `assess` would have given.
    pub exit_code: i32,
}

impl Failure {
    fn from_error(e: &Error, source: &Source) -> Failure {
        let kind = match e {
            Error::Unreachable { .. } => FailureKind::Unreachable,
            Error::Io { .. } => FailureKind::Output,
            _ => FailureKind::Input,
        };
        Failure {
            kind,
            message: source.scrub(&e.to_string()),
            exit_code: e.exit_code(),
        }
    }
}

/// The result of one source.
#[derive(Debug)]
pub struct SourceResult {
    /// Index of the source in the inventory.
    pub index: usize,
    pub name: String,
    /// The profile path or the URL (no password).
    pub location: String,
    pub outcome: Result<Box<Assessment>, Failure>,
    /// Report files written, relative to the output directory.
    pub reports: Vec<String>,
    pub elapsed: Duration,
}

/// Assesses every source of the inventory; results in inventory order.
pub fn run(
    kit: &Toolkit,
    book: &PriceBook,
    inventory: &Inventory,
    options: &RunOptions,
    reports: Option<&ReportSettings>,
    observer: &dyn Observer,
) -> Vec<SourceResult> {
    let n = inventory.sources.len();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<SourceResult>>> = Mutex::new((0..n).map(|_| None).collect());
    let workers = options.concurrency.clamp(1, n.max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= n {
                    break;
                }
                let r = run_one(kit, book, inventory, i, options, reports, observer);
                observer.finished(i, &r);
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .flatten()
        .collect()
}

fn run_one(
    kit: &Toolkit,
    book: &PriceBook,
    inventory: &Inventory,
    index: usize,
    options: &RunOptions,
    reports: Option<&ReportSettings>,
    observer: &dyn Observer,
) -> SourceResult {
    let spec = &inventory.sources[index];
    let started = Instant::now();
    let mut result = SourceResult {
        index,
        name: spec.name.clone(),
        location: spec.describe(),
        outcome: Err(Failure {
            kind: FailureKind::Input,
            message: String::new(),
            exit_code: 2,
        }),
        reports: Vec::new(),
        elapsed: Duration::ZERO,
    };
    let source = match spec.source(&inventory.dir) {
        Ok(s) => s,
        Err(e) => {
            observer.started(index, Stage::Reading);
            result.outcome = Err(Failure::from_error(&e, &Source::Profile(PathBuf::new())));
            result.elapsed = started.elapsed();
            return result;
        }
    };
    let first = match source {
        Source::Profile(_) => Stage::Reading,
        Source::Live { .. } => Stage::Introspecting,
    };
    observer.started(index, first);
    let profile = match acquire_with_timeout(&source, spec.engine_hint(), options) {
        Ok(p) => p,
        Err(f) => {
            result.outcome = Err(f);
            result.elapsed = started.elapsed();
            return result;
        }
    };
    observer.stage(index, Stage::Assessing);
    let assess_options = AssessOptions {
        engine: spec.engine_hint().map(str::to_string),
        sizing: SizingOverrides {
            region: spec.region.clone(),
            instance_class: spec.instance_class.clone(),
            target_cu: spec.target_cu,
            storage_gb: spec.storage_gb,
            high_availability: spec.high_availability,
        },
    };
    let a = match kit.assess(profile, &assess_options, book) {
        Ok(a) => a,
        Err(e) => {
            result.outcome = Err(Failure::from_error(&e, &source));
            result.elapsed = started.elapsed();
            return result;
        }
    };
    if let Some(settings) = reports {
        observer.stage(index, Stage::Writing);
        match settings.write(&spec.name, &a) {
            Ok(files) => result.reports = files,
            Err(e) => {
                let mut f = Failure::from_error(&e, &source);
                f.kind = FailureKind::Output;
                result.outcome = Err(f);
                result.elapsed = started.elapsed();
                return result;
            }
        }
    }
    result.outcome = Ok(Box::new(a));
    result.elapsed = started.elapsed();
    result
}

/// Reads the source on a thread of its own; past the timeout the thread is left to finish (a
/// live source's own connect and statement timeouts end it) and the source fails as timed out.
fn acquire_with_timeout(
    source: &Source,
    engine: Option<&str>,
    options: &RunOptions,
) -> Result<crate::profile::Profile, Failure> {
    let (tx, rx) = mpsc::channel();
    let owned = source.clone();
    let engine = engine.map(str::to_string);
    let connect = options.connect.clone();
    let spawned = std::thread::Builder::new()
        .name("dbassay-source".into())
        .spawn(move || {
            let _ = tx.send(owned.acquire(engine.as_deref(), &connect));
        });
    if let Err(e) = spawned {
        return Err(Failure {
            kind: FailureKind::Output,
            message: format!("cannot start a thread: {e}"),
            exit_code: 2,
        });
    }
    match rx.recv_timeout(options.timeout) {
        Ok(Ok(profile)) => Ok(profile),
        Ok(Err(e)) => Err(Failure::from_error(&e, source)),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(Failure {
            kind: FailureKind::Timeout,
            message: format!(
                "{}: not read within {} (the per-source timeout, --timeout)",
                source.describe(),
                summary::duration(options.timeout)
            ),
            exit_code: 3,
        }),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(Failure {
            kind: FailureKind::Input,
            message: format!(
                "{}: reading the source stopped unexpectedly",
                source.describe()
            ),
            exit_code: 2,
        }),
    }
}
