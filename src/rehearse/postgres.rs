//! The PostgreSQL rehearsal: `pg_dump` the source's schema, replay it into a scratch database as
//! a role shaped like `databricks_superuser`, drop the scratch objects.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use tokio_postgres::Client;

use super::split::{self, Statement};
use super::tool::{self, Tool};
use super::{checks, Failure, Options, RefusedBy};
use crate::assessment::Finding;
use crate::error::Error;
use crate::introspect::postgres::open;
use crate::introspect::SourceUrl;

/// The flags Lakebase's migration docs prescribe, plus schema only.
pub const DUMP_FLAGS: [&str; 3] = ["--schema-only", "--no-owner", "--no-acl"];

/// A `pg_dump` found and its major version.
#[derive(Debug, Clone)]
pub struct PgDump {
    pub path: PathBuf,
    /// `15.20`
    pub version: String,
    pub major: u32,
}

/// Finds `pg_dump` (given, or on PATH) and reads its version.
pub fn find_pg_dump(given: Option<&Path>) -> Result<PgDump, Error> {
    let tool = Tool {
        name: "pg_dump",
        option: "--pg-dump",
        install: "install the PostgreSQL client (Debian: postgresql-client) of the source's major \
                  version or newer, or give its path with --pg-dump",
        parse: parse_tool_version,
        expected: "pg_dump (PostgreSQL) N.N",
    };
    let (path, version) = tool::find(&tool, given)?;
    let major = version
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    Ok(PgDump {
        path,
        version,
        major,
    })
}

/// `pg_dump (PostgreSQL) 15.20 (Debian …)` → `15.20`.
pub fn parse_tool_version(text: &str) -> Option<String> {
    let line = text.lines().next()?;
    let rest = line.split_once("(PostgreSQL)")?.1.trim();
    let v = rest.split_whitespace().next()?;
    v.chars()
        .next()
        .filter(|c| c.is_ascii_digit())
        .map(|_| v.to_string())
}

/// The libpq environment for a URL: a child process reads host, user, database, TLS and the
/// password from it, so none of them is on its command line (where `ps` shows it).
pub fn libpq_env(url: &SourceUrl) -> Vec<(&'static str, String)> {
    let mut env = Vec::new();
    if let Some(h) = &url.host {
        env.push(("PGHOST", h.clone()));
    }
    if let Some(p) = url.port {
        env.push(("PGPORT", p.to_string()));
    }
    if let Some(u) = &url.user {
        env.push(("PGUSER", u.clone()));
    }
    if let Some(d) = &url.database {
        env.push(("PGDATABASE", d.clone()));
    }
    if let Some(p) = url.password() {
        env.push(("PGPASSWORD", p.expose().to_string()));
    }
    for (param, var) in [
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("application_name", "PGAPPNAME"),
        ("connect_timeout", "PGCONNECT_TIMEOUT"),
    ] {
        if let Some(v) = url.param(param) {
            env.push((var, v.to_string()));
        }
    }
    env
}

/// Runs `pg_dump` with [`DUMP_FLAGS`] on the source; the schema as text.
pub fn dump_schema(pg_dump: &PgDump, source: &SourceUrl) -> Result<String, Error> {
    let mut cmd = Command::new(&pg_dump.path);
    cmd.args(DUMP_FLAGS).stdin(Stdio::null());
    // Nothing of the caller's libpq environment may point pg_dump elsewhere than the URL says.
    for var in ["PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGSERVICE"] {
        cmd.env_remove(var);
    }
    for (k, v) in libpq_env(source) {
        cmd.env(k, v);
    }
    let out = cmd.output().map_err(|e| Error::Io {
        what: format!("cannot run {}", pg_dump.path.display()),
        source: e,
    })?;
    let stderr = source.scrub(String::from_utf8_lossy(&out.stderr).trim());
    if !out.status.success() {
        let what = format!("pg_dump of {}", source.masked());
        let unreachable = [
            "connection to server",
            "could not connect",
            "could not translate host",
        ]
        .iter()
        .any(|m| stderr.contains(m));
        return Err(if unreachable {
            Error::Unreachable {
                what,
                detail: stderr,
            }
        } else {
            Error::input(what, stderr)
        });
    }
    String::from_utf8(out.stdout).map_err(|_| {
        Error::input(
            format!("pg_dump of {}", source.masked()),
            "the dump is not UTF-8 text",
        )
    })
}

/// What the source says about itself: version, and the roles that own or are granted objects.
pub struct SourceFacts {
    pub version_num: u32,
    pub version: String,
    pub roles: Vec<super::RoleMapping>,
    /// The role pg_dump connects as.
    pub user: String,
}

const SQL_SOURCE_ROLES: &str = "\
WITH objs AS (
  SELECT c.oid, 'pg_class'::regclass AS cls, c.relowner AS owner, c.relacl AS acl
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
     AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  UNION ALL
  SELECT p.oid, 'pg_proc'::regclass, p.proowner, p.proacl
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
  UNION ALL
  SELECT t.oid, 'pg_type'::regclass, t.typowner, t.typacl
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
     AND t.typtype IN ('e', 'd', 'r', 'm', 'b') AND t.typelem = 0
  UNION ALL
  SELECT n.oid, 'pg_namespace'::regclass, n.nspowner, n.nspacl
    FROM pg_namespace n
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
), mine AS (
  SELECT * FROM objs o WHERE NOT EXISTS (
    SELECT 1 FROM pg_depend d WHERE d.classid = o.cls AND d.objid = o.oid AND d.deptype = 'e')
), owners AS (
  SELECT owner AS role, count(*) AS n FROM mine GROUP BY owner
), grants AS (
  SELECT a.grantee AS role, count(DISTINCT m.oid) AS n
    FROM mine m, aclexplode(m.acl) a
   WHERE a.grantee <> m.owner AND a.grantee <> 0
   GROUP BY a.grantee
)
SELECT r.rolname::text, r.rolsuper, r.rolcanlogin,
       coalesce(o.n, 0)::int8, coalesce(g.n, 0)::int8
  FROM owners o FULL JOIN grants g ON g.role = o.role
  JOIN pg_roles r ON r.oid = coalesce(o.role, g.role)
 WHERE r.rolname NOT LIKE 'pg\\_%'
 ORDER BY 1";

/// Reads the source's version and owners/grantees (read-only).
pub async fn source_facts(source: &SourceUrl, opts: &Options) -> Result<SourceFacts, Error> {
    let client = open(source, "source", opts.connect_timeout).await?;
    let fail = |e: tokio_postgres::Error| Error::Unreachable {
        what: format!("cannot read the source {}", source.masked()),
        detail: source.scrub(&db_text(&e)),
    };
    client
        .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        .await
        .map_err(fail)?;
    let row = client
        .query_one(
            "SELECT current_setting('server_version_num')::int4, \
             current_setting('server_version'), current_user::text",
            &[],
        )
        .await
        .map_err(fail)?;
    let version_num = row.get::<_, i32>(0) as u32;
    let mut roles = Vec::new();
    for r in client.query(SQL_SOURCE_ROLES, &[]).await.map_err(fail)? {
        let (name, superuser, login): (String, bool, bool) = (r.get(0), r.get(1), r.get(2));
        let (owns, granted_on) = (r.get::<_, i64>(3) as u64, r.get::<_, i64>(4) as u64);
        roles.push(super::RoleMapping {
            on_lakebase: role_advice(&name, superuser, login, owns, granted_on),
            source_role: name,
            owns,
            granted_on,
            superuser,
            login,
        });
    }
    let _ = client.batch_execute("ROLLBACK").await;
    Ok(SourceFacts {
        version_num,
        version: row.get(1),
        roles,
        user: row.get(2),
    })
}

/// What a source owner or grantee needs on Lakebase (its roles and permissions docs: the project
/// owner is a member of `databricks_superuser`; other roles are Databricks identities made with
/// `databricks_create_role` or native password roles).
fn role_advice(name: &str, superuser: bool, login: bool, owns: u64, granted_on: u64) -> String {
    let q = quote_ident(name);
    if superuser {
        return format!(
            "none: a superuser, which Lakebase has no equivalent of. Its {owns} object(s) \
             become the restoring role's (a member of databricks_superuser) through --no-owner{}",
            if granted_on > 0 {
                "; its grants need no re-applying"
            } else {
                ""
            }
        );
    }
    let create = if login {
        format!(
            "a login role: a Databricks identity (`SELECT databricks_create_role('<identity>', \
             'USER');`) or a native password role (`CREATE ROLE {q} LOGIN PASSWORD …;`, needed \
             through the built-in PgBouncer)"
        )
    } else {
        format!("a group role: `CREATE ROLE {q} NOLOGIN;`, granted to the login roles")
    };
    let mut then = Vec::new();
    if owns > 0 {
        then.push(format!(
            "after the restore, `REASSIGN OWNED` or `ALTER … OWNER TO {q}` for its {owns} object(s) \
             if it must own them"
        ));
    }
    if granted_on > 0 {
        then.push(format!(
            "re-apply its grants on {granted_on} object(s) (the ACL entries of the dump)"
        ));
    }
    if then.is_empty() {
        create
    } else {
        format!("{create}; {}", then.join("; "))
    }
}

/// `name` as an SQL identifier, quoted when it must be.
pub fn quote_ident(name: &str) -> String {
    let plain = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if plain {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// A database error as one line: message (SQLSTATE), detail.
pub fn db_text(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut s = format!("{} (SQLSTATE {})", db.message(), db.code().code());
            if let Some(d) = db.detail() {
                s.push_str(&format!("; {d}"));
            }
            s
        }
        None => e.to_string(),
    }
}

/// The scratch server as the admin URL reaches it.
pub struct Scratch {
    pub admin: Client,
    pub url: SourceUrl,
    pub version: String,
    pub version_num: u32,
    pub superuser: bool,
    pub lakebase_branch: bool,
    pub user: String,
}

/// Connects to the scratch server and checks that the admin role can create a database and a
/// role (exit 2 when it cannot, 3 when the server cannot be reached).
pub async fn connect_scratch(opts: &Options) -> Result<Scratch, Error> {
    let url = &opts.scratch;
    let admin = open(url, "scratch server", opts.connect_timeout).await?;
    let fail = |e: tokio_postgres::Error| Error::Unreachable {
        what: format!("scratch server {}", url.masked()),
        detail: url.scrub(&db_text(&e)),
    };
    let row = admin
        .query_one(
            "SELECT current_setting('server_version'), \
                    current_setting('server_version_num')::int4, r.rolsuper, r.rolcreatedb, \
                    r.rolcreaterole, current_user::text, \
                    EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'databricks_superuser') \
               FROM pg_roles r WHERE r.rolname = current_user",
            &[],
        )
        .await
        .map_err(fail)?;
    let (superuser, createdb, createrole): (bool, bool, bool) =
        (row.get(2), row.get(3), row.get(4));
    let user: String = row.get(5);
    if !(superuser || createdb && createrole) {
        let missing: Vec<&str> = [(!createdb, "CREATEDB"), (!createrole, "CREATEROLE")]
            .into_iter()
            .filter_map(|(m, n)| m.then_some(n))
            .collect();
        return Err(Error::input(
            format!("--scratch {}", url.masked()),
            format!(
                "role `{user}` lacks {}: the rehearsal creates a scratch database and a role \
                 there. Give an administrative URL (on a Lakebase branch, the project owner); \
                 nothing was created",
                missing.join(" and ")
            ),
        ));
    }
    Ok(Scratch {
        admin,
        url: url.clone(),
        version: row.get(0),
        version_num: row.get::<_, i32>(1) as u32,
        superuser,
        lakebase_branch: row.get(6),
        user,
    })
}

/// A fresh name for the scratch database and role, and the role's password.
pub fn fresh_names() -> (String, String) {
    let bytes = random_bytes();
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    (
        format!("dbassay_rehearsal_{}", &hex[..10]),
        hex[10..].to_string(),
    )
}

fn random_bytes() -> [u8; 24] {
    use sha2::{Digest, Sha256};
    let mut out = [0u8; 24];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        use std::io::Read;
        if f.read_exact(&mut out).is_ok() {
            return out;
        }
    }
    // No /dev/urandom: the clock, the process and an address, hashed.
    let seed = format!(
        "{:?}{}{:p}",
        std::time::SystemTime::now(),
        std::process::id(),
        &out
    );
    out.copy_from_slice(&Sha256::digest(seed.as_bytes())[..24]);
    out
}

/// The scratch objects made for one rehearsal.
pub struct Made {
    pub database: String,
    pub role: String,
    password: String,
    pub role_created: bool,
    pub database_created: bool,
}

/// Creates the role (shaped like `databricks_superuser`) and the database it owns.
pub async fn create_scratch(s: &Scratch, made: &mut Made) -> Result<(), Error> {
    let fail = |what: &str, e: tokio_postgres::Error| {
        let detail = s
            .url
            .scrub(&db_text(&e))
            .replace(&made.password, crate::introspect::MASK);
        Error::input(
            format!("scratch server {}", s.url.masked()),
            format!("cannot {what}: {detail}"),
        )
    };
    let role = quote_ident(&made.role);
    s.admin
        .batch_execute(&format!(
            "CREATE ROLE {role} LOGIN PASSWORD '{}' CREATEDB CREATEROLE NOSUPERUSER \
             NOREPLICATION NOBYPASSRLS",
            made.password
        ))
        .await
        .map_err(|e| fail("create the rehearsal role", e))?;
    made.role_created = true;
    if s.lakebase_branch {
        s.admin
            .batch_execute(&format!("GRANT databricks_superuser TO {role}"))
            .await
            .map_err(|e| fail("grant databricks_superuser to the rehearsal role", e))?;
    }
    if !s.superuser {
        // A CREATEROLE admin holds ADMIN OPTION on the role it made; membership lets it make the
        // role a database owner (PostgreSQL 16+) and SET ROLE to it.
        s.admin
            .batch_execute(&format!("GRANT {role} TO CURRENT_USER"))
            .await
            .map_err(|e| fail("grant the rehearsal role to the admin role", e))?;
    }
    s.admin
        .batch_execute(&format!(
            "CREATE DATABASE {} OWNER {role} TEMPLATE template0 ENCODING 'UTF8'",
            quote_ident(&made.database)
        ))
        .await
        .map_err(|e| fail("create the scratch database", e))?;
    made.database_created = true;
    Ok(())
}

/// Drops what [`create_scratch`] made; every step is tried. Returns what could not be dropped.
pub async fn drop_scratch(s: &Scratch, made: &Made) -> Vec<String> {
    let mut left = Vec::new();
    if made.database_created {
        let force = if s.version_num >= 130_000 {
            " WITH (FORCE)"
        } else {
            ""
        };
        let sql = format!(
            "DROP DATABASE IF EXISTS {}{force}",
            quote_ident(&made.database)
        );
        if let Err(e) = s.admin.batch_execute(&sql).await {
            left.push(format!("database {} ({})", made.database, db_text(&e)));
        }
    }
    if made.role_created {
        let sql = format!("DROP ROLE IF EXISTS {}", quote_ident(&made.role));
        if let Err(e) = s.admin.batch_execute(&sql).await {
            left.push(format!("role {} ({})", made.role, db_text(&e)));
        }
    }
    left
}

impl Made {
    /// The role's password (for a child process's environment only).
    pub fn password(&self) -> &str {
        &self.password
    }

    pub fn new() -> Made {
        let (name, password) = fresh_names();
        Made {
            database: name.clone(),
            role: name,
            password,
            role_created: false,
            database_created: false,
        }
    }
}

impl Default for Made {
    fn default() -> Self {
        Made::new()
    }
}

/// Opens the replay session as the role: a login as it, or (when the server does not let it log
/// in from here) the admin with `SET ROLE`. Returns the client and how it runs.
pub async fn replay_session(
    s: &Scratch,
    made: &Made,
    opts: &Options,
) -> Result<(Client, &'static str), Error> {
    let as_role = s.url.with_login(&made.role, &made.password, &made.database);
    let (client, how) = match open(&as_role, "scratch server", opts.connect_timeout).await {
        Ok(c) => (c, "login"),
        Err(_) => {
            let c = open(
                &s.url.with_database(&made.database),
                "scratch server",
                opts.connect_timeout,
            )
            .await?;
            c.batch_execute(&format!("SET ROLE {}", quote_ident(&made.role)))
                .await
                .map_err(|e| {
                    Error::input(
                        format!("scratch server {}", s.url.masked()),
                        format!("cannot SET ROLE to the rehearsal role: {}", db_text(&e)),
                    )
                })?;
            (c, "set_role")
        }
    };
    // Durability of a scratch database does not matter; the statements are the same.
    let _ = client.batch_execute("SET synchronous_commit = off").await;
    Ok((client, how))
}

/// Statements that would change who the session is; never replayed (a dump made with
/// --no-owner holds none).
fn changes_identity(kind: &str, sql: &str) -> bool {
    let upper = sql.to_ascii_uppercase();
    kind == "SET"
        && (upper.starts_with("SET ROLE") || upper.starts_with("SET SESSION AUTHORIZATION"))
        || upper.starts_with("RESET ROLE")
        || upper.starts_with("RESET SESSION AUTHORIZATION")
        || upper.starts_with("RESET ALL")
}

/// Keywords that lead a statement (`CREATE EVENT TRIGGER`, `ALTER TABLE`, `COMMENT ON`).
pub fn statement_kind(sql: &str) -> String {
    const WORDS: &[&str] = &[
        "CREATE",
        "ALTER",
        "COMMENT",
        "ON",
        "OR",
        "REPLACE",
        "EVENT",
        "TRIGGER",
        "FOREIGN",
        "TABLE",
        "DATA",
        "WRAPPER",
        "SERVER",
        "FUNCTION",
        "PROCEDURE",
        "TYPE",
        "INDEX",
        "UNIQUE",
        "EXTENSION",
        "SCHEMA",
        "VIEW",
        "MATERIALIZED",
        "SEQUENCE",
        "DOMAIN",
        "AGGREGATE",
        "OPERATOR",
        "CLASS",
        "FAMILY",
        "COLLATION",
        "CAST",
        "LANGUAGE",
        "TRUSTED",
        "PROCEDURAL",
        "PUBLICATION",
        "SUBSCRIPTION",
        "POLICY",
        "RULE",
        "ACCESS",
        "METHOD",
        "TEXT",
        "SEARCH",
        "CONFIGURATION",
        "DICTIONARY",
        "PARSER",
        "TEMPLATE",
        "STATISTICS",
        "CONVERSION",
        "DEFAULT",
        "USER",
        "MAPPING",
        "SET",
        "SELECT",
        "GRANT",
        "REVOKE",
        "CONSTRAINT",
        "TRANSFORM",
        "TABLESPACE",
        "DATABASE",
        "ROLE",
        "UNLOGGED",
        "RECURSIVE",
        "COPY",
        "PRIVILEGES",
        "LARGE",
        "OBJECT",
        "RESET",
    ];
    let mut out: Vec<String> = Vec::new();
    for w in sql.split_whitespace().take(4) {
        let up = w.to_ascii_uppercase();
        if WORDS.contains(&up.as_str()) && !(out.len() == 1 && out[0] == "SET") {
            out.push(up);
        } else {
            break;
        }
    }
    if out.is_empty() {
        sql.split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase()
    } else {
        out.join(" ")
    }
}

/// The object a statement is about: pg_dump's header, or the setting a SET changes.
fn object_of(kind: &str, st: &Statement) -> String {
    if kind == "SET" || kind == "SELECT" || kind == "RESET" {
        let setting = st
            .sql
            .split_whitespace()
            .nth(1)
            .unwrap_or("")
            .trim_end_matches(['=', ';']);
        if kind == "SET" {
            return format!("setting {setting}");
        }
    }
    st.header
        .as_ref()
        .map(|h| h.object())
        .unwrap_or_else(|| excerpt_line(&st.sql))
}

fn excerpt_line(sql: &str) -> String {
    let line = sql.lines().next().unwrap_or("");
    if line.chars().count() > 80 {
        line.chars().take(80).collect::<String>() + "…"
    } else {
        line.to_string()
    }
}

/// Names an earlier failed statement created, to tie later "does not exist" errors to it.
fn created_names(st: &Statement, kind: &str) -> Vec<String> {
    let mut names = Vec::new();
    if let Some(ext) = checks::extension_name(&st.sql) {
        names.push(ext);
    }
    if let Some(h) = &st.header {
        let bare = h.name.split('(').next().unwrap_or(&h.name).trim();
        let bare = bare.rsplit(' ').next().unwrap_or(bare);
        names.push(bare.to_string());
        if let Some(s) = &h.schema {
            names.push(format!("{s}.{bare}"));
        }
    }
    let _ = kind;
    names.sort();
    names.dedup();
    names
}

/// Quoted names in a message: `language "plperlu" does not exist` → `plperlu`.
fn quoted_names(message: &str) -> Vec<String> {
    message
        .split('"')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s.to_string())
        .collect()
}

/// Whether two names are the same object, one perhaps schema-qualified (`public.seg`, `seg`).
fn same_object(a: &str, b: &str) -> bool {
    let last = |s: &str| s.rsplit('.').next().unwrap_or(s).to_string();
    a == b || (!(a.contains('.') && b.contains('.')) && last(a) == last(b))
}

/// Counts of a replay.
pub struct Replayed {
    pub statements: usize,
    pub succeeded: usize,
    pub failures: Vec<Failure>,
}

/// Replays the statements one at a time and records each failure with the checks it proves.
pub async fn replay(
    client: &Client,
    statements: &[Statement],
    findings: &[Finding],
    opts: &Options,
    lakebase_branch: bool,
) -> Result<Replayed, Error> {
    let listed: BTreeSet<String> = opts
        .lakebase_extensions
        .iter()
        .map(|e| e.to_ascii_lowercase())
        .collect();
    let mut failures: Vec<Failure> = Vec::new();
    // name → number of the failure that left it uncreated
    let mut missing: Vec<(String, usize)> = Vec::new();
    let mut succeeded = 0;
    let mut sent = 0;
    for st in statements {
        let kind = statement_kind(&st.sql);
        if changes_identity(&kind, &st.sql) {
            continue;
        }
        sent += 1;
        let number = sent;
        let refused = if kind == "CREATE EXTENSION" && !lakebase_branch {
            checks::extension_name(&st.sql).filter(|n| !listed.contains(n))
        } else {
            None
        };
        let (sqlstate, message, detail, refused_by) = if let Some(name) = refused {
            (
                "0A000".to_string(),
                format!("extension \"{name}\" is not available"),
                Some(
                    "refused by Lakebase's extension list: not sent to the scratch server; \
                     Lakebase answers a CREATE EXTENSION of an unlisted extension with this \
                     error"
                        .to_string(),
                ),
                RefusedBy::LakebaseExtensionList,
            )
        } else {
            match client.batch_execute(&st.sql).await {
                Ok(()) => {
                    succeeded += 1;
                    continue;
                }
                Err(e) => match e.as_db_error() {
                    Some(db) => (
                        db.code().code().to_string(),
                        db.message().to_string(),
                        db.detail().map(str::to_string),
                        RefusedBy::Server,
                    ),
                    None => {
                        return Err(Error::Unreachable {
                            what: format!(
                                "scratch server {} during the replay",
                                opts.scratch.masked()
                            ),
                            detail: opts.scratch.scrub(&db_text(&e)),
                        })
                    }
                },
            }
        };
        let mut follows = None;
        if refused_by == RefusedBy::Server {
            let mentioned = quoted_names(&message);
            follows = missing
                .iter()
                .find(|(name, _)| mentioned.iter().any(|m| same_object(m, name)))
                .map(|(_, n)| *n);
        }
        let mut note = None;
        let mut confirms: Vec<String> = Vec::new();
        let on_list_but_absent =
            kind == "CREATE EXTENSION" && refused_by == RefusedBy::Server && sqlstate == "0A000";
        if on_list_but_absent {
            note = Some(
                "on Lakebase's extension list but not installed on the scratch server: verify \
                 on a Lakebase branch"
                    .to_string(),
            );
        } else {
            if kind.contains("EVENT TRIGGER") && !lakebase_branch {
                note = Some("refused by PostgreSQL; verify on a Lakebase branch".to_string());
            }
            let ext = checks::extension_name(&st.sql);
            for id in checks::candidates(&kind, &st.sql, &sqlstate, &message) {
                let Some(f) = findings.iter().find(|f| f.id == id) else {
                    continue;
                };
                // Extension checks list extensions by name: only the one refused counts.
                let fits = f.category.as_str() != "extensions"
                    || ext.as_ref().is_some_and(|n| {
                        f.objects
                            .iter()
                            .any(|o| o.split_whitespace().next() == Some(n.as_str()))
                    });
                if fits && !confirms.iter().any(|c| c == id) {
                    confirms.push(id.to_string());
                }
            }
        }
        for name in created_names(st, &kind) {
            missing.push((name, number));
        }
        failures.push(Failure {
            number,
            line: st.line,
            object: object_of(&kind, st),
            kind,
            sqlstate,
            message: opts.scratch.scrub(&message),
            detail: detail.map(|d| opts.scratch.scrub(&d)),
            refused_by,
            note,
            confirms,
            follows,
            statement: super::excerpt(&st.sql, 8),
        });
    }
    Ok(Replayed {
        statements: sent,
        succeeded,
        failures,
    })
}

/// The whole PostgreSQL rehearsal. Blocking.
pub fn rehearse(opts: &Options, findings: &[Finding]) -> Result<super::Rehearsal, Error> {
    crate::introspect::runtime()?.block_on(rehearse_async(opts, findings))
}

async fn rehearse_async(opts: &Options, findings: &[Finding]) -> Result<super::Rehearsal, Error> {
    let pg_dump = find_pg_dump(opts.pg_dump.as_deref())?;
    let facts = source_facts(&opts.source, opts).await?;
    let source_major = facts.version_num / 10_000;
    if pg_dump.major < source_major {
        return Err(Error::input(
            format!("pg_dump {}", pg_dump.path.display()),
            format!(
                "version {} is older than the source server ({}); pg_dump must be of the \
                 source's major version or newer (Lakebase's docs ask for 16 or newer). Install \
                 the PostgreSQL {source_major} client or give a newer one with --pg-dump",
                pg_dump.version, facts.version
            ),
        ));
    }
    let scratch = connect_scratch(opts).await?;
    let text = dump_schema(&pg_dump, &opts.source)?;
    let script = split::split(&text);

    let mut made = Made::new();
    let outcome = async {
        create_scratch(&scratch, &mut made).await?;
        let (client, how) = replay_session(&scratch, &made, opts).await?;
        let replayed = replay(
            &client,
            &script.statements,
            findings,
            opts,
            scratch.lakebase_branch,
        )
        .await?;
        drop(client);
        Ok::<_, Error>((replayed, how))
    }
    .await;

    let keep = opts.keep && outcome.is_ok();
    let ((replayed, how), dropped) =
        super::drop_unless_kept(&scratch, &made, keep, outcome).await?;
    let mut notes: Vec<String> = dropped.into_iter().collect();
    let mut kept_dump = None;
    if keep {
        let path = opts.keep_dir.join(format!("{}.sql", made.database));
        crate::data::write_atomic(&path, text.as_bytes())?;
        kept_dump = Some(path.display().to_string());
    }
    if let Some(tail) = &script.unterminated {
        notes.push(format!(
            "the dump ends with an unterminated statement at line {} (not replayed)",
            tail.line
        ));
    }
    if scratch.version_num / 10_000 < source_major {
        notes.push(format!(
            "the scratch server ({}) is older than the source ({}); Lakebase runs 16 or newer",
            scratch.version, facts.version
        ));
    }
    if !scratch.lakebase_branch {
        notes.push(
            "the scratch server is plain PostgreSQL: CREATE EXTENSION was checked against \
             Lakebase's list, and refusals Lakebase may not share (event triggers) say \"verify \
             on a Lakebase branch\""
                .to_string(),
        );
    }
    let failures = replayed.failures;
    let (verdicts, not_predicted) = super::verdicts(findings, &failures, scratch.lakebase_branch);
    let summary = super::summary(replayed.statements, &failures, &verdicts, not_predicted);
    let recipe = recipe(&pg_dump, &facts, &failures);
    Ok(super::Rehearsal {
        rehearsal_version: super::REHEARSAL_VERSION,
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        source: opts.source.masked(),
        family: "postgres".into(),
        scratch: super::ScratchInfo::new(&scratch, &made, how, opts.keep, kept_dump),
        dump: super::DumpInfo {
            tool: "pg_dump".into(),
            version: pg_dump.version.clone(),
            flags: DUMP_FLAGS.iter().map(|f| f.to_string()).collect(),
            source_version: facts.version.clone(),
        },
        statements: replayed.statements,
        succeeded: replayed.succeeded,
        failures,
        not_predicted,
        findings: verdicts,
        recipe,
        conversion: None,
        summary,
        notes,
    })
}

/// The restore that worked, and the flags that avoid what failed.
fn recipe(pg_dump: &PgDump, facts: &SourceFacts, failures: &[Failure]) -> super::Recipe {
    let mut extra = Vec::new();
    let failed = |k: &str| failures.iter().any(|f| f.kind.contains(k));
    if failures
        .iter()
        .any(|f| f.message.contains("tablespace") || f.object.contains("default_tablespace"))
    {
        extra.push("--no-tablespaces");
    }
    if failed("PUBLICATION") {
        extra.push("--no-publications");
    }
    if failed("SUBSCRIPTION") {
        extra.push("--no-subscriptions");
    }
    let mut extensions: Vec<String> = failures
        .iter()
        .filter(|f| {
            f.kind == "CREATE EXTENSION" && f.refused_by == RefusedBy::LakebaseExtensionList
        })
        .filter_map(|f| {
            f.message
                .split('"')
                .nth(1)
                .map(|n| format!("--exclude-extension={n}"))
        })
        .collect();
    extensions.dedup();
    let flags = ["--format=custom", "--no-owner", "--no-acl"]
        .iter()
        .map(|s| s.to_string())
        .chain(extra.iter().map(|s| s.to_string()))
        .collect::<Vec<_>>()
        .join(" ");
    let mut commands = vec![
        "export PGPASSWORD=…   # the source's password; never on the command line".to_string(),
        format!("pg_dump {flags} --file=app.dump 'postgresql://<user>@<source host>/<database>'"),
        "export PGPASSWORD=…   # the Lakebase role's password or OAuth token".to_string(),
        "pg_restore --no-owner --no-acl --exit-on-error --dbname='postgresql://<project owner>@<unpooled Lakebase endpoint>/<database>?sslmode=require' app.dump".to_string(),
    ];
    let mut notes = vec![format!(
        "rehearsed with pg_dump {} {}; Lakebase's docs ask for pg_dump 16 or newer, \
             `--no-owner --no-acl`, a database created through Lakebase, and the unpooled \
             endpoint",
        pg_dump.version,
        DUMP_FLAGS.join(" ")
    )];
    if !extensions.is_empty() {
        notes.push(format!(
            "extensions Lakebase refuses: remove what depends on them first; with pg_dump 17 or \
             newer, {} leaves them out of the dump",
            extensions.join(" ")
        ));
    }
    if failures.iter().any(|f| f.refused_by == RefusedBy::Server) {
        notes.push(
            "the statements that failed here fail on Lakebase too: change them on the source \
             (or edit the dump's list with `pg_restore -l` / `-L`) before the real migration"
                .to_string(),
        );
    }
    if facts.roles.iter().any(|r| r.granted_on > 0 && !r.superuser) {
        commands.push(
            "# after creating the roles below: re-apply the grants from a dump made without --no-acl\n\
             pg_restore -l full.dump | grep ' ACL ' > acl.list && pg_restore --use-list=acl.list --dbname=… full.dump"
                .to_string(),
        );
    }
    super::Recipe {
        commands,
        roles: facts.roles.clone(),
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tool_versions() {
        assert_eq!(
            parse_tool_version("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n").as_deref(),
            Some("15.20")
        );
        assert_eq!(
            parse_tool_version("pg_dump (PostgreSQL) 17beta1").as_deref(),
            Some("17beta1")
        );
        assert_eq!(parse_tool_version("something else"), None);
    }

    #[test]
    fn statement_kinds() {
        assert_eq!(
            statement_kind("CREATE EVENT TRIGGER etr ON ddl_command_end"),
            "CREATE EVENT TRIGGER"
        );
        assert_eq!(
            statement_kind("CREATE OR REPLACE FUNCTION public.f()"),
            "CREATE OR REPLACE FUNCTION"
        );
        assert_eq!(statement_kind("SET default_tablespace = ''"), "SET");
        assert_eq!(
            statement_kind("ALTER TABLE ONLY public.t ADD CONSTRAINT"),
            "ALTER TABLE"
        );
        assert_eq!(
            statement_kind("COMMENT ON EXTENSION plperlu IS 'x'"),
            "COMMENT ON EXTENSION"
        );
    }

    #[test]
    fn the_libpq_environment_carries_the_password_not_the_arguments() {
        let u =
            SourceUrl::parse("postgresql://app:s3cret@db.example.com:6432/shop?sslmode=require")
                .unwrap();
        let env = libpq_env(&u);
        assert!(env.contains(&("PGPASSWORD", "s3cret".into())));
        assert!(env.contains(&("PGSSLMODE", "require".into())));
        assert!(DUMP_FLAGS.iter().all(|f| !f.contains("s3cret")));
    }

    #[test]
    fn identifiers_are_quoted_when_they_must_be() {
        assert_eq!(quote_ident("app_rw"), "app_rw");
        assert_eq!(quote_ident("App"), "\"App\"");
        assert_eq!(quote_ident("a\"b"), "\"a\"\"b\"");
    }
}
