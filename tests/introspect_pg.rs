//! Live introspection against the real PostgreSQL of the machine: each test builds the objects it
//! needs in its own scratch database, introspects and assesses it, asserts what was found, and
//! drops the database.

mod common;
mod pg;

use std::time::Duration;

use common::*;
use dbassay::introspect::{self, ConnectOptions, Options};
use dbassay::profile::Profile;
use pg::*;

#[test]
fn schema_features_become_findings() {
    let _lock = ClusterLock::shared();
    let mut db = Scratch::new("features");
    let app_role = unique("app");
    db.role(&app_role, "NOLOGIN");
    db.sql(&format!(
        "CREATE TABLE app_owned (id int PRIMARY KEY); ALTER TABLE app_owned OWNER TO \"{app_role}\""
    ));
    db.sql(
        "CREATE EXTENSION tsm_system_rows;
         CREATE EXTENSION pg_buffercache;
         CREATE EXTENSION hstore;
         CREATE SCHEMA shop;
         CREATE TABLE shop.orders (id serial PRIMARY KEY, total money, status text);
         CREATE UNLOGGED TABLE shop.sessions (id bigint PRIMARY KEY, data text);
         CREATE TABLE shop.events (at timestamptz, payload jsonb);
         CREATE TABLE shop.audit (id int PRIMARY KEY, what text);
         ALTER TABLE shop.audit REPLICA IDENTITY FULL;
         CREATE TABLE shop.base (id int PRIMARY KEY);
         CREATE TABLE shop.child (extra text) INHERITS (shop.base);
         CREATE TABLE shop.secret (id int PRIMARY KEY, owner name);
         ALTER TABLE shop.secret ENABLE ROW LEVEL SECURITY;
         CREATE TABLE shop.measures (at date NOT NULL, v int) PARTITION BY RANGE (at);
         CREATE TABLE shop.measures_2024 PARTITION OF shop.measures
           FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
         CREATE TABLE shop.measures_2025 PARTITION OF shop.measures
           FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
         CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
         CREATE TABLE shop.columnar_like (id int PRIMARY KEY) USING heap2;
         CREATE MATERIALIZED VIEW shop.daily AS SELECT status, count(*) FROM shop.orders GROUP BY 1;
         CREATE VIEW shop.open_orders AS SELECT * FROM shop.orders WHERE status = 'open'
           WITH LOCAL CHECK OPTION;
         CREATE TYPE shop.mood AS ENUM ('happy', 'sad');
         CREATE DOMAIN shop.positive AS int CHECK (VALUE > 0);
         CREATE TABLE shop.people (id int PRIMARY KEY, mood shop.mood, n shop.positive,
                                   tags text[], attrs hstore,
                                   ident int GENERATED ALWAYS AS IDENTITY,
                                   doubled int GENERATED ALWAYS AS (id * 2) STORED);
         CREATE TABLE shop.dup (a int);
         INSERT INTO shop.dup VALUES (1), (1);
         CREATE COLLATION shop.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
         CREATE COLLATION shop.plain (provider = libc, locale = 'C.UTF-8');
         ALTER TABLE shop.people ADD COLUMN nick text COLLATE shop.ci;
         CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN NEW.status := coalesce(NEW.status, 'open'); RETURN NEW; END $$;
         CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON shop.orders
           FOR EACH ROW EXECUTE FUNCTION shop.touch();
         CREATE FUNCTION shop.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
           BEGIN RAISE NOTICE 'ddl'; END $$;
         CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION shop.on_ddl();
         CREATE FUNCTION shop.batch() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
           BEGIN
             CREATE TEMP TABLE work (id int) ON COMMIT DROP;
             PERFORM pg_advisory_xact_lock(7);
             PERFORM pg_notify('done', 'batch');
             COPY shop.orders TO PROGRAM 'gzip > /tmp/orders.gz';
           END $$;
         CREATE FUNCTION shop.plpgsql_handler_copy() RETURNS language_handler
           AS '$libdir/plpgsql', 'plpgsql_call_handler' LANGUAGE c;
         CREATE FUNCTION shop.check_pk() RETURNS trigger
           AS '$libdir/refint', 'check_primary_key' LANGUAGE c;
         CREATE TYPE shop.kv;
         CREATE FUNCTION shop.kv_in(cstring) RETURNS shop.kv
           AS '$libdir/hstore', 'hstore_in' LANGUAGE c STRICT IMMUTABLE;
         CREATE FUNCTION shop.kv_out(shop.kv) RETURNS cstring
           AS '$libdir/hstore', 'hstore_out' LANGUAGE c STRICT IMMUTABLE;
         CREATE TYPE shop.kv (INPUT = shop.kv_in, OUTPUT = shop.kv_out, INTERNALLENGTH = VARIABLE);
         CREATE EXTENSION postgres_fdw;
         CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'elsewhere');
         CREATE FOREIGN TABLE shop.remote_orders (id int) SERVER remote;
         CREATE EXTENSION file_fdw;
         CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
         CREATE FOREIGN TABLE shop.price_feed (sku text, price numeric) SERVER files
           OPTIONS (filename '/tmp/price_feed.csv', format 'csv');
         CREATE SERVER unused_files FOREIGN DATA WRAPPER file_fdw;
         CREATE PUBLICATION orders_pub FOR TABLE shop.orders;
         SELECT lo_from_bytea(0, 'a large object');",
    );
    // Leaves an invalid index behind, as a failed concurrent build does on production.
    assert!(db
        .conn()
        .try_exec("CREATE UNIQUE INDEX CONCURRENTLY dup_a ON shop.dup (a)")
        .is_err());
    let work_mem = format!("ALTER DATABASE {} SET work_mem = '64MB'", db.name);
    db.sql(&work_mem).sql("ANALYZE");

    // The profile itself.
    let (p, _) = profile_of(&db.url());
    assert_eq!(p.engine, "postgresql");
    assert_eq!(p.name.as_deref(), Some(db.name.as_str()));
    assert!(p
        .version
        .starts_with(&p.major_version().unwrap().to_string()));
    let t = |name: &str| {
        p.tables
            .iter()
            .find(|t| t.schema == "shop" && t.name == name)
            .unwrap_or_else(|| panic!("table shop.{name} missing"))
    };
    assert_eq!(t("sessions").persistence, "unlogged");
    assert!(!t("events").has_primary_key && t("orders").has_primary_key);
    assert_eq!(t("audit").replica_identity.as_deref(), Some("full"));
    assert!(t("child").inherits && !t("child").is_partition);
    assert!(t("secret").row_security);
    assert!(t("measures").partitioned && t("measures").partition_count == 2);
    assert!(t("measures_2024").is_partition && !t("measures_2024").inherits);
    assert_eq!(t("columnar_like").access_method.as_deref(), Some("heap2"));
    assert_eq!(t("orders").access_method, None);
    assert!(t("orders").has_auto_increment && t("people").has_auto_increment);
    assert_eq!(t("dup").row_estimate, Some(2));
    let col = |table: &str, name: &str| {
        t(table)
            .columns
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("column {table}.{name} missing"))
            .clone()
    };
    assert_eq!(col("orders", "total").data_type, "money");
    assert!(col("orders", "id").default.unwrap().starts_with("nextval("));
    assert_eq!(
        col("people", "mood").user_type_kind.as_deref(),
        Some("enum")
    );
    assert_eq!(col("people", "n").user_type_kind.as_deref(), Some("domain"));
    let tags = col("people", "tags");
    assert!(
        tags.is_array && tags.data_type == "text" && tags.column_type.as_deref() == Some("text[]")
    );
    assert_eq!(col("people", "attrs").data_type, "hstore");
    assert_eq!(col("people", "ident").identity.as_deref(), Some("always"));
    assert_eq!(
        col("people", "doubled").generated.as_deref(),
        Some("stored")
    );
    assert_eq!(col("people", "nick").collation.as_deref(), Some("ci"));
    assert!(!col("people", "id").nullable);
    let invalid = p.indexes.iter().find(|i| i.name == "dup_a").unwrap();
    assert!(invalid.invisible && invalid.unique);
    let pk = p.indexes.iter().find(|i| i.name == "orders_pkey").unwrap();
    assert!(pk.primary && pk.columns == ["id"] && pk.method == "btree");
    let batch = p.routines.iter().find(|r| r.name == "batch").unwrap();
    assert!(batch.security_definer && batch.language == "plpgsql" && batch.body_lines >= 5);
    for u in ["temp_table", "advisory_lock", "notify", "copy_program"] {
        assert!(batch.uses.iter().any(|x| x == u), "{u}: {:?}", batch.uses);
    }
    // A C routine names the module of its library; other languages have none.
    let kv_in = p.routines.iter().find(|r| r.name == "kv_in").unwrap();
    assert_eq!(
        (kv_in.language.as_str(), kv_in.library.as_deref()),
        ("c", Some("hstore"))
    );
    assert_eq!(batch.library, None);
    // Objects that belong to extensions are not the user's: hstore's C functions are left out.
    assert!(!p.routines.iter().any(|r| r.name == "hstore_in"));
    assert!(!p.types.iter().any(|t| t.name == "hstore"));
    let kv = p.types.iter().find(|t| t.name == "kv").unwrap();
    assert_eq!(
        (kv.kind.as_str(), kv.language.as_deref()),
        ("base", Some("c"))
    );
    assert!(p.types.iter().any(|t| t.name == "mood" && t.kind == "enum"));
    assert!(p
        .types
        .iter()
        .any(|t| t.name == "positive" && t.kind == "domain"));
    let trig = p
        .triggers
        .iter()
        .find(|t| t.name == "orders_touch")
        .unwrap();
    assert_eq!(trig.timing.as_deref(), Some("before"));
    assert_eq!(trig.events.as_deref(), Some("insert|update"));
    assert_eq!(trig.function.as_deref(), Some("shop.touch"));
    assert_eq!(p.event_triggers[0].event, "ddl_command_end");
    assert!(p.views.iter().any(|v| v.name == "daily" && v.materialized));
    let open = p.views.iter().find(|v| v.name == "open_orders").unwrap();
    assert_eq!(open.check_option.as_deref(), Some("local"));
    assert!(p
        .sequences
        .iter()
        .any(|s| s.name == "orders_id_seq" && s.owned));
    let remote = p
        .foreign_servers
        .iter()
        .find(|s| s.name == "remote")
        .unwrap();
    assert_eq!(
        (remote.wrapper.as_str(), remote.foreign_tables),
        ("postgres_fdw", 1)
    );
    // Each foreign table by name, with its server and wrapper, from the same query.
    let foreign: Vec<_> = p
        .foreign_tables
        .iter()
        .map(|t| {
            (
                t.schema.as_str(),
                t.name.as_str(),
                t.server.as_str(),
                t.wrapper.as_str(),
            )
        })
        .collect();
    assert_eq!(
        foreign,
        [
            ("shop", "price_feed", "files", "file_fdw"),
            ("shop", "remote_orders", "remote", "postgres_fdw"),
        ]
    );
    // The test connects as the bootstrap superuser, which owns what it created but the one
    // table given away: schema shop, 13 tables and 2 foreign tables, 2 views, 2 sequences,
    // 3 types and 7 routines; the extensions' members and the public schema are not counted.
    let owner = |name: &str| p.object_owners.iter().find(|o| o.name == name);
    let boot = owner("postgres").expect("postgres owns the objects");
    assert!(
        boot.superuser && boot.builtin && boot.objects == 30,
        "{boot:?}"
    );
    let app = owner(&app_role).expect("the application role owns one table");
    assert!(
        app.objects == 1 && !app.superuser && !app.builtin,
        "{app:?}"
    );
    assert_eq!(p.publications[0].name, "orders_pub");
    assert_eq!(p.publications[0].tables, 1);
    assert_eq!(p.large_objects.count, 1);
    let ci = p.collations.iter().find(|c| c.name == "ci").unwrap();
    assert_eq!(
        (ci.provider.as_deref(), ci.deterministic, ci.used_by_columns),
        (Some("icu"), Some(false), 1)
    );
    assert!(p.extensions.iter().any(|e| e.name == "tsm_system_rows"));
    assert!(p.settings.iter().any(|s| s.name == "work_mem"
        && s.value == "64MB"
        && s.source.as_deref() == Some("database")));
    assert!(p.settings.iter().any(|s| s.name == "wal_level"));
    let me = p.databases.iter().find(|d| d.name == db.name).unwrap();
    assert_eq!(me.encoding.as_deref(), Some("UTF8"));
    assert!(me.size_bytes.unwrap() > 1_000_000);
    // Our own SET LOCAL statement_timeout does not show as a setting of the server.
    assert!(!p
        .settings
        .iter()
        .any(|s| s.source.as_deref() == Some("session")));
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);

    // The assessment of the live source.
    let a = assess_source(&db.url(), &[]);
    assert_eq!(a["source"]["engine"], "postgresql");
    assert_eq!(a["source"]["detection"]["method"], "auto");
    let f = findings(&a);
    assert_finding(&f, "pg-unlogged-table", "shop.sessions");
    assert_finding(&f, "pg-table-without-primary-key", "shop.events");
    assert_finding(&f, "pg-replica-identity-full", "shop.audit");
    assert_finding(&f, "pg-table-inheritance", "shop.child");
    assert_finding(&f, "pg-row-level-security", "shop.secret");
    assert_finding(&f, "pg-non-heap-access-method", "shop.columnar_like");
    assert_finding(&f, "pg-materialized-views", "shop.daily");
    assert_finding(&f, "pg-money-type", "total");
    assert_finding(&f, "pg-invalid-indexes", "dup_a");
    assert_finding(&f, "pg-event-triggers", "audit_ddl");
    assert_finding(&f, "pg-security-definer-routine", "shop.batch");
    assert_finding(&f, "pg-routine-temp-tables", "shop.batch");
    assert_finding(&f, "pg-routine-advisory-locks", "shop.batch");
    assert_finding(&f, "pg-routine-listen-notify", "shop.batch");
    assert_finding(&f, "pg-routine-server-file-access", "shop.batch");
    // refint is no extension of Lakebase's; plpgsql is.
    assert_finding(&f, "pg-c-language-routine", "shop.check_pk");
    assert_finding(
        &f,
        "pg-c-language-extension-library",
        "shop.plpgsql_handler_copy",
    );
    assert_finding(&f, "pg-c-base-type", "shop.kv");
    // The foreign tables are named; a server is named only where it has none.
    assert_eq!(
        f["pg-foreign-tables"],
        ["shop.remote_orders (remote, postgres_fdw)"]
    );
    assert_eq!(
        f["pg-file-fdw-tables"],
        ["shop.price_feed (files, file_fdw)"]
    );
    assert_eq!(
        f["pg-file-fdw"],
        ["unused_files (file_fdw, 0 foreign tables)"]
    );
    assert!(!f.contains_key("pg-foreign-servers"), "{:?}", f.keys());
    assert_finding(&f, "pg-publications", "orders_pub");
    assert_finding(&f, "pg-large-objects", "1 large objects");
    assert_finding(&f, "pg-non-deterministic-collation", "ci");
    assert_finding(&f, "pg-libc-collation", "plain");
    assert_finding(&f, "pg-extension-not-supported", "tsm_system_rows");
    assert_finding(&f, "pg-extension-admin-tool", "pg_buffercache");
    assert_finding(&f, "pg-database-role-settings", "work_mem");
    let owners = &f["pg-objects-owned-by-admin-role"];
    assert!(
        owners.len() == 1 && owners[0].starts_with("postgres ("),
        "{owners:?}"
    );
    assert!(f.contains_key("pg-sequences-cutover"), "{:?}", f.keys());
    // Supported extensions and plain tables raise nothing.
    let objects: Vec<&String> = f.values().flatten().collect();
    assert!(!objects.iter().any(|o| o.contains("hstore")), "{objects:?}");
    assert!(!f["pg-table-without-primary-key"]
        .iter()
        .any(|o| o.contains("shop.orders")));
}

#[test]
fn introspect_writes_a_profile_that_assess_reads_offline() {
    let _lock = ClusterLock::shared();
    let mut db = Scratch::new("roundtrip");
    db.sql("CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text)");
    assert_profile_round_trip(&db.url(), "pg-unlogged-table", "public.cache");
}

#[test]
fn provider_markers_decide_the_engine() {
    let _lock = ClusterLock::exclusive();

    // RDS: the rds_superuser role; Aurora: also an aurora_version() function.
    let mut db = Scratch::new("rds");
    db.role("rds_superuser", "NOLOGIN");
    let p = assert_detected(&db.url(), "rds-postgresql", "role rds_superuser exists");
    assert_eq!(p.detection.unwrap().method, "auto");

    db.sql("CREATE FUNCTION aurora_version() RETURNS text LANGUAGE sql AS $$ SELECT '15.4.1' $$");
    let a = assess_source(&db.url(), &[]);
    assert_eq!(a["source"]["engine"], "aurora-postgresql");
    let evidence = a["source"]["detection"]["evidence"].to_string();
    assert!(
        evidence.contains("function aurora_version() exists"),
        "{evidence}"
    );
    assert!(evidence.contains("role rds_superuser exists"), "{evidence}");
    // The Aurora overlay is the rubric used.
    assert!(a["compatibility"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["rubric"] != "rds-postgresql"));
    drop(db);

    // An rds.* setting alone (set per database, as a parameter group would per instance).
    let db = Scratch::new("rdsset");
    let set = format!("ALTER DATABASE {} SET rds.force_ssl = '1'", db.name);
    db.admin().exec(&set);
    assert_detected(&db.url(), "rds-postgresql", "setting rds.force_ssl exists");
    drop(db);

    // Cloud SQL, with a user granted cloudsqlsuperuser.
    let mut db = Scratch::new("cloudsql");
    let app = unique("app");
    db.role("cloudsqlsuperuser", "NOLOGIN")
        .role(&app, "LOGIN IN ROLE cloudsqlsuperuser");
    let a = assess_source(&db.url(), &[]);
    assert_eq!(a["source"]["engine"], "cloudsql-postgresql");
    assert_finding(&findings(&a), "cloudsql-pg-superuser-members", &app);
    drop(db);

    // AlloyDB, with an IAM service account user.
    let mut db = Scratch::new("alloydb");
    db.role("alloydbsuperuser", "NOLOGIN")
        .role("etl@proj.iam", "LOGIN");
    let a = assess_source(&db.url(), &[]);
    assert_eq!(a["source"]["engine"], "alloydb");
    assert_finding(&findings(&a), "alloydb-iam-roles", "etl@proj.iam");
    drop(db);

    // Azure: the azure_pg_admin role.
    let mut db = Scratch::new("azure");
    db.role("azure_pg_admin", "NOLOGIN");
    assert_detected(&db.url(), "azure-postgresql", "role azure_pg_admin exists");

    // --engine overrides detection, and says what the markers suggested.
    let out = dbassay(&["introspect", &db.url(), "--engine", "rds-postgresql"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let p: Profile = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(p.engine, "rds-postgresql");
    let d = p.detection.unwrap();
    assert_eq!(d.method, "user");
    assert!(d
        .evidence
        .contains(&"markers alone suggest azure-postgresql".to_string()));
    // A MySQL engine for a PostgreSQL URL is bad input.
    let out = dbassay(&["introspect", &db.url(), "--engine", "rds-mysql"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    drop(db);

    // No markers left behind: plain PostgreSQL again.
    let db = Scratch::new("plain");
    let (p, _) = profile_of(&db.url());
    assert_eq!(p.engine, "postgresql");
}

#[test]
fn cluster_objects_tablespace_and_subscription() {
    let _lock = ClusterLock::exclusive();
    let dir = std::env::temp_dir().join(unique("ts"));
    std::fs::create_dir_all(&dir).unwrap();
    let owner = std::process::Command::new("chown")
        .arg("postgres:postgres")
        .arg(&dir)
        .status();
    assert!(owner.is_ok_and(|s| s.success()), "chown {}", dir.display());
    let ts = unique("ts");
    let mut db = Scratch::new("cluster");
    db.admin().exec(&format!(
        "CREATE TABLESPACE {ts} LOCATION '{}'",
        dir.display()
    ));
    db.on_drop_in_cluster(&format!("DROP TABLESPACE IF EXISTS {ts}"));
    let sub = unique("sub");
    db.sql(&format!(
        "CREATE TABLE placed (id int PRIMARY KEY) TABLESPACE {ts};
         CREATE SUBSCRIPTION {sub} CONNECTION 'host=elsewhere dbname=x'
           PUBLICATION pub_a, pub_b WITH (connect = false);"
    ));
    db.on_drop_in_db(&format!(
        "ALTER SUBSCRIPTION {sub} SET (slot_name = NONE); DROP SUBSCRIPTION {sub}"
    ));
    let (p, _) = profile_of(&db.url());
    let placed = p.tables.iter().find(|t| t.name == "placed").unwrap();
    assert_eq!(placed.tablespace.as_deref(), Some(ts.as_str()));
    let space = p.tablespaces.iter().find(|t| t.name == ts).unwrap();
    assert_eq!(space.location.as_deref(), dir.to_str());
    assert!(space.size_bytes.is_some());
    let s = p.subscriptions.iter().find(|s| s.name == sub).unwrap();
    assert!(!s.enabled && s.publications == ["pub_a", "pub_b"]);

    let f = findings(&assess_source(&db.url(), &[]));
    assert_finding(&f, "pg-tablespaces", &ts);
    assert_finding(&f, "pg-subscriptions", &sub);
    drop(db);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_number_of_queries_does_not_grow_with_the_number_of_tables() {
    let _lock = ClusterLock::shared();
    let proxy = Proxy::start();
    let mut counts = Vec::new();
    for n in [10, 500] {
        let mut db = Scratch::new(&format!("n{n}"));
        db.sql(&format!(
            "DO $$ BEGIN FOR i IN 1..{n} LOOP
               EXECUTE format('CREATE TABLE t%s (id serial PRIMARY KEY, a text, b int)', i);
               EXECUTE format('CREATE INDEX ON t%s (b)', i);
               EXECUTE format('CREATE FUNCTION f%s() RETURNS int LANGUAGE sql AS ''SELECT %s''', i, i);
             END LOOP; END $$;"
        ));
        proxy.clear();
        let done = introspect::introspect(&proxy.url(&db.url()), &Options::default()).unwrap();
        counts.push(assert_scaled(&done, &proxy.statements(), n));
        let p = &done.profile;
        assert_eq!(p.routines.len(), n);
        assert_eq!(p.sequences.len(), n);
    }
    assert_eq!(counts[0], counts[1], "queries for 10 vs 500 tables");
    assert!(counts[0] < 40, "{counts:?}");
}

#[test]
fn introspection_writes_nothing_and_survives_missing_privileges() {
    let _lock = ClusterLock::shared();
    let mut db = Scratch::new("readonly");
    let reader = unique("reader");
    db.role(&reader, "LOGIN");
    db.sql(&format!(
        "CREATE TABLE items (id int PRIMARY KEY, name text) WITH (autovacuum_enabled = false);
         INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 100) g;
         CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
         CREATE TRIGGER items_audit AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION audit();
         REVOKE SELECT ON pg_catalog.pg_trigger FROM PUBLIC;
         GRANT CONNECT ON DATABASE {} TO {reader};",
        db.name
    ));
    let counters = format!(
        "SELECT pg_stat_clear_snapshot(); SELECT concat_ws(',', tup_inserted, tup_updated, \
         tup_deleted, xact_rollback) FROM pg_stat_database WHERE datname = '{}'",
        db.name
    );
    let read = |db: &Scratch| -> Vec<i64> {
        db.admin()
            .column(&counters)
            .into_iter()
            .flatten()
            .last()
            .unwrap()
            .split(',')
            .map(|n| n.parse().unwrap())
            .collect()
    };
    // The setup's statistics reach pg_stat_database when its session ends; wait until they
    // have settled.
    db.close();
    let mut before = read(&db);
    for _ in 0..50 {
        std::thread::sleep(Duration::from_millis(200));
        let now = read(&db);
        if now == before && now[0] >= 100 {
            break;
        }
        before = now;
    }
    assert!(before[0] >= 100, "setup inserts not counted: {before:?}");

    let proxy = Proxy::start();
    let done = introspect::introspect(&proxy.url(&db.url_as(&reader)), &Options::default())
        .expect("an unprivileged role can introspect");
    let p = done.profile;
    // Missing privileges are recorded per area; everything else is still read.
    let areas: Vec<&str> = p.warnings.iter().map(|w| w.area.as_str()).collect();
    assert!(areas.contains(&"triggers"), "{:?}", p.warnings);
    assert!(areas.contains(&"roles"), "{:?}", p.warnings);
    assert!(areas.contains(&"settings"), "{:?}", p.warnings);
    let denied = p.warnings.iter().find(|w| w.area == "triggers").unwrap();
    assert!(
        denied.message.contains("permission denied"),
        "{}",
        denied.message
    );
    assert!(p.triggers.is_empty());
    assert_eq!(p.tables.len(), 1);
    assert_eq!(p.routines.len(), 1);
    assert_eq!(p.tables[0].columns.len(), 2);

    // Only reads, in one read-only transaction.
    let seen = proxy.statements();
    assert!(
        seen[0].starts_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;"),
        "{}",
        seen[0]
    );
    assert_eq!(seen.last().unwrap(), "ROLLBACK");
    for sql in &seen {
        let first = sql.split_whitespace().next().unwrap().to_ascii_uppercase();
        assert!(
            ["BEGIN", "SELECT", "WITH", "ROLLBACK"].contains(&first.as_str()),
            "a statement that is not a read: {sql}"
        );
    }

    // The server counted no row written (our ROLLBACK shows, so the counters did refresh).
    let mut after = read(&db);
    for _ in 0..50 {
        if after[3] > before[3] {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
        after = read(&db);
    }
    assert!(
        after[3] > before[3],
        "statistics did not refresh: {before:?} {after:?}"
    );
    assert_eq!(&after[..3], &before[..3], "inserted, updated, deleted rows");

    // The assessment reports the areas it could not read.
    let a = assess_source(&db.url_as(&reader), &[]);
    assert_finding(&findings(&a), "pg-profile-warnings", "triggers");
}

#[test]
fn a_locked_table_does_not_stall_introspection() {
    let _lock = ClusterLock::shared();
    let mut db = Scratch::new("locks");
    db.sql(
        "CREATE TABLE busy (id serial PRIMARY KEY, at timestamptz DEFAULT now(),
                            twice int GENERATED ALWAYS AS (id * 2) STORED);
         CREATE VIEW busy_view AS SELECT id FROM busy;
         CREATE MATERIALIZED VIEW busy_mat AS SELECT id FROM busy;
         CREATE FUNCTION busy_count() RETURNS bigint LANGUAGE sql
           BEGIN ATOMIC SELECT count(*) FROM busy; END;",
    );
    // A migration holding ACCESS EXCLUSIVE on the table, view and materialized view: catalog
    // reads take no lock on user relations (sizes come from relpages, not pg_relation_size;
    // defaults, views and SQL-standard bodies are not deparsed against them), so nothing waits.
    let holder = Conn::open(&db.url());
    holder.exec(
        "BEGIN; LOCK TABLE busy, busy_view IN ACCESS EXCLUSIVE MODE;
         REFRESH MATERIALIZED VIEW busy_mat;",
    );
    let options = Options {
        connect: ConnectOptions {
            lock_timeout: Duration::from_millis(500),
            statement_timeout: Duration::from_secs(20),
            ..ConnectOptions::default()
        },
        ..Options::default()
    };
    let started = std::time::Instant::now();
    let done = introspect::introspect(&db.url(), &options).expect("introspect beside a lock");
    assert!(started.elapsed() < Duration::from_secs(10));
    let p = &done.profile;
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    let busy = &p.tables[0];
    assert_eq!(busy.name, "busy");
    assert_eq!(busy.columns[1].default.as_deref(), Some("now()"));
    assert_eq!(busy.columns[2].generated.as_deref(), Some("stored"));
    assert_eq!(p.views.len(), 2);
    assert_eq!(p.routines[0].name, "busy_count");
    // Our session ended without having waited for the busy relations.
    let waiting = db.admin().value(&format!(
        "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE a.datname = '{}' AND NOT l.granted",
        db.name
    ));
    assert_eq!(waiting, "0");
    holder.exec("ROLLBACK");
}

#[test]
fn unreachable_and_refused_sources_exit_3_without_the_password() {
    // Nothing listens on a port we just freed.
    let port = closed_port();
    let url = format!("postgresql://app:Hunter2Secret@127.0.0.1:{port}/shop");
    let out = dbassay(&["introspect", &url]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(!err.contains("Hunter2Secret"), "{err}");
    assert!(err.contains("app:****@127.0.0.1"), "{err}");
    assert!(err.contains("Connection refused"), "{err}");
    let out = dbassay(&["assess", "--source", &url]);
    assert_eq!(out.status.code(), Some(3));

    // A server that refuses the password: from the URL, PGPASSWORD, or the password file.
    let server = RefusingServer::start();
    let url = |pw: &str| {
        format!(
            "postgresql://app{pw}@127.0.0.1:{}/shop?sslmode=disable",
            server.port
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let pgpass = dir.path().join("pgpass");
    std::fs::write(&pgpass, "127.0.0.1:*:shop:app:FromFile-Secret\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    // (URL, environment, the password the server must receive, where the message says it came from)
    type Case<'a> = (String, Vec<(&'a str, &'a str)>, &'a str, &'a str);
    let cases: [Case; 3] = [
        (url(":Url%40Secret"), vec![], "Url@Secret", "the URL"),
        (
            url(""),
            vec![("PGPASSWORD", "Env-Secret")],
            "Env-Secret",
            "PGPASSWORD",
        ),
        (
            url(""),
            vec![("PGPASSFILE", pgpass.to_str().unwrap())],
            "FromFile-Secret",
            "the password file",
        ),
    ];
    for (url, env, password, from) in cases {
        let mut env = env;
        if !env.iter().any(|(k, _)| *k == "PGPASSFILE") {
            env.push(("PGPASSFILE", "/nonexistent"));
        }
        let out = dbassay_env(&["introspect", &url], &env);
        assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("password authentication failed"), "{err}");
        assert!(err.contains(&format!("taken from {from}")), "{err}");
        assert!(
            !err.contains(password) && !stdout(&out).contains(password),
            "{err}"
        );
        assert_eq!(server.passwords.lock().unwrap().last().unwrap(), password);
    }
}

#[test]
fn tls_modes_with_rustls() {
    let _lock = ClusterLock::shared();
    let db = Scratch::new("tls");
    let ssl = db.admin().value("SHOW ssl");
    let cert = db.admin().value("SHOW ssl_cert_file");
    let port = server_addr().rsplit(':').next().unwrap().to_string();
    let at = |host: &str, query: &str| {
        format!("postgresql://postgres@{host}:{port}/{}?{query}", db.name)
    };
    let require = at("127.0.0.1", "sslmode=require");
    if ssl != "on" {
        // No TLS on this server: require must refuse to go on in clear text.
        let out = dbassay(&["introspect", &require]);
        assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
        return;
    }
    let out = dbassay(&["introspect", &require]);
    assert!(out.status.success(), "{}", stderr(&out));
    let check = |url: &str| dbassay(&["introspect", url]);
    // The server's certificate as the trusted root (Debian's is self-signed for `localhost`).
    let root = format!("sslrootcert={cert}");
    let out = check(&at("127.0.0.1", &format!("sslmode=verify-ca&{root}")));
    assert!(out.status.success(), "verify-ca: {}", stderr(&out));
    let out = check(&at("localhost", &format!("sslmode=verify-full&{root}")));
    assert!(out.status.success(), "verify-full: {}", stderr(&out));
    let out = check(&at("127.0.0.1", &format!("sslmode=verify-full&{root}")));
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not valid for name"),
        "{}",
        stderr(&out)
    );
    // Without a root certificate, verify-full is bad input that says what to give.
    let out = dbassay_env(
        &["introspect", &at("localhost", "sslmode=verify-full")],
        &[("HOME", "/nonexistent")],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("sslrootcert"), "{}", stderr(&out));
}

#[test]
fn cron_jobs_and_an_unloaded_pg_stat_statements() {
    let _lock = ClusterLock::shared();
    let mut db = Scratch::new("cron");
    // pg_cron's job table, with the columns pg_cron 1.6 has (its library cannot be loaded
    // here); jobs are read through to_jsonb, so any pg_cron version's columns do.
    db.sql(
        "CREATE SCHEMA cron;
         CREATE TABLE cron.job (jobid bigserial PRIMARY KEY, schedule text NOT NULL,
                                command text NOT NULL, nodename text, nodeport int,
                                database text, username text, active boolean DEFAULT true,
                                jobname text);
         INSERT INTO cron.job (schedule, command, database, jobname)
           VALUES ('0 3 * * *', 'VACUUM ANALYZE', 'shop', 'nightly-vacuum'),
                  ('*/5 * * * *', 'CALL refresh()', 'shop', NULL);
         CREATE EXTENSION pg_stat_statements;",
    );
    let (p, _) = profile_of(&db.url());
    assert_eq!(p.cron_jobs.len(), 2);
    let nightly = &p.cron_jobs[0];
    assert_eq!(
        (nightly.name.as_str(), nightly.schedule.as_str()),
        ("nightly-vacuum", "0 3 * * *")
    );
    assert_eq!(nightly.database.as_deref(), Some("shop"));
    assert_eq!(nightly.command_length, "VACUUM ANALYZE".len() as u64);
    assert_eq!(p.cron_jobs[1].name, "job 2");
    // The extension is installed but not in shared_preload_libraries: its view errors, which
    // is a warning for the workload area; the rest of the workload is still there.
    let w = p
        .warnings
        .iter()
        .find(|w| w.area == "workload")
        .unwrap_or_else(|| panic!("{:?}", p.warnings));
    assert!(w.message.contains("pg_stat_statements"), "{}", w.message);
    assert!(p.workload.transactions_per_second.is_some());
    assert!(p.workload.other.contains_key("max_connections"));
    // shared_buffers and the cache hit ratio, the working-set hints sizing reads.
    assert!(p.workload.buffer_cache_gib.unwrap() > rust_decimal::Decimal::ZERO);
    let hit = p.workload.cache_hit_pct.unwrap();
    assert!((rust_decimal::Decimal::ZERO..=rust_decimal::Decimal::ONE_HUNDRED).contains(&hit));

    let f = findings(&assess_source(&db.url(), &[]));
    assert_finding(&f, "pg-cron-jobs", "nightly-vacuum");
    assert_finding(&f, "pg-profile-warnings", "workload");
}

#[test]
fn source_and_profile_exclude_each_other() {
    let out = dbassay(&[
        "assess",
        "--source",
        "postgresql://h/db",
        "--profile",
        "p.json",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot be used with"),
        "{}",
        stderr(&out)
    );
    let out = dbassay(&["assess"]);
    assert_eq!(out.status.code(), Some(2));
    let out = dbassay(&["introspect", "mongodb://root@127.0.0.1/x"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = dbassay(&["introspect", "postgresql://h/db", "--lock-timeout", "soon"]);
    assert_eq!(out.status.code(), Some(2));
    let out = dbassay(&["introspect", "postgresql://h/db?sslmode=sometimes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("verify-full"), "{}", stderr(&out));
}
