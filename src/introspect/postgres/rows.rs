//! Rows of each catalog area to profile types. Each decoder reads its columns by position, in
//! the order of its query in [`super::queries`].

use std::collections::HashMap;

use rust_decimal::Decimal;
use tokio_postgres::types::FromSql;
use tokio_postgres::Row;

use crate::introspect::body::{body_lines, BodyScan};
use crate::introspect::session::{decimal, each, gib};
use crate::profile::{
    Collation, Column, CronJob, Database, EventTrigger, Extension, ForeignKey, ForeignServer,
    ForeignTable, Index, LargeObjects, ObjectOwner, Publication, ReplicationSlot, Role, Routine,
    Sequence, Setting, Table, Tablespace, Trigger, UserType, View,
};

pub(super) fn get<'a, T: FromSql<'a>>(row: &'a Row, i: usize) -> Result<T, String> {
    row.try_get(i).map_err(|e| format!("column {i}: {e}"))
}

pub(super) struct Server {
    pub(super) version_num: i32,
    pub(super) version: String,
    pub(super) database: String,
    pub(super) user: String,
    pub(super) block_size: i64,
    pub(super) can_read_authid: bool,
    pub(super) cron_job_readable: bool,
    pub(super) pg_stat_statements: Option<String>,
    pub(super) preload_libraries: Option<String>,
    pub(super) marker_functions: Vec<String>,
    pub(super) marker_roles: Vec<String>,
    pub(super) marker_settings: Vec<String>,
    pub(super) marker_extensions: Vec<String>,
}

pub(super) fn server(r: &Row) -> Result<Server, String> {
    let full: String = get(r, 1)?;
    Ok(Server {
        version_num: get(r, 0)?,
        // `15.4 (Debian 15.4-1)` → `15.4`
        version: full.split_whitespace().next().unwrap_or(&full).to_string(),
        database: get(r, 2)?,
        user: get(r, 3)?,
        block_size: get(r, 4)?,
        can_read_authid: get(r, 5)?,
        cron_job_readable: get(r, 6)?,
        pg_stat_statements: get(r, 7)?,
        preload_libraries: get(r, 8)?,
        marker_functions: get(r, 9)?,
        marker_roles: get(r, 10)?,
        marker_settings: get(r, 11)?,
        marker_extensions: get(r, 12)?,
    })
}

pub(super) fn non_negative(n: Option<i64>) -> Option<u64> {
    n.and_then(|n| u64::try_from(n).ok())
}

pub(super) fn databases(rows: &[Row]) -> Result<Vec<Database>, String> {
    each(rows, |r| {
        Ok(Database {
            name: get(r, 0)?,
            encoding: get(r, 1)?,
            collation: get(r, 2)?,
            ctype: get(r, 3)?,
            locale_provider: get(r, 4)?,
            size_bytes: non_negative(get(r, 5)?),
        })
    })
}

pub(super) fn extensions(rows: &[Row]) -> Result<Vec<Extension>, String> {
    each(rows, |r| {
        Ok(Extension {
            name: get(r, 0)?,
            version: get(r, 1)?,
            schema: get(r, 2)?,
        })
    })
}

pub(super) fn schemas(rows: &[Row]) -> Result<Vec<String>, String> {
    rows.iter().map(|r| get(r, 0)).collect()
}

pub(super) fn tables(rows: &[Row]) -> Result<(Vec<i64>, Vec<Table>), String> {
    let mut oids = Vec::with_capacity(rows.len());
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        oids.push(get(r, 0)?);
        let persistence: String = get(r, 3)?;
        let partitioned: bool = get(r, 4)?;
        let is_partition: bool = get(r, 5)?;
        let replident: String = get(r, 7)?;
        let reltuples: f64 = get(r, 9)?;
        let access_method: Option<String> = get(r, 12)?;
        let children: i64 = get(r, 13)?;
        let has_parent: bool = get(r, 14)?;
        out.push(Table {
            schema: get(r, 1)?,
            name: get(r, 2)?,
            persistence: match persistence.as_str() {
                "u" => "unlogged",
                "t" => "temporary",
                _ => "permanent",
            }
            .into(),
            partitioned,
            partition_count: if partitioned {
                u32::try_from(children).unwrap_or(u32::MAX)
            } else {
                0
            },
            is_partition,
            has_primary_key: get(r, 6)?,
            replica_identity: Some(
                match replident.as_str() {
                    "f" => "full",
                    "i" => "index",
                    "n" => "nothing",
                    _ => "default",
                }
                .into(),
            ),
            row_security: get(r, 8)?,
            // -1 (PostgreSQL 14+) means never analysed.
            row_estimate: (reltuples >= 0.0 && !partitioned).then(|| reltuples.round() as u64),
            size_bytes: if partitioned {
                None
            } else {
                non_negative(get(r, 10)?)
            },
            tablespace: get(r, 11)?,
            access_method: access_method.filter(|a| a != "heap"),
            inherits: has_parent && !is_partition,
            ..Table::default()
        });
    }
    Ok((oids, out))
}

/// Columns by relation oid and attribute number.
pub(super) type Columns = Vec<(i64, i32, Column)>;

pub(super) fn columns(rows: &[Row]) -> Result<Columns, String> {
    each(rows, |r| {
        let generated: String = get(r, 6)?;
        let identity: String = get(r, 7)?;
        let kind: Option<String> = get(r, 10)?;
        Ok((
            get(r, 0)?,
            get(r, 11)?,
            Column {
                name: get(r, 1)?,
                data_type: get(r, 2)?,
                column_type: get(r, 3)?,
                nullable: get(r, 4)?,
                default: get(r, 5)?,
                generated: match generated.as_str() {
                    "s" => Some("stored".into()),
                    "v" => Some("virtual".into()),
                    _ => None,
                },
                identity: match identity.as_str() {
                    "a" => Some("always".into()),
                    "d" => Some("by default".into()),
                    _ => None,
                },
                collation: get(r, 8)?,
                is_array: get(r, 9)?,
                user_type_kind: kind.as_deref().map(type_kind).map(str::to_string),
                ..Column::default()
            },
        ))
    })
}

pub(super) fn type_kind(typtype: &str) -> &'static str {
    match typtype {
        "d" => "domain",
        "e" => "enum",
        "c" => "composite",
        "r" => "range",
        "m" => "multirange",
        "p" => "pseudo",
        _ => "base",
    }
}

/// Gives each table its columns; returns every column name by (relation oid, attribute number).
pub(super) fn attach_columns(
    tables: &mut [Table],
    oids: &[i64],
    columns: Columns,
) -> HashMap<(i64, i32), String> {
    let at: HashMap<i64, usize> = oids.iter().enumerate().map(|(i, o)| (*o, i)).collect();
    let mut names = HashMap::with_capacity(columns.len());
    for (oid, num, col) in columns {
        names.insert((oid, num), col.name.clone());
        if let Some(&i) = at.get(&oid) {
            tables[i].columns.push(col);
        }
    }
    for t in tables {
        t.has_auto_increment = t.columns.iter().any(|c| {
            c.identity.is_some()
                || c.default
                    .as_deref()
                    .is_some_and(|d| d.starts_with("nextval("))
        });
    }
    names
}

pub(super) fn indexes(
    rows: &[Row],
    names: &HashMap<(i64, i32), String>,
) -> Result<Vec<Index>, String> {
    each(rows, |r| {
        let rel: i64 = get(r, 8)?;
        let keys: Vec<i16> = get(r, 9)?;
        Ok(Index {
            schema: get(r, 0)?,
            table: get(r, 1)?,
            name: get(r, 2)?,
            method: get(r, 3)?,
            unique: get(r, 4)?,
            primary: get(r, 5)?,
            partial: get(r, 6)?,
            expression: get(r, 7)?,
            // 0 is an expression; INCLUDE columns are listed too.
            columns: keys
                .iter()
                .filter_map(|k| names.get(&(rel, i32::from(*k))).cloned())
                .collect(),
            invisible: get(r, 10)?,
            size_bytes: non_negative(get(r, 11)?),
            ..Index::default()
        })
    })
}

pub(super) fn fk_action(code: &str) -> String {
    match code {
        "r" => "restrict",
        "c" => "cascade",
        "n" => "set null",
        "d" => "set default",
        _ => "no action",
    }
    .into()
}

pub(super) fn foreign_keys(rows: &[Row]) -> Result<Vec<ForeignKey>, String> {
    each(rows, |r| {
        let del: String = get(r, 4)?;
        let upd: String = get(r, 5)?;
        Ok(ForeignKey {
            schema: get(r, 0)?,
            table: get(r, 1)?,
            name: get(r, 2)?,
            referenced_table: get(r, 3)?,
            on_delete: Some(fk_action(&del)),
            on_update: Some(fk_action(&upd)),
        })
    })
}

pub(super) fn types(rows: &[Row]) -> Result<Vec<UserType>, String> {
    each(rows, |r| {
        let kind: String = get(r, 2)?;
        let language: Option<String> = get(r, 3)?;
        Ok(UserType {
            schema: get(r, 0)?,
            name: get(r, 1)?,
            kind: type_kind(&kind).into(),
            language: if kind == "b" { language } else { None },
        })
    })
}

pub(super) fn routines(rows: &[Row]) -> Result<Vec<Routine>, String> {
    each(rows, |r| {
        let kind: String = get(r, 2)?;
        let language: String = get(r, 3)?;
        let body: Option<String> = get(r, 4)?;
        let body = body.unwrap_or_default();
        let uses = if matches!(language.as_str(), "c" | "internal") {
            Vec::new()
        } else {
            scan_body(&body)
        };
        Ok(Routine {
            schema: get(r, 0)?,
            name: get(r, 1)?,
            kind: match kind.as_str() {
                "p" => "procedure",
                "a" => "aggregate",
                "w" => "window",
                _ => "function",
            }
            .into(),
            body_length: body.chars().count() as u64,
            body_lines: body_lines(&body),
            language,
            security_definer: get(r, 5)?,
            library: get::<Option<String>>(r, 6)?
                .as_deref()
                .and_then(library_module),
            uses,
            ..Routine::default()
        })
    })
}

/// The module a C routine's `probin` names: `$libdir/unaccent`, `/opt/lib/hash.so` → `unaccent`,
/// `hash`.
fn library_module(probin: &str) -> Option<String> {
    let file = probin.rsplit('/').next()?.trim();
    let module = file.strip_suffix(".so").unwrap_or(file);
    (!module.is_empty()).then(|| module.to_string())
}

/// Features a routine body uses that matter on Lakebase, by a scan of its text (comments
/// removed). The names are the vocabulary `rubrics/postgres.yaml` expects.
pub fn scan_body(body: &str) -> Vec<String> {
    SCAN.scan(body)
}

static SCAN: BodyScan = BodyScan::new("is", BODY_PATTERNS, BODY_COMMENTS);

/// What [`scan_body`] looks for: a `routines[].uses` name and its pattern.
const BODY_PATTERNS: &[(&str, &str)] = &[
    (
        "temp_table",
        r"\bcreate\s+(global\s+|local\s+)?(temp|temporary)\s+table\b",
    ),
    ("listen", r"\blisten\s+[a-z_]"),
    ("notify", r"\bnotify\s+[a-z_]|\bpg_notify\s*\("),
    (
        "advisory_lock",
        r"\bpg_(try_)?advisory_(xact_)?lock(_shared)?\s*\(",
    ),
    ("copy_program", r"\bcopy\b[^;]*\b(from|to)\s+program\b"),
    ("copy_file", r"\bcopy\b[^;]*\b(from|to)\s+e?'"),
    ("lo_import", r"\blo_import\s*\("),
    ("lo_export", r"\blo_export\s*\("),
    ("pg_read_file", r"\bpg_read_file\s*\("),
    ("pg_read_binary_file", r"\bpg_read_binary_file\s*\("),
    ("pg_ls_dir", r"\bpg_ls_dir\s*\("),
    ("pg_stat_file", r"\bpg_stat_file\s*\("),
    ("pg_file_write", r"\bpg_file_write\s*\("),
    (
        "dblink",
        r"\bdblink(_exec|_connect|_open|_send_query|_fetch)?\s*\(",
    ),
    (
        "dynamic_sql",
        r"\bexecute\s+(format\s*\(|'|\$|[a-z_][a-z0-9_.]*\s*(\|\||;|using\b|into\b))",
    ),
    (
        "cursor",
        r"\bcursor\s+(for|\()|\bopen\s+[a-z_][a-z0-9_]*\s+for\b",
    ),
];

/// PostgreSQL comments in a body.
const BODY_COMMENTS: &str = r"(?s)/\*.*?\*/|--[^\n]*";

pub(super) fn triggers(rows: &[Row]) -> Result<Vec<Trigger>, String> {
    each(rows, |r| {
        let t: i32 = get(r, 3)?;
        let enabled: String = get(r, 5)?;
        let timing = if t & 64 != 0 {
            "instead of"
        } else if t & 2 != 0 {
            "before"
        } else {
            "after"
        };
        let events: Vec<&str> = [
            (4, "insert"),
            (16, "update"),
            (8, "delete"),
            (32, "truncate"),
        ]
        .into_iter()
        .filter(|(bit, _)| t & bit != 0)
        .map(|(_, e)| e)
        .collect();
        Ok(Trigger {
            schema: get(r, 0)?,
            table: get(r, 1)?,
            name: get(r, 2)?,
            timing: Some(timing.into()),
            events: Some(events.join("|")),
            function: get(r, 4)?,
            enabled: Some(enabled != "D"),
            ..Trigger::default()
        })
    })
}

pub(super) fn event_triggers(rows: &[Row]) -> Result<Vec<EventTrigger>, String> {
    each(rows, |r| {
        Ok(EventTrigger {
            name: get(r, 0)?,
            event: get(r, 1)?,
            function: get(r, 2)?,
        })
    })
}

pub(super) fn views(rows: &[Row]) -> Result<Vec<View>, String> {
    each(rows, |r| {
        Ok(View {
            schema: get(r, 0)?,
            name: get(r, 1)?,
            materialized: get(r, 2)?,
            check_option: get(r, 3)?,
            ..View::default()
        })
    })
}

pub(super) fn sequences(rows: &[Row]) -> Result<Vec<Sequence>, String> {
    each(rows, |r| {
        Ok(Sequence {
            schema: get(r, 0)?,
            name: get(r, 1)?,
            data_type: get(r, 2)?,
            owned: get(r, 3)?,
        })
    })
}

/// The servers, each with its count of foreign tables, and the foreign tables. Rows come in
/// server order, so a server's rows are consecutive.
pub(super) fn foreign_servers(
    rows: &[Row],
) -> Result<(Vec<ForeignServer>, Vec<ForeignTable>), String> {
    let mut servers: Vec<ForeignServer> = Vec::new();
    let mut tables = Vec::new();
    for r in rows {
        let server: String = get(r, 0)?;
        let wrapper: String = get(r, 1)?;
        if servers.last().is_none_or(|s| s.name != server) {
            servers.push(ForeignServer {
                name: server.clone(),
                wrapper: wrapper.clone(),
                foreign_tables: 0,
            });
        }
        let table: Option<String> = get(r, 3)?;
        let (Some(name), Some(s)) = (table, servers.last_mut()) else {
            continue;
        };
        s.foreign_tables = s.foreign_tables.saturating_add(1);
        let schema: Option<String> = get(r, 2)?;
        tables.push(ForeignTable {
            schema: schema.unwrap_or_default(),
            name,
            server,
            wrapper,
        });
    }
    tables.sort_by(|a, b| (&a.schema, &a.name).cmp(&(&b.schema, &b.name)));
    Ok((servers, tables))
}

pub(super) fn publications(rows: &[Row]) -> Result<Vec<Publication>, String> {
    each(rows, |r| {
        let n: i64 = get(r, 2)?;
        Ok(Publication {
            name: get(r, 0)?,
            all_tables: get(r, 1)?,
            tables: u32::try_from(n).unwrap_or(u32::MAX),
        })
    })
}

pub(super) fn subscriptions(rows: &[Row]) -> Result<Vec<crate::profile::Subscription>, String> {
    each(rows, |r| {
        Ok(crate::profile::Subscription {
            name: get(r, 0)?,
            enabled: get(r, 1)?,
            publications: get(r, 2)?,
        })
    })
}

pub(super) fn slots(rows: &[Row]) -> Result<Vec<ReplicationSlot>, String> {
    each(rows, |r| {
        Ok(ReplicationSlot {
            name: get(r, 0)?,
            slot_type: get(r, 1)?,
            plugin: get(r, 2)?,
            active: get(r, 3)?,
        })
    })
}

pub(super) fn large_objects(rows: &[Row]) -> Result<LargeObjects, String> {
    let r = rows.first().ok_or("no row")?;
    let count = non_negative(get(r, 0)?).unwrap_or(0);
    Ok(LargeObjects {
        count,
        size_bytes: if count == 0 {
            0
        } else {
            non_negative(get(r, 1)?).unwrap_or(0)
        },
    })
}

pub(super) fn tablespaces(rows: &[Row]) -> Result<Vec<Tablespace>, String> {
    each(rows, |r| {
        let location: Option<String> = get(r, 1)?;
        Ok(Tablespace {
            name: get(r, 0)?,
            location: location.filter(|l| !l.is_empty()),
            size_bytes: non_negative(get(r, 2)?),
        })
    })
}

pub(super) fn collations(rows: &[Row]) -> Result<Vec<Collation>, String> {
    each(rows, |r| {
        let n: i64 = get(r, 4)?;
        Ok(Collation {
            schema: get(r, 0)?,
            name: get(r, 1)?,
            provider: get(r, 2)?,
            deterministic: get(r, 3)?,
            used_by_columns: u64::try_from(n).unwrap_or(0),
        })
    })
}

pub(super) fn settings(rows: &[Row]) -> Result<Vec<Setting>, String> {
    each(rows, |r| {
        let value: Option<String> = get(r, 1)?;
        Ok(Setting {
            name: get(r, 0)?,
            value: value.unwrap_or_default(),
            source: get(r, 2)?,
            context: get(r, 3)?,
        })
    })
}

pub(super) fn roles(rows: &[Row]) -> Result<Vec<Role>, String> {
    each(rows, |r| {
        Ok(Role {
            name: get(r, 0)?,
            superuser: get(r, 1)?,
            can_login: get(r, 2)?,
            replication: get(r, 3)?,
            bypass_rls: get(r, 4)?,
            member_of: get(r, 5)?,
            auth_method: get(r, 6)?,
        })
    })
}

pub(super) fn object_owners(rows: &[Row]) -> Result<Vec<ObjectOwner>, String> {
    each(rows, |r| {
        Ok(ObjectOwner {
            name: get(r, 0)?,
            objects: non_negative(get(r, 1)?).unwrap_or(0),
            superuser: get(r, 2)?,
            builtin: get(r, 3)?,
        })
    })
}

pub(super) fn role_auth(rows: &[Row]) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    for r in rows {
        let method: Option<String> = get(r, 1)?;
        if let Some(m) = method {
            out.insert(get(r, 0)?, m);
        }
    }
    Ok(out)
}

pub(super) fn cron_jobs(rows: &[Row]) -> Result<Vec<CronJob>, String> {
    each(rows, |r| {
        let text: String = get(r, 0)?;
        let j: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        let s = |k: &str| j.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let name = s("jobname")
            .unwrap_or_else(|| format!("job {}", j.get("jobid").cloned().unwrap_or_default()));
        Ok(CronJob {
            name,
            schedule: s("schedule").unwrap_or_default(),
            database: s("database"),
            command_length: s("command").map_or(0, |c| c.chars().count() as u64),
        })
    })
}

pub(super) fn workload(rows: &[Row]) -> Result<crate::profile::Workload, String> {
    let r = rows.first().ok_or("no row")?;
    let backends: Option<i64> = get(r, 0)?;
    let tps: Option<f64> = get(r, 1)?;
    let reads: Option<f64> = get(r, 2)?;
    let writes: Option<f64> = get(r, 3)?;
    let blocks: Option<f64> = get(r, 4)?;
    let max_connections: Option<i64> = get(r, 5)?;
    let window: Option<f64> = get(r, 6)?;
    let hit_pct: Option<f64> = get(r, 7)?;
    let shared_buffers: Option<i64> = get(r, 8)?;
    let mut w = crate::profile::Workload {
        // Working-set hints for sizing: how much of what was read came from shared_buffers,
        // and how large they are.
        cache_hit_pct: hit_pct.and_then(decimal),
        buffer_cache_gib: shared_buffers.and_then(|b| gib(b as f64)),
        transactions_per_second: tps.and_then(decimal),
        reads_per_second: reads.and_then(decimal),
        writes_per_second: writes.and_then(decimal),
        ..Default::default()
    };
    let mut other = |k: &str, v: Option<Decimal>| {
        if let Some(v) = v {
            w.other.insert(k.to_string(), v);
        }
    };
    other("connections_now", backends.map(Decimal::from));
    other("max_connections", max_connections.map(Decimal::from));
    other("blocks_read_per_second", blocks.and_then(decimal));
    other(
        "stats_window_hours",
        window.and_then(|s| decimal(s / 3600.0)),
    );
    Ok(w)
}

pub(super) fn statements(rows: &[Row]) -> Result<Vec<(String, Decimal)>, String> {
    let r = rows.first().ok_or("no row")?;
    let n: i64 = get(r, 0)?;
    let calls: i64 = get(r, 1)?;
    let ms: f64 = get(r, 2)?;
    let rows_: i64 = get(r, 3)?;
    Ok(vec![
        ("pg_stat_statements.statements".into(), Decimal::from(n)),
        ("pg_stat_statements.calls".into(), Decimal::from(calls)),
        (
            "pg_stat_statements.total_exec_time_ms".into(),
            decimal(ms).unwrap_or_default(),
        ),
        ("pg_stat_statements.rows".into(), Decimal::from(rows_)),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_scan_finds_the_rubric_vocabulary() {
        let body = "
            BEGIN
              -- CREATE TEMP TABLE in a comment does not count
              CREATE TEMPORARY TABLE scratch (id int) ON COMMIT DROP;
              PERFORM pg_advisory_xact_lock(42);
              PERFORM pg_notify('jobs', 'x');
              COPY t TO PROGRAM 'gzip > /tmp/t.gz';
              PERFORM lo_import('/etc/hosts');
              EXECUTE format('SELECT %I', col);
              SELECT * FROM dblink('host=x', 'select 1') AS t(a int);
            END";
        let uses = scan_body(body);
        for want in [
            "temp_table",
            "advisory_lock",
            "notify",
            "copy_program",
            "lo_import",
            "dynamic_sql",
            "dblink",
        ] {
            assert!(uses.contains(&want.to_string()), "{want} in {uses:?}");
        }
        assert!(!uses.contains(&"copy_file".to_string()), "{uses:?}");
        assert!(scan_body("/* create temp table x */ SELECT 1").is_empty());
        assert_eq!(scan_body("COPY t FROM '/data/t.csv'"), ["copy_file"]);
        assert_eq!(scan_body("LISTEN jobs; SELECT 1"), ["listen"]);
    }

    #[test]
    fn library_module_is_the_file_name_without_directory_or_suffix() {
        assert_eq!(
            library_module("$libdir/unaccent").as_deref(),
            Some("unaccent")
        );
        assert_eq!(
            library_module("/opt/app/lib/fast_hash.so").as_deref(),
            Some("fast_hash")
        );
        assert_eq!(library_module("uuid-ossp").as_deref(), Some("uuid-ossp"));
        assert_eq!(library_module("$libdir/"), None);
    }
}
