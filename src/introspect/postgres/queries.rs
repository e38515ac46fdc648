//! The SQL of each catalog area. Text that differs between server versions (11–17) is chosen
//! by `server_version_num` (`v`); sizes are pages × `block_size` (`bs`).

use crate::engine::detect::{Markers, Pattern};
use crate::introspect::detect::Rules;

/// Settings this session changes itself (`SET LOCAL`); their server value is `reset_val`.
macro_rules! own_settings {
    () => {
        "'statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout', 'search_path'"
    };
}

/// The settings [`super::begin_sql`] changes, as a SQL list.
#[cfg(test)]
pub(super) const OWN_SETTINGS: &str = own_settings!();

/// Server facts, privileges, and the names that can be provider markers: only those a marker
/// pattern of the family's engines (`engines/*.yaml`, `detect:`) matches are read.
pub(super) fn sql_server(rules: &Rules) -> String {
    let any = |kind: fn(&Markers) -> &Vec<Pattern>| text_array(&rules.patterns(kind));
    format!(
        "\
SELECT current_setting('server_version_num')::int4,
       current_setting('server_version'),
       current_database()::text,
       current_user::text,
       current_setting('block_size')::int8,
       has_table_privilege('pg_catalog.pg_authid', 'SELECT'),
       coalesce(has_table_privilege(to_regclass('cron.job'), 'SELECT'), false),
       (SELECT quote_ident(n.nspname) FROM pg_extension x
          JOIN pg_namespace n ON n.oid = x.extnamespace WHERE x.extname = 'pg_stat_statements'),
       (SELECT setting FROM pg_settings WHERE name = 'shared_preload_libraries'),
       ARRAY(SELECT DISTINCT proname::text FROM pg_proc WHERE proname = ANY ({functions})
              ORDER BY 1),
       ARRAY(SELECT rolname::text FROM pg_roles WHERE rolname ~ ANY ({roles}) ORDER BY 1),
       ARRAY(SELECT name FROM pg_settings WHERE name ~ ANY ({settings})
             UNION
             SELECT split_part(c, '=', 1) FROM pg_db_role_setting, unnest(setconfig) c
              WHERE split_part(c, '=', 1) ~ ANY ({settings})
                AND setdatabase IN (0, (SELECT oid FROM pg_database
                                         WHERE datname = current_database()))
             ORDER BY 1),
       ARRAY(SELECT name::text FROM pg_available_extensions WHERE name ~ ANY ({extensions})
              ORDER BY 1)",
        functions = text_array(&rules.functions()),
        roles = any(|m| &m.roles),
        settings = any(|m| &m.settings),
        extensions = any(|m| &m.extensions),
    )
}

/// `ARRAY['a', 'b']::text[]`, each element a string literal (quotes doubled; backslashes are
/// literal under `standard_conforming_strings`, on since PostgreSQL 9.1).
fn text_array(items: &[String]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|i| format!("'{}'", i.replace('\'', "''")))
        .collect();
    format!("ARRAY[{}]::text[]", quoted.join(", "))
}

/// Namespaces that hold user objects.
pub(super) const USER_NS: &str = "n.nspname NOT IN ('pg_catalog', 'information_schema') \
                       AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'";

/// The object `alias.oid` of catalog `catalog` is not part of an extension.
pub(super) fn not_ext(catalog: &str, alias: &str) -> String {
    format!(
        "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '{catalog}'::regclass \
         AND e.objid = {alias}.oid AND e.deptype = 'e')"
    )
}

pub(super) fn sql_databases(v: i32) -> String {
    let provider = if v >= 150000 {
        "CASE d.datlocprovider WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'libc' END"
    } else {
        "'libc'"
    };
    format!(
        "SELECT d.datname::text, pg_encoding_to_char(d.encoding)::text, d.datcollate::text,
                d.datctype::text, {provider},
                CASE WHEN has_database_privilege(d.oid, 'CONNECT')
                     THEN pg_database_size(d.oid) END
           FROM pg_database d ORDER BY 1"
    )
}

pub(super) const SQL_EXTENSIONS: &str = "\
SELECT x.extname::text, x.extversion, n.nspname::text
  FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace ORDER BY 1";

pub(super) fn sql_schemas() -> String {
    format!(
        "SELECT n.nspname::text FROM pg_namespace n WHERE {USER_NS} AND {} ORDER BY 1",
        not_ext("pg_namespace", "n")
    )
}

pub(super) fn sql_tables(v: i32, bs: i64) -> String {
    let (am_col, am_join) = if v >= 120000 {
        ("am.amname::text", "LEFT JOIN pg_am am ON am.oid = c.relam")
    } else {
        ("NULL::text", "")
    };
    format!(
        "SELECT c.oid::int8, n.nspname::text, c.relname::text, c.relpersistence::text,
                c.relkind = 'p', c.relispartition, pk.conrelid IS NOT NULL,
                c.relreplident::text, c.relrowsecurity, c.reltuples::float8,
                (c.relpages::int8 + coalesce(t.relpages, 0)::int8) * {bs},
                ts.spcname::text, {am_col},
                coalesce(ch.n, 0)::int8, pa.inhrelid IS NOT NULL
           FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
           LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
           LEFT JOIN pg_tablespace ts ON ts.oid = c.reltablespace
           LEFT JOIN (SELECT DISTINCT conrelid FROM pg_constraint WHERE contype = 'p') pk
                  ON pk.conrelid = c.oid
           LEFT JOIN (SELECT inhparent, count(*) AS n FROM pg_inherits GROUP BY 1) ch
                  ON ch.inhparent = c.oid
           LEFT JOIN (SELECT DISTINCT inhrelid FROM pg_inherits) pa ON pa.inhrelid = c.oid
           {am_join}
          WHERE c.relkind IN ('r', 'p') AND {USER_NS} AND {}
          ORDER BY 2, 3",
        not_ext("pg_class", "c")
    )
}

/// Columns of tables and materialized views (the latter only name index keys). Columns of
/// relations the tables area left out (extension members) are dropped on the client, which is
/// cheaper than filtering 100,000 rows against pg_depend. The type of each column is looked up in
/// a lateral subquery the planner memoizes per type (PostgreSQL 14+), and `column_type` is only
/// formatted where it says more than `data_type` (a modifier, an array).
///
/// Defaults are deparsed without a relation (`pg_get_expr(adbin, 0)`): with one, PostgreSQL
/// opens the table and takes a lock on it. A default cannot refer to columns, so nothing is lost;
/// a generated column's expression, which does, is not read.
pub(super) fn sql_columns(v: i32) -> String {
    let generated = if v >= 120000 {
        "a.attgenerated::text"
    } else {
        "''"
    };
    format!(
        "SELECT a.attrelid::int8, a.attname::text, ty.base,
                CASE WHEN a.atttypmod <> -1 OR ty.is_array
                     THEN format_type(a.atttypid, a.atttypmod) END,
                NOT a.attnotnull,
                CASE WHEN {generated} = '' THEN pg_get_expr(ad.adbin, 0) END,
                {generated},
                a.attidentity::text,
                co.collname::text,
                ty.is_array,
                ty.kind,
                a.attnum::int4
           FROM pg_attribute a
           JOIN pg_class c ON c.oid = a.attrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          CROSS JOIN LATERAL (
                SELECT CASE WHEN bn.nspname = 'pg_catalog' THEN format_type(b.oid, NULL)
                            ELSE b.typname::text END AS base,
                       t.oid <> b.oid AS is_array,
                       CASE WHEN bn.nspname NOT IN ('pg_catalog', 'information_schema')
                            THEN b.typtype::text END AS kind,
                       t.typcollation
                  FROM pg_type t
                  JOIN pg_type b ON b.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0
                                                 THEN t.typelem ELSE t.oid END
                  JOIN pg_namespace bn ON bn.oid = b.typnamespace
                 WHERE t.oid = a.atttypid) ty
           LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
           LEFT JOIN pg_collation co ON co.oid = a.attcollation
                                    AND a.attcollation <> ty.typcollation
          WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'm')
            AND {USER_NS}
          ORDER BY a.attrelid, a.attnum"
    )
}

/// Key columns come as attribute numbers; their names are looked up in the columns already read
/// (no per-index subquery, no join with pg_attribute).
pub(super) fn sql_indexes(bs: i64) -> String {
    format!(
        "SELECT n.nspname::text, t.relname::text, ic.relname::text, am.amname::text,
                i.indisunique, i.indisprimary, i.indpred IS NOT NULL, i.indexprs IS NOT NULL,
                i.indrelid::int8, i.indkey::int2[],
                NOT (i.indisvalid AND i.indisready),
                ic.relpages::int8 * {bs}
           FROM pg_index i
           JOIN pg_class ic ON ic.oid = i.indexrelid
           JOIN pg_class t ON t.oid = i.indrelid
           JOIN pg_namespace n ON n.oid = t.relnamespace
           JOIN pg_am am ON am.oid = ic.relam
          WHERE t.relkind IN ('r', 'p', 'm') AND {USER_NS} AND {}
          ORDER BY 1, 2, 3",
        not_ext("pg_class", "t")
    )
}

pub(super) fn sql_foreign_keys(v: i32) -> String {
    // Partitions carry clones of their parent's foreign keys; report the parent's only.
    let clones = if v >= 110000 {
        "AND k.conparentid = 0"
    } else {
        ""
    };
    format!(
        "SELECT n.nspname::text, c.relname::text, k.conname::text,
                rn.nspname::text || '.' || r.relname::text,
                k.confdeltype::text, k.confupdtype::text
           FROM pg_constraint k
           JOIN pg_class c ON c.oid = k.conrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
           JOIN pg_class r ON r.oid = k.confrelid
           JOIN pg_namespace rn ON rn.oid = r.relnamespace
          WHERE k.contype = 'f' {clones} AND {USER_NS} AND {}
          ORDER BY 1, 2, 3",
        not_ext("pg_class", "c")
    )
}

pub(super) fn sql_types(v: i32) -> String {
    // Multiranges are made with their range type; row types with their table.
    let multirange = if v >= 140000 {
        "AND t.typtype <> 'm'"
    } else {
        ""
    };
    format!(
        "SELECT n.nspname::text, t.typname::text, t.typtype::text, l.lanname::text
           FROM pg_type t
           JOIN pg_namespace n ON n.oid = t.typnamespace
           LEFT JOIN pg_class r ON r.oid = t.typrelid
           LEFT JOIN pg_proc p ON p.oid = t.typinput
           LEFT JOIN pg_language l ON l.oid = p.prolang
          WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm') {multirange}
            AND (t.typtype <> 'c' OR r.relkind = 'c')
            AND NOT (t.typelem <> 0 AND EXISTS (SELECT 1 FROM pg_type e
                                                 WHERE e.oid = t.typelem AND e.typarray = t.oid))
            AND {USER_NS} AND {}
          ORDER BY 1, 2",
        not_ext("pg_type", "t")
    )
}

/// The body is `prosrc` (for C, the symbol; `probin` is its library). A SQL-standard body (`BEGIN ATOMIC`, PostgreSQL 14+) has none there and
/// is not deparsed (`pg_get_function_sqlbody` locks the tables it reads): it counts as empty.
pub(super) fn sql_routines(v: i32) -> String {
    let kind = if v >= 110000 {
        "p.prokind::text"
    } else {
        "CASE WHEN p.proisagg THEN 'a' WHEN p.proiswindow THEN 'w' ELSE 'f' END"
    };
    format!(
        "SELECT n.nspname::text,
                p.proname::text || CASE WHEN count(*) OVER (PARTITION BY p.pronamespace, p.proname) > 1
                                        THEN '(' || pg_get_function_identity_arguments(p.oid) || ')'
                                        ELSE '' END,
                {kind}, l.lanname::text, p.prosrc, p.prosecdef, p.probin
           FROM pg_proc p
           JOIN pg_namespace n ON n.oid = p.pronamespace
           JOIN pg_language l ON l.oid = p.prolang
          WHERE {USER_NS} AND {}
          ORDER BY 1, 2",
        not_ext("pg_proc", "p")
    )
}

pub(super) fn sql_triggers() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, g.tgname::text, g.tgtype::int4,
                pn.nspname::text || '.' || p.proname::text, g.tgenabled::text
           FROM pg_trigger g
           JOIN pg_class c ON c.oid = g.tgrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
           JOIN pg_proc p ON p.oid = g.tgfoid
           JOIN pg_namespace pn ON pn.oid = p.pronamespace
          WHERE NOT g.tgisinternal AND {USER_NS} AND {}
          ORDER BY 1, 2, 3",
        not_ext("pg_class", "c")
    )
}

pub(super) fn sql_event_triggers() -> String {
    format!(
        "SELECT g.evtname::text, g.evtevent::text, pn.nspname::text || '.' || p.proname::text
           FROM pg_event_trigger g
           JOIN pg_proc p ON p.oid = g.evtfoid
           JOIN pg_namespace pn ON pn.oid = p.pronamespace
          WHERE {}
          ORDER BY 1",
        not_ext("pg_event_trigger", "g")
    )
}

/// No `pg_get_viewdef`: deparsing a view locks every table it reads, so the definition's length
/// is not read.
pub(super) fn sql_views() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, c.relkind = 'm',
                (SELECT substr(o, 14) FROM unnest(c.reloptions) o WHERE o LIKE 'check_option=%')
           FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('v', 'm') AND {USER_NS} AND {}
          ORDER BY 1, 2",
        not_ext("pg_class", "c")
    )
}

pub(super) fn sql_sequences() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, format_type(s.seqtypid, NULL),
                EXISTS (SELECT 1 FROM pg_depend d
                         WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                           AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
           FROM pg_sequence s
           JOIN pg_class c ON c.oid = s.seqrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE {USER_NS} AND {}
          ORDER BY 1, 2",
        not_ext("pg_class", "c")
    )
}

/// Servers and their foreign tables in one query: a row per foreign table, and one with no table
/// for a server without any.
pub(super) const SQL_FOREIGN_SERVERS: &str = "\
SELECT s.srvname::text, w.fdwname::text, n.nspname::text, c.relname::text
  FROM pg_foreign_server s
  JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
  LEFT JOIN pg_foreign_table f ON f.ftserver = s.oid
  LEFT JOIN pg_class c ON c.oid = f.ftrelid
  LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
 ORDER BY 1, 3, 4";

pub(super) const SQL_PUBLICATIONS: &str = "\
SELECT p.pubname::text, p.puballtables,
       (SELECT count(*) FROM pg_publication_rel r WHERE r.prpubid = p.oid)::int8
  FROM pg_publication p ORDER BY 1";

/// Only the columns PUBLIC may read (not the connection string).
pub(super) const SQL_SUBSCRIPTIONS: &str = "\
SELECT s.subname::text, s.subenabled, s.subpublications
  FROM pg_subscription s
 WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
 ORDER BY 1";

pub(super) const SQL_SLOTS: &str = "\
SELECT slot_name::text, slot_type, plugin::text, active FROM pg_replication_slots ORDER BY 1";

/// Count from the public metadata catalog; size from the catalog's page count (reading
/// pg_largeobject itself needs superuser and would scan it).
pub(super) fn sql_large_objects(bs: i64) -> String {
    format!(
        "SELECT (SELECT count(*) FROM pg_largeobject_metadata)::int8,
                (SELECT relpages::int8 FROM pg_class
                  WHERE oid = 'pg_catalog.pg_largeobject'::regclass) * {bs}"
    )
}

/// Sizes only for user tablespaces, and only with the privilege to ask.
pub(super) const SQL_TABLESPACES: &str = "\
SELECT t.spcname::text, pg_tablespace_location(t.oid),
       CASE WHEN t.spcname NOT IN ('pg_default', 'pg_global')
             AND (has_tablespace_privilege(t.oid, 'CREATE')
                  OR pg_has_role(current_user, 'pg_read_all_stats', 'MEMBER'))
            THEN pg_tablespace_size(t.oid) END
  FROM pg_tablespace t ORDER BY 1";

pub(super) fn sql_collations(v: i32) -> String {
    let deterministic = if v >= 120000 {
        "co.collisdeterministic"
    } else {
        "true"
    };
    format!(
        "SELECT n.nspname::text, co.collname::text,
                CASE co.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu'
                     WHEN 'b' THEN 'builtin' ELSE 'default' END,
                {deterministic}, coalesce(u.n, 0)::int8
           FROM pg_collation co
           JOIN pg_namespace n ON n.oid = co.collnamespace
           LEFT JOIN (SELECT attcollation, count(*) AS n FROM pg_attribute
                       WHERE attnum > 0 AND NOT attisdropped AND attcollation <> 0
                       GROUP BY 1) u ON u.attcollation = co.oid
          WHERE {USER_NS} AND {}
          ORDER BY 1, 2",
        not_ext("pg_collation", "co")
    )
}

/// Settings changed from the default (server-wide), the ones rubrics always need, and the
/// per-database and per-role settings of this database.
pub(super) const SQL_SETTINGS: &str = concat!(
    "WITH s AS (
           SELECT name,
                  CASE WHEN name IN (",
    own_settings!(),
    ") THEN reset_val ELSE setting END AS value,
                  CASE WHEN name IN (",
    own_settings!(),
    ") THEN CASE WHEN reset_val = boot_val THEN 'default' ELSE 'configuration file' END
                       ELSE source END AS source,
                  context
             FROM pg_settings)
         SELECT name::text, value, source, context FROM s
          WHERE source NOT IN ('default', 'override', 'session', 'client',
                               'database', 'user', 'database user')
             OR name IN ('wal_level', 'max_prepared_transactions', 'shared_preload_libraries',
                         'max_connections', 'TimeZone', 'max_replication_slots',
                         'max_wal_senders', 'server_encoding', 'password_encryption', 'ssl')
         UNION ALL
         SELECT split_part(c, '=', 1), substr(c, strpos(c, '=') + 1),
                CASE WHEN d.setdatabase = 0 THEN 'user'
                     WHEN d.setrole = 0 THEN 'database' ELSE 'database user' END,
                coalesce(g.context, 'user')
           FROM pg_db_role_setting d
          CROSS JOIN LATERAL unnest(d.setconfig) c
           LEFT JOIN pg_settings g ON g.name = split_part(c, '=', 1)
          WHERE d.setdatabase IN (0, (SELECT oid FROM pg_database
                                       WHERE datname = current_database()))
          ORDER BY 1, 3"
);

/// Roles (predefined `pg_*` roles left out), their memberships, and Azure Entra ID labels.
pub(super) const SQL_ROLES: &str = "\
SELECT r.rolname::text, r.rolsuper, r.rolcanlogin, r.rolreplication, r.rolbypassrls,
       ARRAY(SELECT b.rolname::text FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid
              WHERE m.member = r.oid ORDER BY 1),
       (SELECT 'entra' FROM pg_shseclabel l
         WHERE l.objoid = r.oid AND l.classoid = 'pg_authid'::regclass
           AND l.provider = 'pgaadauth' LIMIT 1)
  FROM pg_roles r WHERE r.rolname !~ '^pg_' ORDER BY 1";

/// Owners of the user objects, counted per role in one pass over the catalogs. The `public`
/// schema is left out (initdb makes it, owned by the bootstrap superuser or, from PostgreSQL
/// 15, pg_database_owner), and so are row types of tables and the array types PostgreSQL makes
/// for every type. OID 10 is the bootstrap superuser, whatever its name.
pub(super) fn sql_object_owners() -> String {
    format!(
        "WITH owned AS (
           SELECT c.relowner AS owner FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND {USER_NS} AND {rel}
           UNION ALL
           SELECT p.proowner FROM pg_proc p
             JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE {USER_NS} AND {proc}
           UNION ALL
           SELECT t.typowner FROM pg_type t
             JOIN pg_namespace n ON n.oid = t.typnamespace
             LEFT JOIN pg_class r ON r.oid = t.typrelid
            WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r')
              AND (t.typtype <> 'c' OR r.relkind = 'c')
              AND NOT (t.typelem <> 0 AND EXISTS (SELECT 1 FROM pg_type e
                                                   WHERE e.oid = t.typelem AND e.typarray = t.oid))
              AND {USER_NS} AND {typ}
           UNION ALL
           SELECT n.nspowner FROM pg_namespace n
            WHERE n.nspname <> 'public' AND {USER_NS} AND {ns})
         SELECT r.rolname::text, count(*)::int8, r.rolsuper, r.oid = 10 OR r.rolname ~ '^pg_'
           FROM owned o JOIN pg_roles r ON r.oid = o.owner
          GROUP BY r.oid, r.rolname, r.rolsuper
          ORDER BY 1",
        rel = not_ext("pg_class", "c"),
        proc = not_ext("pg_proc", "p"),
        typ = not_ext("pg_type", "t"),
        ns = not_ext("pg_namespace", "n"),
    )
}

/// The password method only, never the hash.
pub(super) const SQL_ROLE_AUTH: &str = "\
SELECT rolname::text,
       CASE WHEN rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'scram-sha-256'
            WHEN rolpassword LIKE 'md5%' THEN 'md5'
            WHEN rolpassword IS NOT NULL THEN 'password' END
  FROM pg_authid WHERE rolname !~ '^pg_' AND rolpassword IS NOT NULL";

/// Whole rows as JSON, so any pg_cron version's columns read the same.
pub(super) const SQL_CRON_JOBS: &str = "SELECT to_jsonb(j)::text FROM cron.job j ORDER BY j.jobid";

/// Averages since each database's statistics were reset (or the server started).
pub(super) const SQL_WORKLOAD: &str = "\
WITH d AS (
  SELECT *, greatest(extract(epoch FROM now() - coalesce(stats_reset, pg_postmaster_start_time())),
                     1)::float8 AS secs
    FROM pg_stat_database)
SELECT sum(numbackends)::int8,
       sum((xact_commit + xact_rollback) / secs)::float8,
       sum((tup_returned + tup_fetched) / secs)::float8,
       sum((tup_inserted + tup_updated + tup_deleted) / secs)::float8,
       sum(blks_read / secs)::float8,
       (SELECT setting::int8 FROM pg_settings WHERE name = 'max_connections'),
       max(secs)::float8,
       (100.0 * sum(blks_hit) / nullif(sum(blks_hit + blks_read), 0))::float8,
       (SELECT s.setting::int8 * b.setting::int8
          FROM pg_settings s, pg_settings b
         WHERE s.name = 'shared_buffers' AND b.name = 'block_size')
  FROM d";

pub(super) fn sql_pg_stat_statements(v: i32, schema: &str) -> String {
    let time = if v >= 130000 {
        "total_exec_time"
    } else {
        "total_time"
    };
    format!(
        "SELECT count(*)::int8, coalesce(sum(calls), 0)::int8, coalesce(sum({time}), 0)::float8,
                coalesce(sum(rows), 0)::int8
           FROM {schema}.pg_stat_statements"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_dependent_sql() {
        assert!(sql_routines(110000).contains("prokind"));
        assert!(sql_routines(100000).contains("proisagg"));
        // Nothing that deparses with locks on the tables it reads.
        for sql in [sql_routines(170000), sql_views(), sql_columns(170000)] {
            for locking in ["pg_get_function_sqlbody", "pg_get_viewdef", "adrelid)"] {
                assert!(!sql.contains(locking), "{locking}");
            }
        }
        assert!(sql_columns(120000).contains("attgenerated"));
        assert!(!sql_columns(110000).contains("attgenerated"));
        assert!(sql_tables(120000, 8192).contains("pg_am"));
        assert!(!sql_tables(110000, 8192).contains("pg_am"));
        assert!(sql_databases(150000).contains("datlocprovider"));
        assert!(!sql_databases(140000).contains("datlocprovider"));
        assert!(sql_pg_stat_statements(130000, "public").contains("total_exec_time"));
        assert!(sql_pg_stat_statements(120000, "public").contains("total_time"));
        assert!(SQL_SETTINGS.contains("'search_path'"));
    }
}
