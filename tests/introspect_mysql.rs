//! Live introspection against the real MariaDB of the machine: each test builds the objects it
//! needs in its own scratch database, introspects and assesses it, asserts what was found, and
//! drops the database.

mod common;
mod mysql;

use common::*;
use dbassay::introspect::{self, Options};
use dbassay::profile::Profile;
use mysql::*;

#[test]
fn schema_features_become_findings() {
    let _lock = markers_shared();
    let mut db = Scratch::new("features");
    db.sql(&[
        "CREATE TABLE `order` (
           id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
           `user` VARCHAR(40),
           status ENUM('new', 'paid'),
           flags SET('gift', 'rush'),
           placed DATETIME DEFAULT '0000-00-00 00:00:00',
           touched TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
           active TINYINT(1) NOT NULL DEFAULT 1,
           doc JSON,
           total DECIMAL(10,2) ZEROFILL,
           big BIGINT UNSIGNED,
           ratio FLOAT(7,3),
           yr YEAR,
           spent TIME,
           note LONGTEXT,
           raw VARBINARY(16),
           m MEDIUMINT,
           doubled DECIMAL(12,2) AS (total * 2) VIRTUAL,
           tripled DECIMAL(12,2) AS (total * 3) PERSISTENT,
           FULLTEXT KEY ft_user (`user`),
           KEY by_user_prefix (`user`(8)),
           KEY by_status (status) IGNORED
         ) ENGINE=InnoDB",
        "CREATE TABLE legacy (a INT, g GEOMETRY NOT NULL, SPATIAL INDEX sp_g (g))
           ENGINE=MyISAM CHARSET latin1",
        "CREATE TABLE cache (k VARCHAR(20) PRIMARY KEY, v VARCHAR(100)) ENGINE=MEMORY",
        "CREATE TABLE part1 (a INT) ENGINE=MyISAM",
        "CREATE TABLE merged (a INT) ENGINE=MRG_MyISAM UNION=(part1)",
        "CREATE TABLE exchange (a INT NOT NULL, b VARCHAR(10) NOT NULL) ENGINE=CSV",
        "CREATE TABLE logbook (id INT, at DATE) ENGINE=Aria",
        "CREATE TABLE OrderItems (id INT PRIMARY KEY, order_id INT UNSIGNED,
           FOREIGN KEY fk_items_order (order_id) REFERENCES `order` (id) ON DELETE CASCADE)
           CHARSET utf8mb3",
        "CREATE TABLE history (id INT PRIMARY KEY, price INT) WITH SYSTEM VERSIONING",
        "CREATE TABLE measures (id INT, at DATE) PARTITION BY RANGE (YEAR(at)) (
           PARTITION p2024 VALUES LESS THAN (2025), PARTITION p2025 VALUES LESS THAN (2026),
           PARTITION pmax VALUES LESS THAN MAXVALUE)",
        "CREATE SEQUENCE invoice_no START WITH 1000",
        "CREATE VIEW open_orders AS SELECT id, status FROM `order` WHERE status = 'new'
           WITH CHECK OPTION",
        "CREATE ALGORITHM=TEMPTABLE SQL SECURITY INVOKER VIEW totals AS
           SELECT status, count(*) AS n FROM `order` GROUP BY status",
        "CREATE PROCEDURE close_day(IN tbl VARCHAR(64))
         BEGIN
           DECLARE done INT DEFAULT 0;
           DECLARE c CURSOR FOR SELECT id FROM `order`;
           DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
           CREATE TEMPORARY TABLE work (id INT);
           SET @s = CONCAT('DELETE FROM ', tbl);
           PREPARE stmt FROM @s;
           EXECUTE stmt;
           DEALLOCATE PREPARE stmt;
           IF done = 0 THEN
             SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'not done';
           END IF;
           SELECT * FROM `order` INTO OUTFILE '/tmp/never-written.csv';
         END",
        "CREATE FUNCTION `user`(x INT) RETURNS INT DETERMINISTIC RETURN x + 1",
        "CREATE FUNCTION peek(p VARCHAR(200)) RETURNS TEXT READS SQL DATA
           SQL SECURITY INVOKER RETURN LOAD_FILE(p)",
        "CREATE TRIGGER order_bi BEFORE INSERT ON `order` FOR EACH ROW
           SET NEW.`user` = lower(NEW.`user`)",
        "CREATE TRIGGER order_bu BEFORE UPDATE ON `order` FOR EACH ROW
           SET NEW.`user` = lower(NEW.`user`)",
        "CREATE EVENT purge_cache ON SCHEDULE EVERY 1 HOUR DO DELETE FROM cache",
        "INSERT INTO `order` (`user`, status, total) VALUES ('a', 'new', 5), ('b', 'paid', 7)",
    ]);

    // The profile itself.
    let (p, _) = profile_of(&db.url());
    assert_eq!(p.engine, "mysql");
    assert_eq!(p.name.as_deref(), Some(db.name.as_str()));
    assert!(p.version.contains("MariaDB"), "{}", p.version);
    assert_eq!(p.schemas, [db.name.clone()]);
    let t = |name: &str| {
        p.tables
            .iter()
            .find(|t| t.name == name)
            .unwrap_or_else(|| panic!("table {name} missing"))
    };
    let order = t("order");
    assert_eq!(order.storage_engine.as_deref(), Some("InnoDB"));
    assert_eq!(
        (order.charset.as_deref(), order.collation.as_deref()),
        (Some("utf8mb4"), Some("utf8mb4_general_ci"))
    );
    assert!(order.has_primary_key && order.has_auto_increment);
    assert_eq!(t("legacy").charset.as_deref(), Some("latin1"));
    assert!(!t("legacy").has_primary_key);
    assert_eq!(t("cache").storage_engine.as_deref(), Some("MEMORY"));
    assert_eq!(t("OrderItems").charset.as_deref(), Some("utf8mb3"));
    assert!(t("measures").partitioned && t("measures").partition_count == 3);
    let col = |table: &str, name: &str| {
        t(table)
            .columns
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("column {table}.{name} missing"))
            .clone()
    };
    let id = col("order", "id");
    assert!(id.unsigned && id.identity.as_deref() == Some("auto_increment") && !id.nullable);
    assert_eq!(id.column_type.as_deref(), Some("int(10) unsigned"));
    assert_eq!(
        col("order", "status").column_type.as_deref(),
        Some("enum('new','paid')")
    );
    assert_eq!(col("order", "flags").data_type, "set");
    assert_eq!(
        col("order", "placed").default.as_deref(),
        Some("0000-00-00 00:00:00")
    );
    assert!(col("order", "touched").on_update_current_timestamp);
    assert_eq!(col("order", "doc").data_type, "json");
    assert!(col("order", "total").zerofill);
    assert_eq!(
        col("order", "doubled").generated.as_deref(),
        Some("virtual")
    );
    assert_eq!(col("order", "tripled").generated.as_deref(), Some("stored"));
    assert_eq!(col("order", "active").default.as_deref(), Some("1"));
    assert_eq!(col("order", "note").default, None);
    // Hidden period columns of a table WITH SYSTEM VERSIONING.
    assert_eq!(
        col("history", "ROW_START").generated.as_deref(),
        Some("row start")
    );
    let idx = |name: &str| p.indexes.iter().find(|i| i.name == name).unwrap();
    assert_eq!(idx("ft_user").method, "fulltext");
    assert_eq!(idx("sp_g").method, "spatial");
    assert!(!idx("sp_g").prefix_length);
    assert!(idx("by_user_prefix").prefix_length);
    assert!(idx("by_status").invisible);
    let pk = p
        .indexes
        .iter()
        .find(|i| i.table == "order" && i.primary)
        .unwrap();
    assert!(pk.unique && pk.columns == ["id"]);
    let fk = &p.foreign_keys[0];
    assert_eq!(
        (fk.table.as_str(), fk.name.as_str(), fk.on_delete.as_deref()),
        ("OrderItems", "fk_items_order", Some("cascade"))
    );
    assert_eq!(fk.referenced_table, format!("{}.order", db.name));
    let view = |name: &str| p.views.iter().find(|v| v.name == name).unwrap();
    assert_eq!(
        view("open_orders").check_option.as_deref(),
        Some("cascaded")
    );
    assert_eq!(view("open_orders").security.as_deref(), Some("definer"));
    assert_eq!(view("totals").algorithm.as_deref(), Some("temptable"));
    assert!(view("totals").definition_length > 30);
    let close = p.routines.iter().find(|r| r.name == "close_day").unwrap();
    assert_eq!(
        (close.kind.as_str(), close.language.as_str()),
        ("procedure", "sql")
    );
    assert!(close.security_definer && close.definer.as_deref() == Some("root@127.0.0.1"));
    assert!(close.body_lines >= 14, "{}", close.body_lines);
    for u in [
        "cursor",
        "handler",
        "temp_table",
        "dynamic_sql",
        "signal",
        "select_into_outfile",
    ] {
        assert!(close.uses.iter().any(|x| x == u), "{u}: {:?}", close.uses);
    }
    let peek = p.routines.iter().find(|r| r.name == "peek").unwrap();
    assert_eq!(peek.uses, ["load_file"]);
    assert!(!peek.security_definer);
    let trig = p.triggers.iter().find(|t| t.name == "order_bi").unwrap();
    assert_eq!(
        (trig.timing.as_deref(), trig.events.as_deref()),
        (Some("before"), Some("insert"))
    );
    assert!(trig.body_length > 20);
    let ev = &p.events[0];
    assert_eq!(ev.name, "purge_cache");
    assert!(ev.schedule.as_deref().unwrap().starts_with("EVERY 1 HOUR"));
    assert_eq!(p.sequences[0].name, "invoice_no");
    let words: Vec<(&str, &str)> = p
        .reserved_identifiers
        .iter()
        .map(|r| (r.kind.as_str(), r.word.as_str()))
        .collect();
    for want in [("table", "order"), ("column", "user"), ("routine", "user")] {
        assert!(words.contains(&want), "{want:?} in {words:?}");
    }
    let sql_mode = p.settings.iter().find(|s| s.name == "sql_mode");
    assert!(sql_mode.is_some(), "sql_mode is always recorded");
    assert!(p
        .settings
        .iter()
        .any(|s| s.name == "lower_case_table_names"));
    // Collations in use, counted over text columns; MariaDB's JSON is utf8mb4_bin.
    let ci = p
        .collations
        .iter()
        .find(|c| c.name == "utf8mb4_general_ci")
        .unwrap();
    assert!(ci.used_by_columns >= 4 && ci.provider.as_deref() == Some("utf8mb4"));
    assert!(p.collations.iter().any(|c| c.name == "utf8mb4_bin"));
    assert!(p.databases[0].size_bytes.unwrap() > 0);
    assert!(p.workload.peak_connections.unwrap() >= 1);
    // Buffer pool size and the data it holds, the working-set hints sizing reads.
    let pool = p.workload.buffer_cache_gib.unwrap();
    assert!(pool > rust_decimal::Decimal::ZERO, "{pool}");
    assert!(p.workload.working_set_gib.unwrap() <= pool);
    let hit = p.workload.cache_hit_pct.unwrap();
    assert!((rust_decimal::Decimal::ZERO..=rust_decimal::Decimal::ONE_HUNDRED).contains(&hit));
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);

    // The assessment of the live source.
    let a = assess_source(&db.url(), &[]);
    assert_eq!(a["source"]["engine"], "mysql");
    assert_eq!(a["source"]["detection"]["method"], "auto");
    let f = findings(&a);
    let n = &db.name;
    for (id, object) in [
        ("mysql-myisam-table", format!("{n}.legacy")),
        ("mysql-myisam-table", format!("{n}.logbook")),
        ("mysql-memory-table", format!("{n}.cache")),
        ("mysql-other-storage-engine", "merged (MRG_MyISAM)".into()),
        ("mysql-csv-table", format!("{n}.exchange")),
        ("mysql-no-primary-key", format!("{n}.legacy")),
        ("mysql-auto-increment", format!("{n}.order")),
        ("mysql-partitioned-table", "3 partitions".into()),
        ("mysql-unsigned-integer", format!("{n}.order.id")),
        ("mysql-bigint-unsigned", "order.big".into()),
        ("mysql-zerofill", "order.total".into()),
        ("mysql-enum-column", "order.status".into()),
        ("mysql-set-column", "order.flags".into()),
        ("mysql-zero-date-default", "order.placed".into()),
        ("mysql-on-update-current-timestamp", "order.touched".into()),
        ("mysql-tinyint1-boolean", "order.active".into()),
        ("mysql-year-column", "order.yr".into()),
        ("mysql-mediumint-column", "order.m".into()),
        ("mysql-float-precision-scale", "order.ratio".into()),
        ("mysql-binary-columns", "order.raw".into()),
        ("mysql-long-values", "order.note".into()),
        ("mysql-time-column", "order.spent".into()),
        ("mysql-json-column", "order.doc".into()),
        ("mysql-virtual-generated-column", "order.doubled".into()),
        ("mysql-stored-generated-column", "order.tripled".into()),
        ("mysql-spatial-column", "legacy.g".into()),
        ("mysql-spatial-index", "sp_g".into()),
        ("mysql-fulltext-index", "ft_user".into()),
        ("mysql-prefix-index", "by_user_prefix".into()),
        ("mysql-invisible-index", "by_status".into()),
        ("mysql-stored-routines", format!("{n}.close_day")),
        ("mysql-routine-dynamic-sql", "close_day".into()),
        ("mysql-routine-handlers", "close_day".into()),
        ("mysql-routine-cursors-signal", "close_day".into()),
        ("mysql-routine-temp-tables", "close_day".into()),
        ("mysql-definer-routines", "close_day".into()),
        ("mysql-self-managed-file-access", "close_day".into()),
        ("mysql-self-managed-file-access", "peek".into()),
        ("mysql-triggers", "order_bi".into()),
        ("mysql-trigger-order", "2 triggers".into()),
        ("mysql-events", "purge_cache".into()),
        ("mysql-views", "open_orders".into()),
        ("mysql-definer-views", "open_orders".into()),
        ("mysql-view-temptable-algorithm", "totals".into()),
        ("mysql-view-check-option", "open_orders".into()),
        ("mysql-case-insensitive-collation", format!("{n}.order")),
        ("mysql-non-utf8-charset", "legacy (latin1)".into()),
        ("mysql-utf8mb3-charset", "OrderItems".into()),
        ("mysql-reserved-identifiers", "table".into()),
        ("mysql-mixed-case-table-names", "OrderItems".into()),
        ("mysql-mariadb-sequences", "invoice_no".into()),
        (
            "mysql-mariadb-system-versioned-table",
            "history.ROW_START".into(),
        ),
        (
            "mysql-myisam-unenforced-relationships",
            "3 MyISAM/Aria".into(),
        ),
        ("mysql-timestamp-columns", "TIMESTAMP columns".into()),
        ("mysql-cross-engine-migration", "MariaDB".into()),
    ] {
        assert_finding(&f, id, &object);
    }
    // The self-managed overlay's rubric is the one used for plain MariaDB.
    assert!(a["compatibility"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rubric"] == "mysql-self-managed"));
    // Plain InnoDB tables with keys raise nothing of their own.
    assert!(!f["mysql-no-primary-key"]
        .iter()
        .any(|o| o.ends_with(".order")));
    assert!(!f.contains_key("mysql-federated-table"));
}

#[test]
fn introspect_writes_a_profile_that_assess_reads_offline() {
    let _lock = markers_shared();
    let mut db = Scratch::new("roundtrip");
    db.sql(&["CREATE TABLE cache (k VARCHAR(20) PRIMARY KEY, v VARCHAR(200)) ENGINE=MEMORY"]);
    assert_profile_round_trip(
        &db.url(),
        "mysql-memory-table",
        &format!("{}.cache", db.name),
    );
}

#[test]
fn provider_markers_decide_the_engine() {
    let _lock = markers_exclusive();

    // RDS: the rdsadmin account. Its configuration procedure reports binlog retention.
    let mut db = Scratch::new("rds");
    db.sql(&["CREATE TABLE t (id INT PRIMARY KEY)"]);
    db.server_object(
        "CREATE USER 'rdsadmin'@'localhost' ACCOUNT LOCK",
        "DROP USER IF EXISTS 'rdsadmin'@'localhost'",
    );
    db.server_object(
        "CREATE PROCEDURE mysql.rds_show_configuration()
           SELECT 'binlog retention hours' AS name, NULL AS value,
                  'binlog retention hours specifies the duration in hours' AS description
           UNION ALL
           SELECT 'source delay', '0', 'replication delay'",
        "DROP PROCEDURE IF EXISTS mysql.rds_show_configuration",
    );
    let p = assert_detected(&db.url(), "rds-mysql", "user rdsadmin@localhost exists");
    let d = p.detection.as_ref().unwrap();
    assert_eq!(d.method, "auto");
    assert!(d
        .evidence
        .iter()
        .any(|e| e.starts_with("server is MariaDB")));
    let retention = p
        .settings
        .iter()
        .find(|s| s.name == "binlog retention hours")
        .expect("RDS configuration read");
    assert_eq!(retention.value, "NULL");
    let a = assess_source(&db.url(), &[]);
    assert_eq!(a["source"]["engine"], "rds-mysql");
    let f = findings(&a);
    assert_finding(
        &f,
        "rds-mysql-binlog-retention",
        "binlog retention hours = NULL",
    );
    // The RDS overlay replaces the self-managed one.
    assert!(!f.contains_key("mysql-self-managed-file-access"));
    // --engine overrides detection, and says what the markers suggested.
    let out = dbassay_env(&["introspect", &db.url(), "--engine", "azure-mysql"], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let p: Profile = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(p.engine, "azure-mysql");
    let d = p.detection.unwrap();
    assert_eq!(d.method, "user");
    assert!(d
        .evidence
        .contains(&"markers alone suggest rds-mysql".to_string()));
    // A PostgreSQL engine for a MySQL URL is bad input.
    let out = dbassay_env(
        &["introspect", &db.url(), "--engine", "rds-postgresql"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    drop(db);

    // Cloud SQL: the cloudsqlsuperuser role.
    let mut db = Scratch::new("cloudsql");
    db.server_object(
        "CREATE ROLE cloudsqlsuperuser",
        "DROP ROLE IF EXISTS cloudsqlsuperuser",
    );
    assert_detected(&db.url(), "cloudsql-mysql", "role cloudsqlsuperuser exists");
    drop(db);

    // Azure: the azure_superuser account, and an Entra ID account.
    let mut db = Scratch::new("azure");
    db.server_object(
        "CREATE USER 'azure_superuser'@'localhost' ACCOUNT LOCK",
        "DROP USER IF EXISTS 'azure_superuser'@'localhost'",
    );
    // An account of Azure's aad_auth plugin (the plugin itself is not loaded here).
    db.server_object(
        "CREATE USER 'dbassay_entra_app'@'%' IDENTIFIED BY 'x-Entra-1' ACCOUNT LOCK",
        "DROP USER IF EXISTS 'dbassay_entra_app'@'%'",
    );
    db.admin()
        .exec("UPDATE mysql.global_priv SET Priv = JSON_SET(Priv, '$.plugin', 'aad_auth') WHERE User = 'dbassay_entra_app'");
    db.admin().exec("FLUSH PRIVILEGES");
    let a = assess_source(&db.url(), &[]);
    assert_eq!(a["source"]["engine"], "azure-mysql");
    assert_finding(
        &findings(&a),
        "azure-mysql-entra-authentication",
        "dbassay_entra_app@%",
    );
    drop(db);

    // A loadable function registered in mysql.func (what CREATE FUNCTION … SONAME writes).
    let mut db = Scratch::new("udf");
    db.server_object(
        "INSERT INTO mysql.func (name, ret, dl, type) VALUES ('dbassay_metaphon', 0, 'udf_example.so', 'function')",
        "DELETE FROM mysql.func WHERE name = 'dbassay_metaphon'",
    );
    let a = assess_source(&db.url(), &[]);
    assert_eq!(a["source"]["engine"], "mysql");
    assert_finding(
        &findings(&a),
        "mysql-self-managed-loadable-functions",
        "dbassay_metaphon",
    );
    drop(db);

    // No markers left behind: plain MariaDB again.
    let db = Scratch::new("plain");
    let (p, _) = profile_of(&db.url());
    assert_eq!(p.engine, "mysql");
    assert!(p
        .detection
        .unwrap()
        .evidence
        .iter()
        .any(|e| e.starts_with("no provider markers")));
}

#[test]
fn the_number_of_queries_does_not_grow_with_the_number_of_tables() {
    let _lock = markers_shared();
    let proxy = Proxy::start();
    let mut counts = Vec::new();
    for n in [10, 300] {
        let mut db = Scratch::new(&format!("n{n}"));
        let mut statements = Vec::new();
        for i in 0..n {
            statements.push(format!(
                "CREATE TABLE t{i} (id INT AUTO_INCREMENT PRIMARY KEY, a VARCHAR(20), b INT, KEY (b))"
            ));
            statements.push(format!("CREATE VIEW v{i} AS SELECT id, a FROM t{i}"));
            statements.push(format!(
                "CREATE FUNCTION f{i}() RETURNS INT DETERMINISTIC RETURN {i}"
            ));
            statements.push(format!(
                "CREATE TRIGGER tr{i} BEFORE INSERT ON t{i} FOR EACH ROW SET NEW.b = {i}"
            ));
        }
        let refs: Vec<&str> = statements.iter().map(String::as_str).collect();
        db.sql(&refs);
        proxy.clear();
        let done = introspect::introspect(&db.url_at(proxy.addr()), &Options::default()).unwrap();
        counts.push(assert_scaled(&done, &proxy.statements(), n));
        let p = &done.profile;
        assert_eq!(p.views.len(), n);
        assert_eq!(p.routines.len(), n);
        assert_eq!(p.triggers.len(), n);
    }
    assert_eq!(counts[0], counts[1], "queries for 10 vs 300 tables");
    assert!(counts[0] < 30, "{counts:?}");
}

#[test]
fn introspection_only_reads_and_survives_missing_privileges() {
    let _lock = markers_shared();
    let mut db = Scratch::new("readonly");
    let reader = unique("reader");
    db.sql(&[
        "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(40))",
        "INSERT INTO items VALUES (1, 'one'), (2, 'two')",
        "CREATE PROCEDURE touch() UPDATE items SET name = upper(name)",
    ]);
    db.server_object(
        &format!("CREATE USER '{reader}'@'%' IDENTIFIED BY 'Reader-pw-1'"),
        &format!("DROP USER IF EXISTS '{reader}'@'%'"),
    );
    let grant = format!("GRANT SELECT ON `{}`.* TO '{reader}'@'%'", db.name);
    db.admin().exec(&grant);

    let proxy = Proxy::start();
    let url = format!(
        "mysql://{reader}:Reader-pw-1@{}/{}?ssl-mode=DISABLED",
        proxy.addr(),
        db.name
    );
    let done = introspect::introspect(&url, &Options::default())
        .expect("an account with SELECT only can introspect");
    let p = done.profile;
    // Missing privileges are recorded per area; everything else is still read.
    let areas: Vec<&str> = p.warnings.iter().map(|w| w.area.as_str()).collect();
    assert!(areas.contains(&"roles"), "{:?}", p.warnings);
    assert!(areas.contains(&"subscriptions"), "{:?}", p.warnings);
    let denied = p.warnings.iter().find(|w| w.area == "roles").unwrap();
    assert!(denied.message.contains("denied"), "{}", denied.message);
    assert!(p.roles.is_empty());
    assert_eq!(p.tables.len(), 1);
    assert_eq!(p.tables[0].columns.len(), 2);
    assert!(p.settings.iter().any(|s| s.name == "sql_mode"));
    // The password appears nowhere in the profile.
    let json = serde_json::to_string(&p).unwrap();
    assert!(!json.contains("Reader-pw-1"));

    // Only reads, in a read-only session and transaction.
    let seen = proxy.statements();
    assert_eq!(seen[0], "SET SESSION TRANSACTION READ ONLY");
    assert!(seen.iter().any(|s| s == "START TRANSACTION READ ONLY"));
    assert!(seen
        .iter()
        .any(|s| s.starts_with("SET SESSION max_statement_time = 60.000")));
    assert_eq!(seen.last().unwrap(), "ROLLBACK");
    for sql in &seen {
        let first = sql.split_whitespace().next().unwrap().to_ascii_uppercase();
        assert!(
            ["SET", "SHOW", "SELECT", "START", "ROLLBACK"].contains(&first.as_str()),
            "a statement that is not a read: {sql}"
        );
        if first == "SET" {
            assert!(sql.starts_with("SET SESSION "), "{sql}");
        }
    }
    let check = format!("SELECT name FROM `{}`.items ORDER BY id", db.name);
    let names: Vec<Option<String>> = db.admin().column(&check);
    assert_eq!(names, [Some("one".into()), Some("two".into())]);
}

#[test]
fn unreachable_servers_and_bad_passwords_exit_3_with_the_password_masked() {
    let _lock = markers_shared();
    // Nothing listens on port 1.
    let out = dbassay_env(
        &[
            "introspect",
            "mysql://root:Hidden-pw-9@127.0.0.1:1/x",
            "--connect-timeout",
            "3s",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("mysql://root:****@127.0.0.1:1/x"), "{err}");
    assert!(err.contains("nothing accepts connections"), "{err}");
    assert!(!err.contains("Hidden-pw-9"), "{err}");

    let mut db = Scratch::new("auth");
    let user = unique("auth");
    db.server_object(
        &format!("CREATE USER '{user}'@'%' IDENTIFIED BY 'Right-pw-7'"),
        &format!("DROP USER IF EXISTS '{user}'@'%'"),
    );
    let grant = format!("GRANT SELECT ON `{}`.* TO '{user}'@'%'", db.name);
    db.admin().exec(&grant);
    let addr = server_addr();
    let url = |pw: &str| format!("mysql://{user}:{pw}@{addr}/{}?ssl-mode=DISABLED", db.name);

    // A wrong password in the URL.
    let out = dbassay_env(&["introspect", &url("Wrong-pw-8")], &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("Access denied"), "{err}");
    assert!(err.contains(&format!("mysql://{user}:****@")), "{err}");
    assert!(err.contains("password (taken from the URL)"), "{err}");
    assert!(!err.contains("Wrong-pw-8"), "{err}");

    // A wrong password in MYSQL_PWD.
    let plain = format!("mysql://{user}@{addr}/{}?ssl-mode=DISABLED", db.name);
    let out = dbassay_env(&["introspect", &plain], &[("MYSQL_PWD", "Wrong-pw-8")]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("taken from MYSQL_PWD"));
    assert!(!stderr(&out).contains("Wrong-pw-8"));

    // The right one from MYSQL_PWD: nothing of it in the output.
    let out = dbassay_env(&["introspect", &plain], &[("MYSQL_PWD", "Right-pw-7")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stdout(&out).contains("Right-pw-7") && !stderr(&out).contains("Right-pw-7"));

    // TLS required of a server that offers none.
    let out = dbassay_env(
        &[
            "introspect",
            &format!("mysql://root@{addr}/{}?ssl-mode=REQUIRED", db.name),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("does not offer TLS"),
        "{}",
        stderr(&out)
    );

    // A bad parameter is bad input.
    let out = dbassay_env(
        &["introspect", &format!("mysql://root@{addr}/x?sslmod=1")],
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn tls_modes_against_a_server_with_a_certificate() {
    let server = TlsServer::start();
    let ca = server.file("ca.pem");
    let url =
        |host: &str, query: &str| format!("mysql://root@{host}:{}/mysql?{query}", server.port);
    // Encrypted without checks, chain checked (the certificate names only localhost), chain and
    // name checked, and the default (TLS when offered).
    for u in [
        url("127.0.0.1", "ssl-mode=REQUIRED"),
        url("127.0.0.1", &format!("ssl-mode=VERIFY_CA&ssl-ca={ca}")),
        url("127.0.0.1", &format!("ssl-ca={ca}")),
        url(
            "localhost",
            &format!("ssl-mode=VERIFY_IDENTITY&ssl-ca={ca}"),
        ),
        format!("mysql://root@127.0.0.1:{}/mysql", server.port),
    ] {
        let (p, _) = profile_of(&u);
        assert!(
            p.tables.iter().any(|t| t.name == "user" || t.name == "db"),
            "{u}"
        );
    }
    // What must fail: the wrong name, an unknown CA, the bundled roots for a private CA.
    for (u, says) in [
        (
            url(
                "127.0.0.1",
                &format!("ssl-mode=VERIFY_IDENTITY&ssl-ca={ca}"),
            ),
            "not valid for name",
        ),
        (
            url(
                "localhost",
                &format!("ssl-mode=VERIFY_CA&ssl-ca={}", server.file("other_ca.pem")),
            ),
            "UnknownIssuer",
        ),
        (
            url("localhost", "ssl-mode=VERIFY_IDENTITY"),
            "UnknownIssuer",
        ),
    ] {
        let out = dbassay_env(&["introspect", &u], &[]);
        assert_eq!(out.status.code(), Some(3), "{u}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(says), "{u}: {err}");
        assert!(err.contains("TLS certificate was not accepted"), "{err}");
    }
}
