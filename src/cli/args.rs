//! The command line's grammar: every subcommand, flag and default, and nothing that runs.
//! Kept apart from the code that runs the commands so that the CI examples' test parses its
//! commands with this very parser.

use clap::{Parser, Subcommand, ValueEnum};
use rust_decimal::Decimal;
use std::path::PathBuf;
use std::time::Duration;

use dbassay::introspect::{self, ConnectOptions};

#[derive(Parser, Debug)]
#[command(
    name = "dbassay",
    version,
    about = "Assess a database for migration to Databricks Lakebase: compatibility, effort and cost.",
    long_about = "Assess a database for migration to Databricks Lakebase (managed serverless PostgreSQL).\n\n\
        dbassay reads a profile of the source (engine, version, sizing, schema objects, workload), \
        runs the engine's rubric of checks, scores compatibility and effort, recommends a migration \
        path, and compares the source's monthly cost with the sized Lakebase target.\n\n\
        Exit codes: 0 success, 1 a CI threshold was crossed (or a rehearsed statement failed), 2 bad input (usage, file, rubric, \
        profile), 3 a source or price service could not be reached, 4 some sources of a fleet \
        failed (the others were assessed), 130 the wizard was interrupted.",
    after_help = "Start with `dbassay demo`, or `dbassay assess --profile examples/profiles/rds-postgresql.json`."
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
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
    /// Assess the bundled sample profiles of all eleven engines, offline, and print a summary.
    Demo {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Walk from nothing to a report, answering a few questions (needs a terminal).
    Wizard(WizardArgs),
    /// Assess many sources at once from an inventory (YAML), with a ranked fleet summary.
    /// Exit code 4 when some sources failed (the others are assessed), unless --allow-failures.
    Fleet(Box<FleetArgs>),
    /// Compare two assessments of one source (score, findings, cost by cause) and apply CI gates.
    Diff(DiffArgs),
    /// Keep a trend of runs in a store file, and show it as a table or HTML charts.
    History {
        #[command(subcommand)]
        command: HistoryCommand,
    },
    /// Replay the source's schema into a scratch database as Lakebase would (no superuser, only
    /// Lakebase's extensions) and prove the findings with the server's errors. Exit code 1 when
    /// some statement failed.
    Rehearse(Box<RehearseArgs>),
    /// Inventory a cloud account: its databases with sizing and measured utilisation, written
    /// as profiles and a fleet inventory (DIR/inventory.yaml, DIR/profiles/<name>.json). Exit
    /// code 3 without credentials.
    Discover {
        #[command(subcommand)]
        command: DiscoverCommand,
    },
}

#[derive(clap::Args, Debug)]
pub(crate) struct RehearseArgs {
    /// Connection URL of the source (read only: postgresql://… through pg_dump, mysql://…
    /// through pgloader). Prefer PGPASSWORD / MYSQL_PWD to a password in the URL.
    #[arg(long, value_name = "URL")]
    pub(crate) source: String,
    /// Administrative URL of the scratch PostgreSQL server (a local one or a Lakebase branch):
    /// its role must be able to create a database and a role. Both are dropped at the end.
    #[arg(long, value_name = "URL")]
    pub(crate) scratch: String,
    /// Keep the scratch database, its role and the dump text (written next to -o, or in the
    /// current directory) instead of dropping them.
    #[arg(long)]
    pub(crate) keep: bool,
    /// pg_dump to use (default: the one on PATH); its major version must be the source's or newer.
    #[arg(long, value_name = "PATH")]
    pub(crate) pg_dump: Option<PathBuf>,
    /// pgloader to use for MySQL-family sources (default: the one on PATH).
    #[arg(long, value_name = "PATH")]
    pub(crate) pgloader: Option<PathBuf>,
    /// Engine id of the source (see `dbassay engines`), or `auto` to detect it.
    #[arg(long, value_name = "ID", default_value = "auto")]
    pub(crate) engine: String,
    #[arg(long, value_enum, default_value_t = AssessFormat::Table)]
    pub(crate) format: AssessFormat,
    /// Write the output to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Report templates overriding the bundled ones (rehearsal.md.hbs, rehearsal.html.hbs).
    #[arg(long, value_name = "DIR")]
    pub(crate) template_dir: Option<PathBuf>,
    /// Severity settings (YAML) for the assessment whose findings the rehearsal proves.
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Extra rubric directory; a file there replaces the bundled rubric of the same name.
    #[arg(long, value_name = "DIR")]
    pub(crate) rubrics: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) connect: ConnectArgs,
}

#[derive(clap::Args, Debug)]
pub(crate) struct IntrospectArgs {
    /// Connection URL, e.g. postgresql://app@db.example.com:5432/shop?sslmode=verify-full,
    /// mysql://app@db.example.com:3306/shop?ssl-mode=VERIFY_IDENTITY or
    /// cosmos://myaccount.documents.azure.com or dynamodb://us-east-1[?tables=a,b]. Prefer
    /// PGPASSWORD / ~/.pgpass / MYSQL_PWD to a password in the URL (it is masked in all output);
    /// the Cosmos DB key is read from DBASSAY_COSMOS_KEY only, AWS credentials from the SDK's
    /// chain (AWS_PROFILE, AWS_ACCESS_KEY_ID…).
    #[arg(value_name = "URL")]
    pub(crate) url: String,
    /// Engine id (see `dbassay engines`), or `auto` to detect it from the server's markers.
    #[arg(long, value_name = "ID", default_value = "auto")]
    pub(crate) engine: String,
    /// Write the profile to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) connect: ConnectArgs,
}

/// Limits for a live source (defaults: the library's [`ConnectOptions`]).
#[derive(clap::Args, Debug)]
pub(crate) struct ConnectArgs {
    /// Longest time one catalog query may run on the source (e.g. 30s, 2min).
    #[arg(long, value_name = "DURATION", default_value = ConnectOptions::DEFAULT_STATEMENT_TIMEOUT, value_parser = introspect::parse_duration)]
    pub(crate) statement_timeout: Duration,
    /// Longest time a catalog query may wait for a lock on the source.
    #[arg(long, value_name = "DURATION", default_value = ConnectOptions::DEFAULT_LOCK_TIMEOUT, value_parser = introspect::parse_duration)]
    pub(crate) lock_timeout: Duration,
    /// Longest time to wait for the connection, TLS and authentication.
    #[arg(long, value_name = "DURATION", default_value = ConnectOptions::DEFAULT_CONNECT_TIMEOUT, value_parser = introspect::parse_duration)]
    pub(crate) connect_timeout: Duration,
    /// Items sampled to infer the document shape, 0 reads none: documents per container for
    /// Cosmos DB, items per table (one Scan page) for DynamoDB. Both default to 1000.
    #[arg(long, value_name = "N", default_value_t = ConnectOptions::DEFAULT_SAMPLE_DOCUMENTS)]
    pub(crate) sample: usize,
    /// DynamoDB: most read capacity units one table's sample may consume (the default, one full
    /// 1 MB Scan page of eventually consistent reads, bounds itself).
    #[arg(long, value_name = "RCU", default_value_t = ConnectOptions::DEFAULT_SAMPLE_RCU)]
    pub(crate) sample_rcu: u64,
}

impl ConnectArgs {
    pub(crate) fn options(&self) -> ConnectOptions {
        ConnectOptions {
            connect_timeout: self.connect_timeout,
            statement_timeout: self.statement_timeout,
            lock_timeout: self.lock_timeout,
            sample_documents: self.sample,
            sample_rcu: self.sample_rcu,
        }
    }
}

#[derive(clap::Args, Debug)]
pub(crate) struct AssessArgs {
    /// Profile file (JSON) of the source, written by `introspect -o` or by hand.
    #[arg(long, value_name = "FILE", required_unless_present = "source")]
    pub(crate) profile: Option<PathBuf>,
    /// Connection URL of a live source to introspect (read-only) and assess.
    #[arg(long, value_name = "URL", conflicts_with = "profile")]
    pub(crate) source: Option<String>,
    /// A profile whose sizing and workload to use (e.g. DIR/profiles/NAME.json written by
    /// `dbassay discover`): merged into the introspected (or --profile) schema, the cloud's
    /// figures winning where it has them.
    #[arg(long, value_name = "FILE")]
    pub(crate) sizing_from: Option<PathBuf>,
    /// Engine id (see `dbassay engines`), or `auto` to use the profile's (or to detect it).
    #[arg(long, value_name = "ID", default_value = "auto")]
    pub(crate) engine: String,
    /// Region of the source, overriding the profile (e.g. us-east-1, eastus, us-central1).
    #[arg(long, value_name = "R")]
    pub(crate) region: Option<String>,
    /// Instance class of the source, overriding the profile (e.g. db.r6g.xlarge).
    #[arg(long, value_name = "CLASS")]
    pub(crate) instance: Option<String>,
    /// Size the Lakebase target at N capacity units instead of by the sizing rule.
    #[arg(long, value_name = "N")]
    pub(crate) target_cu: Option<Decimal>,
    /// Allocated storage of the source in GB, overriding the profile.
    #[arg(long, value_name = "GB")]
    pub(crate) storage_gb: Option<Decimal>,
    /// Whether the source has a synchronous standby (Multi-AZ, zone-redundant HA), overriding
    /// the profile.
    #[arg(long, value_name = "BOOL")]
    pub(crate) ha: Option<bool>,
    #[arg(long, value_enum, default_value_t = AssessFormat::Table)]
    pub(crate) format: AssessFormat,
    /// Rehearse the schema on this scratch PostgreSQL server (an administrative URL, see
    /// `dbassay rehearse`) and mark each finding "proven by the server" or "predicted", with
    /// the refused statements as evidence. Needs --source.
    #[arg(long, value_name = "URL", requires = "source")]
    pub(crate) rehearse_on: Option<String>,
    /// Write the output to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) report: ReportArgs,
    #[command(flatten)]
    pub(crate) connect: ConnectArgs,
    #[command(flatten)]
    pub(crate) common: CommonArgs,
}

/// The cover and templates of a Markdown or HTML report.
#[derive(clap::Args, Debug, Default)]
pub(crate) struct ReportArgs {
    /// Report templates overriding the bundled ones file by file (report.md.hbs,
    /// report.html.hbs, partials/…), e.g. your own branding.
    #[arg(long, value_name = "DIR")]
    pub(crate) template_dir: Option<PathBuf>,
    /// Title on the report's cover (default: "Lakebase migration assessment: <source>").
    #[arg(long)]
    pub(crate) title: Option<String>,
    /// Customer the report is prepared for.
    #[arg(long)]
    pub(crate) customer: Option<String>,
    /// Who prepared the report.
    #[arg(long, value_name = "NAME")]
    pub(crate) prepared_by: Option<String>,
}

#[derive(clap::Args, Debug, Default)]
pub(crate) struct CommonArgs {
    /// Severity settings (YAML): per check or category, or a check disabled.
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Extra rubric directory; a file there replaces the bundled rubric of the same name.
    #[arg(long, value_name = "DIR")]
    pub(crate) rubrics: Option<PathBuf>,
    /// Lakebase prices of your own (YAML in the `pricing` format of engines/lakebase.yaml),
    /// e.g. a contract price or discount.
    #[arg(long, value_name = "FILE")]
    pub(crate) rate_card: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) pricing: PricingArgs,
}

#[derive(clap::Args, Debug, Default)]
pub(crate) struct PricingArgs {
    /// Where prices come from. `cached` (the default): the price cache, then the rate cards,
    /// never the network. `live`: the price services for what the cache lacks or holds for over
    /// 24 hours, refreshing the cache (a service that cannot be reached falls back to the
    /// cache, then the rate cards). `offline`: only the bundled rate cards.
    #[arg(long, value_enum, default_value_t = PricingMode::Cached)]
    pub(crate) pricing: PricingMode,
    /// A price book written by `prices export --format json` (e.g. captured with `--pricing
    /// live` on a networked machine). Its prices come first, in every mode; the report names
    /// the book, who captured it and when.
    #[arg(long, value_name = "FILE")]
    pub(crate) price_book: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, Default, PartialEq)]
pub(crate) enum PricingMode {
    Live,
    #[default]
    Cached,
    Offline,
}

impl PricingMode {
    pub(crate) fn mode(self) -> dbassay::pricing::Mode {
        match self {
            PricingMode::Live => dbassay::pricing::Mode::Live,
            PricingMode::Cached => dbassay::pricing::Mode::Cached,
            PricingMode::Offline => dbassay::pricing::Mode::Offline,
        }
    }
}

#[derive(Subcommand, Debug)]
pub(crate) enum PricesCommand {
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
    /// Every engine's prices (and the target's) as CSV, or as JSON: a price book that
    /// `assess`, `fleet` and `wizard` read back with `--price-book`.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
        #[arg(long, value_name = "ID")]
        engine: Option<String>,
        #[arg(long, value_name = "R")]
        region: Option<String>,
        #[command(flatten)]
        pricing: PricingArgs,
        /// Who captures the price book, recorded in it (default: the USER or USERNAME
        /// environment variable).
        #[arg(long, value_name = "NAME")]
        captured_by: Option<String>,
        /// Write to FILE (atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
pub(crate) enum ExportFormat {
    Csv,
    Json,
}

#[derive(Subcommand, Debug)]
pub(crate) enum RubricCommand {
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
pub(crate) enum SchemaKind {
    Profile,
    Assessment,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
pub(crate) enum ListFormat {
    Table,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
pub(crate) enum AssessFormat {
    Table,
    Json,
    /// Markdown report.
    Md,
    /// Self-contained HTML report.
    Html,
}

// `dbassay fleet`.

#[derive(clap::Args, Debug)]
pub(crate) struct FleetArgs {
    /// Inventory (YAML): the sources, each a profile file or a URL with `password_env`.
    #[arg(value_name = "INVENTORY")]
    pub(crate) inventory: PathBuf,
    /// Sources assessed at once.
    #[arg(short, long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub(crate) concurrency: u16,
    /// Write a report per source (DIR/sources/<name>.json|md|html) and the fleet summary
    /// (DIR/fleet.json, fleet.md, fleet.html).
    #[arg(short, long, value_name = "DIR")]
    pub(crate) output: Option<PathBuf>,
    /// Per-source report files to write with --output.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        default_value = "json,md,html"
    )]
    pub(crate) reports: Vec<ReportFormat>,
    /// Format of the summary on standard output.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Table)]
    pub(crate) format: SummaryFormat,
    /// Longest time to read one source (a profile file, or a live source's catalogs), e.g. 30s,
    /// 2min; past it the source fails as timed out and the others go on.
    #[arg(long, value_name = "DURATION", default_value = "5min", value_parser = introspect::parse_duration)]
    pub(crate) timeout: Duration,
    /// No progress bars or notes on standard error (they are off anyway when it is not a
    /// terminal).
    #[arg(short, long)]
    pub(crate) quiet: bool,
    /// Exit 0 even when some sources failed (they are still listed in the summary).
    #[arg(long)]
    pub(crate) allow_failures: bool,
    #[command(flatten)]
    pub(crate) connect: ConnectArgs,
    #[command(flatten)]
    pub(crate) report: ReportArgs,
    #[command(flatten)]
    pub(crate) common: CommonArgs,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq)]
pub(crate) enum ReportFormat {
    Json,
    Md,
    Html,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq)]
pub(crate) enum SummaryFormat {
    Table,
    Json,
    Md,
    Html,
}

// `dbassay discover`.

#[derive(Subcommand, Debug)]
pub(crate) enum DiscoverCommand {
    /// Amazon RDS instances and Aurora clusters of an AWS account, with 14 days of CloudWatch
    /// utilisation (CPU average and p95, memory, connections, I/O, Serverless v2 capacity).
    /// Credentials, region and endpoints come from the AWS SDK's standard chain and variables
    /// (AWS_PROFILE, AWS_ACCESS_KEY_ID…, AWS_REGION, AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>).
    Aws(DiscoverAwsArgs),
    /// Azure Database for PostgreSQL and MySQL flexible servers and Cosmos DB accounts of one
    /// subscription (Azure Resource Manager), with 14 days of Azure Monitor utilisation (CPU
    /// average and p95, memory, connections; Cosmos DB request units). Credentials: a service
    /// principal (AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET; AZURE_AUTHORITY_HOST),
    /// workload identity (AZURE_FEDERATED_TOKEN_FILE), or the Azure CLI's `az login`;
    /// DBASSAY_AZURE_ARM_ENDPOINT for another Resource Manager.
    Azure(DiscoverAzureArgs),
}

#[derive(clap::Args, Debug)]
pub(crate) struct DiscoverAzureArgs {
    /// The subscription id (a GUID).
    #[arg(long, value_name = "ID")]
    pub(crate) subscription: String,
    #[command(flatten)]
    pub(crate) run: DiscoverRunArgs,
}

#[derive(clap::Args, Debug)]
pub(crate) struct DiscoverAwsArgs {
    /// A region to search (repeat the flag or separate with commas); default: the configured
    /// region only.
    #[arg(long = "region", value_name = "R", value_delimiter = ',')]
    pub(crate) regions: Vec<String>,
    #[command(flatten)]
    pub(crate) run: DiscoverRunArgs,
}

/// What every cloud's discovery takes: where to write, how long to wait, the metrics window.
#[derive(clap::Args, Debug)]
pub(crate) struct DiscoverRunArgs {
    /// Output directory: DIR/inventory.yaml (fleet format) and DIR/profiles/<name>.json. Written
    /// whole or not at all; an existing DIR is replaced only if it holds an earlier discovery.
    #[arg(short, long, value_name = "DIR")]
    pub(crate) output: PathBuf,
    /// Longest time for one API call, retries included, e.g. 30s, 2min.
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = introspect::parse_duration)]
    pub(crate) timeout: Duration,
    /// End of the 14-days metrics window (YYYY-MM-DD, midnight UTC, or RFC 3339), e.g. to
    /// include a month-end peak; default: the last full hour.
    #[arg(long, value_name = "TIME")]
    pub(crate) until: Option<String>,
    /// No progress on standard error (it is off anyway when standard error is not a terminal).
    #[arg(short, long)]
    pub(crate) quiet: bool,
}

// `dbassay diff`.

#[derive(clap::Args, Debug)]
pub(crate) struct DiffArgs {
    /// The earlier assessment (`assess --format json`), e.g. from the main branch.
    #[arg(value_name = "BASE")]
    pub(crate) base: PathBuf,
    /// The later assessment, e.g. from the pull request.
    #[arg(value_name = "HEAD")]
    pub(crate) head: PathBuf,
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub(crate) format: DiffFormat,
    /// Write the output to FILE (atomically) instead of standard output; gates still apply.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Templates overriding the bundled ones file by file (diff.md.hbs for `--format md`).
    #[arg(long, value_name = "DIR")]
    pub(crate) template_dir: Option<PathBuf>,
    /// Exit 1 when Lakebase's monthly cost rose by more than PCT percent (e.g. 10 or 2.5).
    #[arg(long, value_name = "PCT", value_parser = parse_percent, allow_hyphen_values = true)]
    pub(crate) fail_above: Option<Decimal>,
    /// Exit 1 on a new finding at this severity or worse (also new objects under such a finding,
    /// or a finding raised to it).
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub(crate) fail_on_new: Option<NewSeverity>,
    /// Exit 1 when head's compatibility score is below N (0–100).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=100))]
    pub(crate) fail_below_score: Option<u32>,
    /// Compare assessments of different sources (engine or name differ).
    #[arg(long)]
    pub(crate) force: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
pub(crate) enum DiffFormat {
    Table,
    Md,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
pub(crate) enum NewSeverity {
    Blocker,
    Major,
}

fn parse_percent(s: &str) -> Result<Decimal, String> {
    let t = s.trim().trim_end_matches('%').trim();
    t.parse::<Decimal>()
        .map_err(|_| format!("`{s}` is not a percentage (write e.g. 10 or 2.5)"))
}

// `dbassay history`.

#[derive(Subcommand, Debug)]
pub(crate) enum HistoryCommand {
    /// Append one assessment run to the store (created if missing). Safe against concurrent
    /// appends and crashes: a run is either wholly in the store or not at all.
    Add {
        /// Assessment JSON (`dbassay assess --format json`).
        #[arg(value_name = "ASSESSMENT")]
        assessment: PathBuf,
        /// The store: a JSON Lines file, one run a line.
        #[arg(long, value_name = "FILE")]
        store: PathBuf,
        /// A label for the run: a commit, a pull request, a pipeline id.
        #[arg(long, value_name = "TEXT")]
        label: Option<String>,
        /// When the run happened (`YYYY-MM-DD` or RFC 3339, e.g. 2026-05-01T10:30:00Z);
        /// default now (or `SOURCE_DATE_EPOCH` when set).
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
    },
    /// Print the runs in the store, oldest first, as a table, JSON, or an HTML page with charts
    /// of cost and score over time.
    Show {
        #[arg(long, value_name = "FILE")]
        store: PathBuf,
        #[arg(long, value_enum, default_value_t = HistoryFormat::Table)]
        format: HistoryFormat,
        /// Only runs of this source (its name, or `engine/name`).
        #[arg(long, value_name = "NAME")]
        source: Option<String>,
        /// Only the last N runs.
        #[arg(long, value_name = "N")]
        last: Option<usize>,
        /// Templates overriding the bundled ones file by file (history.html.hbs,
        /// partials/line_chart.html.hbs for `--format html`).
        #[arg(long, value_name = "DIR")]
        template_dir: Option<PathBuf>,
        /// Write the output to FILE (atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
pub(crate) enum HistoryFormat {
    Table,
    Json,
    Html,
}

// `dbassay wizard`.

#[derive(clap::Args, Debug)]
pub(crate) struct WizardArgs {
    #[command(flatten)]
    pub(crate) common: CommonArgs,
}
