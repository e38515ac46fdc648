//! Live introspection: read a source's catalogs into a [`Profile`], read-only.
//!
//! This module owns what every live source shares: the connection URL ([`SourceUrl`], parsed
//! once; the password held apart as a [`Secret`] and only ever shown as [`MASK`]), the
//! connection options and their defaults ([`ConnectOptions`]), the [`session`] layer (requests
//! counted, area timings, warnings, read-only statements), the outcome ([`Introspection`]), and
//! dispatch by URL scheme to a source module ([`postgres`], [`mysql`], [`cosmos`], [`dynamodb`]). A family
//! module turns a URL into a profile with a fixed number of set-based requests and never writes
//! to the source.
//!
//! # Adding a live source
//!
//! 1. Register the URL scheme in [`SCHEMES`] with the engine family it reads (the family of
//!    the engines in `engines/*.yaml` it can be assessed as), and add its arm to
//!    [`introspect_url`].
//! 2. Write `introspect/<family>/mod.rs` with
//!    `pub async fn introspect(url: &SourceUrl, options: &Options) -> Result<Introspection, Error>`:
//!    - resolve the target from the [`SourceUrl`] (refuse unknown query parameters; read a
//!      password or key into a [`Secret`], from the URL or the environment, never from
//!      arguments that show in a process list) and build a [`session::Redactor`] with it: every
//!      message then names the source masked and has the secret scrubbed;
//!    - keep a [`session::Ledger`]: call `count()` for every request sent (retries included),
//!      `time()` for each catalog area read, `warn()` when an area is refused (no privilege) so
//!      the run goes on, and `unreachable()` for the error that ends it; a SQL family drives its
//!      driver through [`session::Session`] by implementing [`session::Connection`] instead;
//!    - honour [`ConnectOptions`] (connect and statement timeouts; a lock timeout where the
//!      source has locks) and stay read-only (read-only transaction, read-only API calls);
//!    - fill the [`Profile`], set `profile.detection` (engine and evidence; `options.engine`
//!      overrides it and the evidence says what the markers suggested), and end with
//!      `ledger.finish(profile)`.
//! 3. Split the module by concern as `postgres/` and `mysql/` are: `connect.rs` (target,
//!    TLS, errors), `queries.rs` (request text), `rows.rs` (rows to profile types), `mod.rs`
//!    (the run); keep each file under about a thousand lines.
//! 4. Test it against a real server or a local one speaking the exact wire format, including a
//!    test that proves the request count does not grow with the number of objects.

use std::time::Duration;

use crate::engine::{Engine, Family};
use crate::error::Error;
use crate::profile::Profile;

mod api;
mod body;
pub mod cosmos;
pub mod detect;
pub mod dynamodb;
pub mod mysql;
pub mod postgres;
pub mod session;
pub mod shape;
mod url;

pub use url::{Secret, SourceUrl, MASK};

/// Per-run choices.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Engine id chosen by the user (`--engine`); `None` detects it from server markers.
    pub engine: Option<String>,
    pub connect: ConnectOptions,
}

/// How to reach a live source and how long to wait for it. The command line's flags take their
/// defaults from the `DEFAULT_*` constants, so the defaults live here only.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// Longest wait for the connection (TCP, TLS and authentication).
    pub connect_timeout: Duration,
    /// Longest time one catalog query (or request) may run on the source.
    pub statement_timeout: Duration,
    /// Longest time a catalog query may wait for a lock.
    pub lock_timeout: Duration,
    /// Documents sampled per container (Cosmos DB) or items per table (DynamoDB) to infer the
    /// document shape; 0 reads none.
    pub sample_documents: usize,
    /// Most read capacity units one DynamoDB table's sample may consume.
    pub sample_rcu: u64,
}

impl ConnectOptions {
    pub const DEFAULT_CONNECT_TIMEOUT: &'static str = "10s";
    pub const DEFAULT_STATEMENT_TIMEOUT: &'static str = "60s";
    pub const DEFAULT_LOCK_TIMEOUT: &'static str = "5s";
    pub const DEFAULT_SAMPLE_DOCUMENTS: usize = 1000;
    /// One full `Scan` page: 1 MB of eventually consistent reads.
    pub const DEFAULT_SAMPLE_RCU: u64 = dynamodb::PAGE_RCU;
}

impl ConnectOptions {
    /// The wait for one connection: the URL's `connect_timeout` parameter (whole seconds, as
    /// libpq and the MySQL clients take it) when given, else `connect_timeout`.
    pub fn connect_timeout_for(&self, param: Option<&str>) -> Result<Duration, String> {
        match param {
            Some(t) => t
                .parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .map(Duration::from_secs)
                .ok_or_else(|| format!("connect_timeout `{t}` is not a number of seconds")),
            None => Ok(self.connect_timeout),
        }
    }
}

impl Default for ConnectOptions {
    fn default() -> Self {
        let duration = |text| parse_duration(text).expect("the default durations parse");
        ConnectOptions {
            connect_timeout: duration(Self::DEFAULT_CONNECT_TIMEOUT),
            statement_timeout: duration(Self::DEFAULT_STATEMENT_TIMEOUT),
            lock_timeout: duration(Self::DEFAULT_LOCK_TIMEOUT),
            sample_documents: Self::DEFAULT_SAMPLE_DOCUMENTS,
            sample_rcu: Self::DEFAULT_SAMPLE_RCU,
        }
    }
}

/// A finished introspection: the profile and how it was obtained.
#[derive(Debug, Clone)]
pub struct Introspection {
    pub profile: Profile,
    pub stats: Stats,
}

#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Statements sent to the server (transaction control included). Fixed for a given server
    /// and privilege set, whatever the number of objects.
    pub queries: u32,
    /// Wall time from connecting to the last row, in milliseconds.
    pub elapsed_ms: u64,
    /// The source URL with the password masked.
    pub source: String,
    /// Server round trip and parsing time of each catalog area, in query order.
    pub areas: Vec<AreaTiming>,
}

#[derive(Debug, Clone, Default)]
pub struct AreaTiming {
    pub area: String,
    pub rows: usize,
    pub ms: u64,
}

/// The URL schemes of the live sources, and the engine family each reads.
pub const SCHEMES: &[(&str, Family)] = &[
    ("postgres", Family::Postgres),
    ("postgresql", Family::Postgres),
    ("mysql", Family::Mysql),
    ("mariadb", Family::Mysql),
    ("cosmos", Family::Document),
    ("cosmos+http", Family::Document),
    ("dynamodb", Family::Document),
];

impl SourceUrl {
    /// The engine family this URL's scheme introspects as, if it is a live source at all.
    pub fn family(&self) -> Option<Family> {
        SCHEMES
            .iter()
            .find(|(scheme, _)| *scheme == self.scheme)
            .map(|(_, family)| *family)
    }
}

/// Checks that an engine chosen by hand can read `url`: its family must be the URL scheme's.
pub fn check_engine_fits(engine: &Engine, url: &SourceUrl) -> Result<(), String> {
    match url.family() {
        Some(f) if f != engine.family => Err(format!(
            "`{}` is a {} engine, but the URL is a {f} source",
            engine.id, engine.family
        )),
        _ => Ok(()),
    }
}

/// Introspects the source at `url` (blocking; runs its own single-threaded runtime).
pub fn introspect(url: &str, options: &Options) -> Result<Introspection, Error> {
    introspect_url(&SourceUrl::parse(url)?, options)
}

/// Introspects the source at `url`, parsed (blocking; runs its own single-threaded runtime).
pub fn introspect_url(source: &SourceUrl, options: &Options) -> Result<Introspection, Error> {
    let runtime = runtime()?;
    match source.family() {
        Some(Family::Postgres) => runtime.block_on(postgres::introspect(source, options)),
        Some(Family::Mysql) => runtime.block_on(mysql::introspect(source, options)),
        Some(Family::Document) if source.scheme == "dynamodb" => {
            runtime.block_on(dynamodb::introspect(source, options))
        }
        Some(Family::Document) => runtime.block_on(cosmos::introspect(source, options)),
        None => Err(Error::input(
            format!("source {}", source.masked()),
            format!(
                "cannot introspect `{}://` sources; supported: postgresql:// (PostgreSQL, \
                 Aurora, RDS, Cloud SQL, AlloyDB, Azure), mysql:// (MySQL, MariaDB, Aurora, RDS, \
                 Cloud SQL, Azure), cosmos:// (Azure Cosmos DB for NoSQL) and dynamodb://REGION \
                 (Amazon DynamoDB). Write a profile \
                 by hand and use `assess --profile` for other sources",
                source.scheme
            ),
        )),
    }
}

/// A single-threaded async runtime, on which a blocking entry point to a live source (an
/// introspection, a rehearsal) runs its session.
pub fn runtime() -> Result<tokio::runtime::Runtime, Error> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Io {
            what: "cannot start the async runtime".into(),
            source: e,
        })
}

/// Parses a duration flag: `30s`, `500ms`, `2min`, or a bare number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a duration (e.g. 30s, 500ms, 2min)"))?;
    let secs = match unit.trim() {
        "" | "s" | "sec" => n,
        "ms" => n / 1000.0,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        u => return Err(format!("unknown unit `{u}` in `{s}` (use ms, s, min or h)")),
    };
    if !(secs > 0.0 && secs.is_finite()) {
        return Err(format!("`{s}` must be more than zero"));
    }
    Ok(Duration::from_secs_f64(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_scheme_is_an_input_error() {
        let e = introspect("mongodb://u:pw@h/db", &Options::default()).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("mongodb://u:****@h/db"), "{e}");
        let family = |url| SourceUrl::parse(url).unwrap().family();
        assert_eq!(family("POSTGRES://x"), Some(Family::Postgres));
        assert_eq!(family("mysql://x"), Some(Family::Mysql));
        assert_eq!(
            family("cosmos://acct.documents.azure.com"),
            Some(Family::Document)
        );
        assert_eq!(family("dynamodb://us-east-1"), Some(Family::Document));
        assert_eq!(family("mongodb://x"), None);
    }

    #[test]
    fn default_connect_options() {
        let o = ConnectOptions::default();
        assert_eq!(o.connect_timeout, Duration::from_secs(10));
        assert_eq!(o.statement_timeout, Duration::from_secs(60));
        assert_eq!(o.lock_timeout, Duration::from_secs(5));
        assert_eq!(o.sample_documents, 1000);
        assert_eq!(o.sample_rcu, 128);
    }

    #[test]
    fn a_url_connect_timeout_is_whole_seconds_else_the_option() {
        let o = ConnectOptions::default();
        assert_eq!(o.connect_timeout_for(None), Ok(Duration::from_secs(10)));
        assert_eq!(o.connect_timeout_for(Some("3")), Ok(Duration::from_secs(3)));
        for bad in ["0", "3s", "-1", ""] {
            let e = o.connect_timeout_for(Some(bad)).unwrap_err();
            assert!(
                e.contains(&format!("`{bad}` is not a number of seconds")),
                "{e}"
            );
        }
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("2min").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("7").unwrap(), Duration::from_secs(7));
        assert!(parse_duration("0").is_err());
        assert!(parse_duration("5 parsecs").is_err());
    }
}
