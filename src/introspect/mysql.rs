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

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use mysql_async::prelude::Queryable;
use mysql_async::{Conn, OptsBuilder, Row, SslOpts, Value};
use regex_lite::Regex;
use rust_decimal::Decimal;

use super::session::{decimal, error_chain, Connection, Failure, Ledger, Redactor, Session};
use super::{ConnectOptions, Introspection, Options, Secret, SourceUrl};
use crate::error::Error;
use crate::profile::{
    Collation, Column, Database, Detection, ForeignKey, Index, Profile, ReservedIdentifier, Role,
    Routine, ScheduledEvent, Sequence, Setting, Subscription, Table, Trigger, View, Workload,
    PROFILE_VERSION,
};

/// Query parameters this module understands in a `mysql://` URL (spelt with `-` or `_`).
const KNOWN_PARAMS: &[&str] = &["ssl_mode", "sslmode", "ssl_ca", "connect_timeout"];

/// Schemas of the server itself, never the user's.
const SYSTEM_SCHEMAS: &str = "'mysql', 'information_schema', 'performance_schema', 'sys'";

/// Introspects one MySQL-family server: the database named in the URL, else every user schema.
pub async fn introspect(url: &SourceUrl, options: &Options) -> Result<Introspection, Error> {
    let started = Instant::now();
    // rustls picks its crypto from the process default; make it ring, as everywhere else.
    let _ = rustls::crypto::ring::default_provider().install_default();
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
    let (detected, mut evidence) = detect(&vars, &names);
    let engine = match &options.engine {
        Some(engine) => {
            if engine != &detected {
                evidence.push(format!("markers alone suggest {detected}"));
            }
            engine.clone()
        }
        None => detected,
    };
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
    p.detection = Some(Detection {
        method: if options.engine.is_some() {
            "user"
        } else {
            "auto"
        }
        .into(),
        evidence,
    });
    p.engine = engine;
    p.sequences = sequences;
    p.databases = databases(schemata, &p.tables);
    p.schemas = p.databases.iter().map(|d| d.name.clone()).collect();
    p.collations = collations_in_use(&p.tables);
    p.reserved_identifiers = reserved_identifiers(&p);
    Ok(ledger.finish(p))
}

// ------------------------------------------------------------------------------- connecting

/// How the connection is encrypted (the MySQL client's `--ssl-mode`).
#[derive(Debug, Clone, PartialEq)]
enum Tls {
    Disabled,
    /// Encrypt when the server offers TLS, without checking its certificate; else plain.
    Preferred,
    /// Encrypt, without checking the certificate.
    Required,
    /// Encrypt; the chain must lead to a trusted root (`ssl-ca`, else the bundled roots).
    VerifyCa(Option<PathBuf>),
    /// As `VerifyCa`, and the certificate must name the host.
    VerifyIdentity(Option<PathBuf>),
}

/// Where and how to connect, resolved from the URL and the environment.
struct Target {
    opts: OptsBuilder,
    tls: Tls,
    password_from: &'static str,
    redactor: Redactor,
    endpoint: String,
    user: String,
    database: Option<String>,
    connect_timeout: Duration,
}

impl Target {
    fn resolve(url: &SourceUrl, options: &Options) -> Result<Target, Error> {
        let input = |detail: String| Error::input(format!("source {}", url.masked()), detail);
        let mut params: HashMap<String, String> = HashMap::new();
        for (k, v) in &url.params {
            let key = k.to_ascii_lowercase().replace('-', "_");
            if !KNOWN_PARAMS.contains(&key.as_str()) {
                return Err(input(format!(
                    "unknown parameter `{k}`; supported: ssl-mode (DISABLED, PREFERRED, REQUIRED, \
                     VERIFY_CA, VERIFY_IDENTITY), ssl-ca, connect_timeout, plus user, password, \
                     host, port"
                )));
            }
            let key = if key == "sslmode" {
                "ssl_mode".to_string()
            } else {
                key
            };
            params.insert(key, v.clone());
        }
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let host = url.host.clone().unwrap_or_else(|| "localhost".into());
        let port = url.port.unwrap_or(3306);
        let user = url
            .user
            .clone()
            .or_else(|| env("USER"))
            .unwrap_or_else(|| "root".into());
        let (password, password_from) = match url.password() {
            Some(p) => (Some(p.clone()), "the URL"),
            None => match env("MYSQL_PWD") {
                Some(p) => (Some(Secret::new(p)), "MYSQL_PWD"),
                None => (None, "nowhere: no password given"),
            },
        };
        let connect_timeout = match params.get("connect_timeout") {
            Some(t) => t
                .parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .map(Duration::from_secs)
                .ok_or_else(|| {
                    input(format!("connect_timeout `{t}` is not a number of seconds"))
                })?,
            None => options.connect.connect_timeout,
        };
        let ca = params.get("ssl_ca").map(PathBuf::from);
        let mode = params
            .get("ssl_mode")
            .map(|m| m.to_ascii_uppercase().replace('-', "_"));
        let tls =
            match (mode.as_deref(), ca) {
                (None, Some(ca)) => Tls::VerifyCa(Some(ca)),
                (None | Some("PREFERRED" | "PREFER"), None) => Tls::Preferred,
                (Some("PREFERRED" | "PREFER"), Some(_)) => return Err(input(
                    "ssl-ca needs ssl-mode=VERIFY_CA or VERIFY_IDENTITY (PREFERRED does not check \
                     certificates)"
                        .into(),
                )),
                (Some("DISABLED" | "DISABLE"), _) => Tls::Disabled,
                (Some("REQUIRED" | "REQUIRE"), _) => Tls::Required,
                (Some("VERIFY_CA"), ca) => Tls::VerifyCa(ca),
                (Some("VERIFY_IDENTITY" | "VERIFY_FULL"), ca) => Tls::VerifyIdentity(ca),
                (Some(other), _) => {
                    return Err(input(format!(
                    "ssl-mode `{other}` is not one of DISABLED, PREFERRED, REQUIRED, VERIFY_CA, \
                     VERIFY_IDENTITY"
                )))
                }
            };
        let mut opts = OptsBuilder::default()
            .user(Some(user.clone()))
            .pass(password.as_ref().map(|p| p.expose().to_string()))
            .db_name(url.database.clone())
            // No hidden queries: mysql_async would otherwise ask for @@socket,
            // @@max_allowed_packet and @@wait_timeout after connecting.
            .prefer_socket(false)
            .max_allowed_packet(Some(1 << 30))
            .wait_timeout(Some(28_800))
            .stmt_cache_size(0)
            .tcp_keepalive(Some(Duration::from_secs(30)));
        let endpoint = if host.starts_with('/') {
            opts = opts.socket(Some(host.clone()));
            format!("socket {host}")
        } else {
            opts = opts.ip_or_hostname(host.clone()).tcp_port(port);
            format!("{host}:{port}")
        };
        Ok(Target {
            opts,
            tls,
            password_from,
            redactor: Redactor::new(url, password),
            endpoint,
            user,
            database: url.database.clone(),
            connect_timeout,
        })
    }

    fn unreachable(&self, detail: String) -> Error {
        self.redactor.unreachable(detail)
    }

    fn ssl_opts(&self) -> Option<SslOpts> {
        let roots = |ca: &Option<PathBuf>| match ca {
            Some(path) => SslOpts::default().with_root_certs(vec![path.clone().into()]),
            None => SslOpts::default(),
        };
        match &self.tls {
            Tls::Disabled => None,
            Tls::Preferred | Tls::Required => Some(
                SslOpts::default()
                    .with_danger_accept_invalid_certs(true)
                    .with_danger_skip_domain_validation(true),
            ),
            Tls::VerifyCa(ca) => Some(roots(ca).with_danger_skip_domain_validation(true)),
            Tls::VerifyIdentity(ca) => Some(roots(ca)),
        }
    }
}

async fn connect(t: &Target) -> Result<Conn, Error> {
    let attempt = |ssl: Option<SslOpts>| {
        let opts = t.opts.clone().ssl_opts(ssl);
        async move {
            match tokio::time::timeout(t.connect_timeout, Conn::new(opts)).await {
                Ok(r) => r.map_err(Some),
                Err(_) => Err(None),
            }
        }
    };
    let first = attempt(t.ssl_opts()).await;
    let result = match first {
        // PREFERRED: a server without TLS gets a plain connection, as the mysql client does.
        Err(Some(mysql_async::Error::Driver(
            mysql_async::DriverError::NoClientSslFlagFromServer,
        ))) if t.tls == Tls::Preferred => attempt(None).await,
        // VERIFY_CA: the chain was trusted and only the host name failed (the driver's own
        // "skip domain validation" misses rustls' current error); verify again against a name
        // the certificate does carry, so the chain is still checked.
        Err(Some(e)) if matches!(t.tls, Tls::VerifyCa(_)) => match certificate_names(&e).first() {
            Some(name) => {
                let ssl = t
                    .ssl_opts()
                    .map(|o| o.with_danger_tls_hostname_override(Some(name.clone())));
                attempt(ssl).await
            }
            None => Err(Some(e)),
        },
        other => other,
    };
    match result {
        Ok(conn) => Ok(conn),
        Err(Some(e)) => Err(t.unreachable(connect_advice(t, &e))),
        Err(None) => Err(t.unreachable(format!(
            "no answer from {} within {} s; check host, port and firewall, or raise \
             --connect-timeout",
            t.endpoint,
            t.connect_timeout.as_secs()
        ))),
    }
}

/// The names a server certificate carries, when the connection failed only because none of
/// them is the host connected to (the chain itself was trusted).
fn certificate_names(e: &mysql_async::Error) -> Vec<String> {
    let mysql_async::Error::Io(mysql_async::IoError::Io(io)) = e else {
        return Vec::new();
    };
    let Some(rustls::Error::InvalidCertificate(rustls::CertificateError::NotValidForNameContext {
        presented,
        ..
    })) = io
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
    else {
        return Vec::new();
    };
    // Presented as `DnsName("db.example.com")` or `IpAddress(10.0.0.5)`.
    presented
        .iter()
        .filter_map(|p| {
            let inner = p.split_once('(')?.1.strip_suffix(')')?;
            let name = inner.trim_matches('"');
            (!name.is_empty() && !name.starts_with('*')).then(|| name.to_string())
        })
        .collect()
}

/// The driver's message plus what to do about it.
fn connect_advice(t: &Target, e: &mysql_async::Error) -> String {
    let msg = error_text(e);
    let hint = match e {
        mysql_async::Error::Server(s) => match s.code {
            1045 => format!(
                "check the user `{}` and the password (taken from {})",
                t.user, t.password_from
            ),
            1049 => "check the database name in the URL".into(),
            1130 => format!(
                "the server does not accept user `{}` from this host; ask for an account that \
                 may connect from here",
                t.user
            ),
            1040 | 1203 => "the server has no free connection; try again later".into(),
            3159 => "the server requires TLS: use ssl-mode=REQUIRED or VERIFY_IDENTITY".into(),
            _ => String::new(),
        },
        mysql_async::Error::Driver(mysql_async::DriverError::NoClientSslFlagFromServer) => {
            "the server does not offer TLS; use ssl-mode=PREFERRED or DISABLED only on a trusted \
             network"
                .into()
        }
        _ if msg.to_ascii_lowercase().contains("refused") => format!(
            "nothing accepts connections at {}; is the server running and listening there?",
            t.endpoint
        ),
        _ if msg.to_ascii_lowercase().contains("certificate") => {
            "the server's TLS certificate was not accepted; give its CA with ssl-ca=FILE, or use \
             ssl-mode=REQUIRED to encrypt without verifying"
                .into()
        }
        _ => format!("could not reach {}", t.endpoint),
    };
    if hint.is_empty() {
        msg
    } else {
        format!("{msg}; {hint}")
    }
}

fn error_text(e: &mysql_async::Error) -> String {
    match e {
        mysql_async::Error::Server(s) => {
            format!("ERROR {} ({}): {}", s.code, s.state, s.message)
        }
        other => error_chain(other),
    }
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

// ------------------------------------------------------------------------------------- SQL

/// The schemas to read: the URL's database, else every schema but the server's own.
struct SchemaFilter(Option<String>);

impl SchemaFilter {
    /// A condition on `column`. Names are written as hex literals, which read the same under
    /// any sql_mode (ANSI_QUOTES, NO_BACKSLASH_ESCAPES) and need no escaping.
    fn on(&self, column: &str) -> String {
        match &self.0 {
            Some(db) => format!("{column} = {}", hex(db)),
            None => format!("{column} NOT IN ({SYSTEM_SCHEMAS})"),
        }
    }
}

fn hex(s: &str) -> String {
    let mut out = String::with_capacity(3 + 2 * s.len());
    out.push_str("X'");
    for b in s.as_bytes() {
        out.push_str(&format!("{b:02x}"));
    }
    out.push('\'');
    out
}

fn sql_schemata(f: &SchemaFilter) -> String {
    format!(
        "SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME
           FROM information_schema.SCHEMATA WHERE {} ORDER BY 1",
        f.on("SCHEMA_NAME")
    )
}

fn sql_tables(f: &SchemaFilter) -> String {
    format!(
        "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_ROWS, DATA_LENGTH,
                INDEX_LENGTH, TABLE_COLLATION, CREATE_OPTIONS
           FROM information_schema.TABLES
          WHERE {} AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'SEQUENCE')
          ORDER BY 1, 2",
        f.on("TABLE_SCHEMA")
    )
}

fn sql_columns(f: &SchemaFilter) -> String {
    format!(
        "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE,
                COLUMN_DEFAULT, EXTRA, CHARACTER_SET_NAME, COLLATION_NAME, GENERATION_EXPRESSION
           FROM information_schema.COLUMNS WHERE {}
          ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION",
        f.on("TABLE_SCHEMA")
    )
}

fn sql_json_checks(f: &SchemaFilter) -> String {
    format!(
        "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CHECK_CLAUSE
           FROM information_schema.CHECK_CONSTRAINTS
          WHERE {} AND CHECK_CLAUSE LIKE 'json\\_valid(%'",
        f.on("CONSTRAINT_SCHEMA")
    )
}

fn sql_partitions(f: &SchemaFilter, tables: &[(String, String)]) -> String {
    let names: BTreeSet<String> = tables.iter().map(|(_, t)| hex(t)).collect();
    format!(
        "SELECT TABLE_SCHEMA, TABLE_NAME, COUNT(*)
           FROM information_schema.PARTITIONS
          WHERE {} AND TABLE_NAME IN ({}) AND PARTITION_NAME IS NOT NULL
          GROUP BY TABLE_SCHEMA, TABLE_NAME",
        f.on("TABLE_SCHEMA"),
        names.into_iter().collect::<Vec<_>>().join(", ")
    )
}

fn sql_indexes(f: &SchemaFilter, server: &Server) -> String {
    // Invisible (MySQL 8) or ignored (MariaDB 10.6) indexes; functional key parts (MySQL 8.0.13).
    let (hidden, expression) = if server.mariadb {
        if server.at_least(10, 6, 0) {
            ("IGNORED = 'YES'", "NULL")
        } else {
            ("0", "NULL")
        }
    } else if server.at_least(8, 0, 13) {
        ("IS_VISIBLE = 'NO'", "EXPRESSION")
    } else if server.at_least(8, 0, 0) {
        ("IS_VISIBLE = 'NO'", "NULL")
    } else {
        ("0", "NULL")
    };
    format!(
        "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART,
                INDEX_TYPE, {hidden}, {expression}
           FROM information_schema.STATISTICS WHERE {}
          ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
        f.on("TABLE_SCHEMA")
    )
}

fn sql_foreign_keys(f: &SchemaFilter) -> String {
    format!(
        "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA,
                REFERENCED_TABLE_NAME, DELETE_RULE, UPDATE_RULE
           FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE {} ORDER BY 1, 2, 3",
        f.on("CONSTRAINT_SCHEMA")
    )
}

fn sql_views(f: &SchemaFilter, server: &Server) -> String {
    // MySQL shows a view's ALGORITHM only in SHOW CREATE VIEW, one view at a time.
    let algorithm = if server.mariadb { "ALGORITHM" } else { "NULL" };
    format!(
        "SELECT TABLE_SCHEMA, TABLE_NAME, CHAR_LENGTH(VIEW_DEFINITION), CHECK_OPTION, DEFINER,
                SECURITY_TYPE, {algorithm}
           FROM information_schema.VIEWS WHERE {} ORDER BY 1, 2",
        f.on("TABLE_SCHEMA")
    )
}

fn sql_routines(f: &SchemaFilter) -> String {
    format!(
        "SELECT ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, EXTERNAL_LANGUAGE,
                ROUTINE_DEFINITION, SECURITY_TYPE, DEFINER
           FROM information_schema.ROUTINES WHERE {} ORDER BY 1, 2, 3",
        f.on("ROUTINE_SCHEMA")
    )
}

fn sql_triggers(f: &SchemaFilter) -> String {
    format!(
        "SELECT TRIGGER_SCHEMA, EVENT_OBJECT_TABLE, TRIGGER_NAME, ACTION_TIMING,
                EVENT_MANIPULATION, CHAR_LENGTH(ACTION_STATEMENT)
           FROM information_schema.TRIGGERS WHERE {} ORDER BY 1, 2, 3",
        f.on("EVENT_OBJECT_SCHEMA")
    )
}

fn sql_events(f: &SchemaFilter) -> String {
    format!(
        "SELECT EVENT_SCHEMA, EVENT_NAME, STATUS, EVENT_TYPE, EXECUTE_AT, INTERVAL_VALUE,
                INTERVAL_FIELD, STARTS, CHAR_LENGTH(EVENT_DEFINITION), DEFINER
           FROM information_schema.EVENTS WHERE {} ORDER BY 1, 2",
        f.on("EVENT_SCHEMA")
    )
}

/// Accounts with their authentication plugin (never the hash) and the privileges that matter.
fn sql_accounts(server: &Server) -> String {
    let no_login = if server.mariadb {
        "is_role = 'Y'"
    } else if server.at_least(5, 7, 6) {
        "account_locked = 'Y'"
    } else {
        "0"
    };
    format!(
        "SELECT User, Host, plugin, Super_priv, Repl_slave_priv, {no_login}
           FROM mysql.user ORDER BY 1, 2"
    )
}

fn sql_replica_status(server: &Server) -> &'static str {
    match (server.mariadb, server) {
        (true, s) if s.at_least(10, 5, 1) => "SHOW ALL REPLICAS STATUS",
        (true, _) => "SHOW ALL SLAVES STATUS",
        (false, s) if s.at_least(8, 0, 22) => "SHOW REPLICA STATUS",
        (false, _) => "SHOW SLAVE STATUS",
    }
}

// ------------------------------------------------------------------------------- parsing

/// Column `i` as text; NULL is `None`. The text protocol sends every value as bytes.
fn text(r: &Row, i: usize) -> Option<String> {
    match r.as_ref(i)? {
        Value::NULL => None,
        Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        other => Some(other.as_sql(true).trim_matches('\'').to_string()),
    }
}

fn req(r: &Row, i: usize) -> Result<String, String> {
    text(r, i).ok_or_else(|| format!("column {} is NULL", i + 1))
}

fn num<T: std::str::FromStr>(r: &Row, i: usize) -> Option<T> {
    text(r, i).and_then(|s| s.trim().parse().ok())
}

fn flag(r: &Row, i: usize) -> bool {
    matches!(text(r, i).as_deref(), Some("1" | "Y" | "YES" | "Yes"))
}

/// Column `name` of `r` (the first of several spellings that exists).
fn named(r: &Row, names: &[&str]) -> Option<String> {
    let cols = r.columns_ref();
    names.iter().find_map(|n| {
        cols.iter()
            .position(|c| c.name_str().eq_ignore_ascii_case(n))
            .and_then(|i| text(r, i))
    })
}

fn pairs(rows: &[Row]) -> BTreeMap<String, String> {
    rows.iter()
        .filter_map(|r| {
            Some((
                text(r, 0)?.to_ascii_lowercase(),
                text(r, 1).unwrap_or_default(),
            ))
        })
        .collect()
}

fn lower(s: Option<String>) -> Option<String> {
    s.map(|s| s.to_ascii_lowercase())
}

fn schemata(rows: &[Row]) -> Result<Vec<Database>, String> {
    rows.iter()
        .map(|r| {
            Ok(Database {
                name: req(r, 0)?,
                encoding: text(r, 1),
                collation: text(r, 2),
                ..Database::default()
            })
        })
        .collect()
}

/// The character set a collation belongs to: its name up to the first `_` (no character set
/// name has one), `binary` for `binary`.
fn charset_of(collation: &str) -> String {
    collation.split('_').next().unwrap_or(collation).to_string()
}

/// Tables, MariaDB sequences, and the (schema, name) of MariaDB system-versioned tables.
type TableRows = (Vec<Table>, Vec<Sequence>, BTreeSet<(String, String)>);

fn tables(rows: &[Row]) -> Result<TableRows, String> {
    let mut tables = Vec::new();
    let mut sequences = Vec::new();
    let mut versioned = BTreeSet::new();
    for r in rows {
        let schema = req(r, 0)?;
        let name = req(r, 1)?;
        let kind = text(r, 2);
        if kind.as_deref() == Some("SYSTEM VERSIONED") {
            versioned.insert((schema.clone(), name.clone()));
        }
        if kind.as_deref() == Some("SEQUENCE") {
            sequences.push(Sequence {
                schema,
                name,
                data_type: Some("bigint".into()),
                owned: false,
            });
            continue;
        }
        let data: Option<u64> = num(r, 5);
        let index: Option<u64> = num(r, 6);
        let collation = text(r, 7);
        let options = text(r, 8).unwrap_or_default().to_ascii_lowercase();
        tables.push(Table {
            schema,
            name,
            persistence: "permanent".into(),
            partitioned: options.contains("partitioned"),
            row_estimate: num(r, 4),
            size_bytes: match (data, index) {
                (None, None) => None,
                (d, i) => Some(d.unwrap_or(0) + i.unwrap_or(0)),
            },
            storage_engine: text(r, 3),
            charset: collation.as_deref().map(charset_of),
            collation,
            ..Table::default()
        });
    }
    Ok((tables, sequences, versioned))
}

/// A column with the table it belongs to.
struct RawColumn {
    schema: String,
    table: String,
    column: Column,
}

fn columns(rows: &[Row]) -> Result<Vec<RawColumn>, String> {
    rows.iter()
        .map(|r| {
            let column_type = req(r, 4)?;
            let ct = column_type.to_ascii_lowercase();
            let extra = text(r, 7).unwrap_or_default().to_ascii_lowercase();
            // MariaDB's system-versioning period columns are "generated" AS ROW START / ROW END.
            let expression = text(r, 10).unwrap_or_default().to_ascii_lowercase();
            let generated = if expression == "row start" || extra.contains("row start") {
                Some("row start")
            } else if expression == "row end" || extra.contains("row end") {
                Some("row end")
            } else if extra.contains("virtual generated") {
                Some("virtual")
            } else if extra.contains("stored generated") || extra.contains("persistent generated") {
                Some("stored")
            } else {
                None
            };
            Ok(RawColumn {
                schema: req(r, 0)?,
                table: req(r, 1)?,
                column: Column {
                    name: req(r, 2)?,
                    data_type: req(r, 3)?.to_ascii_lowercase(),
                    nullable: text(r, 5).as_deref() != Some("NO"),
                    default: text(r, 6),
                    unsigned: ct.contains(" unsigned"),
                    zerofill: ct.contains(" zerofill"),
                    on_update_current_timestamp: extra.contains("on update current_timestamp"),
                    generated: generated.map(str::to_string),
                    identity: extra
                        .contains("auto_increment")
                        .then(|| "auto_increment".to_string()),
                    charset: text(r, 8),
                    collation: text(r, 9),
                    column_type: Some(column_type),
                    ..Column::default()
                },
            })
        })
        .collect()
}

/// Attaches columns to their tables. MariaDB writes defaults as SQL expressions (`'abc'`,
/// `NULL`, `current_timestamp()`); they are turned into MySQL's plain values. A column's
/// character set and collation are kept only where they differ from its table's.
fn attach_columns(tables: &mut [Table], columns: Vec<RawColumn>, server: &Server) {
    let index: HashMap<(String, String), usize> = tables
        .iter()
        .enumerate()
        .map(|(i, t)| ((t.schema.clone(), t.name.clone()), i))
        .collect();
    for mut c in columns {
        let Some(&i) = index.get(&(c.schema, c.table)) else {
            continue; // a view's column
        };
        let t = &mut tables[i];
        if server.mariadb {
            c.column.default = c.column.default.and_then(|d| mariadb_default(&d));
        }
        if c.column.identity.is_some() {
            t.has_auto_increment = true;
        }
        if c.column.collation.is_some() && c.column.collation == t.collation {
            c.column.collation = None;
            c.column.charset = None;
        }
        t.columns.push(c.column);
    }
}

/// A table created `WITH SYSTEM VERSIONING` without naming its period columns has hidden
/// `ROW_START` / `ROW_END` columns that information_schema does not list; they are added so the
/// table reads as system-versioned like one with explicit period columns.
fn add_hidden_period_columns(tables: &mut [Table], versioned: &BTreeSet<(String, String)>) {
    for t in tables.iter_mut() {
        let explicit = t
            .columns
            .iter()
            .any(|c| c.generated.as_deref() == Some("row start"));
        if explicit || !versioned.contains(&(t.schema.clone(), t.name.clone())) {
            continue;
        }
        for (name, generated) in [("ROW_START", "row start"), ("ROW_END", "row end")] {
            t.columns.push(Column {
                name: name.into(),
                data_type: "timestamp".into(),
                column_type: Some("timestamp(6)".into()),
                nullable: false,
                generated: Some(generated.into()),
                ..Column::default()
            });
        }
    }
}

fn mariadb_default(d: &str) -> Option<String> {
    if d.eq_ignore_ascii_case("null") {
        return None;
    }
    match d.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')) {
        Some(inner) => Some(inner.replace("''", "'").replace("\\\\", "\\")),
        None => Some(d.to_string()),
    }
}

fn has_longtext(tables: &[Table]) -> bool {
    tables
        .iter()
        .flat_map(|t| &t.columns)
        .any(|c| c.data_type == "longtext")
}

/// (schema, table, column) of MariaDB `json_valid(`col`)` CHECK constraints.
fn json_columns(rows: &[Row]) -> Result<Vec<(String, String, String)>, String> {
    let mut out = Vec::new();
    for r in rows {
        let clause = req(r, 2)?;
        let inner = clause
            .trim()
            .strip_prefix("json_valid(")
            .and_then(|s| s.strip_suffix(')'))
            .map(|s| s.trim().trim_matches('`').replace("``", "`"));
        if let Some(col) = inner {
            out.push((req(r, 0)?, req(r, 1)?, col));
        }
    }
    Ok(out)
}

fn mark_json(tables: &mut [Table], json: &[(String, String, String)]) {
    for (schema, table, column) in json {
        let col = tables
            .iter_mut()
            .filter(|t| &t.schema == schema && &t.name == table)
            .flat_map(|t| t.columns.iter_mut())
            .find(|c| &c.name == column && c.data_type == "longtext");
        if let Some(c) = col {
            c.data_type = "json".into();
        }
    }
}

fn partitions(rows: &[Row]) -> Result<HashMap<(String, String), u32>, String> {
    rows.iter()
        .map(|r| Ok(((req(r, 0)?, req(r, 1)?), num(r, 2).unwrap_or(0))))
        .collect()
}

fn indexes(rows: &[Row]) -> Result<Vec<Index>, String> {
    let mut out: Vec<Index> = Vec::new();
    for r in rows {
        let schema = req(r, 0)?;
        let table = req(r, 1)?;
        let name = req(r, 2)?;
        let same = out
            .last()
            .is_some_and(|i| i.schema == schema && i.table == table && i.name == name);
        if !same {
            let kind = text(r, 6).unwrap_or_default().to_ascii_lowercase();
            out.push(Index {
                primary: name == "PRIMARY",
                unique: text(r, 3).as_deref() == Some("0"),
                method: match kind.as_str() {
                    "rtree" => "spatial".into(),
                    "" => "btree".into(),
                    k => k.to_string(),
                },
                invisible: flag(r, 7),
                schema,
                table,
                name,
                ..Index::default()
            });
        }
        let i = out.last_mut().expect("pushed above");
        match text(r, 4) {
            Some(col) => i.columns.push(col),
            None => {
                // A functional key part (MySQL 8.0.13+): the column is NULL, the expression set.
                i.expression = true;
                if let Some(e) = text(r, 8) {
                    i.columns.push(format!("({e})"));
                }
            }
        }
        // SPATIAL keys report a SUB_PART on MariaDB; only B-tree and hash keys have prefixes.
        if text(r, 5).is_some() && matches!(i.method.as_str(), "btree" | "hash") {
            i.prefix_length = true;
        }
    }
    Ok(out)
}

fn foreign_keys(rows: &[Row]) -> Result<Vec<ForeignKey>, String> {
    rows.iter()
        .map(|r| {
            Ok(ForeignKey {
                schema: req(r, 0)?,
                table: req(r, 1)?,
                name: req(r, 2)?,
                referenced_table: format!("{}.{}", req(r, 3)?, req(r, 4)?),
                on_delete: lower(text(r, 5)),
                on_update: lower(text(r, 6)),
            })
        })
        .collect()
}

fn views(rows: &[Row]) -> Result<Vec<View>, String> {
    rows.iter()
        .map(|r| {
            Ok(View {
                schema: req(r, 0)?,
                name: req(r, 1)?,
                materialized: false,
                definition_length: num(r, 2).unwrap_or(0),
                check_option: lower(text(r, 3)),
                definer: text(r, 4),
                security: lower(text(r, 5)),
                algorithm: lower(text(r, 6)),
            })
        })
        .collect()
}

fn body_lines(body: &str) -> u64 {
    let body = body.trim();
    if body.is_empty() {
        0
    } else {
        body.lines().count() as u64
    }
}

fn routines(rows: &[Row]) -> Result<Vec<Routine>, String> {
    rows.iter()
        .map(|r| {
            let body = text(r, 4).unwrap_or_default();
            let language = text(r, 3)
                .map(|l| l.to_ascii_lowercase())
                .filter(|l| !l.is_empty())
                .unwrap_or_else(|| "sql".into());
            Ok(Routine {
                schema: req(r, 0)?,
                name: req(r, 1)?,
                kind: req(r, 2)?.to_ascii_lowercase(),
                uses: if language == "sql" {
                    scan_body(&body)
                } else {
                    Vec::new()
                },
                language,
                body_length: body.chars().count() as u64,
                body_lines: body_lines(&body),
                security_definer: text(r, 5).as_deref() == Some("DEFINER"),
                definer: text(r, 6),
            })
        })
        .collect()
}

/// Loadable functions (`CREATE FUNCTION … SONAME`), server-wide.
fn udfs(rows: &[Row]) -> Result<Vec<Routine>, String> {
    rows.iter()
        .map(|r| {
            Ok(Routine {
                schema: String::new(),
                name: req(r, 0)?,
                kind: if text(r, 2).as_deref() == Some("aggregate") {
                    "aggregate"
                } else {
                    "function"
                }
                .into(),
                language: "soname".into(),
                definer: text(r, 1).map(|dl| format!("library {dl}")),
                ..Routine::default()
            })
        })
        .collect()
}

/// Features of a MySQL stored-program body that matter on Lakebase, by a scan of its text
/// (comments removed, executable `/*! … */` comments kept). The names are the vocabulary the
/// rubrics read from `routines[].uses`: rubrics/mysql.yaml and the engine overlays
/// aurora-mysql (Lambda, Aurora ML, S3), rds-mysql (mysql.rds_*) and mysql-self-managed (server
/// files).
pub fn scan_body(body: &str) -> Vec<String> {
    static PATTERNS: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    static COMMENTS: OnceLock<Regex> = OnceLock::new();
    let patterns = PATTERNS.get_or_init(|| {
        [
            (
                "dynamic_sql",
                r"\bprepare\s+\S+\s+from\b|\bexecute\s+immediate\b|(^|[;\s])execute\s+[a-z_@`][\w$`]*\s*(;|using\b|$)",
            ),
            ("handler", r"\bdeclare\s+(continue|exit|undo)\s+handler\b"),
            ("cursor", r"\bdeclare\s+\S+\s+cursor\s+for\b"),
            ("signal", r"\bsignal\s+(sqlstate\b|[a-z_`])"),
            ("resignal", r"\bresignal\b"),
            ("temp_table", r"\bcreate\s+temporary\s+table\b"),
            (
                "transaction",
                r"\bstart\s+transaction\b|\bbegin\s+work\b|\bcommit\b|\brollback\b",
            ),
            ("lambda_sync", r"\blambda_sync\s*\("),
            ("lambda_async", r"\blambda_async\s*\("),
            ("aws_ml", r"\baws_(comprehend|sagemaker|bedrock)_\w*\s*\("),
            ("load_data_from_s3", r"\bload\s+data\s+from\s+s3\b"),
            ("load_xml_from_s3", r"\bload\s+xml\s+from\s+s3\b"),
            ("select_into_outfile_s3", r"\binto\s+outfile\s+s3\b"),
            ("rds_procedure", r"\bmysql\s*\.\s*`?rds_\w+"),
            (
                "load_data_infile",
                r"\bload\s+(data|xml)\s+(low_priority\s+|concurrent\s+)?(local\s+)?infile\b",
            ),
            ("select_into_outfile", r#"\binto\s+(outfile|dumpfile)\s+['"]"#),
            ("load_file", r"\bload_file\s*\("),
        ]
        .into_iter()
        .map(|(name, re)| {
            (
                name,
                Regex::new(&format!("(?ism){re}")).expect("valid pattern"),
            )
        })
        .collect()
    });
    let comments = COMMENTS.get_or_init(|| {
        Regex::new(r"(?s)/\*[^!].*?\*/|--\s[^\n]*|(^|\s)#[^\n]*").expect("valid pattern")
    });
    let text = comments.replace_all(body, " ");
    patterns
        .iter()
        .filter(|(_, re)| re.is_match(&text))
        .map(|(name, _)| name.to_string())
        .collect()
}

fn triggers(rows: &[Row]) -> Result<Vec<Trigger>, String> {
    rows.iter()
        .map(|r| {
            Ok(Trigger {
                schema: req(r, 0)?,
                table: req(r, 1)?,
                name: req(r, 2)?,
                timing: lower(text(r, 3)),
                events: lower(text(r, 4)),
                body_length: num(r, 5).unwrap_or(0),
                enabled: Some(true),
                ..Trigger::default()
            })
        })
        .collect()
}

fn events(rows: &[Row]) -> Result<Vec<ScheduledEvent>, String> {
    rows.iter()
        .map(|r| {
            let schedule = if text(r, 3).as_deref() == Some("ONE TIME") {
                text(r, 4).map(|at| format!("AT '{at}'"))
            } else {
                let every = format!(
                    "EVERY {} {}",
                    text(r, 5).unwrap_or_default().trim_matches('\''),
                    text(r, 6).unwrap_or_default()
                );
                Some(match text(r, 7) {
                    Some(starts) => format!("{every} STARTS '{starts}'"),
                    None => every,
                })
            };
            Ok(ScheduledEvent {
                schema: req(r, 0)?,
                name: req(r, 1)?,
                status: text(r, 2),
                schedule,
                body_length: num(r, 8).unwrap_or(0),
                definer: text(r, 9),
            })
        })
        .collect()
}

fn accounts(rows: &[Row]) -> Result<Vec<Role>, String> {
    rows.iter()
        .map(|r| {
            let user = req(r, 0)?;
            let host = text(r, 1).unwrap_or_default();
            Ok(Role {
                name: if host.is_empty() {
                    user
                } else {
                    format!("{user}@{host}")
                },
                auth_method: text(r, 2).filter(|p| !p.is_empty()),
                superuser: flag(r, 3),
                replication: flag(r, 4),
                can_login: !flag(r, 5),
                ..Role::default()
            })
        })
        .collect()
}

/// Inbound replication channels (one row each) as subscriptions.
fn replica_channels(rows: &[Row]) -> Result<Vec<Subscription>, String> {
    rows.iter()
        .map(|r| {
            let host = named(r, &["Source_Host", "Master_Host"]).unwrap_or_default();
            let port = named(r, &["Source_Port", "Master_Port"]).unwrap_or_default();
            let source = format!("{host}:{port}");
            let channel = named(r, &["Channel_Name", "Connection_name"]).unwrap_or_default();
            Ok(Subscription {
                name: if channel.is_empty() {
                    format!("replication from {source}")
                } else {
                    channel
                },
                enabled: named(r, &["Replica_IO_Running", "Slave_IO_Running"]).as_deref()
                    == Some("Yes"),
                publications: vec![source],
            })
        })
        .collect()
}

/// `mysql.rds_show_configuration`: name, value, description.
fn rds_configuration(rows: &[Row]) -> Result<Vec<Setting>, String> {
    rows.iter()
        .map(|r| {
            Ok(Setting {
                name: req(r, 0)?,
                value: text(r, 1).unwrap_or_else(|| "NULL".into()),
                source: Some("mysql.rds_show_configuration".into()),
                context: None,
            })
        })
        .collect()
}

/// Server variables that change semantics or matter for the move, plus every provider-specific
/// one. `sql_mode` is always recorded, empty or not: several checks read it.
const KEY_SETTINGS: &[&str] = &[
    "sql_mode",
    "lower_case_table_names",
    "character_set_server",
    "collation_server",
    "time_zone",
    "system_time_zone",
    "explicit_defaults_for_timestamp",
    "foreign_key_checks",
    "transaction_isolation",
    "tx_isolation",
    "log_bin",
    "binlog_format",
    "binlog_row_image",
    "binlog_expire_logs_seconds",
    "expire_logs_days",
    "gtid_mode",
    "gtid_strict_mode",
    "log_slave_updates",
    "log_replica_updates",
    "event_scheduler",
    "max_connections",
    "default_storage_engine",
    "innodb_buffer_pool_size",
    "log_bin_trust_function_creators",
    "require_secure_transport",
    "default_authentication_plugin",
    "local_infile",
    "secure_file_priv",
    "sql_require_primary_key",
    "wsrep_on",
    "group_replication_single_primary_mode",
    "audit_log_enabled",
    "redirect_enabled",
    "performance_schema",
];

fn settings(vars: &BTreeMap<String, String>, sources: &HashMap<String, String>) -> Vec<Setting> {
    static PROVIDER: OnceLock<Regex> = OnceLock::new();
    let provider = PROVIDER.get_or_init(|| {
        Regex::new(r"^(aurora_|aws_default_|backtrack|cloudsql_|aad_|azure_)")
            .expect("valid pattern")
    });
    let mut out: Vec<Setting> = vars
        .iter()
        .filter(|(name, _)| KEY_SETTINGS.contains(&name.as_str()) || provider.is_match(name))
        .map(|(name, value)| Setting {
            name: name.clone(),
            value: value.clone(),
            source: sources.get(name).map(|s| variable_source(s)),
            context: None,
        })
        .collect();
    if !vars.contains_key("sql_mode") {
        out.push(Setting {
            name: "sql_mode".into(),
            value: String::new(),
            source: None,
            context: None,
        });
    }
    out
}

/// performance_schema.variables_info sources in the profile's words.
fn variable_source(s: &str) -> String {
    match s {
        "GLOBAL" | "SERVER" | "EXPLICIT" | "EXTRA" => "configuration file",
        "PERSISTED" => "persisted",
        "COMMAND_LINE" => "command line",
        "DYNAMIC" => "SET GLOBAL",
        "LOGIN" => "login",
        "COMPILED" => "default",
        other => return other.to_ascii_lowercase(),
    }
    .into()
}

/// Averages since the server started, from `SHOW GLOBAL STATUS`.
fn workload(status: &BTreeMap<String, String>, vars: &BTreeMap<String, String>) -> Workload {
    let n = |k: &str| -> f64 {
        status
            .get(k)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let uptime = n("uptime").max(1.0);
    let rate = |x: f64| decimal(x / uptime);
    let writes = [
        "com_insert",
        "com_insert_select",
        "com_update",
        "com_update_multi",
        "com_delete",
        "com_delete_multi",
        "com_replace",
        "com_replace_select",
    ]
    .iter()
    .map(|k| n(k))
    .sum::<f64>();
    let mut w = Workload {
        peak_connections: status
            .get("max_used_connections")
            .and_then(|v| v.parse().ok()),
        transactions_per_second: rate(n("com_commit") + n("com_rollback")),
        reads_per_second: rate(n("com_select")),
        writes_per_second: rate(writes),
        ..Workload::default()
    };
    let mut other = |k: &str, v: Option<Decimal>| {
        if let Some(v) = v {
            w.other.insert(k.to_string(), v);
        }
    };
    other("connections_now", decimal(n("threads_connected")));
    other(
        "max_connections",
        vars.get("max_connections")
            .and_then(|v| v.parse::<u64>().ok())
            .map(Decimal::from),
    );
    other("questions_per_second", rate(n("questions")));
    other("innodb_rows_read_per_second", rate(n("innodb_rows_read")));
    other("stats_window_hours", decimal(uptime / 3600.0));
    w
}

/// Databases (schemas) with their size: the sum of their tables' data and index lengths.
fn databases(mut schemata: Vec<Database>, tables: &[Table]) -> Vec<Database> {
    for d in &mut schemata {
        let size: u64 = tables
            .iter()
            .filter(|t| t.schema == d.name)
            .filter_map(|t| t.size_bytes)
            .sum();
        d.size_bytes = Some(size);
    }
    schemata
}

/// Collations in use by columns, with their character set as provider.
fn collations_in_use(tables: &[Table]) -> Vec<Collation> {
    let mut used: BTreeMap<String, u64> = BTreeMap::new();
    for t in tables {
        for c in &t.columns {
            if let Some(coll) = c.collation.as_ref().or(t.collation.as_ref()) {
                if c.charset.is_some() || is_text(&c.data_type) {
                    *used.entry(coll.clone()).or_default() += 1;
                }
            }
        }
    }
    used.into_iter()
        .map(|(name, n)| Collation {
            schema: String::new(),
            provider: Some(charset_of(&name)),
            deterministic: None,
            used_by_columns: n,
            name,
        })
        .collect()
}

fn is_text(data_type: &str) -> bool {
    matches!(
        data_type,
        "char"
            | "varchar"
            | "tinytext"
            | "text"
            | "mediumtext"
            | "longtext"
            | "enum"
            | "set"
            | "json"
    )
}

// ------------------------------------------------------------------------ reserved words

/// PostgreSQL's reserved key words (PostgreSQL 17, Appendix C: "reserved"): never usable as an
/// unquoted table, column or function name.
pub const PG_RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "constraint",
    "create",
    "current_catalog",
    "current_date",
    "current_role",
    "current_time",
    "current_timestamp",
    "current_user",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "fetch",
    "for",
    "foreign",
    "from",
    "grant",
    "group",
    "having",
    "in",
    "initially",
    "intersect",
    "into",
    "lateral",
    "leading",
    "limit",
    "localtime",
    "localtimestamp",
    "not",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "placing",
    "primary",
    "references",
    "returning",
    "select",
    "session_user",
    "some",
    "symmetric",
    "system_user",
    "table",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "variadic",
    "when",
    "where",
    "window",
    "with",
];

/// PostgreSQL key words reserved except as function or type names ("reserved (can be function
/// or type)"): not usable as unquoted table or column names.
pub const PG_RESERVED_EXCEPT_FUNCTION: &[&str] = &[
    "authorization",
    "binary",
    "collation",
    "concurrently",
    "cross",
    "current_schema",
    "freeze",
    "full",
    "ilike",
    "inner",
    "is",
    "isnull",
    "join",
    "left",
    "like",
    "natural",
    "notnull",
    "outer",
    "overlaps",
    "right",
    "similar",
    "tablesample",
    "verbose",
];

/// Tables, columns, views and routines whose names PostgreSQL reserves.
fn reserved_identifiers(p: &Profile) -> Vec<ReservedIdentifier> {
    let reserved = |name: &str, function: bool| -> Option<String> {
        let word = name.to_ascii_lowercase();
        (PG_RESERVED.contains(&word.as_str())
            || (!function && PG_RESERVED_EXCEPT_FUNCTION.contains(&word.as_str())))
        .then_some(word)
    };
    let mut out = Vec::new();
    let mut push = |kind: &str, name: String, word: String| {
        out.push(ReservedIdentifier {
            kind: kind.into(),
            name,
            word,
        })
    };
    for t in &p.tables {
        if let Some(w) = reserved(&t.name, false) {
            push("table", format!("{}.{}", t.schema, t.name), w);
        }
        for c in &t.columns {
            if let Some(w) = reserved(&c.name, false) {
                push("column", format!("{}.{}.{}", t.schema, t.name, c.name), w);
            }
        }
    }
    for v in &p.views {
        if let Some(w) = reserved(&v.name, false) {
            push("view", format!("{}.{}", v.schema, v.name), w);
        }
    }
    for r in &p.routines {
        if let Some(w) = reserved(&r.name, true) {
            let name = if r.schema.is_empty() {
                r.name.clone()
            } else {
                format!("{}.{}", r.schema, r.name)
            };
            push("routine", name, w);
        }
    }
    out
}

// ------------------------------------------------------------------------------ detection

/// The engine id and the evidence for it, from server variables and account names
/// (`user@host`). Precedence when markers of several providers are present: Aurora (it also
/// carries the RDS markers), RDS, Cloud SQL, Azure; plain MySQL / MariaDB otherwise.
pub fn detect(vars: &BTreeMap<String, String>, accounts: &[String]) -> (String, Vec<String>) {
    let var = |name: &str| vars.get(name).filter(|v| !v.is_empty());
    let account = |re: &str| -> Vec<String> {
        let re = Regex::new(re).expect("valid pattern");
        accounts
            .iter()
            .filter(|a| re.is_match(a.split('@').next().unwrap_or(a)))
            .map(|a| {
                if a.contains('@') {
                    format!("user {a} exists")
                } else {
                    format!("role {a} exists")
                }
            })
            .collect()
    };
    let present = |re: &str| -> Vec<String> {
        let re = Regex::new(re).expect("valid pattern");
        vars.keys()
            .filter(|k| re.is_match(k))
            .map(|k| format!("variable {k} is present"))
            .collect()
    };

    let mut aurora = Vec::new();
    if let Some(v) = var("aurora_version") {
        aurora.push(format!("variable aurora_version = {v}"));
    } else {
        // Older Aurora releases may lack the variable but not the other aurora_* parameters.
        aurora.extend(present(r"^aurora_").into_iter().take(3));
    }
    let mut rds = Vec::new();
    if let Some(b) = var("basedir").filter(|b| b.starts_with("/rdsdbbin/")) {
        rds.push(format!("variable basedir = {b}"));
    }
    rds.extend(account(r"^(rdsadmin|rdsrepladmin|rds_superuser_role)$"));
    let mut cloudsql = account(r"^cloudsql");
    cloudsql.extend(present(r"^cloudsql_"));
    let mut azure = account(r"^azure_superuser$");
    azure.extend(present(r"^(aad_auth|azure_)"));

    let version = vars.get("version").cloned().unwrap_or_default();
    let comment = vars.get("version_comment").cloned().unwrap_or_default();
    let flavour = if format!("{version} {comment}")
        .to_ascii_lowercase()
        .contains("mariadb")
    {
        format!("server is MariaDB: version {version}, version_comment {comment}")
    } else {
        format!("server is MySQL: version {version}, version_comment {comment}")
    };

    let mut evidence = Vec::new();
    let engine = if !aurora.is_empty() {
        evidence.append(&mut aurora);
        evidence.append(&mut rds);
        "aurora-mysql"
    } else if !rds.is_empty() {
        evidence.append(&mut rds);
        evidence.push(flavour);
        "rds-mysql"
    } else if !cloudsql.is_empty() {
        evidence.append(&mut cloudsql);
        "cloudsql-mysql"
    } else if !azure.is_empty() {
        evidence.append(&mut azure);
        "azure-mysql"
    } else {
        evidence.push(
            "no provider markers: no aurora_version variable, no /rdsdbbin/ basedir, no \
             rdsadmin, cloudsql* or azure_superuser accounts, no cloudsql_* / aad_* / azure_* \
             variables"
                .into(),
        );
        evidence.push(flavour);
        "mysql"
    };
    let others: Vec<String> = [rds, cloudsql, azure]
        .into_iter()
        .flatten()
        .filter(|e| !evidence.contains(e))
        .collect();
    if !others.is_empty() && engine != "mysql" {
        evidence.push(format!("also seen: {}", others.join(", ")));
    }
    (engine.to_string(), evidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn detection_precedence_and_evidence() {
        let base = [
            ("version", "8.0.35"),
            ("version_comment", "Source distribution"),
        ];
        let with = |extra: &[(&str, &str)]| {
            let mut v = vars(&base);
            v.extend(vars(extra));
            v
        };
        let s = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let cases = [
            (
                with(&[
                    ("aurora_version", "3.05.2"),
                    ("basedir", "/rdsdbbin/oscar-8.0.mysql_aurora.3.05.2/"),
                ]),
                s(&["rdsadmin@localhost"]),
                "aurora-mysql",
            ),
            (
                with(&[("basedir", "/rdsdbbin/mysql-8.0.35.R2/")]),
                s(&[]),
                "rds-mysql",
            ),
            (with(&[]), s(&["rdsadmin@localhost"]), "rds-mysql"),
            (
                with(&[("aurora_parallel_query", "OFF")]),
                s(&["rdsadmin@localhost"]),
                "aurora-mysql",
            ),
            (
                with(&[("cloudsql_iam_authentication", "on")]),
                s(&[]),
                "cloudsql-mysql",
            ),
            (with(&[]), s(&["cloudsqlsuperuser"]), "cloudsql-mysql"),
            (
                with(&[("aad_auth_only", "OFF")]),
                s(&["azure_superuser@localhost"]),
                "azure-mysql",
            ),
            (
                with(&[("basedir", "/usr/")]),
                s(&["root@localhost", "rdsx@%"]),
                "mysql",
            ),
        ];
        for (v, a, want) in cases {
            let (got, evidence) = detect(&v, &a);
            assert_eq!(got, want, "{v:?} {a:?}");
            assert!(!evidence.is_empty());
        }
        let (_, ev) = detect(
            &with(&[
                ("aurora_version", "3.05.2"),
                ("basedir", "/rdsdbbin/oscar/"),
            ]),
            &s(&["rdsadmin@localhost"]),
        );
        assert_eq!(
            ev,
            [
                "variable aurora_version = 3.05.2",
                "variable basedir = /rdsdbbin/oscar/",
                "user rdsadmin@localhost exists"
            ]
        );
        let (_, ev) = detect(
            &vars(&[
                ("version", "10.6.16-MariaDB-log"),
                ("basedir", "/rdsdbbin/mariadb"),
            ]),
            &s(&["azure_superuser@localhost"]),
        );
        assert!(
            ev.iter().any(|e| e.starts_with("server is MariaDB")),
            "{ev:?}"
        );
        assert_eq!(
            ev.last().unwrap(),
            "also seen: user azure_superuser@localhost exists"
        );
    }

    #[test]
    fn body_scan_finds_the_rubric_vocabulary() {
        let body = "
            BEGIN
              DECLARE done INT DEFAULT 0;
              DECLARE c CURSOR FOR SELECT id FROM t;
              DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
              -- CREATE TEMPORARY TABLE in a comment does not count
              # nor LOAD_FILE('/etc/passwd') after a hash
              /* nor lambda_sync('arn', '{}') */
              CREATE TEMPORARY TABLE work (id INT);
              SET @s = CONCAT('SELECT * FROM ', tbl);
              PREPARE stmt FROM @s; EXECUTE stmt; DEALLOCATE PREPARE stmt;
              IF done THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'x'; END IF;
              CALL mysql.lambda_async('arn:aws:lambda:…', '{}');
              SELECT aws_comprehend_detect_sentiment(txt, 'en') INTO @s;
              LOAD DATA FROM S3 's3://bucket/file' INTO TABLE t;
              SELECT * FROM t INTO OUTFILE S3 's3://bucket/out';
              CALL mysql.rds_kill(42);
              SELECT * FROM t INTO OUTFILE '/tmp/t.csv';
              START TRANSACTION; COMMIT;
            END";
        let uses = scan_body(body);
        for want in [
            "dynamic_sql",
            "handler",
            "cursor",
            "signal",
            "temp_table",
            "transaction",
            "lambda_async",
            "aws_ml",
            "load_data_from_s3",
            "select_into_outfile_s3",
            "rds_procedure",
            "select_into_outfile",
        ] {
            assert!(uses.contains(&want.to_string()), "{want} in {uses:?}");
        }
        for absent in ["load_file", "lambda_sync", "resignal", "load_xml_from_s3"] {
            assert!(!uses.contains(&absent.to_string()), "{absent} in {uses:?}");
        }
        assert_eq!(scan_body("BEGIN RESIGNAL; END"), ["resignal"]);
        assert_eq!(
            scan_body("SELECT LOAD_FILE('/etc/hosts') INTO @x"),
            ["load_file"]
        );
        assert_eq!(
            scan_body("LOAD DATA LOCAL INFILE '/x' INTO TABLE t"),
            ["load_data_infile"]
        );
        assert_eq!(
            scan_body("LOAD XML FROM S3 's3://b/x' INTO TABLE t"),
            ["load_xml_from_s3"]
        );
        assert_eq!(scan_body("SELECT lambda_sync('a', '{}')"), ["lambda_sync"]);
        // GRANT EXECUTE ON … is not dynamic SQL; an executable comment is code.
        assert!(scan_body("GRANT EXECUTE ON PROCEDURE p TO u").is_empty());
        assert_eq!(
            scan_body("/*!50000 CREATE TEMPORARY TABLE x (a int) */"),
            ["temp_table"]
        );
    }

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

    #[test]
    fn schema_names_are_hex_literals() {
        let f = SchemaFilter(Some("sh'op\\".into()));
        assert_eq!(f.on("TABLE_SCHEMA"), "TABLE_SCHEMA = X'7368276f705c'");
        assert!(SchemaFilter(None).on("X").contains("'performance_schema'"));
    }

    #[test]
    fn defaults_charsets_and_settings() {
        assert_eq!(mariadb_default("NULL"), None);
        assert_eq!(
            mariadb_default("'0000-00-00 00:00:00'").as_deref(),
            Some("0000-00-00 00:00:00")
        );
        assert_eq!(mariadb_default("'it''s'").as_deref(), Some("it's"));
        assert_eq!(
            mariadb_default("current_timestamp()").as_deref(),
            Some("current_timestamp()")
        );
        assert_eq!(charset_of("utf8mb4_0900_ai_ci"), "utf8mb4");
        assert_eq!(charset_of("binary"), "binary");
        let v = vars(&[
            ("sql_mode", ""),
            ("aurora_parallel_query", "ON"),
            ("cloudsql_vector", "on"),
            ("innodb_page_size", "16384"),
        ]);
        let s = settings(&v, &HashMap::new());
        let names: Vec<&str> = s.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            ["aurora_parallel_query", "cloudsql_vector", "sql_mode"]
        );
        assert!(settings(&BTreeMap::new(), &HashMap::new())
            .iter()
            .any(|s| s.name == "sql_mode"));
    }
}
