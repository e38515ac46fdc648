//! Fleet assessment: many sources from an [`Inventory`], assessed concurrently.
//!
//! A bounded pool of `concurrency` workers takes sources in inventory order. Reading a source
//! (a profile file, or a live source's catalogs) runs on a thread of its own under the
//! per-source timeout, so a source that hangs is reported as timed out and the worker moves on;
//! scoring, pricing and writing the reports follow on the worker. One source failing never stops
//! the others: its failure is kept with the reason and its exit code.
//!
//! A source with both a URL and a profile (a discovered estate) reads its schema from the URL
//! and merges the profile's sizing and utilisation into it ([`crate::source::merge_discovered`]).
//! When the URL cannot be read — its password variable unset, the server unreachable — the
//! profile alone is assessed; a profile whose schema was never introspected then gives sizing
//! and cost only, its compatibility marked not assessed ([`SourceResult::not_assessed`]). That
//! is not a failure; a connection that was tried and failed is still counted
//! ([`SourceResult::unreachable`]).
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
use crate::profile::Profile;
use crate::report::{Cover, DocFormat, Reporter};
use crate::source::{self, Source};

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
    /// Why compatibility was not assessed, when it was not: the assessment holds sizing and
    /// cost only (its score and tier describe an empty schema and mean nothing).
    pub not_assessed: Option<String>,
    /// The URL could not be read (unreachable, refused, timed out) and the profile was assessed
    /// instead.
    pub unreachable: Option<Failure>,
    /// Measured utilisation of the source (from the profile's workload), for the summary.
    pub utilisation: Option<Utilisation>,
    /// Report files written, relative to the output directory.
    pub reports: Vec<String>,
    pub elapsed: Duration,
}

/// The utilisation figures a reader of the summary looks at first, from the profile's workload
/// (measured by `dbassay discover`, introspection or a hand-written profile).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Utilisation {
    pub cpu_average_pct: Option<rust_decimal::Decimal>,
    pub cpu_p95_pct: Option<rust_decimal::Decimal>,
    pub average_connections: Option<u32>,
    pub peak_connections: Option<u32>,
    pub active_hours_per_day: Option<rust_decimal::Decimal>,
    /// Where and over how long: `azure-monitor, 14 days`.
    pub measured: Option<String>,
}

impl Utilisation {
    /// The figures of `p`, or `None` when it measured none of them.
    pub fn of(p: &Profile) -> Option<Utilisation> {
        let w = &p.workload;
        let u = Utilisation {
            cpu_average_pct: w.cpu_utilization_pct,
            cpu_p95_pct: w.cpu_p95_pct,
            average_connections: w.average_connections,
            peak_connections: w.peak_connections,
            active_hours_per_day: w.active_hours_per_day,
            measured: w.measurement.as_ref().map(|m| {
                let days = m.window_days.normalize();
                let unit = if days == rust_decimal::Decimal::ONE {
                    "day"
                } else {
                    "days"
                };
                format!("{}, {days} {unit}", m.source)
            }),
        };
        let any = u.cpu_average_pct.is_some()
            || u.cpu_p95_pct.is_some()
            || u.average_connections.is_some()
            || u.peak_connections.is_some()
            || u.active_hours_per_day.is_some();
        any.then_some(u)
    }
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
        not_assessed: None,
        unreachable: None,
        utilisation: None,
        reports: Vec::new(),
        elapsed: Duration::ZERO,
    };
    let read = read_source(kit, inventory, index, options, observer);
    let (profile, source) = match read {
        Ok(r) => {
            result.unreachable = r.unreachable;
            result.not_assessed = r.not_assessed;
            (r.profile, r.source)
        }
        Err(f) => {
            result.outcome = Err(f);
            result.elapsed = started.elapsed();
            return result;
        }
    };
    result.utilisation = Utilisation::of(&profile);
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
    // A source sized without its schema gets no report of its own: an assessment's report
    // would show the empty schema's score as if it were ready. The summary holds its sizing,
    // utilisation and cost.
    if let (Some(settings), None) = (reports, &result.not_assessed) {
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

/// The profile a source's assessment starts from, and how it was reached.
struct Read {
    profile: Profile,
    /// Where the schema was read from (to scrub messages of its password).
    source: Source,
    not_assessed: Option<String>,
    unreachable: Option<Failure>,
}

/// Reads a source: its profile file; its URL; or, with both, the URL merged with the profile's
/// sizing and utilisation — falling back to the profile alone when the URL cannot be read.
fn read_source(
    kit: &Toolkit,
    inventory: &Inventory,
    index: usize,
    options: &RunOptions,
    observer: &dyn Observer,
) -> Result<Read, Failure> {
    let spec = &inventory.sources[index];
    let no_source = Source::Profile(PathBuf::new());
    // With a URL, the profile file holds the discovered sizing (read first: a bad file is bad
    // input, as for a profile source).
    let sizing_path = spec
        .url
        .as_ref()
        .and_then(|_| spec.profile_path(&inventory.dir));
    let live = spec.source(&inventory.dir);
    let first = match (&live, &sizing_path) {
        (Ok(Source::Live { .. }), _) | (Err(_), Some(_)) => Stage::Introspecting,
        _ => Stage::Reading,
    };
    observer.started(index, first);
    let sizing = match &sizing_path {
        Some(path) => Some(Profile::load(path).map_err(|e| Failure::from_error(&e, &no_source))?),
        None => None,
    };
    let origin = || {
        spec.profile
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    };
    match (live, sizing) {
        (Ok(source), sizing) => {
            match (
                acquire_with_timeout(&source, spec.engine_hint(), options),
                sizing,
            ) {
                (Ok(read), None) => Ok(Read {
                    not_assessed: (!read.schema_read()).then(|| NO_SCHEMA.to_string()),
                    profile: read,
                    source,
                    unreachable: None,
                }),
                (Ok(read), Some(sizing)) => {
                    match source::merge_discovered(read, &sizing, &origin(), &kit.catalog) {
                        Ok(merged) => Ok(Read {
                            profile: merged,
                            source,
                            not_assessed: None,
                            unreachable: None,
                        }),
                        Err(e) => Err(Failure::from_error(&e, &source)),
                    }
                }
                (Err(f), None) => Err(f),
                (Err(f), Some(sizing)) => {
                    // Tried and failed: counted as unreachable. Not configured (a missing key):
                    // only said.
                    let tried = matches!(f.kind, FailureKind::Unreachable | FailureKind::Timeout);
                    let why = format!("the schema could not be read: {}", f.message);
                    Ok(fallback(sizing, source, why, tried.then_some(f)))
                }
            }
        }
        (Err(e), Some(sizing)) => {
            // The password variable is not set: no connection is tried.
            let why = format!("no connection was tried: {e}");
            Ok(fallback(sizing, no_source, why, None))
        }
        (Err(e), None) => Err(Failure::from_error(&e, &no_source)),
    }
}

/// What the summary says of a profile whose schema was never introspected, with no URL to read
/// it from.
const NO_SCHEMA: &str = "the profile holds sizing and utilisation only (discovered, schema not \
                         introspected) and the source has no `url` to read the schema from";

/// The profile alone, after its URL could not be read: a discovered profile gives sizing and
/// cost only; a profile with a schema is assessed as it is.
fn fallback(profile: Profile, source: Source, why: String, unreachable: Option<Failure>) -> Read {
    Read {
        not_assessed: (!profile.schema_read()).then_some(why),
        profile,
        source,
        unreachable,
    }
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
