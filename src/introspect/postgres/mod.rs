//! PostgreSQL-family introspection: plain PostgreSQL, Aurora, RDS, Cloud SQL, AlloyDB, Azure.
//!
//! Safe on a production server:
//! - one connection, one transaction: `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY` (one
//!   consistent snapshot, and the server refuses any write), with `statement_timeout`,
//!   `lock_timeout` and `idle_in_transaction_session_timeout` set for that transaction only and
//!   `search_path` pinned to `pg_catalog`; it ends with `ROLLBACK`;
//! - only catalog reads: sizes come from `relpages` (no `pg_relation_size`, which would lock
//!   every table), privileged functions are guarded by privilege checks;
//! - a fixed number of set-based queries, one per catalog area, whatever the number of objects;
//!   SQL that differs between versions (11–17) is chosen by `server_version_num`;
//! - an area that fails (no privilege, an unexpected catalog) is rolled back to a savepoint and
//!   recorded in `profile.warnings`; only losing the connection stops the run.

//!
//! The module by concern: [`connect`] (target, TLS, password file, driver errors), [`queries`]
//! (the SQL of each catalog area, by server version), [`rows`] (rows to profile types) and
//! [`detect`] (which provider's PostgreSQL this is); this file runs them in order.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use tokio_postgres::{Client, Row};

use super::detect::{decide, Rules};
use super::session::{Connection, Failure, Ledger, Session};
use super::{ConnectOptions, Introspection, Options, SourceUrl};
use crate::engine::{Catalog, Family};
use crate::error::Error;
use crate::profile::{Profile, PROFILE_VERSION};

mod connect;
mod detect;
mod queries;
mod rows;

pub use connect::open;
pub use rows::scan_body;

use connect::{connect, error_text, Target};
use detect::{detect, Markers};
use queries::*;
use rows::*;

/// Introspects one PostgreSQL-family database.
pub async fn introspect(url: &SourceUrl, options: &Options) -> Result<Introspection, Error> {
    let started = Instant::now();
    let rules = Rules::of(&Catalog::bundled()?, Family::Postgres);
    let target = Target::resolve(url, options)?;
    let client = connect(&target).await?;
    let ledger = Ledger::new(target.redactor.clone(), started);
    let mut s = Session::new(PgConnection(client), ledger);

    s.exec(&begin_sql(&options.connect)).await?;
    let server = server_facts(&mut s, &rules).await?;
    let v = server.version_num;
    let bs = server.block_size;

    let mut p = Profile {
        profile_version: PROFILE_VERSION,
        version: server.version.clone(),
        name: Some(server.database.clone()),
        ..Profile::default()
    };
    if let Some(x) = s.read("databases", &sql_databases(v), databases).await? {
        p.databases = x;
    }
    if let Some(x) = s.read("extensions", SQL_EXTENSIONS, extensions).await? {
        p.extensions = x;
    }
    if let Some(x) = s.read("schemas", &sql_schemas(), schemas).await? {
        p.schemas = x;
    }
    let mut table_oids = Vec::new();
    if let Some((oids, tables)) = s.read("tables", &sql_tables(v, bs), tables).await? {
        table_oids = oids;
        p.tables = tables;
    }
    let mut names = HashMap::new();
    if let Some(cols) = s.read("columns", &sql_columns(v), columns).await? {
        names = attach_columns(&mut p.tables, &table_oids, cols);
    }
    let index_rows = |rows: &[Row]| indexes(rows, &names);
    if let Some(x) = s.read("indexes", &sql_indexes(bs), index_rows).await? {
        p.indexes = x;
    }
    if let Some(x) = s
        .read("foreign_keys", &sql_foreign_keys(v), foreign_keys)
        .await?
    {
        p.foreign_keys = x;
    }
    if let Some(x) = s.read("types", &sql_types(v), types).await? {
        p.types = x;
    }
    if let Some(x) = s.read("routines", &sql_routines(v), routines).await? {
        p.routines = x;
    }
    if let Some(x) = s.read("triggers", &sql_triggers(), triggers).await? {
        p.triggers = x;
    }
    if let Some(x) = s
        .read("event_triggers", &sql_event_triggers(), event_triggers)
        .await?
    {
        p.event_triggers = x;
    }
    if let Some(x) = s.read("views", &sql_views(), views).await? {
        p.views = x;
    }
    if let Some(x) = s.read("sequences", &sql_sequences(), sequences).await? {
        p.sequences = x;
    }
    if let Some((servers, tables)) = s
        .read("foreign_servers", SQL_FOREIGN_SERVERS, foreign_servers)
        .await?
    {
        p.foreign_servers = servers;
        p.foreign_tables = tables;
    }
    if let Some(x) = s
        .read("publications", SQL_PUBLICATIONS, publications)
        .await?
    {
        p.publications = x;
    }
    if let Some(x) = s
        .read("subscriptions", SQL_SUBSCRIPTIONS, subscriptions)
        .await?
    {
        p.subscriptions = x;
    }
    if let Some(x) = s.read("replication_slots", SQL_SLOTS, slots).await? {
        p.replication_slots = x;
    }
    if let Some(x) = s
        .read("large_objects", &sql_large_objects(bs), large_objects)
        .await?
    {
        p.large_objects = x;
    }
    if let Some(x) = s.read("tablespaces", SQL_TABLESPACES, tablespaces).await? {
        p.tablespaces = x;
    }
    if let Some(x) = s.read("collations", &sql_collations(v), collations).await? {
        p.collations = x;
    }
    if let Some(x) = s.read("settings", SQL_SETTINGS, settings).await? {
        p.settings = x;
    }
    if server.preload_libraries.is_none() {
        s.warn(
            "settings",
            format!(
                "shared_preload_libraries and other superuser-only settings are hidden from {}; \
                 grant it pg_read_all_settings to read them",
                server.user
            ),
        );
    }
    if let Some(x) = s.read("roles", SQL_ROLES, roles).await? {
        p.roles = x;
    }
    if let Some(x) = s
        .read("object_owners", &sql_object_owners(), object_owners)
        .await?
    {
        p.object_owners = x;
    }
    if server.can_read_authid {
        if let Some(methods) = s.read("roles", SQL_ROLE_AUTH, role_auth).await? {
            for r in &mut p.roles {
                if let Some(m) = methods.get(&r.name) {
                    r.auth_method.get_or_insert_with(|| m.clone());
                }
            }
        }
    } else {
        s.warn(
            "roles",
            format!(
                "password methods (md5 or scram-sha-256) not read: {} cannot read pg_authid \
                 (superuser only)",
                server.user
            ),
        );
    }
    if server.cron_job_readable {
        if let Some(x) = s.read("cron_jobs", SQL_CRON_JOBS, cron_jobs).await? {
            p.cron_jobs = x;
        }
    }
    if let Some(x) = s.read("workload", SQL_WORKLOAD, workload).await? {
        p.workload = x;
    }
    if let Some(schema) = &server.pg_stat_statements {
        let sql = sql_pg_stat_statements(v, schema);
        if let Some(x) = s.read("workload", &sql, statements).await? {
            p.workload.other.extend(x);
        }
    }
    s.exec("ROLLBACK").await?;

    let markers = Markers {
        functions: server.marker_functions.clone(),
        roles: server.marker_roles.clone(),
        settings: server.marker_settings.clone(),
        extensions: p
            .extensions
            .iter()
            .map(|e| e.name.clone())
            .chain(server.marker_extensions.iter().cloned())
            .collect(),
    };
    let (detected, evidence) = detect(&markers, &rules);
    let (engine, detection) = decide(options.engine.as_ref(), detected, evidence);
    p.engine = engine;
    p.detection = Some(detection);
    let (_, ledger) = s.into_parts();
    Ok(ledger.finish(p))
}

// --------------------------------------------------------------------------------- session

/// The one connection, as the [`Session`] drives it.
struct PgConnection(Client);

impl Connection for PgConnection {
    type Row = Row;
    /// Every area starts from this savepoint, so a refused one leaves the transaction usable.
    const RECOVER: Option<&'static str> = Some("ROLLBACK TO SAVEPOINT dbassay_area");

    async fn query(&mut self, sql: &str) -> Result<Vec<Row>, Failure> {
        self.0.query_typed(sql, &[]).await.map_err(|e| {
            if e.as_db_error().is_some() {
                Failure::Refused(error_text(&e))
            } else {
                Failure::Lost(error_text(&e))
            }
        })
    }

    async fn execute(&mut self, sql: &str) -> Result<(), Failure> {
        let result = self.0.batch_execute(sql).await;
        result.map_err(|e| Failure::Lost(error_text(&e)))
    }
}

/// Server facts, privileges and engine markers; needed before anything else.
async fn server_facts(s: &mut Session<PgConnection>, rules: &Rules) -> Result<Server, Error> {
    let rows = s.fetch(&sql_server(rules)).await?;
    let row = rows.first().ok_or_else(|| {
        s.ledger
            .unreachable("the server query returned no row".into())
    })?;
    server(row).map_err(|e| {
        s.ledger
            .unreachable(format!("unexpected answer to the server query: {e}"))
    })
}

fn begin_sql(o: &ConnectOptions) -> String {
    let ms = |d: Duration| d.as_millis().max(1);
    let idle = ms(o.statement_timeout).max(60_000);
    format!(
        "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; \
         SET LOCAL statement_timeout = {}; \
         SET LOCAL lock_timeout = {}; \
         SET LOCAL idle_in_transaction_session_timeout = {idle}; \
         SET LOCAL search_path = pg_catalog, pg_temp; \
         SAVEPOINT dbassay_area",
        ms(o.statement_timeout),
        ms(o.lock_timeout)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn begin_sets_read_only_and_timeouts() {
        let o = ConnectOptions {
            statement_timeout: Duration::from_secs(30),
            lock_timeout: Duration::from_millis(1500),
            ..ConnectOptions::default()
        };
        let sql = begin_sql(&o);
        assert!(sql.starts_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;"));
        assert!(sql.contains("statement_timeout = 30000;"));
        assert!(sql.contains("lock_timeout = 1500;"));
        for name in OWN_SETTINGS.split(", ") {
            assert!(sql.contains(name.trim_matches('\'')), "{name}");
        }
    }
}
