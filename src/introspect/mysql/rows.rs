//! Rows of each catalog area to profile types. The text protocol sends every value as bytes;
//! the helpers here read them as text, numbers and flags.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use mysql_async::{Row, Value};
use regex_lite::Regex;
use rust_decimal::Decimal;

use super::Server;
use crate::introspect::body::{body_lines, BodyScan};
use crate::introspect::session::{decimal, each, gib};
use crate::profile::{
    Collation, Column, Database, ForeignKey, Index, Role, Routine, ScheduledEvent, Sequence,
    Setting, Subscription, Table, Trigger, View, Workload,
};

/// Column `i` as text; NULL is `None`. The text protocol sends every value as bytes.
pub(super) fn text(r: &Row, i: usize) -> Option<String> {
    match r.as_ref(i)? {
        Value::NULL => None,
        Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        other => Some(other.as_sql(true).trim_matches('\'').to_string()),
    }
}

pub(super) fn req(r: &Row, i: usize) -> Result<String, String> {
    text(r, i).ok_or_else(|| format!("column {} is NULL", i + 1))
}

pub(super) fn num<T: std::str::FromStr>(r: &Row, i: usize) -> Option<T> {
    text(r, i).and_then(|s| s.trim().parse().ok())
}

pub(super) fn flag(r: &Row, i: usize) -> bool {
    matches!(text(r, i).as_deref(), Some("1" | "Y" | "YES" | "Yes"))
}

/// Column `name` of `r` (the first of several spellings that exists).
pub(super) fn named(r: &Row, names: &[&str]) -> Option<String> {
    let cols = r.columns_ref();
    names.iter().find_map(|n| {
        cols.iter()
            .position(|c| c.name_str().eq_ignore_ascii_case(n))
            .and_then(|i| text(r, i))
    })
}

pub(super) fn pairs(rows: &[Row]) -> BTreeMap<String, String> {
    rows.iter()
        .filter_map(|r| {
            Some((
                text(r, 0)?.to_ascii_lowercase(),
                text(r, 1).unwrap_or_default(),
            ))
        })
        .collect()
}

pub(super) fn lower(s: Option<String>) -> Option<String> {
    s.map(|s| s.to_ascii_lowercase())
}

pub(super) fn schemata(rows: &[Row]) -> Result<Vec<Database>, String> {
    each(rows, |r| {
        Ok(Database {
            name: req(r, 0)?,
            encoding: text(r, 1),
            collation: text(r, 2),
            ..Database::default()
        })
    })
}

/// The character set a collation belongs to: its name up to the first `_` (no character set
/// name has one), `binary` for `binary`.
pub(super) fn charset_of(collation: &str) -> String {
    collation.split('_').next().unwrap_or(collation).to_string()
}

/// Tables, MariaDB sequences, and the (schema, name) of MariaDB system-versioned tables.
pub(super) type TableRows = (Vec<Table>, Vec<Sequence>, BTreeSet<(String, String)>);

pub(super) fn tables(rows: &[Row]) -> Result<TableRows, String> {
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
pub(super) struct RawColumn {
    schema: String,
    table: String,
    column: Column,
}

pub(super) fn columns(rows: &[Row]) -> Result<Vec<RawColumn>, String> {
    each(rows, |r| {
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
}

/// Attaches columns to their tables. MariaDB writes defaults as SQL expressions (`'abc'`,
/// `NULL`, `current_timestamp()`); they are turned into MySQL's plain values. A column's
/// character set and collation are kept only where they differ from its table's.
pub(super) fn attach_columns(tables: &mut [Table], columns: Vec<RawColumn>, server: &Server) {
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
pub(super) fn add_hidden_period_columns(
    tables: &mut [Table],
    versioned: &BTreeSet<(String, String)>,
) {
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

pub(super) fn mariadb_default(d: &str) -> Option<String> {
    if d.eq_ignore_ascii_case("null") {
        return None;
    }
    match d.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')) {
        Some(inner) => Some(inner.replace("''", "'").replace("\\\\", "\\")),
        None => Some(d.to_string()),
    }
}

pub(super) fn has_longtext(tables: &[Table]) -> bool {
    tables
        .iter()
        .flat_map(|t| &t.columns)
        .any(|c| c.data_type == "longtext")
}

/// (schema, table, column) of MariaDB `json_valid(`col`)` CHECK constraints.
pub(super) fn json_columns(rows: &[Row]) -> Result<Vec<(String, String, String)>, String> {
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

pub(super) fn mark_json(tables: &mut [Table], json: &[(String, String, String)]) {
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

pub(super) fn partitions(rows: &[Row]) -> Result<HashMap<(String, String), u32>, String> {
    rows.iter()
        .map(|r| Ok(((req(r, 0)?, req(r, 1)?), num(r, 2).unwrap_or(0))))
        .collect()
}

pub(super) fn indexes(rows: &[Row]) -> Result<Vec<Index>, String> {
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

pub(super) fn foreign_keys(rows: &[Row]) -> Result<Vec<ForeignKey>, String> {
    each(rows, |r| {
        Ok(ForeignKey {
            schema: req(r, 0)?,
            table: req(r, 1)?,
            name: req(r, 2)?,
            referenced_table: format!("{}.{}", req(r, 3)?, req(r, 4)?),
            on_delete: lower(text(r, 5)),
            on_update: lower(text(r, 6)),
        })
    })
}

pub(super) fn views(rows: &[Row]) -> Result<Vec<View>, String> {
    each(rows, |r| {
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
}

pub(super) fn routines(rows: &[Row]) -> Result<Vec<Routine>, String> {
    each(rows, |r| {
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
            library: None,
        })
    })
}

/// Loadable functions (`CREATE FUNCTION … SONAME`), server-wide.
pub(super) fn udfs(rows: &[Row]) -> Result<Vec<Routine>, String> {
    each(rows, |r| {
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
}

/// Features of a MySQL stored-program body that matter on Lakebase, by a scan of its text
/// (comments removed, executable `/*! … */` comments kept). The names are the vocabulary the
/// rubrics read from `routines[].uses`: rubrics/mysql.yaml and the engine overlays
/// aurora-mysql (Lambda, Aurora ML, S3), rds-mysql (mysql.rds_*) and mysql-self-managed (server
/// files).
pub fn scan_body(body: &str) -> Vec<String> {
    SCAN.scan(body)
}

static SCAN: BodyScan = BodyScan::new("ism", BODY_PATTERNS, BODY_COMMENTS);

/// What [`scan_body`] looks for: a `routines[].uses` name and its pattern.
const BODY_PATTERNS: &[(&str, &str)] = &[
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
    (
        "select_into_outfile",
        r#"\binto\s+(outfile|dumpfile)\s+['"]"#,
    ),
    ("load_file", r"\bload_file\s*\("),
];

/// MySQL comments in a body.
const BODY_COMMENTS: &str = r"(?s)/\*[^!].*?\*/|--\s[^\n]*|(^|\s)#[^\n]*";

pub(super) fn triggers(rows: &[Row]) -> Result<Vec<Trigger>, String> {
    each(rows, |r| {
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
}

pub(super) fn events(rows: &[Row]) -> Result<Vec<ScheduledEvent>, String> {
    each(rows, |r| {
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
}

pub(super) fn accounts(rows: &[Row]) -> Result<Vec<Role>, String> {
    each(rows, |r| {
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
}

/// Inbound replication channels (one row each) as subscriptions.
pub(super) fn replica_channels(rows: &[Row]) -> Result<Vec<Subscription>, String> {
    each(rows, |r| {
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
}

/// `mysql.rds_show_configuration`: name, value, description.
pub(super) fn rds_configuration(rows: &[Row]) -> Result<Vec<Setting>, String> {
    each(rows, |r| {
        Ok(Setting {
            name: req(r, 0)?,
            value: text(r, 1).unwrap_or_else(|| "NULL".into()),
            source: Some("mysql.rds_show_configuration".into()),
            context: None,
        })
    })
}

/// Server variables that change semantics or matter for the move, plus every provider-specific
/// one. `sql_mode` is always recorded, empty or not: several checks read it.
pub(super) const KEY_SETTINGS: &[&str] = &[
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

pub(super) fn settings(
    vars: &BTreeMap<String, String>,
    sources: &HashMap<String, String>,
) -> Vec<Setting> {
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
pub(super) fn variable_source(s: &str) -> String {
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
pub(super) fn workload(
    status: &BTreeMap<String, String>,
    vars: &BTreeMap<String, String>,
) -> Workload {
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
    // Working-set hints for sizing: the buffer pool's size, the data it holds now, and how
    // many page reads it served without the disk.
    w.buffer_cache_gib = vars
        .get("innodb_buffer_pool_size")
        .and_then(|v| v.parse::<f64>().ok())
        .and_then(gib);
    w.working_set_gib = status
        .get("innodb_buffer_pool_bytes_data")
        .and_then(|v| v.parse::<f64>().ok())
        .and_then(gib);
    let requests = n("innodb_buffer_pool_read_requests");
    if requests > 0.0 {
        w.cache_hit_pct = decimal(100.0 * (1.0 - n("innodb_buffer_pool_reads") / requests))
            .map(|d| d.round_dp(2));
    }
    w
}

/// Databases (schemas) with their size: the sum of their tables' data and index lengths.
pub(super) fn databases(mut schemata: Vec<Database>, tables: &[Table]) -> Vec<Database> {
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
pub(super) fn collations_in_use(tables: &[Table]) -> Vec<Collation> {
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

pub(super) fn is_text(data_type: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::introspect::mysql::vars;

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
