//! The SQL of each catalog area. The few that differ between MySQL and MariaDB or between
//! versions are chosen from the server's version.

use std::collections::BTreeSet;

use super::Server;

/// Schemas of the server itself, never the user's.
const SYSTEM_SCHEMAS: &str = "'mysql', 'information_schema', 'performance_schema', 'sys'";

/// The schemas to read: the URL's database, else every schema but the server's own.
pub(super) struct SchemaFilter(pub(super) Option<String>);

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

pub(super) fn hex(s: &str) -> String {
    let mut out = String::with_capacity(3 + 2 * s.len());
    out.push_str("X'");
    for b in s.as_bytes() {
        out.push_str(&format!("{b:02x}"));
    }
    out.push('\'');
    out
}

pub(super) fn sql_schemata(f: &SchemaFilter) -> String {
    format!(
        "SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME
           FROM information_schema.SCHEMATA WHERE {} ORDER BY 1",
        f.on("SCHEMA_NAME")
    )
}

pub(super) fn sql_tables(f: &SchemaFilter) -> String {
    format!(
        "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_ROWS, DATA_LENGTH,
                INDEX_LENGTH, TABLE_COLLATION, CREATE_OPTIONS
           FROM information_schema.TABLES
          WHERE {} AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'SEQUENCE')
          ORDER BY 1, 2",
        f.on("TABLE_SCHEMA")
    )
}

pub(super) fn sql_columns(f: &SchemaFilter) -> String {
    format!(
        "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE,
                COLUMN_DEFAULT, EXTRA, CHARACTER_SET_NAME, COLLATION_NAME, GENERATION_EXPRESSION
           FROM information_schema.COLUMNS WHERE {}
          ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION",
        f.on("TABLE_SCHEMA")
    )
}

pub(super) fn sql_json_checks(f: &SchemaFilter) -> String {
    format!(
        "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CHECK_CLAUSE
           FROM information_schema.CHECK_CONSTRAINTS
          WHERE {} AND CHECK_CLAUSE LIKE 'json\\_valid(%'",
        f.on("CONSTRAINT_SCHEMA")
    )
}

pub(super) fn sql_partitions(f: &SchemaFilter, tables: &[(String, String)]) -> String {
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

pub(super) fn sql_indexes(f: &SchemaFilter, server: &Server) -> String {
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

pub(super) fn sql_foreign_keys(f: &SchemaFilter) -> String {
    format!(
        "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA,
                REFERENCED_TABLE_NAME, DELETE_RULE, UPDATE_RULE
           FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE {} ORDER BY 1, 2, 3",
        f.on("CONSTRAINT_SCHEMA")
    )
}

pub(super) fn sql_views(f: &SchemaFilter, server: &Server) -> String {
    // MySQL shows a view's ALGORITHM only in SHOW CREATE VIEW, one view at a time.
    let algorithm = if server.mariadb { "ALGORITHM" } else { "NULL" };
    format!(
        "SELECT TABLE_SCHEMA, TABLE_NAME, CHAR_LENGTH(VIEW_DEFINITION), CHECK_OPTION, DEFINER,
                SECURITY_TYPE, {algorithm}
           FROM information_schema.VIEWS WHERE {} ORDER BY 1, 2",
        f.on("TABLE_SCHEMA")
    )
}

pub(super) fn sql_routines(f: &SchemaFilter) -> String {
    format!(
        "SELECT ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, EXTERNAL_LANGUAGE,
                ROUTINE_DEFINITION, SECURITY_TYPE, DEFINER
           FROM information_schema.ROUTINES WHERE {} ORDER BY 1, 2, 3",
        f.on("ROUTINE_SCHEMA")
    )
}

pub(super) fn sql_triggers(f: &SchemaFilter) -> String {
    format!(
        "SELECT TRIGGER_SCHEMA, EVENT_OBJECT_TABLE, TRIGGER_NAME, ACTION_TIMING,
                EVENT_MANIPULATION, CHAR_LENGTH(ACTION_STATEMENT)
           FROM information_schema.TRIGGERS WHERE {} ORDER BY 1, 2, 3",
        f.on("EVENT_OBJECT_SCHEMA")
    )
}

pub(super) fn sql_events(f: &SchemaFilter) -> String {
    format!(
        "SELECT EVENT_SCHEMA, EVENT_NAME, STATUS, EVENT_TYPE, EXECUTE_AT, INTERVAL_VALUE,
                INTERVAL_FIELD, STARTS, CHAR_LENGTH(EVENT_DEFINITION), DEFINER
           FROM information_schema.EVENTS WHERE {} ORDER BY 1, 2",
        f.on("EVENT_SCHEMA")
    )
}

/// Accounts with their authentication plugin (never the hash) and the privileges that matter.
pub(super) fn sql_accounts(server: &Server) -> String {
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

pub(super) fn sql_replica_status(server: &Server) -> &'static str {
    match (server.mariadb, server) {
        (true, s) if s.at_least(10, 5, 1) => "SHOW ALL REPLICAS STATUS",
        (true, _) => "SHOW ALL SLAVES STATUS",
        (false, s) if s.at_least(8, 0, 22) => "SHOW REPLICA STATUS",
        (false, _) => "SHOW SLAVE STATUS",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_names_are_hex_literals() {
        let f = SchemaFilter(Some("sh'op\\".into()));
        assert_eq!(f.on("TABLE_SCHEMA"), "TABLE_SCHEMA = X'7368276f705c'");
        assert!(SchemaFilter(None).on("X").contains("'performance_schema'"));
    }
}
