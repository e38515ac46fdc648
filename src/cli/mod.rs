//! The command line: arguments, files, output and exit codes. Everything else is in the library.

mod diff;
mod fleet;
mod history;
mod wizard;

use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::cost::sizing::SizingOverrides;
use crate::data::{self, DataFile};
use crate::engine::{Catalog, Family, Pricing};
use crate::error::Error;
use crate::introspect;
use crate::pipeline::{AssessOptions, Toolkit};
use crate::pricing::{commands as price_commands, PriceBook, PriceOptions};
use crate::profile::Profile;
use crate::report;
use crate::rubric::config::UserConfig;
use crate::rubric::RubricSet;

#[derive(Parser, Debug)]
#[command(
    name = "dbassay",
    version,
    about = "Assess a database for migration to Databricks Lakebase: compatibility, effort and cost.",
    long_about = "Assess a database for migration to Databricks Lakebase (managed serverless PostgreSQL).\n\n\
        dbassay reads a profile of the source (engine, version, sizing, schema objects, workload), \
        runs the engine's rubric of checks, scores compatibility and effort, recommends a migration \
        path, and compares the source's monthly cost with the sized Lakebase target.\n\n\
        Exit codes: 0 success, 1 a CI threshold was crossed, 2 bad input (usage, file, rubric, \
        profile), 3 a source or price service could not be reached, 4 some sources of a fleet \
        failed (the others were assessed), 130 the wizard was interrupted.",
    after_help = "Start with `dbassay demo`, or `dbassay assess --profile examples/profiles/rds-postgresql.json`."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the source engines and the Lakebase target.
    Engines {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Read a live source's catalogs into a profile (read-only; never writes to the source).
    Introspect(IntrospectArgs),
    /// Assess one source: a profile file, or a live source introspected first.
    Assess(Box<AssessArgs>),
    /// Validate rubrics or generate the check reference.
    Rubric {
        #[command(subcommand)]
        command: RubricCommand,
    },
    /// Print the JSON Schema of the profile or of the assessment.
    Schema {
        #[arg(value_enum)]
        which: SchemaKind,
    },
    /// Prices: fetch them into the cache, show an engine's, export them all.
    Prices {
        #[command(subcommand)]
        command: PricesCommand,
    },
    /// Assess the bundled sample profiles of all ten engines, offline, and print a summary.
    Demo {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Walk from nothing to a report, answering a few questions (needs a terminal).
    Wizard(wizard::WizardArgs),
    /// Assess many sources at once from an inventory (YAML), with a ranked fleet summary.
    /// Exit code 4 when some sources failed (the others are assessed), unless --allow-failures.
    Fleet(Box<fleet::FleetArgs>),
    /// Compare two assessments of one source (score, findings, cost by cause) and apply CI gates.
    Diff(diff::DiffArgs),
    /// Keep a trend of runs in a store file, and show it as a table or HTML charts.
    History {
        #[command(subcommand)]
        command: history::HistoryCommand,
    },
}

#[derive(clap::Args, Debug)]
struct IntrospectArgs {
    /// Connection URL, e.g. postgresql://app@db.example.com:5432/shop?sslmode=verify-full,
    /// mysql://app@db.example.com:3306/shop?ssl-mode=VERIFY_IDENTITY or
    /// cosmos://myaccount.documents.azure.com. Prefer PGPASSWORD / ~/.pgpass / MYSQL_PWD to a
    /// password in the URL (it is masked in all output); the Cosmos DB key is read from
    /// DBASSAY_COSMOS_KEY only.
    #[arg(value_name = "URL")]
    url: String,
    /// Engine id (see `dbassay engines`), or `auto` to detect it from the server's markers.
    #[arg(long, value_name = "ID", default_value = "auto")]
    engine: String,
    /// Write the profile to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    connect: ConnectArgs,
}

/// Limits for a live source.
#[derive(clap::Args, Debug)]
struct ConnectArgs {
    /// Longest time one catalog query may run on the source (e.g. 30s, 2min).
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = introspect::parse_duration)]
    statement_timeout: Duration,
    /// Longest time a catalog query may wait for a lock on the source.
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = introspect::parse_duration)]
    lock_timeout: Duration,
    /// Longest time to wait for the connection, TLS and authentication.
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = introspect::parse_duration)]
    connect_timeout: Duration,
    /// Documents sampled per container to infer the document shape (Cosmos DB; 0 reads none).
    #[arg(long, value_name = "N", default_value_t = 1000)]
    sample: usize,
}

#[derive(clap::Args, Debug)]
struct AssessArgs {
    /// Profile file (JSON) of the source, written by `introspect -o` or by hand.
    #[arg(long, value_name = "FILE", required_unless_present = "source")]
    profile: Option<PathBuf>,
    /// Connection URL of a live source to introspect (read-only) and assess.
    #[arg(long, value_name = "URL", conflicts_with = "profile")]
    source: Option<String>,
    /// Engine id (see `dbassay engines`), or `auto` to use the profile's (or to detect it).
    #[arg(long, value_name = "ID", default_value = "auto")]
    engine: String,
    /// Region of the source, overriding the profile (e.g. us-east-1, eastus, us-central1).
    #[arg(long, value_name = "R")]
    region: Option<String>,
    /// Instance class of the source, overriding the profile (e.g. db.r6g.xlarge).
    #[arg(long, value_name = "CLASS")]
    instance: Option<String>,
    /// Size the Lakebase target at N capacity units instead of by the sizing rule.
    #[arg(long, value_name = "N")]
    target_cu: Option<rust_decimal::Decimal>,
    /// Allocated storage of the source in GB, overriding the profile.
    #[arg(long, value_name = "GB")]
    storage_gb: Option<rust_decimal::Decimal>,
    /// Whether the source has a synchronous standby (Multi-AZ, zone-redundant HA), overriding
    /// the profile.
    #[arg(long, value_name = "BOOL")]
    ha: Option<bool>,
    #[arg(long, value_enum, default_value_t = AssessFormat::Table)]
    format: AssessFormat,
    /// Write the output to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    report: ReportArgs,
    #[command(flatten)]
    connect: ConnectArgs,
    #[command(flatten)]
    common: CommonArgs,
}

/// The cover and templates of a Markdown or HTML report.
#[derive(clap::Args, Debug, Default)]
struct ReportArgs {
    /// Report templates overriding the bundled ones file by file (report.md.hbs,
    /// report.html.hbs, partials/…), e.g. your own branding.
    #[arg(long, value_name = "DIR")]
    template_dir: Option<PathBuf>,
    /// Title on the report's cover (default: "Lakebase migration assessment: <source>").
    #[arg(long)]
    title: Option<String>,
    /// Customer the report is prepared for.
    #[arg(long)]
    customer: Option<String>,
    /// Who prepared the report.
    #[arg(long, value_name = "NAME")]
    prepared_by: Option<String>,
}

#[derive(clap::Args, Debug, Default)]
struct CommonArgs {
    /// Severity settings (YAML): per check or category, or a check disabled.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Extra rubric directory; a file there replaces the bundled rubric of the same name.
    #[arg(long, value_name = "DIR")]
    rubrics: Option<PathBuf>,
    /// Lakebase prices of your own (YAML in the `pricing` format of engines/lakebase.yaml),
    /// e.g. a contract price or discount.
    #[arg(long, value_name = "FILE")]
    rate_card: Option<PathBuf>,
    #[command(flatten)]
    pricing: PricingArgs,
}

#[derive(clap::Args, Debug, Default)]
struct PricingArgs {
    /// Where prices come from. `cached` (the default): the price cache, then the bundled
    /// snapshot, then the rate cards, never the network. `live`: the price services for what
    /// the cache lacks or holds for over 24 hours, refreshing the cache (a service that cannot
    /// be reached falls back to the cache, then the snapshot). `offline`: only the bundled
    /// snapshot and rate cards.
    #[arg(long, value_enum, default_value_t = PricingMode::Cached)]
    pricing: PricingMode,
}

#[derive(ValueEnum, Clone, Copy, Debug, Default, PartialEq)]
enum PricingMode {
    Live,
    #[default]
    Cached,
    Offline,
}

impl PricingMode {
    fn mode(self) -> crate::pricing::Mode {
        match self {
            PricingMode::Live => crate::pricing::Mode::Live,
            PricingMode::Cached => crate::pricing::Mode::Cached,
            PricingMode::Offline => crate::pricing::Mode::Offline,
        }
    }
}

#[derive(Subcommand, Debug)]
enum PricesCommand {
    /// Fetch prices from the price services into the cache, whatever it holds: every line of
    /// every engine (or one), for each instance class the engine knows, in its default region
    /// (or R). Exit code 3 when a service could not be reached.
    Refresh {
        #[arg(long, value_name = "ID")]
        engine: Option<String>,
        #[arg(long, value_name = "R")]
        region: Option<String>,
    },
    /// One engine's prices as a table, with their source and date.
    Show {
        /// Engine id, or `lakebase` for the target.
        engine: String,
        #[arg(long, value_name = "R")]
        region: Option<String>,
        #[command(flatten)]
        pricing: PricingArgs,
    },
    /// Every engine's prices (and the target's) as CSV or JSON.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
        #[arg(long, value_name = "ID")]
        engine: Option<String>,
        #[arg(long, value_name = "R")]
        region: Option<String>,
        #[command(flatten)]
        pricing: PricingArgs,
        /// Write to FILE (atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
enum ExportFormat {
    Csv,
    Json,
}

#[derive(Subcommand, Debug)]
enum RubricCommand {
    /// Validate the bundled rubrics, or a directory of rubrics layered on them; every problem
    /// is reported with file and line.
    Check {
        /// Directory of rubric files (replaces bundled rubrics of the same name).
        dir: Option<PathBuf>,
    },
    /// Add a new check: a stub in the rubric and a test case to fill in, in this checkout.
    New {
        /// The new check's id, namespaced (e.g. `pg-hash-partitioning`).
        id: String,
        /// Rubric to add it to (`postgres`, `mysql`, `document` or an engine overlay).
        #[arg(long)]
        rubric: String,
        /// Profile collection the check reads (e.g. `tables`, `tables.columns`, `settings`).
        #[arg(long, default_value = "tables")]
        collection: String,
    },
    /// Write the per-check reference (Markdown) generated from the rubrics.
    Docs {
        /// Output directory.
        #[arg(long, default_value = "docs/checks")]
        out: PathBuf,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum SchemaKind {
    Profile,
    Assessment,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
enum ListFormat {
    Table,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
enum AssessFormat {
    Table,
    Json,
    /// Markdown report.
    Md,
    /// Self-contained HTML report.
    Html,
}

/// Runs the command line; returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match run(cli) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            e.exit_code()
        }
    }
}

fn emit(text: &str, output: Option<&Path>) -> Result<(), Error> {
    match output {
        Some(path) => {
            data::write_atomic(path, text.as_bytes())?;
            eprintln!("wrote {}", path.display());
            Ok(())
        }
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = out.write_all(text.as_bytes());
            Ok(())
        }
    }
}

fn toolkit(common: &CommonArgs) -> Result<Toolkit, Error> {
    let catalog = Catalog::bundled()?;
    let rubrics = RubricSet::with_dir(common.rubrics.as_deref(), &catalog.target)?;
    let config = match &common.config {
        Some(path) => UserConfig::load(path)?,
        None => UserConfig::default(),
    };
    Ok(Toolkit::new(catalog, rubrics, config))
}

fn rate_card(common: &CommonArgs) -> Result<Option<Pricing>, Error> {
    common
        .rate_card
        .as_deref()
        .map(|path| {
            let file = DataFile::read(path)?;
            data::parse_yaml::<Pricing>(&file).map_err(|d| Error::input("rate card", d))
        })
        .transpose()
}

/// Introspects a live source (engine `auto` = detect) and says on stderr what was read.
fn live_profile(
    url: &str,
    engine: &str,
    connect: &ConnectArgs,
    catalog: Option<&Catalog>,
) -> Result<Profile, Error> {
    let engine = match (engine, catalog) {
        ("auto", _) | (_, None) => None,
        (id, Some(catalog)) => {
            let e = catalog.engine(id)?;
            let family = introspect::scheme_family(url);
            if family.is_some_and(|f| f != e.family) {
                return Err(Error::input(
                    "--engine",
                    format!(
                        "`{id}` is a {} engine, but the URL is a {} source",
                        e.family,
                        family.map_or("", Family::as_str)
                    ),
                ));
            }
            Some(e.id.clone())
        }
    };
    let options = introspect::Options {
        engine,
        statement_timeout: connect.statement_timeout,
        lock_timeout: connect.lock_timeout,
        connect_timeout: connect.connect_timeout,
        sample_documents: connect.sample,
    };
    let done = introspect::introspect(url, &options)?;
    let p = &done.profile;
    let columns: usize = p.tables.iter().map(|t| t.columns.len()).sum();
    if let Some(c) = &p.cosmos {
        let containers: Vec<_> = c.databases.iter().flat_map(|d| &d.containers).collect();
        let sampled: u64 = containers
            .iter()
            .filter_map(|c| c.shape.as_ref())
            .map(|s| s.sampled_documents)
            .sum();
        eprintln!(
            "introspected {}: {} {} ({}), {} databases, {} containers, {sampled} documents \
             sampled; {} requests in {} ms",
            done.stats.source,
            p.engine,
            p.version,
            p.detection.as_ref().map_or("", |d| d.method.as_str()),
            c.databases.len(),
            containers.len(),
            done.stats.queries,
            done.stats.elapsed_ms
        );
    } else {
        eprintln!(
            "introspected {}: {} {} ({}), {} tables, {columns} columns, {} indexes, {} routines; \
         {} queries in {} ms",
            done.stats.source,
            p.engine,
            p.version,
            p.detection.as_ref().map_or("", |d| d.method.as_str()),
            p.tables.len(),
            p.indexes.len(),
            p.routines.len(),
            done.stats.queries,
            done.stats.elapsed_ms
        );
    }
    let mut slow = done.stats.areas.clone();
    slow.sort_by_key(|a| std::cmp::Reverse(a.ms));
    let slow: Vec<String> = slow
        .iter()
        .take(3)
        .filter(|a| a.ms >= 100)
        .map(|a| format!("{} {} ms ({} rows)", a.area, a.ms, a.rows))
        .collect();
    if !slow.is_empty() {
        eprintln!("slowest areas: {}", slow.join(", "));
    }
    for w in &p.warnings {
        eprintln!("warning: {}: {}", w.area, w.message);
    }
    Ok(done.profile)
}

fn document(
    format: report::DocFormat,
    a: &crate::assessment::Assessment,
    args: &ReportArgs,
) -> Result<String, Error> {
    let reporter = report::Reporter::new(format, args.template_dir.as_deref())?;
    let cover = report::Cover::new(
        a,
        args.title.clone(),
        args.customer.clone(),
        args.prepared_by.clone(),
        report::today(),
    );
    reporter.render(a, &cover)
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Engines { format } => {
            let catalog = Catalog::bundled()?;
            let text = match format {
                ListFormat::Json => {
                    let list: Vec<_> = catalog
                        .engines
                        .iter()
                        .map(|e| {
                            serde_json::json!({
                                "id": e.id, "name": e.name, "family": e.family,
                                "vendor": e.vendor, "summary": e.summary,
                                "versions": e.versions, "docs": e.docs,
                                "price_service": e.pricing.service,
                                "prices_as_of": e.pricing.rate_card.as_of,
                            })
                        })
                        .collect();
                    let v = serde_json::json!({ "engines": list, "target": {
                        "id": catalog.target.id, "name": catalog.target.name,
                        "postgres_versions": catalog.target.postgres_versions,
                        "prices_as_of": catalog.target.pricing.rate_card.as_of,
                    }});
                    format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
                }
                ListFormat::Table => report::table::engines(&catalog),
            };
            emit(&text, None)
        }
        Command::Introspect(args) => {
            // The engine list is only needed to check an `--engine` given by hand.
            let catalog = match args.engine.as_str() {
                "auto" => None,
                _ => Some(Catalog::bundled()?),
            };
            let profile = live_profile(&args.url, &args.engine, &args.connect, catalog.as_ref())?;
            let text = format!(
                "{}\n",
                serde_json::to_string_pretty(&profile).unwrap_or_default()
            );
            emit(&text, args.output.as_deref())
        }
        Command::Assess(args) => {
            let kit = toolkit(&args.common)?;
            let profile = match (&args.source, &args.profile) {
                (Some(url), _) => {
                    live_profile(url, &args.engine, &args.connect, Some(&kit.catalog))?
                }
                (None, Some(path)) => Profile::load(path)?,
                (None, None) => return Err(Error::input("assess", "give --profile or --source")),
            };
            let override_card = rate_card(&args.common)?;
            let book = PriceBook::with_mode(
                &kit.catalog,
                override_card,
                args.common.pricing.pricing.mode(),
                PriceOptions::from_env()?,
            );
            let options = AssessOptions {
                engine: Some(args.engine.clone()),
                sizing: SizingOverrides {
                    region: args.region.clone(),
                    instance_class: args.instance.clone(),
                    target_cu: args.target_cu,
                    storage_gb: args.storage_gb,
                    high_availability: args.ha,
                },
            };
            let a = kit.assess(profile, &options, &book)?;
            let text = match args.format {
                AssessFormat::Json => report::json(&a),
                AssessFormat::Table => report::table::render(&a),
                AssessFormat::Md => document(report::DocFormat::Markdown, &a, &args.report)?,
                AssessFormat::Html => document(report::DocFormat::Html, &a, &args.report)?,
            };
            emit(&text, args.output.as_deref())
        }
        Command::Rubric { command } => match command {
            RubricCommand::Check { dir } => {
                let catalog = Catalog::bundled()?;
                let set = RubricSet::with_dir(dir.as_deref(), &catalog.target)?;
                let checks = set.all_checks().count();
                // Every engine's rubric must resolve too.
                for e in &catalog.engines {
                    set.resolve(&e.rubric, &catalog.target, &UserConfig::default())?;
                }
                println!(
                    "ok: {} rubrics, {checks} checks, {} engines resolve",
                    set.ids().count(),
                    catalog.engines.len()
                );
                Ok(())
            }
            RubricCommand::New {
                id,
                rubric,
                collection,
            } => {
                let catalog = Catalog::bundled()?;
                let root = std::env::current_dir().map_err(|e| Error::Io {
                    what: "cannot read the current directory".into(),
                    source: e,
                })?;
                if !root.join("rubrics").is_dir() {
                    return Err(Error::input(
                        "rubric new",
                        "run it from the root of a dbassay checkout (no rubrics/ here)",
                    ));
                }
                // The checkout's rubrics, which may be ahead of the ones built in.
                let set = RubricSet::with_dir(Some(&root.join("rubrics")), &catalog.target)?;
                let done = crate::rubric::scaffold::new_check(
                    &root,
                    &id,
                    &rubric,
                    &collection,
                    &catalog,
                    &set,
                )?;
                println!(
                    "added `{id}` to {} and a case to {}.
Next: fill in the TODOs, then `cargo test --test rubric_cases` and `cargo run -- rubric docs`.",
                    done.rubric_file.display(),
                    done.case_file.display()
                );
                Ok(())
            }
            RubricCommand::Docs { out } => {
                let catalog = Catalog::bundled()?;
                let set = RubricSet::bundled(&catalog.target)?;
                std::fs::create_dir_all(&out).map_err(|e| Error::Io {
                    what: format!("cannot create {}", out.display()),
                    source: e,
                })?;
                let pages = crate::rubric::docs::render(&set);
                for (name, text) in &pages {
                    data::write_atomic(&out.join(name), text.as_bytes())?;
                }
                eprintln!("wrote {} pages to {}", pages.len(), out.display());
                Ok(())
            }
        },
        Command::Schema { which } => {
            let schema = match which {
                SchemaKind::Profile => serde_json::to_value(schemars::schema_for!(Profile)),
                SchemaKind::Assessment => {
                    serde_json::to_value(schemars::schema_for!(crate::assessment::Assessment))
                }
            }
            .unwrap_or_default();
            emit(
                &format!(
                    "{}\n",
                    serde_json::to_string_pretty(&schema).unwrap_or_default()
                ),
                None,
            )
        }
        Command::Prices { command } => prices(command),
        Command::Demo { format } => {
            let kit = Toolkit::bundled()?;
            let book = PriceBook::offline(&kit.catalog, None);
            let mut results = Vec::new();
            for file in data::sample_profiles() {
                let profile = Profile::from_json(&file.text, &file.name)?;
                results.push(kit.assess(profile, &AssessOptions::default(), &book)?);
            }
            let text = match format {
                ListFormat::Json => {
                    format!(
                        "{}\n",
                        serde_json::to_string_pretty(&results).unwrap_or_default()
                    )
                }
                ListFormat::Table => report::table::summary(&results),
            };
            emit(&text, None)
        }
        Command::Wizard(args) => wizard::run(args),
        Command::Fleet(args) => fleet::run(*args),
        Command::Diff(args) => diff::run(args),
        Command::History { command } => history::run(command),
    }
}

fn prices(command: PricesCommand) -> Result<(), Error> {
    let catalog = Catalog::bundled()?;
    match command {
        PricesCommand::Refresh { engine, region } => {
            let report = price_commands::refresh(
                &catalog,
                PriceOptions::from_env()?,
                engine.as_deref(),
                region.as_deref(),
            )?;
            let mut text = String::new();
            for line in report.skipped.iter().map(|s| format!("skipped {s}")) {
                text.push_str(&line);
                text.push('\n');
            }
            for line in &report.lines {
                text.push_str(line);
                text.push('\n');
            }
            text.push_str(&format!(
                "{} fetched, {} failed, {} request(s)\n",
                report.fetched, report.failed, report.requests
            ));
            emit(&text, None)?;
            if report.failed > 0 {
                return Err(Error::Unreachable {
                    what: "price services".into(),
                    detail: format!(
                        "{} of {} price queries failed; the cache keeps what it had",
                        report.failed,
                        report.failed + report.fetched
                    ),
                });
            }
            Ok(())
        }
        PricesCommand::Show {
            engine,
            region,
            pricing,
        } => {
            let book = PriceBook::with_mode(
                &catalog,
                None,
                pricing.pricing.mode(),
                PriceOptions::from_env()?,
            );
            let (rows, notes) =
                price_commands::rows(&catalog, &book, Some(&engine), region.as_deref())?;
            let mut text = price_commands::table(&rows);
            for n in notes {
                text.push_str(&format!("note: {n}\n"));
            }
            emit(&text, None)
        }
        PricesCommand::Export {
            format,
            engine,
            region,
            pricing,
            output,
        } => {
            let book = PriceBook::with_mode(
                &catalog,
                None,
                pricing.pricing.mode(),
                PriceOptions::from_env()?,
            );
            let (rows, notes) =
                price_commands::rows(&catalog, &book, engine.as_deref(), region.as_deref())?;
            for n in &notes {
                eprintln!("note: {n}");
            }
            let text = match format {
                ExportFormat::Csv => price_commands::csv(&rows),
                ExportFormat::Json => format!(
                    "{}\n",
                    serde_json::to_string_pretty(&serde_json::json!({ "prices": rows }))
                        .unwrap_or_default()
                ),
            };
            emit(&text, output.as_deref())
        }
    }
}
