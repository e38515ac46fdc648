//! The MySQL-family rehearsal: a schema-only load through pgloader into the scratch database,
//! and what it converted automatically, left out and failed.
//!
//! The scratch server is handled as for a PostgreSQL source ([`super::postgres`]): a fresh
//! database owned by a fresh role shaped like Lakebase's `databricks_superuser`, dropped at the
//! end (also after a failure) unless kept. pgloader loads the schema as that role (a login as it,
//! or the admin with `SET role`), reading both passwords from its environment (`MYSQL_PWD`,
//! `PGPASSWORD`): its command file, written to a private temporary directory and removed at the
//! end, and its command line hold none.
//!
//! What was converted is counted in the scratch catalog after the load, not taken from
//! pgloader's word; what it left out (routines, views, triggers, events) comes from the
//! assessment's profile; what failed is read from pgloader's log, each error with its object,
//! SQLSTATE and message. The rubric's `conversion: automatic` checks are then marked
//! "confirmed automatic" (pgloader converted their objects) or "needs hand work" (it failed on
//! them, or made something else of them).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::postgres::{self, db_text, Made, Scratch};
use super::{Failure, FindingVerdict, Options, RefusedBy, Verdict};
use crate::assessment::{Assessment, Finding};
use crate::error::Error;
use crate::introspect::SourceUrl;
use crate::rubric::model::Conversion as CheckConversion;

/// What pgloader did with a MySQL-family schema.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Conversion {
    /// Objects found on the scratch server after the load, by kind (`tables`, `indexes`, …).
    pub converted: Vec<Converted>,
    /// Source objects pgloader does not convert (routines, views, triggers, events).
    pub left_out: Vec<Converted>,
    /// pgloader's warnings, each with the object it names (empty when it names none).
    pub warnings: Vec<Warning>,
    /// The failure at which pgloader stopped the whole load (it creates the tables in one
    /// transaction: a table it cannot create leaves nothing behind).
    pub stopped_at: Option<usize>,
    /// pgloader's own count of each step (its summary): statements run and errors.
    pub steps: Vec<Step>,
    /// The command file pgloader ran (no password is ever in it).
    pub command: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Converted {
    pub kind: String,
    pub count: u64,
    pub objects: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Warning {
    pub object: String,
    pub message: String,
}

/// One line of pgloader's summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Step {
    pub name: String,
    pub read: u64,
    pub errors: u64,
}

/// A pgloader found and its version.
#[derive(Debug, Clone)]
pub struct Pgloader {
    pub path: PathBuf,
    /// `3.6.7~devel`
    pub version: String,
}

/// Finds pgloader (given, or on PATH) and reads its version (all of its output: pgloader dies
/// when the pipe it writes to is closed early).
pub fn find_pgloader(given: Option<&Path>) -> Result<Pgloader, Error> {
    let path = match given {
        Some(p) => {
            if !p.is_file() {
                return Err(Error::input(
                    format!("--pgloader {}", p.display()),
                    "no such file; give the path of a pgloader executable",
                ));
            }
            p.to_path_buf()
        }
        None => postgres::on_path("pgloader").ok_or_else(|| {
            Error::input(
                "pgloader",
                "not found on PATH; a MySQL-family source is rehearsed through pgloader: \
                 install it (Debian: the pgloader package) or give its path with --pgloader",
            )
        })?,
    };
    let out = Command::new(&path)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::Io {
            what: format!("cannot run {}", path.display()),
            source: e,
        })?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let version = parse_version(&text).ok_or_else(|| {
        Error::input(
            path.display().to_string(),
            format!(
                "`--version` printed `{}`, not `pgloader version \"N.N.N\"`",
                text.trim()
            ),
        )
    })?;
    Ok(Pgloader { path, version })
}

/// `pgloader version "3.6.7~devel"` → `3.6.7~devel`.
pub fn parse_version(text: &str) -> Option<String> {
    let line = text.lines().find(|l| l.starts_with("pgloader version"))?;
    let v = line.split('"').nth(1)?;
    v.chars()
        .next()
        .filter(|c| c.is_ascii_digit())
        .map(|_| v.to_string())
}

/// A name pgloader's command file can carry as it is (no quoting, nothing that ends a clause).
fn plain(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '$'))
}

fn host_of(url: &SourceUrl) -> String {
    match url.host.as_deref() {
        Some(h) if h.starts_with('/') => format!("unix:{h}"),
        Some(h) => h.to_string(),
        None => "localhost".into(),
    }
}

/// pgloader's `sslmode` for the source's `ssl-mode`.
fn mysql_sslmode(url: &SourceUrl) -> Option<&'static str> {
    let mode = url
        .param("ssl-mode")
        .or_else(|| url.param("ssl_mode"))
        .or_else(|| url.param("sslmode"))?
        .to_ascii_uppercase()
        .replace('-', "_");
    Some(match mode.as_str() {
        "DISABLED" | "DISABLE" => "disable",
        "PREFERRED" | "PREFER" => "prefer",
        _ => "require",
    })
}

/// pgloader's `sslmode` for the scratch URL's `sslmode`.
fn pg_sslmode(url: &SourceUrl) -> Option<&'static str> {
    Some(match url.param("sslmode")? {
        "disable" => "disable",
        "allow" => "allow",
        "prefer" => "prefer",
        _ => "require",
    })
}

/// The command file: a schema-only load of the source database into the scratch database, as
/// `login` (the rehearsal role, or the admin that then takes the role with `set_role`).
pub fn command_file(
    source: &SourceUrl,
    scratch: &SourceUrl,
    login: &str,
    database: &str,
    set_role: Option<&str>,
) -> Result<String, Error> {
    let bad = |what: String, name: &str| {
        Error::input(
            what,
            format!(
                "`{name}` cannot be written into pgloader's command file as it is (letters, \
                 digits, `_`, `-`, `.` and `$` only)"
            ),
        )
    };
    let src_db = source.database.as_deref().ok_or_else(|| {
        Error::input(
            format!("--source {}", source.masked()),
            "name the database in the URL (mysql://user@host/database): pgloader loads one \
             database",
        )
    })?;
    let src_user = source
        .user
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "root".into());
    let src_host = host_of(source);
    for name in [
        src_db,
        src_user.as_str(),
        src_host.trim_start_matches("unix:"),
    ] {
        if !plain(name) && !name.starts_with('/') {
            return Err(bad(format!("--source {}", source.masked()), name));
        }
    }
    let pg_user = login;
    let pg_host = host_of(scratch);
    for name in [pg_user, database, pg_host.trim_start_matches("unix:")] {
        if !plain(name) && !name.starts_with('/') {
            return Err(bad(format!("--scratch {}", scratch.masked()), name));
        }
    }
    let q = |mode: Option<&str>| mode.map(|m| format!("?sslmode={m}")).unwrap_or_default();
    let mut text = format!(
        "LOAD DATABASE\n     FROM mysql://{src_user}@{src_host}:{}/{src_db}{}\n     INTO \
         postgresql://{pg_user}@{pg_host}:{}/{database}{}\n\n WITH schema only, create tables, \
         create indexes, foreign keys, reset sequences,\n      downcase identifiers, uniquify \
         index names\n",
        source.port.unwrap_or(3306),
        q(mysql_sslmode(source)),
        scratch.port.unwrap_or(5432),
        q(pg_sslmode(scratch)),
    );
    if let Some(role) = set_role {
        if !plain(role) {
            return Err(bad(format!("--scratch {}", scratch.masked()), role));
        }
        text.push_str(&format!("\n SET PostgreSQL PARAMETERS role to '{role}'\n"));
    }
    text.push_str(";\n");
    Ok(text)
}

/// One entry of pgloader's log: `2026-…Z LEVEL message`, continued on the lines after it.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEntry {
    /// 1-based line of the log where it starts.
    pub line: usize,
    pub level: String,
    pub text: String,
}

/// Splits pgloader's output into entries; lines before the first entry and the summary table
/// (after `report summary reset`) are not entries.
pub fn parse_log(output: &str) -> Vec<LogEntry> {
    let mut out: Vec<LogEntry> = Vec::new();
    let mut in_summary = false;
    for (i, line) in output.lines().enumerate() {
        let mut words = line.splitn(3, ' ');
        let (stamp, level) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let is_entry = stamp.len() >= 20
            && stamp.as_bytes()[0].is_ascii_digit()
            && stamp.contains('T')
            && !level.is_empty()
            && level.chars().all(|c| c.is_ascii_uppercase());
        if is_entry {
            let text = words.next().unwrap_or("").to_string();
            in_summary = text.starts_with("report summary reset");
            out.push(LogEntry {
                line: i + 1,
                level: level.to_string(),
                text,
            });
        } else if line.starts_with("KABOOM!") {
            in_summary = false;
            out.push(LogEntry {
                line: i + 1,
                level: "KABOOM".into(),
                text: String::new(),
            });
        } else if !in_summary {
            if let Some(last) = out.last_mut() {
                last.text.push('\n');
                last.text.push_str(line);
            }
        }
    }
    out
}

/// pgloader's summary, written with `--summary FILE.json`.
pub fn parse_summary(json: &str) -> Vec<Step> {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(json) else {
        return Vec::new();
    };
    let mut steps = Vec::new();
    for section in ["PRELOAD", "DATA", "POSTLOAD"] {
        let Some(groups) = v[section].as_array() else {
            continue;
        };
        for group in groups.iter().filter_map(|g| g.as_array()) {
            for s in group {
                let (Some(name), Some(read)) = (s["NAME"].as_str(), s["READ"].as_u64()) else {
                    continue;
                };
                steps.push(Step {
                    name: name.to_string(),
                    read,
                    errors: s["ERRS"].as_u64().unwrap_or(0),
                });
            }
        }
    }
    steps
}

/// The steps of the summary that run DDL on the scratch server (not the reads, and not
/// "Index Build Completion", which counts the same indexes again).
fn ddl_statements(steps: &[Step]) -> u64 {
    steps
        .iter()
        .filter(|s| {
            !matches!(
                s.name.as_str(),
                "fetch meta data" | "Set Table OIDs" | "Index Build Completion"
            )
        })
        .map(|s| s.read)
        .sum()
}

/// The table a statement of pgloader's is about (`schema.table`), quotes removed.
pub fn statement_table(sql: &str) -> Option<String> {
    let words: Vec<&str> = sql.split_whitespace().collect();
    let upper: Vec<String> = words.iter().map(|w| w.to_ascii_uppercase()).collect();
    let after = |kw: &str| upper.iter().position(|w| w == kw).map(|i| i + 1);
    let at = if upper.first().map(String::as_str) == Some("CREATE")
        && upper.iter().take(3).any(|w| w == "TABLE")
    {
        after("TABLE")
    } else if upper.first().map(String::as_str) == Some("ALTER") {
        after("TABLE").map(|i| {
            if upper.get(i).map(String::as_str) == Some("ONLY") {
                i + 1
            } else {
                i
            }
        })
    } else {
        after("ON")
    }?;
    let name = words.get(at)?;
    let name = name.split('(').next().unwrap_or(name);
    let name = name.trim_end_matches([';', ',']).replace('"', "");
    (!name.is_empty()).then_some(name)
}

/// What pgloader's log says went wrong.
#[derive(Debug, Default)]
pub struct LogFindings {
    pub failures: Vec<Failure>,
    /// The table (`schema.table`) of each failure, by failure number.
    pub tables: BTreeMap<usize, String>,
    pub warnings: Vec<Warning>,
    pub stopped_at: Option<usize>,
    /// A connection error: pgloader could not reach a server.
    pub connection: Option<String>,
}

/// Reads the errors and warnings of pgloader's log.
pub fn read_log(entries: &[LogEntry]) -> LogFindings {
    let mut out = LogFindings::default();
    for e in entries {
        let text = e.text.trim_end();
        match e.level.as_str() {
            "ERROR" | "FATAL" | "KABOOM" => {}
            "WARNING" => {
                let object = text
                    .lines()
                    .find_map(|l| l.strip_prefix("QUERY: "))
                    .and_then(statement_table)
                    .unwrap_or_default();
                out.warnings.push(Warning {
                    object,
                    message: text.to_string(),
                });
                continue;
            }
            _ => continue,
        }
        if text.contains("Failed to connect to") {
            out.connection = Some(text.lines().next().unwrap_or(text).to_string());
            continue;
        }
        if e.level == "FATAL" || e.level == "KABOOM" {
            // "Failed to create the schema, see above.": the load stopped at the last error.
            let stop_note = "pgloader stopped the load here: it creates the tables in one \
                             transaction, so nothing was created";
            if e.level == "FATAL" {
                if let Some(last) = out.failures.last_mut() {
                    out.stopped_at.get_or_insert(last.number);
                    last.note = Some(stop_note.to_string());
                    continue;
                }
            }
            let number = out.failures.len() + 1;
            let message = if e.level == "KABOOM" {
                format!(
                    "pgloader crashed: {}",
                    text.lines()
                        .find(|l| !l.trim().is_empty())
                        .unwrap_or("an unhandled error")
                )
            } else {
                text.lines().next().unwrap_or(text).to_string()
            };
            out.failures.push(Failure {
                number,
                line: e.line,
                object: "pgloader".into(),
                kind: "LOAD".into(),
                sqlstate: String::new(),
                message,
                detail: None,
                refused_by: RefusedBy::Pgloader,
                note: Some("pgloader stopped the load here".into()),
                confirms: Vec::new(),
                follows: None,
                statement: super::excerpt(text, 8),
            });
            out.stopped_at.get_or_insert(number);
            continue;
        }
        // "[PostgreSQL ]Database error 42830: message\nQUERY: statement"
        let (head, query) = match text.split_once("\nQUERY: ") {
            Some((h, q)) => (h, Some(q.trim())),
            None => (text, None),
        };
        let (sqlstate, message, refused_by) = match head.split_once("Database error ") {
            Some((_, rest)) => match rest.split_once(": ") {
                Some((code, msg)) if code.len() == 5 => {
                    (code.to_string(), msg.trim().to_string(), RefusedBy::Server)
                }
                _ => (String::new(), rest.trim().to_string(), RefusedBy::Pgloader),
            },
            None => (String::new(), head.trim().to_string(), RefusedBy::Pgloader),
        };
        let number = out.failures.len() + 1;
        let sql = query.unwrap_or("");
        let table = statement_table(sql);
        let kind = if sql.is_empty() {
            "LOAD".to_string()
        } else {
            pg_kind(sql)
        };
        let object = match (&table, constraint_or_index(sql)) {
            (Some(t), Some(n)) => format!("{t} ({n})"),
            (Some(t), None) => t.clone(),
            (None, _) => "pgloader".into(),
        };
        if let Some(t) = &table {
            out.tables.insert(number, t.to_ascii_lowercase());
        }
        out.failures.push(Failure {
            number,
            line: e.line,
            object,
            kind,
            sqlstate,
            message,
            detail: None,
            refused_by,
            note: None,
            confirms: Vec::new(),
            follows: None,
            statement: super::excerpt(if sql.is_empty() { head } else { sql }, 8),
        });
    }
    out
}

/// `ALTER TABLE … ADD CONSTRAINT x FOREIGN KEY` → `ALTER TABLE ADD FOREIGN KEY`; otherwise the
/// leading keywords.
fn pg_kind(sql: &str) -> String {
    let upper = sql.to_ascii_uppercase();
    let kind = postgres::statement_kind(sql);
    if kind == "ALTER TABLE" {
        for (needle, what) in [
            ("FOREIGN KEY", "ALTER TABLE ADD FOREIGN KEY"),
            ("PRIMARY KEY", "ALTER TABLE ADD PRIMARY KEY"),
            ("UNIQUE", "ALTER TABLE ADD UNIQUE"),
        ] {
            if upper.contains(needle) {
                return what.to_string();
            }
        }
    }
    kind
}

/// The constraint or index a statement creates (`ADD CONSTRAINT x`, `CREATE INDEX x`).
fn constraint_or_index(sql: &str) -> Option<String> {
    let words: Vec<&str> = sql.split_whitespace().collect();
    let upper: Vec<String> = words.iter().map(|w| w.to_ascii_uppercase()).collect();
    let at = upper.iter().position(|w| w == "CONSTRAINT").or_else(|| {
        (upper.first().map(String::as_str) == Some("CREATE"))
            .then(|| upper.iter().position(|w| w == "INDEX"))
            .flatten()
    })?;
    words.get(at + 1).map(|w| w.replace('"', ""))
}

/// The scratch catalog after the load.
#[derive(Debug, Default)]
pub struct Catalog {
    pub tables: BTreeSet<String>,
    /// `schema.table.column` → its type as `format_type` shows it.
    pub columns: BTreeMap<String, ColumnInfo>,
    pub indexes: Vec<IndexInfo>,
    pub primary_keys: Vec<String>,
    pub foreign_keys: Vec<String>,
    pub enum_types: Vec<String>,
    pub sequences: Vec<String>,
    /// `schema.table` → names of the functions of its triggers.
    pub triggers: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Default)]
pub struct ColumnInfo {
    pub type_name: String,
    /// An enum type (`e`), or an array whose element is one.
    pub is_enum: bool,
    pub is_array: bool,
    /// Filled by a sequence (a `nextval` default or an identity).
    pub serial: bool,
}

#[derive(Debug, Clone)]
pub struct IndexInfo {
    pub name: String,
    pub table: String,
    pub method: String,
    pub primary: bool,
}

/// One set-based query over the scratch database's catalog (user schemas only).
const SQL_CATALOG: &str = "\
WITH rels AS (
  SELECT c.oid, lower(n.nspname || '.' || c.relname) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
     AND n.nspname NOT LIKE 'pg\\_%'
)
SELECT 'table', r.name, '', '' FROM rels r
UNION ALL
SELECT 'column', r.name || '.' || lower(a.attname), format_type(a.atttypid, a.atttypmod),
       concat_ws(',',
         CASE WHEN t.typtype = 'e' OR et.typtype = 'e' THEN 'enum' END,
         CASE WHEN t.typcategory = 'A' THEN 'array' END,
         CASE WHEN a.attidentity <> '' OR pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%'
              THEN 'serial' END)
  FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
UNION ALL
SELECT 'index', r.name, lower(ic.relname), am.amname || CASE WHEN i.indisprimary THEN ',primary' ELSE '' END
  FROM rels r JOIN pg_index i ON i.indrelid = r.oid JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_am am ON am.oid = ic.relam
UNION ALL
SELECT CASE co.contype WHEN 'f' THEN 'foreign key' ELSE 'primary key' END, r.name,
       lower(co.conname), ''
  FROM rels r JOIN pg_constraint co ON co.conrelid = r.oid AND co.contype IN ('f', 'p')
UNION ALL
SELECT 'enum type', lower(n.nspname || '.' || t.typname), '', ''
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE t.typtype = 'e' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
UNION ALL
SELECT 'sequence', lower(n.nspname || '.' || c.relname), '', ''
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'S' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
UNION ALL
SELECT 'trigger', r.name, lower(tg.tgname), lower(p.proname)
  FROM rels r JOIN pg_trigger tg ON tg.tgrelid = r.oid AND NOT tg.tgisinternal
  JOIN pg_proc p ON p.oid = tg.tgfoid";

/// Reads the scratch database's catalog after the load.
pub async fn read_catalog(
    client: &tokio_postgres::Client,
) -> Result<Catalog, tokio_postgres::Error> {
    let mut c = Catalog::default();
    for row in client.query(SQL_CATALOG, &[]).await? {
        let (kind, name, a, b): (String, String, String, String) =
            (row.get(0), row.get(1), row.get(2), row.get(3));
        match kind.as_str() {
            "table" => {
                c.tables.insert(name);
            }
            "column" => {
                let flags: Vec<&str> = b.split(',').collect();
                c.columns.insert(
                    name,
                    ColumnInfo {
                        type_name: a,
                        is_enum: flags.contains(&"enum"),
                        is_array: flags.contains(&"array"),
                        serial: flags.contains(&"serial"),
                    },
                );
            }
            "index" => {
                let mut parts = b.split(',');
                c.indexes.push(IndexInfo {
                    name: a,
                    table: name,
                    method: parts.next().unwrap_or("").to_string(),
                    primary: parts.next() == Some("primary"),
                });
            }
            "foreign key" => c.foreign_keys.push(format!("{name}.{a}")),
            "primary key" => c.primary_keys.push(name),
            "enum type" => c.enum_types.push(name),
            "sequence" => c.sequences.push(name),
            "trigger" => c.triggers.entry(name).or_default().push(b),
            _ => {}
        }
    }
    Ok(c)
}

const SPATIAL_TYPES: &[&str] = &[
    "point",
    "line",
    "lseg",
    "box",
    "path",
    "polygon",
    "circle",
    "geometry",
    "geography",
];

/// pgloader's trigger functions for `ON UPDATE CURRENT_TIMESTAMP` start with this name.
const ON_UPDATE_FUNCTION: &str = "on_update_current_timestamp";

fn kind(kind: &str, objects: Vec<String>) -> Option<Converted> {
    (!objects.is_empty()).then(|| Converted {
        kind: kind.to_string(),
        count: objects.len() as u64,
        objects,
    })
}

/// What the catalog holds, by kind, in the order a reader checks them.
pub fn converted(c: &Catalog) -> Vec<Converted> {
    let mut out = Vec::new();
    out.extend(kind("tables", c.tables.iter().cloned().collect()));
    // Column types: one entry per PostgreSQL type with the number of columns of it.
    let mut by_type: BTreeMap<&str, u64> = BTreeMap::new();
    for col in c.columns.values() {
        *by_type.entry(col.type_name.as_str()).or_default() += 1;
    }
    let mut types: Vec<(&str, u64)> = by_type.into_iter().collect();
    types.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if !c.columns.is_empty() {
        out.push(Converted {
            kind: "columns".into(),
            count: c.columns.len() as u64,
            objects: types.iter().map(|(t, n)| format!("{t}: {n}")).collect(),
        });
    }
    out.extend(kind("primary keys", c.primary_keys.clone()));
    out.extend(kind(
        "indexes",
        c.indexes
            .iter()
            .map(|i| format!("{} on {} ({})", i.name, i.table, i.method))
            .collect(),
    ));
    out.extend(kind("foreign keys", c.foreign_keys.clone()));
    out.extend(kind("enum types (ENUM and SET)", c.enum_types.clone()));
    out.extend(kind(
        "SET columns (arrays of an enum)",
        c.columns
            .iter()
            .filter(|(_, col)| col.is_enum && col.is_array)
            .map(|(n, col)| format!("{n} ({})", col.type_name))
            .collect(),
    ));
    out.extend(kind(
        "AUTO_INCREMENT columns (sequences)",
        c.columns
            .iter()
            .filter(|(_, col)| col.serial)
            .map(|(n, _)| n.clone())
            .collect(),
    ));
    out.extend(kind(
        "ON UPDATE CURRENT_TIMESTAMP triggers",
        c.triggers
            .iter()
            .filter(|(_, fns)| fns.iter().any(|f| f.starts_with(ON_UPDATE_FUNCTION)))
            .map(|(t, _)| t.clone())
            .collect(),
    ));
    out.extend(kind(
        "spatial columns",
        c.columns
            .iter()
            .filter(|(_, col)| SPATIAL_TYPES.contains(&col.type_name.as_str()))
            .map(|(n, col)| format!("{n} ({})", col.type_name))
            .collect(),
    ));
    out.extend(kind(
        "spatial indexes (GiST)",
        c.indexes
            .iter()
            .filter(|i| i.method == "gist")
            .map(|i| format!("{} on {}", i.name, i.table))
            .collect(),
    ));
    out.extend(kind(
        "full-text indexes (GIN)",
        c.indexes
            .iter()
            .filter(|i| i.method == "gin")
            .map(|i| format!("{} on {}", i.name, i.table))
            .collect(),
    ));
    out
}

/// The rubric checks about objects pgloader leaves out, and the kind each is about.
fn left_out_kind(check: &str) -> Option<&'static str> {
    if check == "mysql-stored-routines"
        || check.starts_with("mysql-routine-")
        || check == "mysql-definer-routines"
    {
        Some("routines")
    } else if check.starts_with("mysql-trigger") {
        Some("triggers")
    } else if check == "mysql-events" {
        Some("events")
    } else if check.starts_with("mysql-view") || check == "mysql-definer-views" {
        Some("views")
    } else {
        None
    }
}

/// What pgloader leaves out, from the assessment's profile: the counts of its object summary,
/// the names from the findings that list them.
pub fn left_out(a: &Assessment) -> Vec<Converted> {
    let names = |check: &str| -> Vec<String> {
        a.compatibility
            .findings
            .iter()
            .find(|f| f.id == check)
            .map(|f| f.objects.clone())
            .unwrap_or_default()
    };
    [
        ("routines", "mysql-stored-routines"),
        ("views", "mysql-views"),
        ("triggers", "mysql-triggers"),
        ("events", "mysql-events"),
    ]
    .into_iter()
    .filter_map(|(k, check)| {
        let count = a
            .source
            .objects
            .iter()
            .find(|o| o.kind == k)
            .map(|o| o.count)
            .unwrap_or(0);
        (count > 0).then(|| Converted {
            kind: k.to_string(),
            count,
            objects: names(check),
        })
    })
    .collect()
}

/// `schema.table[.column]` of a finding's object (`shop.film.rating`, `shop.customers (utf8)`);
/// `None` for an object that names no table (`6 TIMESTAMP columns`).
fn object_path(object: &str) -> Option<(String, Option<String>)> {
    let first = object.split_whitespace().next()?.to_ascii_lowercase();
    let parts: Vec<&str> = first.split('.').collect();
    match parts.as_slice() {
        [s, t] => Some((format!("{s}.{t}"), None)),
        [s, t, c] => Some((format!("{s}.{t}"), Some(c.to_string()))),
        _ => None,
    }
}

/// Whether failure `f` (on `table`) is about `object`: the table could not be created, or the
/// statement names the object's column or index.
fn failure_touches(f: &Failure, table: &str, object: &(String, Option<String>)) -> bool {
    if object.0 != table {
        return false;
    }
    if f.kind.starts_with("CREATE TABLE") {
        return true;
    }
    match &object.1 {
        None => true,
        Some(part) => {
            let text = format!("{} {}", f.statement, f.message).to_ascii_lowercase();
            text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .any(|w| w == part)
        }
    }
}

/// The checks a pgloader failure may prove (by-hand checks about what failed).
pub fn candidates(f: &Failure) -> Vec<&'static str> {
    let text = format!("{} {}", f.statement, f.message).to_ascii_lowercase();
    let mut out = Vec::new();
    if text.contains("0000-00-00") {
        out.push("mysql-zero-date-default");
    }
    if text.contains("to_tsvector") || text.contains(" gin") {
        out.push("mysql-fulltext-index");
    }
    if text.contains("geometry") || text.contains("geography") || text.contains("gist") {
        out.extend(["mysql-spatial-column", "mysql-spatial-index"]);
    }
    if text.contains("json") {
        out.push("mysql-json-column");
    }
    if text.contains("generated") {
        out.extend([
            "mysql-virtual-generated-column",
            "mysql-stored-generated-column",
        ]);
    }
    if text.contains("collat") {
        out.extend([
            "mysql-case-insensitive-collation",
            "mysql-case-insensitive-key",
        ]);
    }
    if f.kind.contains("INDEX") {
        out.push("mysql-prefix-index");
    }
    if f.kind.contains("FOREIGN KEY") {
        out.push("mysql-myisam-unenforced-relationships");
    }
    out
}

/// How an automatic check's conversion shows in the catalog, for one column (`None`: the
/// column is there, nothing more to see).
fn expected(
    check: &str,
    table: &str,
    col: Option<&ColumnInfo>,
    c: &Catalog,
) -> Result<String, String> {
    let has_trigger = c
        .triggers
        .get(table)
        .is_some_and(|fns| fns.iter().any(|f| f.starts_with(ON_UPDATE_FUNCTION)));
    match (check, col) {
        ("mysql-auto-increment", _) => {
            let serial = c
                .columns
                .iter()
                .any(|(n, col)| col.serial && n.starts_with(&format!("{table}.")));
            if serial {
                Ok("a sequence fills its key".into())
            } else {
                Err("no column of it is filled by a sequence".into())
            }
        }
        ("mysql-enum-column", Some(col)) if !col.is_enum || col.is_array => {
            Err(format!("became {}, not an enum type", col.type_name))
        }
        ("mysql-set-column", Some(col)) if !col.is_array => {
            Err(format!("became {}, not an array", col.type_name))
        }
        ("mysql-on-update-current-timestamp", _) if !has_trigger => {
            Err("no BEFORE UPDATE trigger sets it".into())
        }
        ("mysql-on-update-current-timestamp", _) => Ok("a BEFORE UPDATE trigger sets it".into()),
        ("mysql-spatial-index", _) => {
            if c.indexes
                .iter()
                .any(|i| i.table == table && i.method == "gist")
            {
                Ok("a GiST index".into())
            } else {
                Err("no GiST index".into())
            }
        }
        (_, Some(col)) => Ok(col.type_name.clone()),
        (_, None) => Ok("created".into()),
    }
}

/// The verdict on one finding of a MySQL-family source.
pub fn verdict(f: &Finding, log: &LogFindings, catalog: &Catalog) -> (Verdict, String, Vec<usize>) {
    let objects: Vec<(String, Option<String>)> =
        f.objects.iter().filter_map(|o| object_path(o)).collect();
    let touching: Vec<usize> = log
        .failures
        .iter()
        .filter(|x| {
            x.confirms.contains(&f.id)
                || log.tables.get(&x.number).is_some_and(|t| {
                    f.conversion == CheckConversion::Automatic
                        && objects.iter().any(|o| failure_touches(x, t, o))
                })
        })
        .map(|x| x.number)
        .collect();
    if f.conversion == CheckConversion::Automatic {
        if !touching.is_empty() {
            return (
                Verdict::NeedsHandWork,
                "pgloader failed on these objects".to_string(),
                touching,
            );
        }
        if let Some(n) = log.stopped_at {
            return (
                Verdict::NotReproduced,
                format!("pgloader stopped at #{n} before it created these objects"),
                Vec::new(),
            );
        }
        if objects.is_empty() {
            return (
                Verdict::ConfirmedAutomatic,
                "pgloader converted the tables without an error".into(),
                Vec::new(),
            );
        }
        let mut missing = Vec::new();
        let mut wrong = Vec::new();
        let mut shown = Vec::new();
        for (table, part) in &objects {
            if !catalog.tables.contains(table) {
                missing.push(table.clone());
                continue;
            }
            let col = part
                .as_ref()
                .and_then(|p| catalog.columns.get(&format!("{table}.{p}")));
            match expected(&f.id, table, col, catalog) {
                Ok(how) => shown.push(match part {
                    Some(p) if col.is_some() => format!("{table}.{p}: {how}"),
                    _ => format!("{table}: {how}"),
                }),
                Err(why) => wrong.push(match part {
                    Some(p) => format!("{table}.{p} {why}"),
                    None => format!("{table}: {why}"),
                }),
            }
        }
        if !wrong.is_empty() {
            return (
                Verdict::NeedsHandWork,
                format!("pgloader made something else of them: {}", sample(&wrong)),
                Vec::new(),
            );
        }
        if !missing.is_empty() {
            return (
                Verdict::NotReproduced,
                format!("not found on the scratch server: {}", sample(&missing)),
                Vec::new(),
            );
        }
        return (
            Verdict::ConfirmedAutomatic,
            format!("converted by pgloader: {}", sample(&shown)),
            Vec::new(),
        );
    }
    if !touching.is_empty() {
        return (
            Verdict::Confirmed,
            "refused by the server during pgloader's load".to_string(),
            touching,
        );
    }
    if let Some(k) = left_out_kind(&f.id) {
        return (
            Verdict::NotTestable,
            format!("pgloader leaves {k} out: they are rewritten by hand (listed as left out)"),
            Vec::new(),
        );
    }
    if let (Some(n), false) = (log.stopped_at, objects.is_empty()) {
        return (
            Verdict::NotReproduced,
            format!("pgloader stopped at #{n} before it created these objects"),
            Vec::new(),
        );
    }
    match f.category.as_str() {
        "data_types" | "schema" | "code" | "storage" | "extensions" if !objects.is_empty() => (
            Verdict::NotReproduced,
            "pgloader loaded these objects without an error; the difference shows at run time \
             or in the rows"
                .into(),
            Vec::new(),
        ),
        _ => (
            Verdict::NotTestable,
            "about the server, its settings, accounts, workload or size, not the schema".into(),
            Vec::new(),
        ),
    }
}

/// The first three of a list, and how many more.
fn sample(items: &[String]) -> String {
    let mut s = items.iter().take(3).cloned().collect::<Vec<_>>().join("; ");
    if items.len() > 3 {
        s.push_str(&format!("; and {} more", items.len() - 3));
    }
    s
}

/// Rehearses a MySQL-family source through pgloader. Blocking.
pub fn rehearse(opts: &Options, assessment: &Assessment) -> Result<super::Rehearsal, Error> {
    crate::introspect::runtime()?.block_on(rehearse_async(opts, assessment))
}

/// pgloader's run: its output (log entries) and its summary.
struct Run {
    output: String,
    summary: Vec<Step>,
    command: String,
}

/// Runs pgloader on a command file in a private temporary directory (removed on return), with
/// the passwords in its environment only.
fn run_pgloader(
    tool: &Pgloader,
    command: &str,
    mysql_password: Option<&str>,
    pg_password: Option<&str>,
) -> Result<Run, Error> {
    let dir = tempfile::Builder::new()
        .prefix("dbassay-pgloader-")
        .tempdir()
        .map_err(|e| Error::Io {
            what: "cannot make a temporary directory for pgloader".into(),
            source: e,
        })?;
    let io = |what: String| move |e| Error::Io { what, source: e };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))
            .map_err(io(format!("cannot protect {}", dir.path().display())))?;
    }
    let file = dir.path().join("schema.load");
    std::fs::write(&file, command).map_err(io(format!("cannot write {}", file.display())))?;
    let summary = dir.path().join("summary.json");
    let mut cmd = Command::new(&tool.path);
    cmd.arg("--root-dir")
        .arg(dir.path().join("work"))
        .arg("--logfile")
        .arg(dir.path().join("pgloader.log"))
        .arg("--summary")
        .arg(&summary)
        .arg(&file)
        .stdin(Stdio::null())
        .current_dir(dir.path());
    for var in [
        "PGHOST",
        "PGHOSTADDR",
        "PGPORT",
        "PGDATABASE",
        "PGSERVICE",
        "PGUSER",
    ] {
        cmd.env_remove(var);
    }
    if let Some(p) = mysql_password {
        cmd.env("MYSQL_PWD", p);
    }
    if let Some(p) = pg_password {
        cmd.env("PGPASSWORD", p);
    }
    // `output` reads both pipes to the end: pgloader dies when a pipe it writes to closes.
    let out = cmd
        .output()
        .map_err(io(format!("cannot run {}", tool.path.display())))?;
    let mut output = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !stderr.trim().is_empty() {
        output.push('\n');
        output.push_str(&stderr);
    }
    let summary = std::fs::read_to_string(&summary)
        .map(|s| parse_summary(&s))
        .unwrap_or_default();
    Ok(Run {
        output,
        summary,
        command: command.to_string(),
    })
}

async fn rehearse_async(
    opts: &Options,
    assessment: &Assessment,
) -> Result<super::Rehearsal, Error> {
    let tool = find_pgloader(opts.pgloader.as_deref())?;
    if opts.source.database.is_none() {
        return Err(Error::input(
            format!("--source {}", opts.source.masked()),
            "name the database in the URL (mysql://user@host/database): pgloader loads one \
             database",
        ));
    }
    let scratch = postgres::connect_scratch(opts).await?;
    let mut made = Made::new();
    let outcome = load(opts, &tool, &scratch, &mut made, assessment).await;

    let mut notes = Vec::new();
    if !(opts.keep && outcome.is_ok()) {
        let left = postgres::drop_scratch(&scratch, &made).await;
        if !left.is_empty() {
            let msg = format!(
                "could not drop {} on the scratch server; drop by hand",
                left.join(", ")
            );
            match outcome {
                Err(e) => {
                    return Err(match e {
                        Error::Unreachable { what, detail } => Error::Unreachable {
                            what,
                            detail: format!("{detail}; {msg}"),
                        },
                        Error::Input { what, detail } => Error::Input {
                            what,
                            detail: format!("{detail}; {msg}"),
                        },
                        other => other,
                    })
                }
                Ok(_) => notes.push(msg),
            }
        }
    }
    let (mut r, how) = outcome?;
    r.notes.extend(notes);
    r.scratch = super::ScratchInfo {
        url: scratch.url.masked(),
        server_version: scratch.version.clone(),
        lakebase_branch: scratch.lakebase_branch,
        database: made.database.clone(),
        role: made.role.clone(),
        replayed_as: how.to_string(),
        kept: opts.keep,
        kept_dump: None,
    };
    Ok(r)
}

/// Creates the scratch database and role, runs pgloader into it as the role, reads the catalog.
async fn load(
    opts: &Options,
    tool: &Pgloader,
    scratch: &Scratch,
    made: &mut Made,
    assessment: &Assessment,
) -> Result<(super::Rehearsal, &'static str), Error> {
    postgres::create_scratch(scratch, made).await?;
    let (probe, how) = postgres::replay_session(scratch, made, opts).await?;
    drop(probe);
    let (login, set_role, pg_password) = if how == "login" {
        (made.role.clone(), None, Some(made.password().to_string()))
    } else {
        (
            scratch.user.clone(),
            Some(made.role.as_str()),
            scratch.url.password().map(|p| p.expose().to_string()),
        )
    };
    let command = command_file(&opts.source, &scratch.url, &login, &made.database, set_role)?;
    let mysql_password = opts.source.password().map(|p| p.expose().to_string());
    let run = run_pgloader(
        tool,
        &command,
        mysql_password.as_deref(),
        pg_password.as_deref(),
    )?;
    let scrub = |s: &str| {
        let s = opts.scratch.scrub(&opts.source.scrub(s));
        s.replace(made.password(), crate::introspect::MASK)
    };
    let entries = parse_log(&run.output);
    let mut log = read_log(&entries);
    if let Some(conn) = &log.connection {
        let detail = scrub(conn);
        let to_mysql = conn.contains("to mysql");
        let what = if to_mysql {
            format!(
                "pgloader could not reach the source {}",
                opts.source.masked()
            )
        } else {
            format!(
                "pgloader could not reach the scratch server {}",
                opts.scratch.masked()
            )
        };
        return Err(
            if detail.contains("Access denied") || detail.contains("password") {
                Error::input(what, detail)
            } else {
                Error::Unreachable { what, detail }
            },
        );
    }
    for f in log.failures.iter_mut() {
        f.message = scrub(&f.message);
        f.statement = scrub(&f.statement);
    }
    for w in log.warnings.iter_mut() {
        w.message = scrub(&w.message);
    }
    let findings = super::findings_to_prove(assessment);
    // A failure proves the by-hand findings on its table whose problem it shows.
    for f in log.failures.iter_mut() {
        let Some(table) = log.tables.get(&f.number) else {
            continue;
        };
        for id in candidates(f) {
            let on_table = findings.iter().any(|x| {
                x.id == id
                    && x.conversion == CheckConversion::ByHand
                    && x.objects
                        .iter()
                        .filter_map(|o| object_path(o))
                        .any(|o| &o.0 == table)
            });
            if on_table && !f.confirms.iter().any(|c| c == id) {
                f.confirms.push(id.to_string());
            }
        }
    }
    // A failure on a table that an earlier failure left uncreated follows from it.
    for i in 0..log.failures.len() {
        let (earlier, rest) = log.failures.split_at_mut(i);
        let f = &mut rest[0];
        let Some(table) = log.tables.get(&f.number) else {
            continue;
        };
        f.follows = earlier
            .iter()
            .find(|e| e.kind == "CREATE TABLE" && log.tables.get(&e.number) == Some(table))
            .map(|e| e.number);
    }
    let admin = postgres_open_scratch_db(scratch, made, opts).await?;
    let catalog = read_catalog(&admin).await.map_err(|e| Error::Unreachable {
        what: format!(
            "cannot read the scratch database on {}",
            scratch.url.masked()
        ),
        detail: scratch.url.scrub(&db_text(&e)),
    })?;
    drop(admin);

    let mut verdicts = Vec::new();
    for f in &findings {
        let (verdict, reason, evidence) = verdict(f, &log, &catalog);
        verdicts.push(FindingVerdict {
            id: f.id.clone(),
            title: f.title.clone(),
            severity: f.severity.as_str().to_string(),
            verdict,
            reason,
            evidence,
        });
    }
    let failures = log.failures;
    let not_predicted = failures.iter().filter(|x| x.not_predicted()).count();
    let statements = (ddl_statements(&run.summary) as usize).max(failures.len());
    let succeeded = if log.stopped_at.is_some() {
        0
    } else {
        statements - failures.len()
    };
    let conversion = Conversion {
        converted: converted(&catalog),
        left_out: left_out(assessment),
        warnings: log.warnings,
        stopped_at: log.stopped_at,
        steps: run.summary,
        command: run.command.clone(),
    };
    let automatic = findings
        .iter()
        .filter(|f| f.conversion == CheckConversion::Automatic)
        .count();
    let summary = summary(
        &conversion,
        &verdicts,
        automatic,
        &failures,
        not_predicted,
        statements,
    );
    let mut notes = Vec::new();
    if !scratch.lakebase_branch {
        notes.push(
            "the scratch server is plain PostgreSQL; pgloader creates no extension, so \
             Lakebase's extension list does not come into it"
                .to_string(),
        );
    }
    if let Some(n) = conversion.stopped_at {
        notes.push(format!(
            "pgloader stopped at failure #{n}: fix it on the source (or with a CAST rule) and \
             rehearse again to see the rest"
        ));
    }
    let recipe = recipe(tool, &conversion, &failures);
    Ok((
        super::Rehearsal {
            rehearsal_version: super::REHEARSAL_VERSION,
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            source: opts.source.masked(),
            family: "mysql".into(),
            scratch: super::ScratchInfo {
                url: String::new(),
                server_version: String::new(),
                lakebase_branch: false,
                database: String::new(),
                role: String::new(),
                replayed_as: String::new(),
                kept: false,
                kept_dump: None,
            },
            dump: super::DumpInfo {
                tool: "pgloader".into(),
                version: tool.version.clone(),
                flags: vec![
                    "schema only".into(),
                    "create tables".into(),
                    "create indexes".into(),
                    "foreign keys".into(),
                    "reset sequences".into(),
                ],
                source_version: assessment.source.version.clone(),
            },
            statements,
            succeeded,
            failures,
            not_predicted,
            findings: verdicts,
            recipe,
            conversion: Some(conversion),
            summary,
            notes,
        },
        how,
    ))
}

async fn postgres_open_scratch_db(
    scratch: &Scratch,
    made: &Made,
    opts: &Options,
) -> Result<tokio_postgres::Client, Error> {
    crate::introspect::postgres::open(
        &scratch.url.with_database(&made.database),
        "scratch server",
        opts.connect_timeout,
    )
    .await
}

/// "pgloader converted 16 tables, 42 indexes, …; 7 of 9 automatic findings confirmed, 1 needs
/// hand work; left out: 6 routines, …; 0 problems no check predicted; 0 of 170 statements failed".
pub fn summary(
    c: &Conversion,
    verdicts: &[FindingVerdict],
    automatic: usize,
    failures: &[Failure],
    not_predicted: usize,
    statements: usize,
) -> String {
    let count = |k: &str| {
        c.converted
            .iter()
            .find(|x| x.kind == k)
            .map(|x| x.count)
            .unwrap_or(0)
    };
    let confirmed = verdicts
        .iter()
        .filter(|v| v.verdict == Verdict::ConfirmedAutomatic)
        .count();
    let hand = verdicts
        .iter()
        .filter(|v| v.verdict == Verdict::NeedsHandWork)
        .count();
    let mut s = format!(
        "pgloader converted {} tables, {} indexes, {} primary keys, {} foreign keys; {confirmed} \
         of {automatic} automatic findings confirmed automatic, {hand} need{} hand work",
        count("tables"),
        count("indexes"),
        count("primary keys"),
        count("foreign keys"),
        if hand == 1 { "s" } else { "" }
    );
    let left: Vec<String> = c
        .left_out
        .iter()
        .map(|k| format!("{} {}", k.count, k.kind))
        .collect();
    if !left.is_empty() {
        s.push_str(&format!("; left out: {}", left.join(", ")));
    }
    s.push_str(&format!(
        "; {} no check predicted; {} of {statements} statements failed",
        if not_predicted == 1 {
            "1 problem".to_string()
        } else {
            format!("{not_predicted} problems")
        },
        failures.len()
    ));
    s
}

/// How to run the real load: the command file with placeholders, passwords in the environment.
fn recipe(tool: &Pgloader, c: &Conversion, failures: &[Failure]) -> super::Recipe {
    let mut notes = vec![format!(
        "rehearsed with pgloader {} (schema only); the real load drops `schema only` to copy \
         the rows as well",
        tool.version
    )];
    if !c.left_out.is_empty() {
        notes.push(format!(
            "pgloader does not convert {}: rewrite them in PL/pgSQL (views in PostgreSQL SQL) \
             and create them after the load",
            c.left_out
                .iter()
                .map(|k| k.kind.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if !failures.is_empty() {
        notes.push(
            "fix what failed on the source or with pgloader CAST rules / an AFTER LOAD DO block, \
             then rehearse again"
                .into(),
        );
    }
    notes.push(
        "reset the sequences after the last change is applied (pgloader's `reset sequences` \
         does it at the end of its load)"
            .into(),
    );
    super::Recipe {
        commands: vec![
            "export MYSQL_PWD=…   # the source's password; never on the command line".into(),
            "export PGPASSWORD=…  # the Lakebase role's password or OAuth token".into(),
            "cat > app.load <<'EOF'\nLOAD DATABASE\n     FROM mysql://<user>@<source host>:3306/<database>\n     INTO postgresql://<project owner>@<unpooled Lakebase endpoint>:5432/<database>?sslmode=require\n WITH create tables, create indexes, foreign keys, reset sequences,\n      downcase identifiers, uniquify index names\n;\nEOF".into(),
            "pgloader app.load".into(),
        ],
        roles: Vec::new(),
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(
            parse_version("pgloader version \"3.6.7~devel\"\ncompiled with SBCL 2.2.9.debian\n")
                .as_deref(),
            Some("3.6.7~devel")
        );
        assert_eq!(parse_version("something else"), None);
    }

    #[test]
    fn the_log_gives_each_error_with_its_object_and_sqlstate() {
        let log = "\
2026-12-03T08:31:15.076001Z LOG pgloader version \"3.6.7~devel\"
2026-12-03T08:32:51.192000Z ERROR PostgreSQL Database error 42830: there is no unique constraint matching given keys for referenced table \"parent\"
QUERY: ALTER TABLE shop.child ADD CONSTRAINT child_ibfk_1 FOREIGN KEY(code) REFERENCES shop.parent(code) ON UPDATE RESTRICT ON DELETE RESTRICT
2026-12-03T08:31:15.824000Z ERROR Database error 22P02: invalid input syntax for type numeric: \"round(rand() * 10,2)\"
QUERY: CREATE TABLE shop.t2 
(
  id    numeric not null,
  price decimal(10,2) default 'round(rand() * 10,2)'
);
2026-12-03T08:31:15.828000Z FATAL Failed to create the schema, see above.
2026-12-03T08:31:15.828000Z LOG report summary reset
       table name     errors       rows      bytes      total time
-----------------  ---------  ---------  ---------  --------------
  fetch meta data          0          7                     0.184s
";
        let entries = parse_log(log);
        assert_eq!(entries.len(), 5);
        let r = read_log(&entries);
        assert_eq!(r.failures.len(), 2);
        let fk = &r.failures[0];
        assert_eq!(fk.sqlstate, "42830");
        assert_eq!(fk.kind, "ALTER TABLE ADD FOREIGN KEY");
        assert_eq!(fk.object, "shop.child (child_ibfk_1)");
        assert_eq!(fk.line, 2);
        let t = &r.failures[1];
        assert_eq!(t.sqlstate, "22P02");
        assert_eq!(t.kind, "CREATE TABLE");
        assert_eq!(t.object, "shop.t2");
        assert!(t.statement.contains("default 'round(rand() * 10,2)'"));
        assert_eq!(r.stopped_at, Some(2));
        assert!(t.note.as_deref().unwrap().contains("stopped the load"));
        assert_eq!(r.tables.get(&1).map(String::as_str), Some("shop.child"));
    }

    #[test]
    fn connection_errors_are_not_failures() {
        let log = "2026-12-03T08:32:37.587999Z ERROR mysql: Failed to connect to mysql at \"127.0.0.1\" (port 3306) as user \"u\": MySQL Error [1045]: \"Access denied\"\n";
        let r = read_log(&parse_log(log));
        assert!(r.failures.is_empty());
        assert!(r.connection.unwrap().contains("Access denied"));
    }

    #[test]
    fn the_command_file_holds_no_password_and_refuses_odd_names() {
        let src = SourceUrl::parse("mysql://app:S3cret@db.example.com:3307/shop?ssl-mode=REQUIRED")
            .unwrap();
        let scratch =
            SourceUrl::parse("postgresql://admin:Adm1n@127.0.0.1:5432/postgres?sslmode=disable")
                .unwrap();
        let text = command_file(
            &src,
            &scratch,
            "dbassay_rehearsal_ab",
            "dbassay_rehearsal_ab",
            None,
        )
        .unwrap();
        assert!(text.contains("FROM mysql://app@db.example.com:3307/shop?sslmode=require"));
        assert!(text.contains(
            "INTO postgresql://dbassay_rehearsal_ab@127.0.0.1:5432/dbassay_rehearsal_ab?sslmode=disable"
        ));
        assert!(text.contains("WITH schema only"));
        assert!(!text.contains("S3cret") && !text.contains("Adm1n"));
        let set = command_file(&src, &scratch, "admin", "db", Some("role_x")).unwrap();
        assert!(set.contains("SET PostgreSQL PARAMETERS role to 'role_x'"));
        let odd = SourceUrl::parse("mysql://app@db.example.com/shop;drop").unwrap();
        assert!(command_file(&odd, &scratch, "r", "d", None).is_err());
    }

    #[test]
    fn statement_tables() {
        assert_eq!(
            statement_table("CREATE UNIQUE INDEX idx_1 ON shop.film (film_id);").as_deref(),
            Some("shop.film")
        );
        assert_eq!(
            statement_table("ALTER TABLE ONLY \"shop\".\"film\" ADD PRIMARY KEY").as_deref(),
            Some("shop.film")
        );
        assert_eq!(
            statement_table("CREATE TABLE shop.t2 \n(\n id int\n);").as_deref(),
            Some("shop.t2")
        );
    }

    #[test]
    fn the_summary_counts_the_ddl_once() {
        let json = r#"{"PRELOAD":[[{"NAME":"fetch meta data","READ":7,"ERRS":0},{"NAME":"Create tables","READ":4,"ERRS":0}]],"DATA":[null],"POSTLOAD":[[{"NAME":"Index Build Completion","READ":4,"ERRS":0},{"NAME":"Create Indexes","READ":4,"ERRS":0},{"NAME":"Create Foreign Keys","READ":1,"ERRS":1}]]}"#;
        let steps = parse_summary(json);
        assert_eq!(steps.len(), 5);
        assert_eq!(ddl_statements(&steps), 9);
        assert_eq!(steps[4].errors, 1);
    }
}
