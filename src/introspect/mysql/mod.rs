//! MySQL-family introspection: plain MySQL and MariaDB, Aurora MySQL, RDS for MySQL / MariaDB,
//! Cloud SQL for MySQL, Azure Database for MySQL.
//!
//! Safe on a production server:
//! - one connection: `SET SESSION TRANSACTION READ ONLY`, then the server's statement timeout
//!   (`max_execution_time` on MySQL, `max_statement_time` on MariaDB) and `lock_wait_timeout`
//!   for this session only, then one `START TRANSACTION READ ONLY` that ends with `ROLLBACK`;
//! - only reads: `information_schema`, `SHOW GLOBAL VARIABLES` / `STATUS`, `mysql.user` and
//!   `mysql.func`, replica status, and on RDS / Aurora `CALL mysql.rds_show_configuration`
//!   (which only selects);
//! - a fixed number of set-based queries, one per catalog area, whatever the number of objects;
//!   the few that differ between MySQL and MariaDB or between versions are chosen from the
//!   server's version;
//! - an area that fails (no privilege, a column an old version lacks) is recorded in
//!   `profile.warnings`; only losing the connection stops the run.
//!
//! The password comes from the URL or `MYSQL_PWD` and never appears in output: errors go through
//! the session's [`Redactor`].
//!
//! The module by concern: [`connect`] (target, TLS, driver errors), [`queries`] (the SQL of
//! each catalog area), [`rows`] (rows to profile types), [`reserved`] (names PostgreSQL
//! reserves) and [`detect`] (which provider's MySQL this is); this file runs them in order.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::Instant;

use mysql_async::prelude::Queryable;
use mysql_async::{Conn, Row};

use super::detect::{decide, Rules};
use super::session::{Connection, Failure, Ledger, Session};
use super::{ConnectOptions, Introspection, Options, SourceUrl};
use crate::engine::{Catalog, Family};
use crate::error::Error;
use crate::profile::{Profile, PROFILE_VERSION};

mod connect;
mod detect;
mod queries;
mod reserved;
mod rows;

pub use rows::scan_body;

use connect::{connect, error_text, Target};
use detect::detect;
use queries::*;
use reserved::reserved_identifiers;
use rows::*;

/// Introspects one MySQL-family server: the database named in the URL, else every user schema.
pub async fn introspect(url: &SourceUrl, options: &Options) -> Result<Introspection, Error> {
    let started = Instant::now();
    let rules = Rules::of(&Catalog::bundled()?, Family::Mysql);
    // rustls picks its crypto from the process default; make it ring, as everywhere else.
    crate::net::install_tls_provider();
    let target = Target::resolve(url, options)?;
    let conn = connect(&target).await?;
    let ledger = Ledger::new(target.redactor.clone(), started);
    let mut s = Session::new(MysqlConnection(conn), ledger);

    s.exec("SET SESSION TRANSACTION READ ONLY").await?;
    let vars = pairs(&s.fetch("SHOW GLOBAL VARIABLES").await?);
    let server = Server::from_variables(&vars);
    s.exec(&session_limits_sql(&server, &options.connect))
        .await?;
    s.exec("START TRANSACTION READ ONLY").await?;

    let filter = SchemaFilter(target.database.clone());
    let mut p = Profile {
        profile_version: PROFILE_VERSION,
        version: server.version.clone(),
        name: target.database.clone(),
        ..Profile::default()
    };

    if let Some(status) = s
        .read("workload", "SHOW GLOBAL STATUS", |rows| Ok(pairs(rows)))
        .await?
    {
        p.workload = workload(&status, &vars);
    }
    let schemata = s
        .read("databases", &sql_schemata(&filter), schemata)
        .await?
        .unwrap_or_default();
    let mut sequences = Vec::new();
    let mut versioned = BTreeSet::new();
    if let Some(x) = s.read("tables", &sql_tables(&filter), tables).await? {
        (p.tables, sequences, versioned) = x;
    }
    if !p.tables.is_empty() {
        if let Some(cols) = s.read("columns", &sql_columns(&filter), columns).await? {
            attach_columns(&mut p.tables, cols, &server);
            add_hidden_period_columns(&mut p.tables, &versioned);
        }
        if server.mariadb && has_longtext(&p.tables) {
            // MariaDB's JSON is LONGTEXT with a json_valid() CHECK constraint.
            if let Some(json) = s
                .read("columns", &sql_json_checks(&filter), json_columns)
                .await?
            {
                mark_json(&mut p.tables, &json);
            }
        }
        let partitioned: Vec<(String, String)> = p
            .tables
            .iter()
            .filter(|t| t.partitioned)
            .map(|t| (t.schema.clone(), t.name.clone()))
            .collect();
        if !partitioned.is_empty() {
            if let Some(counts) = s
                .read("tables", &sql_partitions(&filter, &partitioned), partitions)
                .await?
            {
                for t in &mut p.tables {
                    if let Some(n) = counts.get(&(t.schema.clone(), t.name.clone())) {
                        t.partition_count = *n;
                    }
                }
            }
        }
    }
    if let Some(x) = s
        .read("indexes", &sql_indexes(&filter, &server), indexes)
        .await?
    {
        p.indexes = x;
        for t in &mut p.tables {
            t.has_primary_key = p
                .indexes
                .iter()
                .any(|i| i.primary && i.schema == t.schema && i.table == t.name);
        }
    }
    if let Some(x) = s
        .read("foreign_keys", &sql_foreign_keys(&filter), foreign_keys)
        .await?
    {
        p.foreign_keys = x;
    }
    if let Some(x) = s.read("views", &sql_views(&filter, &server), views).await? {
        p.views = x;
    }
    if let Some(x) = s.read("routines", &sql_routines(&filter), routines).await? {
        p.routines = x;
    }
    if let Some(x) = s
        .read(
            "routines",
            "SELECT name, dl, type FROM mysql.func ORDER BY 1",
            udfs,
        )
        .await?
    {
        p.routines.extend(x);
    }
    if let Some(x) = s.read("triggers", &sql_triggers(&filter), triggers).await? {
        p.triggers = x;
    }
    if let Some(x) = s.read("events", &sql_events(&filter), events).await? {
        p.events = x;
    }
    let accounts = s
        .read("roles", &sql_accounts(&server), accounts)
        .await?
        .unwrap_or_default();
    if let Some(x) = s
        .read(
            "subscriptions",
            sql_replica_status(&server),
            replica_channels,
        )
        .await?
    {
        p.subscriptions = x;
    }
    let mut sources = HashMap::new();
    if !server.mariadb
        && server.at_least(8, 0, 0)
        && vars.get("performance_schema").map(String::as_str) == Some("ON")
    {
        if let Some(x) = s
            .read(
                "settings",
                "SELECT VARIABLE_NAME, VARIABLE_SOURCE FROM performance_schema.variables_info \
                 WHERE VARIABLE_SOURCE <> 'COMPILED'",
                |rows| Ok(pairs(rows)),
            )
            .await?
        {
            sources = x.into_iter().collect();
        }
    }
    p.settings = settings(&vars, &sources);

    let names: Vec<String> = accounts.iter().map(|a| a.name.clone()).collect();
    let (detected, evidence) = detect(&vars, &names, &rules);
    let (engine, detection) = decide(options.engine.as_ref(), detected, evidence);
    if matches!(engine.as_str(), "rds-mysql" | "aurora-mysql") {
        // Binlog retention lives in RDS's own configuration table, read through this procedure.
        if let Some(x) = s
            .read(
                "settings",
                "CALL mysql.rds_show_configuration",
                rds_configuration,
            )
            .await?
        {
            p.settings.extend(x);
        }
    }
    s.exec("ROLLBACK").await?;
    let (MysqlConnection(conn), ledger) = s.into_parts();
    // Say goodbye to the server (COM_QUIT); the transaction is already rolled back.
    let _ = conn.disconnect().await;

    p.roles = accounts;
    p.detection = Some(detection);
    p.engine = engine;
    p.sequences = sequences;
    p.databases = databases(schemata, &p.tables);
    p.schemas = p.databases.iter().map(|d| d.name.clone()).collect();
    p.collations = collations_in_use(&p.tables);
    p.reserved_identifiers = reserved_identifiers(&p);
    Ok(ledger.finish(p))
}

// --------------------------------------------------------------------------------- session

/// The one connection, as the [`Session`] drives it (text protocol: no prepared statements).
struct MysqlConnection(Conn);

impl Connection for MysqlConnection {
    type Row = Row;

    async fn query(&mut self, sql: &str) -> Result<Vec<Row>, Failure> {
        let result: Result<Vec<Row>, _> = self.0.query(sql).await;
        result.map_err(|e| match e {
            mysql_async::Error::Server(_) => Failure::Refused(error_text(&e)),
            _ => Failure::Lost(error_text(&e)),
        })
    }

    async fn execute(&mut self, sql: &str) -> Result<(), Failure> {
        let result = self.0.query_drop(sql).await;
        result.map_err(|e| Failure::Lost(error_text(&e)))
    }
}

/// Server facts from `SHOW GLOBAL VARIABLES`.
#[derive(Debug, Clone, Default)]
pub struct Server {
    pub version: String,
    pub mariadb: bool,
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
}

impl Server {
    pub fn from_variables(vars: &BTreeMap<String, String>) -> Server {
        let version = vars.get("version").cloned().unwrap_or_default();
        let comment = vars.get("version_comment").cloned().unwrap_or_default();
        let mariadb = format!("{version} {comment}")
            .to_ascii_lowercase()
            .contains("mariadb");
        let mut nums = version
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(|n| n.parse::<u32>().unwrap_or(0));
        Server {
            major: nums.next().unwrap_or(0),
            minor: nums.next().unwrap_or(0),
            patch: nums.next().unwrap_or(0),
            version,
            mariadb,
        }
    }

    pub fn at_least(&self, major: u32, minor: u32, patch: u32) -> bool {
        (self.major, self.minor, self.patch) >= (major, minor, patch)
    }
}

/// The statement timeout and metadata-lock wait for this session only.
fn session_limits_sql(server: &Server, o: &ConnectOptions) -> String {
    let lock_secs = o.lock_timeout.as_secs().max(1);
    if server.mariadb {
        format!(
            "SET SESSION max_statement_time = {:.3}, SESSION lock_wait_timeout = {lock_secs}",
            o.statement_timeout.as_secs_f64()
        )
    } else if server.at_least(5, 7, 8) {
        format!(
            "SET SESSION max_execution_time = {}, SESSION lock_wait_timeout = {lock_secs}",
            o.statement_timeout.as_millis().max(1)
        )
    } else {
        format!("SET SESSION lock_wait_timeout = {lock_secs}")
    }
}

/// Server variables from name-value pairs, for tests.
#[cfg(test)]
fn vars(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn server_flavour_and_session_limits() {
        let maria = Server::from_variables(&vars(&[
            ("version", "10.11.19-MariaDB-0+deb12u1"),
            ("version_comment", "Debian 12"),
        ]));
        assert!(maria.mariadb && maria.at_least(10, 11, 0) && !maria.at_least(10, 12, 0));
        let o = ConnectOptions {
            statement_timeout: Duration::from_millis(30_500),
            lock_timeout: Duration::from_secs(5),
            ..ConnectOptions::default()
        };
        assert_eq!(
            session_limits_sql(&maria, &o),
            "SET SESSION max_statement_time = 30.500, SESSION lock_wait_timeout = 5"
        );
        let mysql8 = Server::from_variables(&vars(&[("version", "8.0.35")]));
        assert!(!mysql8.mariadb);
        assert_eq!(
            session_limits_sql(&mysql8, &o),
            "SET SESSION max_execution_time = 30500, SESSION lock_wait_timeout = 5"
        );
        assert!(sql_indexes(&SchemaFilter(None), &mysql8).contains("EXPRESSION"));
        assert!(sql_indexes(&SchemaFilter(None), &maria).contains("IGNORED"));
        assert!(sql_views(&SchemaFilter(None), &maria).contains("ALGORITHM"));
        assert!(!sql_views(&SchemaFilter(None), &mysql8).contains("ALGORITHM"));
        assert_eq!(sql_replica_status(&mysql8), "SHOW REPLICA STATUS");
        assert_eq!(sql_replica_status(&maria), "SHOW ALL REPLICAS STATUS");
    }
}
