//! `dbassay wizard`: from nothing to a report, by answering a few questions.
//!
//! 1. the source engine (or "detect for me");
//! 2. the source: a profile file or a connection URL with the password asked apart (masked);
//!    reading it runs under a spinner, and a failure says what went wrong and offers a retry;
//! 3. what was detected, to confirm, and what cannot be detected: region and instance class
//!    (choices from the engine's rate card), storage, high availability, pricing mode;
//! 4. the assessment, under a spinner, and a summary table;
//! 5. a Markdown or HTML report if wanted, and the `dbassay assess …` command that repeats the
//!    run in a script or CI.
//!
//! Ctrl-C or Esc at any prompt ends it with exit code 130 and writes nothing more. Without a
//! terminal it refuses with exit code 2 and points to `assess`.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use inquire::validator::Validation;
use inquire::{Confirm, CustomType, InquireError, Password, PasswordDisplayMode, Select, Text};
use rust_decimal::Decimal;
use std::fmt;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::args::{PricingMode, WizardArgs};
use super::toolkit;
use dbassay::assessment::Assessment;
use dbassay::cost::sizing::SizingOverrides;
use dbassay::data;
use dbassay::engine::{Catalog, CostCategory, Engine};
use dbassay::error::Error;
use dbassay::introspect::{self, ConnectOptions, Secret, SourceUrl};
use dbassay::pipeline::{AssessOptions, Toolkit};
use dbassay::pricing::commands::{self as price_commands, PriceRow};
use dbassay::pricing::PriceBook;
use dbassay::profile::Profile;
use dbassay::report::table::truncate;
use dbassay::report::{self, Cover, DocFormat, Reporter};
use dbassay::source::Source;

pub(super) fn run(args: WizardArgs) -> Result<(), Error> {
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Err(Error::input(
            "wizard",
            "it asks questions, so it needs a terminal (standard input and output are not \
             one). In a script or CI use `dbassay assess --profile FILE` (see `dbassay assess \
             --help`), or `dbassay fleet INVENTORY` for many sources",
        ));
    }
    let kit = toolkit(&args.common)?;
    let card = super::rate_card(&args.common)?;
    let pricing = args.common.pricing.pricing;
    let price_book = args.common.pricing.price_book.clone();
    Wizard {
        kit,
        card,
        pricing,
        price_book,
    }
    .run()
    .map_err(|e| match e {
        Stop::Interrupted => Error::Interrupted,
        Stop::Failed(e) => e,
    })
}

/// Why the wizard stopped early.
enum Stop {
    Interrupted,
    Failed(Error),
}

impl From<InquireError> for Stop {
    fn from(e: InquireError) -> Stop {
        match e {
            InquireError::OperationInterrupted | InquireError::OperationCanceled => {
                Stop::Interrupted
            }
            InquireError::NotTTY => Stop::Failed(Error::input(
                "wizard",
                "needs a terminal; use `dbassay assess --profile FILE` in scripts",
            )),
            other => Stop::Failed(Error::input("wizard", other.to_string())),
        }
    }
}

impl From<Error> for Stop {
    fn from(e: Error) -> Stop {
        Stop::Failed(e)
    }
}

type Step<T> = Result<T, Stop>;

/// What the user answered, enough to repeat the run with `dbassay assess`.
#[derive(Debug, Clone, Default)]
struct Answers {
    /// Engine id chosen (or confirmed); `None` = the profile's own / detected.
    engine: Option<String>,
    profile: Option<PathBuf>,
    url: Option<String>,
    region: Option<String>,
    instance_class: Option<String>,
    storage_gb: Option<Decimal>,
    high_availability: Option<bool>,
    /// Set when it differs from the default (`cached`).
    pricing: Option<PricingMode>,
    /// The `--price-book` file, repeated in the equivalent command.
    price_book: Option<PathBuf>,
    report: Option<(DocFormat, PathBuf)>,
}

struct Wizard {
    kit: Toolkit,
    card: Option<dbassay::engine::Pricing>,
    /// The `--pricing` flag, the default answer to the pricing question.
    pricing: PricingMode,
    /// The `--price-book` flag: its prices come first whatever the mode.
    price_book: Option<PathBuf>,
}

/// An engine in the first list.
#[derive(Clone)]
enum EngineChoice {
    Detect,
    Engine { id: String, label: String },
}

impl fmt::Display for EngineChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineChoice::Detect => {
                f.write_str("Detect for me — from the profile, or from the server's markers")
            }
            EngineChoice::Engine { label, .. } => f.write_str(label),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Way {
    Profile,
    Url,
}

impl fmt::Display for Way {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Way::Profile => "A profile file (JSON, from `dbassay introspect -o` or by hand)",
            Way::Url => "A connection URL (read-only; the password is asked apart)",
        })
    }
}

/// A labelled value in a list.
#[derive(Clone)]
struct Labelled<T> {
    value: T,
    label: String,
}

impl<T> fmt::Display for Labelled<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

impl Wizard {
    fn run(self) -> Step<()> {
        println!("dbassay wizard — assess a database for migration to Databricks Lakebase.");
        println!("Ctrl-C or Esc quits at any question.\n");
        let mut answers = Answers::default();
        let chosen = self.ask_engine()?;
        answers.engine = chosen.clone();
        let (source, mut profile) = self.connect(chosen.as_deref(), &mut answers)?;

        // Confirm the engine.
        let engine = self.confirm_engine(&profile, &source, &mut answers)?;
        profile.engine = engine.id.clone();
        let book = self.fill(&engine, &profile, &mut answers)?;

        let a = self.assess(profile, &answers, &book)?;
        print!("{}", report::table::brief(&a));

        self.offer_report(&a, &mut answers)?;
        println!(
            "\nTo run this again in a script or CI:\n\n  {}\n",
            command(&answers, &source)
        );
        if matches!(source, Source::Live { .. }) {
            println!(
                "  (give the password in PGPASSWORD or ~/.pgpass; it is never \
                 written on a command line or shown)\n"
            );
        }
        Ok(())
    }

    fn catalog(&self) -> &Catalog {
        &self.kit.catalog
    }

    /// Step 1: the engine, or detect.
    fn ask_engine(&self) -> Step<Option<String>> {
        let mut options = vec![EngineChoice::Detect];
        options.extend(self.catalog().engines.iter().map(|e| EngineChoice::Engine {
            id: e.id.clone(),
            label: truncate(&e.summary, 100),
        }));
        let n = options.len();
        let choice = Select::new("Which engine is the source?", options)
            .with_page_size(n)
            .with_help_message("↑↓ to move, type to filter, Enter to choose")
            .prompt()?;
        Ok(match choice {
            EngineChoice::Detect => None,
            EngineChoice::Engine { id, .. } => Some(id),
        })
    }

    /// Step 2: the source, read under a spinner, with a retry on failure.
    fn connect(&self, engine: Option<&str>, answers: &mut Answers) -> Step<(Source, Profile)> {
        let connect = ConnectOptions::default();
        let chosen: Option<&Engine> = engine.and_then(|id| self.catalog().engine(id).ok());
        let mut last_path = String::new();
        let mut last_url = String::new();
        loop {
            let way =
                Select::new("How do I read the source?", vec![Way::Profile, Way::Url]).prompt()?;
            loop {
                let source = match way {
                    Way::Profile => {
                        let path = Text::new("Profile file:")
                            .with_initial_value(&last_path)
                            .with_help_message("a path, e.g. examples/profiles/rds-postgresql.json")
                            .with_validator(|s: &str| {
                                Ok(if s.trim().is_empty() {
                                    Validation::Invalid("give a file path".into())
                                } else {
                                    Validation::Valid
                                })
                            })
                            .prompt()?;
                        last_path = path.trim().to_string();
                        Source::Profile(PathBuf::from(&last_path))
                    }
                    Way::Url => {
                        let url = Text::new("Connection URL (without the password):")
                            .with_initial_value(&last_url)
                            .with_help_message(
                                "e.g. postgresql://assessor@db.example.com:5432/shop?sslmode=require",
                            )
                            .with_validator(move |s: &str| {
                                let s = s.trim();
                                let checked = SourceUrl::parse_kept(s).and_then(|url| {
                                    chosen.map_or(Ok(()), |e| introspect::check_engine_fits(e, &url))
                                });
                                Ok(match checked {
                                    Ok(()) => Validation::Valid,
                                    Err(e) => Validation::Invalid(e.into()),
                                })
                            })
                            .prompt()?;
                        last_url = url.trim().to_string();
                        let password = Password::new("Password:")
                            .with_display_mode(PasswordDisplayMode::Masked)
                            .without_confirmation()
                            .with_help_message(
                                "empty for none (or to use the driver's own, e.g. ~/.pgpass)",
                            )
                            .prompt()?;
                        Source::Live {
                            url: SourceUrl::parse_kept(&last_url)
                                .map_err(|e| Error::input("source URL", e))?,
                            password: (!password.is_empty()).then(|| Secret::new(password)),
                        }
                    }
                };
                let what = match way {
                    Way::Profile => format!("Reading {}", source.describe()),
                    Way::Url => format!(
                        "Connecting to {} and reading its catalogs",
                        source.describe()
                    ),
                };
                let started = Instant::now();
                let spinner = spinner(&what);
                let result = source.acquire(engine, &connect);
                spinner.finish_and_clear();
                match result {
                    Ok(profile) => {
                        println!(
                            "✓ {} ({} ms)",
                            match way {
                                Way::Profile => "Profile read",
                                Way::Url => "Connected and read the catalogs",
                            },
                            started.elapsed().as_millis()
                        );
                        match way {
                            Way::Profile => answers.profile = Some(PathBuf::from(&last_path)),
                            Way::Url => answers.url = Some(last_url.clone()),
                        }
                        return Ok((source, profile));
                    }
                    Err(e) => {
                        println!("✗ {}", source.scrub(&e.to_string()));
                        println!("  {}", explain(&e, way));
                        let again = Confirm::new("Try again?")
                            .with_default(true)
                            .with_help_message("No goes back to choosing how to read the source")
                            .prompt()?;
                        if !again {
                            break;
                        }
                    }
                }
            }
        }
    }

    /// Step 3a: what was detected; the engine to assess it as.
    fn confirm_engine(
        &self,
        profile: &Profile,
        source: &Source,
        answers: &mut Answers,
    ) -> Step<Engine> {
        let detected = self.catalog().engine(&profile.engine).ok().cloned();
        let chosen = answers
            .engine
            .as_deref()
            .and_then(|id| self.catalog().engine(id).ok())
            .cloned();
        println!("\nWhat {} says:", source.describe());
        let engine_line = match &detected {
            Some(e) => format!("{} {}", e.name, profile.version),
            None => format!(
                "engine `{}` (unknown), version {}",
                profile.engine, profile.version
            ),
        };
        let how = profile
            .detection
            .as_ref()
            .map(|d| {
                if d.evidence.is_empty() {
                    format!(" ({})", d.method)
                } else {
                    format!(" ({}: {})", d.method, d.evidence.join("; "))
                }
            })
            .unwrap_or_default();
        println!("  engine    {engine_line}{how}");
        let columns: usize = profile.tables.iter().map(|t| t.columns.len()).sum();
        println!(
            "  objects   {} tables, {columns} columns, {} indexes, {} views, {} routines, {} triggers",
            profile.tables.len(),
            profile.indexes.len(),
            profile.views.len(),
            profile.routines.len(),
            profile.triggers.len()
        );
        if let Some(gb) = profile.data_size_gb() {
            println!("  data      {} GB", gb.round_dp(2).normalize());
        }
        let s = &profile.sizing;
        println!(
            "  sizing    region {}, instance {}, storage {}, high availability {}",
            profile.region.as_deref().unwrap_or("not known"),
            s.instance_class.as_deref().unwrap_or("not known"),
            s.storage_gb
                .map_or("not known".to_string(), |g| format!("{} GB", g.normalize())),
            if s.high_availability { "yes" } else { "no" }
        );
        println!();

        let proposed = chosen.or(detected);
        if let Some(e) = &proposed {
            if answers
                .engine
                .as_deref()
                .is_some_and(|id| id != profile.engine)
            {
                println!(
                    "Note: the source says `{}`; it will be assessed as {} as you chose.",
                    profile.engine, e.name
                );
            }
            let yes = Confirm::new(&format!("Assess it as {}?", e.name))
                .with_default(true)
                .prompt()?;
            if yes {
                if answers.engine.is_none() && e.id != profile.engine {
                    answers.engine = Some(e.id.clone());
                }
                return Ok(e.clone());
            }
        }
        let options: Vec<Labelled<String>> = self
            .catalog()
            .engines
            .iter()
            .filter(|e| self.engine_family_fits(e, profile))
            .map(|e| Labelled {
                value: e.id.clone(),
                label: truncate(&e.summary, 100),
            })
            .collect();
        let n = options.len();
        let pick = Select::new("Assess it as which engine?", options)
            .with_page_size(n.max(1))
            .prompt()?;
        answers.engine = Some(pick.value.clone());
        Ok(self.catalog().engine(&pick.value)?.clone())
    }

    /// Engines of the same family as the profile's (all when it is unknown).
    fn engine_family_fits(&self, e: &Engine, profile: &Profile) -> bool {
        match self.catalog().engine(&profile.engine) {
            Ok(p) => p.family == e.family,
            Err(_) => true,
        }
    }

    /// Step 3b: pricing mode, region, instance class, storage, high availability. Returns the
    /// price book the assessment uses.
    fn fill(
        &self,
        engine: &Engine,
        profile: &Profile,
        answers: &mut Answers,
    ) -> Step<PriceBook<'_>> {
        // Pricing first: the instance classes offered are those it can price.
        let modes = [PricingMode::Cached, PricingMode::Live, PricingMode::Offline];
        let options: Vec<Labelled<PricingMode>> = modes
            .iter()
            .map(|m| Labelled {
                value: *m,
                label: pricing_label(*m).to_string(),
            })
            .collect();
        let start = modes.iter().position(|m| *m == self.pricing).unwrap_or(0);
        let mode = Select::new("Where should prices come from?", options)
            .with_starting_cursor(start)
            .prompt()?
            .value;
        if mode != PricingMode::Cached {
            answers.pricing = Some(mode);
        }
        answers.price_book = self.price_book.clone();
        let pricing = super::args::PricingArgs {
            pricing: mode,
            price_book: self.price_book.clone(),
        };
        let book = super::price_book(&self.kit.catalog, self.card.clone(), mode.mode(), &pricing)?;

        // Region: the regions the engine's rate card prices, and the profile's own.
        let priced = priced_regions(engine);
        let mut regions = priced.clone();
        let current = profile
            .region
            .clone()
            .unwrap_or_else(|| engine.defaults.region.clone());
        if !regions.contains(&current) {
            regions.push(current.clone());
        }
        let start = regions.iter().position(|r| *r == current).unwrap_or(0);
        let options: Vec<Labelled<String>> = regions
            .iter()
            .map(|r| Labelled {
                value: r.clone(),
                label: if priced.contains(r) {
                    r.clone()
                } else {
                    format!("{r} (from the profile; no bundled prices there)")
                },
            })
            .collect();
        let n = options.len();
        let region = Select::new("Region of the source:", options)
            .with_starting_cursor(start)
            .with_page_size(n.clamp(1, 12))
            .prompt()?
            .value;
        if profile.region.as_deref() != Some(region.as_str()) {
            answers.region = Some(region.clone());
        }

        // Instance class: those with a compute price in that region.
        if profile.sizing.serverless.is_some() {
            println!("Instance class: none (serverless capacity, from the profile).");
        } else {
            let spinner = spinner(&format!("Looking up {} prices in {region}", engine.name));
            let rows =
                price_commands::rows(&self.kit.catalog, &book, Some(&engine.id), Some(&region));
            spinner.finish_and_clear();
            let (rows, _) = rows?;
            let classes = instance_choices(engine, &rows);
            let current = profile
                .sizing
                .instance_class
                .clone()
                .or_else(|| engine.defaults.instance_class.clone());
            let mut options: Vec<Labelled<String>> = classes
                .iter()
                .map(|c| Labelled {
                    value: c.class.clone(),
                    label: c.label(),
                })
                .collect();
            if let Some(c) = &current {
                if !classes.iter().any(|x| x.class == *c) {
                    options.push(Labelled {
                        value: c.clone(),
                        label: format!("{c} (from the profile; no price found in {region})"),
                    });
                }
            }
            if options.is_empty() {
                println!(
                    "Instance class: {} prices no instance classes.",
                    engine.name
                );
            } else {
                let start = current
                    .as_ref()
                    .and_then(|c| options.iter().position(|o| o.value == *c))
                    .unwrap_or(0);
                let n = options.len();
                let class = Select::new("Instance class:", options)
                    .with_starting_cursor(start)
                    .with_page_size(n.clamp(1, 12))
                    .prompt()?
                    .value;
                if profile.sizing.instance_class.as_deref() != Some(class.as_str()) {
                    answers.instance_class = Some(class);
                }
            }
        }

        // Storage.
        let known = profile.sizing.storage_gb;
        let default = known
            .or_else(|| profile.data_size_gb().map(|g| g.ceil().max(Decimal::ONE)))
            .unwrap_or(Decimal::from(100));
        let gb = CustomType::<Decimal>::new("Allocated storage (GB):")
            .with_default(default.normalize())
            .with_error_message("a number of GB, e.g. 500")
            .with_validator(|g: &Decimal| {
                Ok(if *g > Decimal::ZERO {
                    Validation::Valid
                } else {
                    Validation::Invalid("more than 0, please".into())
                })
            })
            .prompt()?;
        if known != Some(gb) {
            answers.storage_gb = Some(gb);
        }

        // High availability.
        let ha = Confirm::new(
            "High availability (a synchronous standby: Multi-AZ, regional or zone-redundant HA)?",
        )
        .with_default(profile.sizing.high_availability)
        .prompt()?;
        if ha != profile.sizing.high_availability {
            answers.high_availability = Some(ha);
        }
        Ok(book)
    }

    /// Step 4: the assessment, under a spinner.
    fn assess(&self, profile: Profile, answers: &Answers, book: &PriceBook) -> Step<Assessment> {
        let spinner = spinner("Assessing: rubric, scores, sizing and prices");
        let started = Instant::now();
        let options = AssessOptions {
            engine: answers.engine.clone(),
            sizing: sizing(answers),
        };
        let result = self.kit.assess(profile, &options, book);
        spinner.finish_and_clear();
        let a = result?;
        println!("✓ Assessed in {} ms\n", started.elapsed().as_millis());
        Ok(a)
    }

    /// Step 5: a report file, if wanted.
    fn offer_report(&self, a: &Assessment, answers: &mut Answers) -> Step<()> {
        let options = vec![
            Labelled {
                value: None,
                label: "No, thanks".into(),
            },
            Labelled {
                value: Some(DocFormat::Html),
                label: "HTML — one self-contained file to open or email".into(),
            },
            Labelled {
                value: Some(DocFormat::Markdown),
                label: "Markdown — for a repository or a wiki".into(),
            },
        ];
        let Some(format) = Select::new("Write a report?", options).prompt()?.value else {
            return Ok(());
        };
        let ext = match format {
            DocFormat::Html => "html",
            DocFormat::Markdown => "md",
        };
        let default = format!("{}-lakebase-assessment.{ext}", file_stem(&a.source.name));
        let path = Text::new("Write it to:").with_default(&default).prompt()?;
        let path = PathBuf::from(path.trim());
        let reporter = Reporter::new(format, None)?;
        let cover = Cover::new(a, None, None, None, dbassay::time::today());
        let text = reporter.render(a, &cover)?;
        data::write_atomic(&path, text.as_bytes())?;
        let shown = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        println!("✓ Wrote {}", shown.display());
        answers.report = Some((format, path));
        Ok(())
    }
}

fn spinner(message: &str) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg}… {elapsed}")
            .expect("valid template")
            .tick_chars("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏✓"),
    );
    bar.set_message(message.to_string());
    bar.enable_steady_tick(Duration::from_millis(80));
    bar
}

/// A hint after a failed read.
fn explain(e: &Error, way: Way) -> String {
    let text = e.to_string().to_lowercase();
    if way == Way::Profile {
        return if text.contains("cannot read") {
            "Check the path (relative paths start from the current directory).".into()
        } else {
            "The file is not a dbassay profile: write one with `dbassay introspect URL -o FILE`, \
             or see `dbassay schema profile`."
                .into()
        };
    }
    if text.contains("password") || text.contains("authentication") {
        "The server refused the credentials: check the user name in the URL and the password."
            .into()
    } else if text.contains("does not exist") {
        "The server answered, but the database or role in the URL does not exist there.".into()
    } else if text.contains("refused") || text.contains("timed out") || text.contains("resolve") {
        "Nothing answered: check the host and port, and that the server accepts TCP connections \
         from here."
            .into()
    } else {
        "Check the URL (scheme, host, port, database) and the password.".into()
    }
}

/// The sizing overrides the answers make.
fn sizing(answers: &Answers) -> SizingOverrides {
    SizingOverrides {
        region: answers.region.clone(),
        instance_class: answers.instance_class.clone(),
        target_cu: None,
        storage_gb: answers.storage_gb,
        high_availability: answers.high_availability,
    }
}

fn pricing_label(m: PricingMode) -> &'static str {
    match m {
        PricingMode::Cached => "cached — the price cache, then the bundled rate cards (no network)",
        PricingMode::Live => "live — ask the price services, refreshing the cache",
        PricingMode::Offline => "offline — only the bundled rate cards",
    }
}

/// Regions the engine's rate card prices, in card order.
fn priced_regions(engine: &Engine) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in &engine.pricing.rate_card.prices {
        if !out.contains(&p.region) {
            out.push(p.region.clone());
        }
    }
    out
}

/// An instance class to offer, with its shape and compute price when known.
#[derive(Debug, Clone)]
struct ClassChoice {
    class: String,
    shape: Option<(u32, Decimal)>,
    /// "0.225 USD/Hrs, rate_card 2026-11-25" when the compute SKU names the class.
    price: Option<String>,
}

impl ClassChoice {
    fn label(&self) -> String {
        let mut s = self.class.clone();
        if let Some((v, m)) = self.shape {
            s.push_str(&format!(" — {v} vCPU, {} GiB", m.normalize()));
        }
        if let Some(p) = &self.price {
            s.push_str(&format!(" — {p}"));
        }
        s
    }
}

/// Instance classes with a compute price among `rows` (one engine, one region), smallest first.
///
/// Where the compute SKU names the class (`db.r6g.large/Single-AZ`, `General Purpose/D2ds_v5`),
/// a class is offered when a row for it has a price; where compute is priced per vCPU and memory,
/// every class the engine knows is offered when those prices are known.
fn instance_choices(engine: &Engine, rows: &[PriceRow]) -> Vec<ClassChoice> {
    let Some(compute) = engine
        .pricing
        .lines
        .iter()
        .find(|l| l.category == CostCategory::Compute)
    else {
        return Vec::new();
    };
    let priced: Vec<&PriceRow> = rows
        .iter()
        .filter(|r| r.line == compute.id && r.unit_price.is_some())
        .collect();
    if priced.is_empty() {
        return Vec::new();
    }
    let names_class = compute.sku.contains("{instance_class}");
    let mut out: Vec<ClassChoice> = engine
        .defaults
        .instance_classes
        .iter()
        .filter_map(|(class, shape)| {
            let row = priced
                .iter()
                .find(|r| r.sku.split('/').any(|p| p.eq_ignore_ascii_case(class)));
            if names_class && row.is_none() {
                return None;
            }
            Some(ClassChoice {
                class: class.clone(),
                shape: Some((shape.vcpu, shape.memory_gib)),
                price: row.filter(|_| names_class).map(|r| {
                    format!(
                        "{} {}/{}, {}{}",
                        r.unit_price.as_deref().unwrap_or_default(),
                        r.currency,
                        r.unit,
                        r.label(),
                        r.as_of
                            .as_deref()
                            .map(|d| format!(" {d}"))
                            .unwrap_or_default()
                    )
                }),
            })
        })
        .collect();
    out.sort_by(|a, b| a.shape.cmp(&b.shape).then(a.class.cmp(&b.class)));
    out
}

/// A file-name-safe stem of a source name.
fn file_stem(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        "source".into()
    } else {
        s
    }
}

/// Quotes an argument for a POSIX shell when it needs it.
fn shell_quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+%".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The `dbassay assess …` command that repeats the run.
fn command(answers: &Answers, source: &Source) -> String {
    let mut args: Vec<String> = vec!["dbassay".into(), "assess".into()];
    match source {
        Source::Profile(p) => {
            args.push("--profile".into());
            args.push(shell_quote(&p.display().to_string()));
        }
        Source::Live { url, .. } => {
            args.push("--source".into());
            args.push(shell_quote(&url.masked()));
        }
    }
    if let Some(e) = &answers.engine {
        args.push(format!("--engine {}", shell_quote(e)));
    }
    if let Some(r) = &answers.region {
        args.push(format!("--region {}", shell_quote(r)));
    }
    if let Some(c) = &answers.instance_class {
        args.push(format!("--instance {}", shell_quote(c)));
    }
    if let Some(g) = answers.storage_gb {
        args.push(format!("--storage-gb {}", g.normalize()));
    }
    if let Some(ha) = answers.high_availability {
        args.push(format!("--ha {ha}"));
    }
    if let Some(p) = answers.pricing {
        args.push(format!("--pricing {}", p.mode().as_str()));
    }
    if let Some(book) = &answers.price_book {
        args.push(format!(
            "--price-book {}",
            shell_quote(&book.display().to_string())
        ));
    }
    match &answers.report {
        Some((f, path)) => {
            let f = match f {
                DocFormat::Html => "html",
                DocFormat::Markdown => "md",
            };
            args.push(format!(
                "--format {f} -o {}",
                shell_quote(&path.display().to_string())
            ));
        }
        None => args.push("--format table".into()),
    }
    args.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_come_from_the_rate_card() {
        let catalog = Catalog::bundled().unwrap();
        assert_eq!(
            priced_regions(catalog.engine("rds-postgresql").unwrap()),
            vec!["us-east-1", "us-west-2"]
        );
    }

    fn classes(id: &str, region: &str) -> Vec<ClassChoice> {
        let catalog = Catalog::bundled().unwrap();
        let book = PriceBook::offline(&catalog, None);
        let (rows, _) = price_commands::rows(&catalog, &book, Some(id), Some(region)).unwrap();
        instance_choices(catalog.engine(id).unwrap(), &rows)
    }

    #[test]
    fn instance_classes_are_those_priced_in_the_region() {
        let east = classes("rds-postgresql", "us-east-1");
        let names: Vec<&str> = east.iter().map(|c| c.class.as_str()).collect();
        assert!(names.contains(&"db.r6g.4xlarge"), "{names:?}");
        // Smallest first, with shape and price.
        assert_eq!(east[0].shape.map(|s| s.0), Some(2));
        let large = east.iter().find(|c| c.class == "db.r6g.large").unwrap();
        let label = large.label();
        assert!(
            label.starts_with("db.r6g.large — 2 vCPU, 16 GiB — 0.225 USD/Hrs"),
            "{label}"
        );
        assert!(classes("rds-postgresql", "eu-west-9").is_empty());
    }

    #[test]
    fn azure_classes_carry_their_tier_and_vcpu_priced_engines_offer_every_class() {
        let az = classes("azure-postgresql", "eastus");
        assert!(az.iter().any(|c| c.class == "B1ms"), "{az:?}");
        assert!(az.iter().all(|c| c.price.is_some()), "{az:?}");
        let catalog = Catalog::bundled().unwrap();
        let alloy = catalog.engine("alloydb").unwrap();
        let region = priced_regions(alloy)[0].clone();
        let offered = classes("alloydb", &region);
        assert_eq!(offered.len(), alloy.defaults.instance_classes.len());
        assert!(offered.iter().all(|c| c.price.is_none()));
    }

    #[test]
    fn the_equivalent_command_repeats_every_answer() {
        let answers = Answers {
            engine: Some("rds-postgresql".into()),
            region: Some("us-west-2".into()),
            instance_class: Some("db.r6g.xlarge".into()),
            storage_gb: Some(Decimal::from(250)),
            high_availability: Some(true),
            pricing: Some(PricingMode::Offline),
            price_book: Some(PathBuf::from("book.json")),
            report: Some((DocFormat::Html, PathBuf::from("my report.html"))),
            ..Answers::default()
        };
        let cmd = command(
            &answers,
            &Source::Profile(PathBuf::from("examples/profiles/rds-postgresql.json")),
        );
        assert_eq!(
            cmd,
            "dbassay assess --profile examples/profiles/rds-postgresql.json --engine \
             rds-postgresql --region us-west-2 --instance db.r6g.xlarge --storage-gb 250 --ha \
             true --pricing offline --price-book book.json --format html -o 'my report.html'"
        );
        let live = command(
            &Answers::default(),
            &Source::Live {
                url: SourceUrl::parse_kept("postgresql://app@db/shop?sslmode=require").unwrap(),
                password: Some(Secret::new("pw")),
            },
        );
        assert_eq!(
            live,
            "dbassay assess --source 'postgresql://app@db/shop?sslmode=require' --format table"
        );
    }

    #[test]
    fn shell_quoting_and_file_stems() {
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
        assert_eq!(shell_quote("a/b.json"), "a/b.json");
        assert_eq!(file_stem("<b>prod</b> | db"), "b-prod--b----db");
        assert_eq!(file_stem("***"), "source");
    }
}
