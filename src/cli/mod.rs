//! The command line: arguments, files, output and exit codes. Everything else is in the library.

mod args;
mod diff;
mod discover;
mod fleet;
mod history;
mod prices;
mod rehearse;
mod scaffold;
mod wizard;

use clap::Parser;
use std::io::Write;
use std::path::Path;

use args::{
    AssessFormat, Cli, Command, CommonArgs, ConnectArgs, ListFormat, ReportArgs, RubricCommand,
    SchemaKind,
};

use dbassay::cost::sizing::SizingOverrides;
use dbassay::data::{self, DataFile};
use dbassay::engine::{Catalog, Pricing};
use dbassay::error::Error;
use dbassay::introspect::{self, SourceUrl};
use dbassay::pipeline::{AssessOptions, Toolkit};
use dbassay::pricing::{PriceBook, PriceOptions};
use dbassay::profile::Profile;
use dbassay::range::{with_line, Syntax};
use dbassay::report;
use dbassay::rubric::config::UserConfig;
use dbassay::rubric::RubricSet;

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

/// The price book of a command: a `--price-book` file first, then what `mode` allows, then the
/// rate cards (the target's `--rate-card` before the bundled one).
fn price_book<'c>(
    catalog: &'c Catalog,
    target_card: Option<Pricing>,
    mode: dbassay::pricing::Mode,
    pricing: &args::PricingArgs,
) -> Result<PriceBook<'c>, Error> {
    let file = pricing
        .price_book
        .as_deref()
        .map(dbassay::pricing::file::PriceBookFile::load)
        .transpose()?;
    Ok(PriceBook::with_mode(catalog, target_card, mode, PriceOptions::from_env()?).with_file(file))
}

/// The price book of a command with the common flags: its `--rate-card`, `--pricing` and
/// `--price-book`.
fn common_price_book<'c>(
    catalog: &'c Catalog,
    common: &CommonArgs,
) -> Result<PriceBook<'c>, Error> {
    price_book(
        catalog,
        rate_card(common)?,
        common.pricing.pricing.mode(),
        &common.pricing,
    )
}

fn rate_card(common: &CommonArgs) -> Result<Option<Pricing>, Error> {
    common
        .rate_card
        .as_deref()
        .map(|path| {
            let file = DataFile::read(path)?;
            let card =
                data::parse_yaml::<Pricing>(&file).map_err(|d| Error::input("rate card", d))?;
            let problems = card.range_check().into_located(&file.text, Syntax::Yaml);
            if !problems.is_empty() {
                let problems: Vec<String> = problems.into_iter().map(with_line).collect();
                return Err(Error::input(
                    format!("rate card {}", file.name),
                    problems.join("; "),
                ));
            }
            Ok(card)
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
    let source = SourceUrl::parse(url)?;
    let engine = match (engine, catalog) {
        ("auto", _) | (_, None) => None,
        (id, Some(catalog)) => {
            let e = catalog.engine(id)?;
            introspect::check_engine_fits(e, &source)
                .map_err(|why| Error::input("--engine", why))?;
            Some(e.id.clone())
        }
    };
    let options = introspect::Options {
        engine,
        connect: connect.options(),
    };
    let done = introspect::introspect_url(&source, &options)?;
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
    a: &dbassay::assessment::Assessment,
    args: &ReportArgs,
) -> Result<String, Error> {
    let reporter = report::Reporter::new(format, args.template_dir.as_deref())?;
    let cover = report::Cover::new(
        a,
        args.title.clone(),
        args.customer.clone(),
        args.prepared_by.clone(),
        dbassay::time::today(),
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
                                "price_service": e.pricing.service.to_string(),
                                "prices_as_of": e.pricing.rate_card.newest_date(),
                                "rate_card": e.pricing.rate_card.summary(),
                            })
                        })
                        .collect();
                    let v = serde_json::json!({ "engines": list, "target": {
                        "id": catalog.target.id, "name": catalog.target.name,
                        "postgres_versions": catalog.target.postgres_versions,
                        "prices_as_of": catalog.target.pricing.rate_card.newest_date(),
                        "rate_card": catalog.target.pricing.rate_card.summary(),
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
            let profile = match &args.sizing_from {
                Some(path) => {
                    let discovered = Profile::load(path)?;
                    let origin = path.display().to_string();
                    let merged = dbassay::source::merge_discovered(
                        profile,
                        &discovered,
                        &origin,
                        &kit.catalog,
                    )?;
                    eprintln!("sizing and workload from {origin}");
                    merged
                }
                None => profile,
            };
            if !profile.schema_read() {
                // A discovered profile lists no objects because none were read; scored, it would
                // look like an empty schema that is ready to move.
                let origin = args
                    .profile
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "the profile".into());
                return Err(Error::input(
                    &origin,
                    "this profile was discovered from a cloud account and its schema was not \
                     read, so there is nothing to score: give the schema with `assess --source \
                     URL --sizing-from PROFILE`, or run `fleet` over the discovery's \
                     inventory.yaml for sizing and cost",
                ));
            }
            let book = common_price_book(&kit.catalog, &args.common)?;
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
            if args.rehearse_on.is_some() && args.source.is_none() {
                return Err(Error::input(
                    "--rehearse-on",
                    "a rehearsal dumps the live source: give --source URL, not --profile",
                ));
            }
            let mut a = kit.assess(profile, &options, &book)?;
            if let (Some(scratch), Some(source)) = (&args.rehearse_on, &args.source) {
                let r = rehearse::prove(source, scratch, &args.connect, &kit, &a)?;
                dbassay::rehearse::annotate(&mut a, &r);
                eprintln!("rehearsal: {}", r.summary);
            }
            let text = match args.format {
                AssessFormat::Json => report::json(&a),
                AssessFormat::Table => {
                    let mut t = report::table::render(&a);
                    if let Some(r) = &a.rehearsal {
                        t.push_str(&format!("Rehearsal on {}: {}\n", r.scratch, r.summary));
                    }
                    t
                }
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
                let done = scaffold::new_check(&root, &id, &rubric, &collection, &catalog, &set)?;
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
                let pages = dbassay::rubric::docs::render(&set);
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
                    serde_json::to_value(schemars::schema_for!(dbassay::assessment::Assessment))
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
        Command::Prices { command } => prices::run(command),
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
        Command::Rehearse(args) => rehearse::run(*args),
        Command::Discover { command } => discover::run(command),
    }
}
