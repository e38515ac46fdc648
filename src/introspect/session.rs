//! What every live source shares while it runs: the [`Ledger`] (requests counted, the time of
//! each catalog area, warnings with the password scrubbed) and, for the SQL families, the
//! [`Session`] through which every statement goes.
//!
//! One behaviour for all: a statement is counted when it is sent; an area's time is recorded
//! only when its rows were read *and* parsed (a refused or unparsable area has a warning
//! instead, so the timings list what the profile was built from).

use std::time::Instant;

use super::{AreaTiming, Introspection, Secret, SourceUrl, Stats};
use crate::error::Error;
use crate::profile::{Profile, ProfileWarning};

/// How a run names its source in messages, and the password it keeps out of them.
#[derive(Debug, Clone)]
pub struct Redactor {
    masked: String,
    password: Option<Secret>,
}

impl Redactor {
    /// `password` is the one the run connects with, wherever it came from (the URL, the
    /// environment, a password file).
    pub fn new(url: &SourceUrl, password: Option<Secret>) -> Redactor {
        Redactor {
            masked: url.masked(),
            password,
        }
    }

    /// The source URL with the password masked.
    pub fn masked(&self) -> &str {
        &self.masked
    }

    /// `text` with the password masked.
    pub fn scrub(&self, text: &str) -> String {
        match &self.password {
            Some(p) => p.scrub(text),
            None => text.to_string(),
        }
    }

    /// The error that ends a run: the source cannot be reached or was lost.
    pub fn unreachable(&self, detail: String) -> Error {
        Error::Unreachable {
            what: format!("cannot introspect {}", self.masked),
            detail: self.scrub(&detail),
        }
    }
}

/// What one run sent and learnt, whatever the family.
#[derive(Debug)]
pub struct Ledger {
    pub redactor: Redactor,
    started: Instant,
    queries: u32,
    warnings: Vec<ProfileWarning>,
    timings: Vec<AreaTiming>,
}

impl Ledger {
    /// `started` is when the run began (before resolving the target), for the elapsed time.
    pub fn new(redactor: Redactor, started: Instant) -> Ledger {
        Ledger {
            redactor,
            started,
            queries: 0,
            warnings: Vec::new(),
            timings: Vec::new(),
        }
    }

    /// One more statement or request sent to the source (retries and transaction control
    /// included).
    pub fn count(&mut self) {
        self.queries += 1;
    }

    /// `n` more requests sent, as a client that retries on its own reports them afterwards
    /// (the AWS SDK's attempts, counted by an interceptor).
    pub fn count_many(&mut self, n: u32) {
        self.queries += n;
    }

    /// Records the time of an area read since `started`, and the rows it returned.
    pub fn time(&mut self, area: &str, rows: usize, started: Instant) {
        self.timings.push(AreaTiming {
            area: area.to_string(),
            rows,
            ms: started.elapsed().as_millis() as u64,
        });
    }

    /// A warning for `area`, kept in the profile (the password masked).
    pub fn warn(&mut self, area: &str, message: String) {
        self.warnings.push(ProfileWarning {
            area: area.to_string(),
            message: self.redactor.scrub(&message),
        });
    }

    pub fn unreachable(&self, detail: String) -> Error {
        self.redactor.unreachable(detail)
    }

    /// The finished introspection: `profile` with the warnings, and the run's figures.
    pub fn finish(self, mut profile: Profile) -> Introspection {
        profile.warnings = self.warnings;
        Introspection {
            profile,
            stats: Stats {
                queries: self.queries,
                elapsed_ms: self.started.elapsed().as_millis() as u64,
                source: self.redactor.masked,
                areas: self.timings,
            },
        }
    }
}

/// Why a statement failed, as a SQL family's driver tells it.
pub enum Failure {
    /// The server refused this statement (no privilege, a catalog or column this version
    /// lacks): the area is skipped with a warning and the run goes on.
    Refused(String),
    /// The connection is gone or unusable: the run stops.
    Lost(String),
}

/// A SQL family's connection, as the [`Session`] drives it.
pub trait Connection {
    type Row;
    /// The statement that makes the transaction usable again after a refused one (PostgreSQL
    /// rolls back to the savepoint taken at the start), if the family needs one. It is counted.
    const RECOVER: Option<&'static str> = None;
    /// Runs a query and returns its rows.
    fn query(
        &mut self,
        sql: &str,
    ) -> impl std::future::Future<Output = Result<Vec<Self::Row>, Failure>>;
    /// Runs statements that return no rows (session setup, transaction control).
    fn execute(&mut self, sql: &str) -> impl std::future::Future<Output = Result<(), Failure>>;
}

/// The one connection of a SQL run. Every statement goes through here and is counted.
pub struct Session<C> {
    conn: C,
    pub ledger: Ledger,
}

impl<C: Connection> Session<C> {
    pub fn new(conn: C, ledger: Ledger) -> Self {
        Session { conn, ledger }
    }

    /// Runs statements whose failure ends the run (session setup, transaction control).
    pub async fn exec(&mut self, sql: &str) -> Result<(), Error> {
        self.ledger.count();
        match self.conn.execute(sql).await {
            Ok(()) => Ok(()),
            Err(Failure::Refused(e) | Failure::Lost(e)) => Err(self.ledger.unreachable(e)),
        }
    }

    /// The rows of a query the run cannot do without (the server's facts); any failure ends
    /// the run.
    pub async fn fetch(&mut self, sql: &str) -> Result<Vec<C::Row>, Error> {
        self.ledger.count();
        match self.conn.query(sql).await {
            Ok(rows) => Ok(rows),
            Err(Failure::Refused(e) | Failure::Lost(e)) => Err(self.ledger.unreachable(e)),
        }
    }

    /// Runs one area's query and parses its rows. A refusal (no privilege, a missing catalog)
    /// or rows that do not parse become a warning for `area` and `None`, so the next area
    /// runs; only a lost connection is an error.
    pub async fn read<T>(
        &mut self,
        area: &str,
        sql: &str,
        parse: impl FnOnce(&[C::Row]) -> Result<T, String>,
    ) -> Result<Option<T>, Error> {
        self.ledger.count();
        let started = Instant::now();
        match self.conn.query(sql).await {
            Ok(rows) => match parse(&rows) {
                Ok(v) => {
                    self.ledger.time(area, rows.len(), started);
                    Ok(Some(v))
                }
                Err(e) => {
                    self.warn(area, format!("unexpected catalog data: {e}"));
                    Ok(None)
                }
            },
            Err(Failure::Refused(e)) => {
                self.warn(area, e);
                if let Some(sql) = C::RECOVER {
                    self.exec(sql).await?;
                }
                Ok(None)
            }
            Err(Failure::Lost(e)) => {
                Err(self.ledger.unreachable(format!("lost the connection: {e}")))
            }
        }
    }

    pub fn warn(&mut self, area: &str, message: String) {
        self.ledger.warn(area, message);
    }

    /// Ends the session, handing back the connection (to close it) and the ledger.
    pub fn into_parts(self) -> (C, Ledger) {
        (self.conn, self.ledger)
    }
}

/// An error and its causes as one line, each cause once.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(inner) = source {
        let text = inner.to_string();
        if !s.contains(&text) {
            s.push_str(&format!(": {text}"));
        }
        source = inner.source();
    }
    s
}

/// A driver's message and what to do about it, as one line.
pub fn with_hint(message: String, hint: String) -> String {
    if hint.is_empty() {
        message
    } else {
        format!("{message}; {hint}")
    }
}

/// Why a connection failed when nothing answered within the connect timeout.
pub fn no_answer(endpoint: &str, timeout: std::time::Duration) -> String {
    format!(
        "no answer from {endpoint} within {} s; check host, port and firewall, or raise \
         --connect-timeout",
        timeout.as_secs()
    )
}

/// A float rounded to two decimals, as profiles keep rates; `None` for NaN and infinities.
pub fn decimal(x: f64) -> Option<rust_decimal::Decimal> {
    rust_decimal::Decimal::from_f64_retain(x).map(|d| d.round_dp(2))
}

/// Bytes as GiB (2^30), to three decimals, as profiles keep memory sizes.
pub fn gib(bytes: f64) -> Option<rust_decimal::Decimal> {
    rust_decimal::Decimal::from_f64_retain(bytes / 1_073_741_824.0).map(|d| d.round_dp(3))
}

/// Decodes every row with `decode`; the first row that does not decode fails the area, named
/// by its position.
pub fn each<R, T>(rows: &[R], decode: impl Fn(&R) -> Result<T, String>) -> Result<Vec<T>, String> {
    rows.iter()
        .enumerate()
        .map(|(i, r)| decode(r).map_err(|e| format!("row {}: {e}", i + 1)))
        .collect()
}
