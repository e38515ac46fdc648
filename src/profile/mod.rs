//! The Profile: everything learnt about one source database, as plain serde data.
//!
//! A profile is produced by introspection (`dbassay introspect`) or written by hand, saved as
//! JSON and assessed later without network access. Rubrics and cost builders read only the
//! profile, never the database. Field names are part of the rubric contract: a rubric check
//! names a collection (`tables`, `columns`, …) and fields of its items, and `rubric check`
//! validates those names against this model's JSON Schema.
//!
//! Every collection defaults to empty and every figure to "not known", so a profile written by
//! hand only needs what it knows. Unknown fields are rejected, so a typo is an error that names
//! the field, not a silently ignored value.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

use crate::error::Error;
use crate::range::{with_line, Bound, RangeCheck, Syntax};

mod dynamodb;
pub mod uses;

pub use dynamodb::{DynamoAccount, DynamoIndex, DynamoKey, DynamoTable};

/// The profile format this build reads and writes. Bump on an incompatible change.
pub const PROFILE_VERSION: u32 = 1;

/// One source database.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Format version of this file (currently 1).
    pub profile_version: u32,
    /// Source engine id, as listed by `dbassay engines` (e.g. `rds-postgresql`).
    pub engine: String,
    /// Server version as reported by the server, e.g. `15.4` or `8.0.35`.
    pub version: String,
    /// A name for the source, shown in reports (defaults to the database name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Cloud region id of the source (`us-east-1`, `eastus`, `us-central1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// How the engine was decided and on what evidence (filled by introspection).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detection: Option<Detection>,
    /// Whether the schema (the object lists below) was read. `not_introspected` marks a profile
    /// built from a cloud account's inventory (`dbassay discover`) with sizing and workload
    /// only: its empty lists mean "not read", not "none", so it carries no compatibility
    /// verdict until a connection reads the schema.
    #[serde(default, skip_serializing_if = "SchemaCoverage::is_read")]
    pub schema_coverage: SchemaCoverage,
    /// Compute, storage and availability of the source deployment.
    #[serde(default)]
    pub sizing: Sizing,
    /// Databases on the server (PostgreSQL: one per `pg_database` row; MySQL: schemas).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub databases: Vec<Database>,
    /// Installed extensions (PostgreSQL family).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<Extension>,
    /// Schemas (namespaces) holding user objects.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schemas: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<Table>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indexes: Vec<Index>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub foreign_keys: Vec<ForeignKey>,
    /// User-defined types: domains, enums, composite, base and range types.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<UserType>,
    /// Functions and procedures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routines: Vec<Routine>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<Trigger>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub event_triggers: Vec<EventTrigger>,
    /// Views and materialized views.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub views: Vec<View>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sequences: Vec<Sequence>,
    /// Foreign data wrappers' servers (PostgreSQL) or FEDERATED connections (MySQL).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub foreign_servers: Vec<ForeignServer>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publications: Vec<Publication>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subscriptions: Vec<Subscription>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replication_slots: Vec<ReplicationSlot>,
    #[serde(default)]
    pub large_objects: LargeObjects,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tablespaces: Vec<Tablespace>,
    /// User-created collations (PostgreSQL) or collations in use (MySQL).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collations: Vec<Collation>,
    /// Server settings that differ from the engine default, or that matter for migration.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub settings: Vec<Setting>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// pg_cron jobs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cron_jobs: Vec<CronJob>,
    /// MySQL scheduled events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<ScheduledEvent>,
    /// Identifiers that are reserved words in PostgreSQL (MySQL family; filled by introspection).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reserved_identifiers: Vec<ReservedIdentifier>,
    /// Azure Cosmos DB account details (document family only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cosmos: Option<CosmosAccount>,
    /// Amazon DynamoDB tables (DynamoDB sources only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dynamodb: Option<DynamoAccount>,
    /// Load figures: connections, throughput, I/O.
    #[serde(default)]
    pub workload: Workload,
    /// Areas introspection could not read (permission denied, not supported), so a report can say
    /// what was not assessed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<ProfileWarning>,
}

/// Whether a profile's schema was read ([`Profile::schema_coverage`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SchemaCoverage {
    /// The object lists hold what the source has (introspected, or written by hand).
    #[default]
    Read,
    /// Only sizing and workload are known (a discovered cloud resource); the schema was not
    /// introspected.
    NotIntrospected,
}

impl SchemaCoverage {
    pub fn is_read(&self) -> bool {
        *self == SchemaCoverage::Read
    }
}

/// How the engine id was decided.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Detection {
    /// `auto` when detected from markers, `user` when given with `--engine`.
    pub method: String,
    /// Markers seen on the server, e.g. `function aurora_version() exists`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sizing {
    /// Provider instance class: `db.r6g.large`, `GP_Standard_D4ds_v5`, `db-custom-4-16384`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_class: Option<String>,
    /// Pricing tier where the provider has one: Azure `General Purpose` / `Memory Optimized` /
    /// `Burstable`; Cloud SQL `enterprise` / `enterprise-plus`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vcpu: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_gib: Option<Decimal>,
    /// Allocated storage in GB (billed size).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_gb: Option<Decimal>,
    /// Storage kind: `gp3`, `io1`, `io2`, `aurora-standard`, `aurora-io-optimized`, `ssd`, `premium-ssd`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_type: Option<String>,
    /// Provisioned IOPS, where billed separately.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provisioned_iops: Option<u64>,
    /// Backup storage kept, in GB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_gb: Option<Decimal>,
    /// A synchronous standby (Multi-AZ, regional HA, zone-redundant HA).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub high_availability: bool,
    /// Read replicas (Aurora readers count here).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub read_replicas: u32,
    /// Aurora Serverless v2 capacity, in ACU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serverless: Option<ServerlessCapacity>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServerlessCapacity {
    pub min_acu: Decimal,
    pub max_acu: Decimal,
    /// Average capacity over a month; billed ACU-hours are this times 730.
    pub average_acu: Decimal,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Database {
    pub name: String,
    /// Server-side character set / encoding (`UTF8`, `LATIN1`, `utf8mb4`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctype: Option<String>,
    /// Collation provider (`libc`, `icu`, `builtin`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale_provider: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Extension {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Table {
    #[serde(default)]
    pub schema: String,
    pub name: String,
    /// `permanent`, `unlogged` or `temporary`.
    #[serde(default = "permanent")]
    pub persistence: String,
    /// The table is the parent of a partition tree (or a partitioned MySQL table).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partitioned: bool,
    /// Number of partitions when partitioned.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub partition_count: u32,
    /// The table is a partition of another table.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_partition: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub has_primary_key: bool,
    /// `default`, `full`, `index` or `nothing` (PostgreSQL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replica_identity: Option<String>,
    /// Row-level security is enabled.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub row_security: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row_estimate: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
    /// Tablespace when not the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tablespace: Option<String>,
    /// PostgreSQL table access method when not `heap` (e.g. `columnar`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_method: Option<String>,
    /// MySQL storage engine (`InnoDB`, `MyISAM`, `MEMORY`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_engine: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charset: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<String>,
    /// MySQL `AUTO_INCREMENT` or PostgreSQL identity column present.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub has_auto_increment: bool,
    /// The table inherits from another (PostgreSQL table inheritance, not partitioning).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inherits: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<Column>,
}

/// Serialization leaves out fields at their default, so profiles stay small and readable;
/// readers (and rubric conditions) see the default for a field that is absent.
fn is_zero<T: Default + PartialEq>(n: &T) -> bool {
    *n == T::default()
}

fn permanent() -> String {
    "permanent".into()
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub name: String,
    /// Type name without modifiers, lower case: `integer`, `varchar`, `enum`, `geometry`, `money`.
    pub data_type: String,
    /// Full declared type where it says more: `int(10) unsigned`, `enum('a','b')`, `numeric(12,2)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column_type: Option<String>,
    #[serde(default = "yes")]
    pub nullable: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// MySQL UNSIGNED integer or decimal.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unsigned: bool,
    /// MySQL ZEROFILL.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub zerofill: bool,
    /// MySQL ON UPDATE CURRENT_TIMESTAMP.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub on_update_current_timestamp: bool,
    /// `stored` or `virtual` for generated columns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    /// Identity column (`always` or `by default`) or AUTO_INCREMENT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charset: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<String>,
    /// The type is an array (PostgreSQL).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_array: bool,
    /// Kind of a user-defined type used here: `domain`, `enum`, `composite`, `base`, `range`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_type_kind: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Index {
    #[serde(default)]
    pub schema: String,
    pub table: String,
    pub name: String,
    /// Access method or MySQL index type: `btree`, `hash`, `gin`, `gist`, `brin`, `fulltext`,
    /// `spatial`, `ivfflat`, `hnsw`.
    #[serde(default = "btree")]
    pub method: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unique: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub primary: bool,
    /// Partial index (has a WHERE clause).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
    /// Indexes an expression rather than plain columns.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub expression: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<String>,
    /// MySQL prefix length on a column (`KEY (name(20))`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub prefix_length: bool,
    /// Index is invisible / not valid.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub invisible: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
    /// Its text columns that compare case-insensitively (a MySQL `_ci` collation, the column's
    /// own or its table's). Derived from the columns when a profile leaves it out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub case_insensitive_columns: Vec<String>,
}

fn btree() -> String {
    "btree".into()
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ForeignKey {
    #[serde(default)]
    pub schema: String,
    pub table: String,
    pub name: String,
    pub referenced_table: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_delete: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_update: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UserType {
    #[serde(default)]
    pub schema: String,
    pub name: String,
    /// `domain`, `enum`, `composite`, `base`, `range`, `multirange`.
    pub kind: String,
    /// For base types: the language of their input/output functions (`c`, `internal`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Routine {
    #[serde(default)]
    pub schema: String,
    pub name: String,
    /// `function`, `procedure`, `aggregate`, `window`.
    #[serde(default = "function")]
    pub kind: String,
    /// Language, lower case: `sql`, `plpgsql`, `c`, `plpython3u`, `plperlu`, `plv8`, `javascript`.
    pub language: String,
    /// Length of the body in characters.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub body_length: u64,
    /// Lines in the body.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub body_lines: u64,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub security_definer: bool,
    /// C-language routines: the module of the shared library they load, from `probin`
    /// (`$libdir/unaccent` gives `unaccent`); it tells an extension's library from one built for
    /// the application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub library: Option<String>,
    /// MySQL DEFINER account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definer: Option<String>,
    /// Features the body uses (`dynamic_sql`, `cursor`, `temp_table`, `dblink`, `copy_program`,
    /// `signal`, `handler`, …), mostly found by a scan of its text; the closed list of values is
    /// in rubrics/README.md ("Routine features").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uses: Vec<String>,
}

fn function() -> String {
    "function".into()
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Trigger {
    #[serde(default)]
    pub schema: String,
    pub table: String,
    pub name: String,
    /// `before`, `after`, `instead of`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<String>,
    /// `insert`, `update`, `delete`, `truncate`, or several joined with `|`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<String>,
    /// Function called (PostgreSQL) or body length (MySQL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub body_length: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Cosmos DB triggers: `pre` or `post`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_type: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventTrigger {
    pub name: String,
    pub event: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct View {
    #[serde(default)]
    pub schema: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub materialized: bool,
    /// MySQL DEFINER account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definer: Option<String>,
    /// MySQL SQL SECURITY (`definer` or `invoker`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security: Option<String>,
    /// MySQL ALGORITHM (`merge`, `temptable`, `undefined`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_option: Option<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub definition_length: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sequence {
    #[serde(default)]
    pub schema: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// Owned by a column (serial / identity).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub owned: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ForeignServer {
    pub name: String,
    /// Wrapper: `postgres_fdw`, `mysql_fdw`, `oracle_fdw`, `file_fdw`, `FEDERATED`.
    pub wrapper: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub foreign_tables: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    pub name: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub all_tables: bool,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub tables: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subscription {
    pub name: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub enabled: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publications: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplicationSlot {
    pub name: String,
    /// `logical` or `physical`.
    pub slot_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub active: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LargeObjects {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub count: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub size_bytes: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tablespace {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Collation {
    #[serde(default)]
    pub schema: String,
    pub name: String,
    /// `libc`, `icu`, `builtin` (PostgreSQL) or the charset (MySQL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deterministic: Option<bool>,
    /// Columns using it.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub used_by_columns: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Setting {
    pub name: String,
    pub value: String,
    /// Where it was set: `configuration file`, `default`, `database`, `user`, `parameter group`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// PostgreSQL context: `postmaster`, `sighup`, `superuser`, `user`, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub name: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub superuser: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub can_login: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub replication: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bypass_rls: bool,
    /// Roles this role is a member of.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub member_of: Vec<String>,
    /// Password hashing: `scram-sha-256`, `md5`, `mysql_native_password`, `caching_sha2_password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_method: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CronJob {
    pub name: String,
    pub schedule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub command_length: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScheduledEvent {
    #[serde(default)]
    pub schema: String,
    pub name: String,
    /// `ENABLED`, `DISABLED`, `SLAVESIDE_DISABLED`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub body_length: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definer: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReservedIdentifier {
    /// `table`, `column`, `view`, `routine`.
    pub kind: String,
    /// Qualified name, e.g. `shop.order` or `shop.users.user`.
    pub name: String,
    /// The reserved word.
    pub word: String,
}

/// Azure Cosmos DB for NoSQL account.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CosmosAccount {
    /// `provisioned`, `autoscale` (account default) or `serverless`.
    pub capacity_mode: String,
    /// Regions the account is replicated to; the first writes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub multi_region_writes: bool,
    /// `Strong`, `BoundedStaleness`, `Session`, `ConsistentPrefix`, `Eventual`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consistency: Option<String>,
    /// Analytical store (Synapse Link) enabled.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub analytical_store: bool,
    /// Change feed consumers seen (e.g. Azure Functions triggers, lease containers).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub change_feed_consumers: u32,
    /// Serverless request units consumed per month, in millions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serverless_million_ru_per_month: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub databases: Vec<CosmosDatabase>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CosmosDatabase {
    pub name: String,
    /// Throughput shared by the database's containers, in RU/s.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_throughput: Option<Throughput>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub containers: Vec<CosmosContainer>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Throughput {
    /// `manual` or `autoscale`.
    pub mode: String,
    /// Manual RU/s, or the autoscale maximum.
    pub ru_per_s: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CosmosContainer {
    pub name: String,
    /// Partition key paths; more than one means a hierarchical key.
    pub partition_key_paths: Vec<String>,
    /// Dedicated throughput, when not shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub throughput: Option<Throughput>,
    /// Default TTL in seconds (`-1` on, without a default expiry); absent when off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_ttl: Option<i64>,
    /// Indexing mode: `consistent` or `none`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indexing_mode: Option<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub composite_indexes: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub spatial_indexes: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unique_keys: u32,
    /// `LastWriterWins` or `Custom`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict_resolution: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_count: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stored_procedures: Vec<CosmosScript>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub udfs: Vec<CosmosScript>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<CosmosScript>,
    /// Document shape inferred from a sample.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shape: Option<DocumentShape>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CosmosScript {
    pub name: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub body_length: u64,
    /// Triggers only: `pre` or `post`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_type: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentShape {
    pub sampled_documents: u64,
    /// Distinct field paths seen.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub field_paths: u32,
    /// Paths whose values have more than one JSON type across documents.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub polymorphic_paths: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub max_depth: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub max_array_length: u64,
    /// Most significant digits of any number seen (DynamoDB keeps up to 38; above 15 a
    /// `double precision` column loses digits, above 18 a `bigint` cannot hold an integer).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub max_number_digits: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub item_size_p50_bytes: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub item_size_p99_bytes: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub item_size_max_bytes: u64,
    /// Share of paths present in fewer than half the documents, 0–1.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub sparse_path_ratio: Decimal,
    /// Per path: the types seen and how often the path is present.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paths: Vec<FieldPath>,
    /// Entity kinds of a single-table design, recognised from the key prefixes of the sampled
    /// items (`ORDER#42` → `ORDER`), most common first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<EntityShape>,
}

impl DocumentShape {
    /// Shares are fractions 0–1; `at` is the shape's path in the profile.
    fn check_ranges(&self, at: &str, c: &mut RangeCheck) {
        c.field(
            &format!("{at}.sparse_path_ratio"),
            Some(self.sparse_path_ratio),
            Bound::Fraction,
        );
        for (n, path) in self.paths.iter().enumerate() {
            c.field(
                &format!("{at}.paths[{n}].presence"),
                Some(path.presence),
                Bound::Fraction,
            );
        }
        for (e, entity) in self.entities.iter().enumerate() {
            for (n, path) in entity.attributes.iter().enumerate() {
                c.field(
                    &format!("{at}.entities[{e}].attributes[{n}].presence"),
                    Some(path.presence),
                    Bound::Fraction,
                );
            }
        }
    }
}

/// One kind of item in a table that holds several (a single-table design).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EntityShape {
    /// The key prefix naming the kind, upper-cased (`ORDER`).
    pub name: String,
    /// Sampled items of this kind.
    pub items: u64,
    /// Top-level attributes of the kind: types seen and presence among its items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<FieldPath>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldPath {
    pub path: String,
    pub types: Vec<String>,
    /// Share of sampled documents with this path, 0–1.
    pub presence: Decimal,
}

/// Load figures. All optional: absent means "not measured", not zero.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Workload {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak_connections: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average_connections: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transactions_per_second: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reads_per_second: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub writes_per_second: Option<Decimal>,
    /// Storage I/O requests per month (Aurora standard bills these).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub io_requests_per_month: Option<Decimal>,
    /// Storage read operations per second (RDS `ReadIOPS`), averaged over the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_iops_avg: Option<Decimal>,
    /// Storage read operations per second in the busiest hour of the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_iops_peak: Option<Decimal>,
    /// Storage write operations per second (RDS `WriteIOPS`), averaged over the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub write_iops_avg: Option<Decimal>,
    /// Storage write operations per second in the busiest hour of the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub write_iops_peak: Option<Decimal>,
    /// Hours a day the database is busy (0–24); below 24 lets Lakebase scale to zero the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_hours_per_day: Option<Decimal>,
    /// Average CPU utilisation of the source over the measurement window, 0–100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_utilization_pct: Option<Decimal>,
    /// 95th percentile of the source's CPU utilisation over the window, 0–100: the peak that
    /// sizing plans for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_p95_pct: Option<Decimal>,
    /// Memory the database uses, in GiB (the engine's own use without the operating system's
    /// file cache, e.g. allocated memory less freeable memory).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_used_gib: Option<Decimal>,
    /// Data read often enough to be worth keeping in memory, in GiB (e.g. the pages a warm
    /// buffer pool holds). Taken as memory in use when `memory_used_gib` is absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_set_gib: Option<Decimal>,
    /// A typical day, hour by hour from 00 to 23 (UTC): 24 values, each the average CPU
    /// utilisation of that hour, 0–100; 0 marks an idle hour in which Lakebase may scale to zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly_cpu_pct: Option<Vec<Decimal>>,
    /// Buffer cache hit ratio of the source, 0–100 (PostgreSQL `pg_stat_database`, InnoDB
    /// buffer pool reads): a working-set hint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_hit_pct: Option<Decimal>,
    /// Configured buffer cache in GiB (`shared_buffers`, `innodb_buffer_pool_size`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buffer_cache_gib: Option<Decimal>,
    /// Where the figures above were measured and over how long.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement: Option<Measurement>,
    /// Daily data growth in GB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily_growth_gb: Option<Decimal>,
    /// Acceptable downtime for the cut-over, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub downtime_tolerance_minutes: Option<u32>,
    /// Cosmos DB: RU/s actually consumed at peak.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak_ru_per_s: Option<u64>,
    /// Cosmos DB: RU/s consumed on average over the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average_ru_per_s: Option<u64>,
    /// DynamoDB: read capacity units consumed per second, averaged over the window (CloudWatch
    /// `ConsumedReadCapacityUnits`, summed over the account's tables; an eventually consistent
    /// read of up to 4 KB is half a unit, an on-demand read request unit counts as one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumed_rcu_avg: Option<Decimal>,
    /// DynamoDB: read capacity units consumed per second in the busiest minute of the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumed_rcu_peak: Option<Decimal>,
    /// DynamoDB: write capacity units consumed per second, averaged over the window (CloudWatch
    /// `ConsumedWriteCapacityUnits`, summed over the tables; one unit writes up to 1 KB).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumed_wcu_avg: Option<Decimal>,
    /// DynamoDB: write capacity units consumed per second in the busiest minute of the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumed_wcu_peak: Option<Decimal>,
    /// Extra figures, by name, that a rubric may read.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub other: BTreeMap<String, Decimal>,
}

/// The window the workload figures cover, so a reader (and the sizing confidence) can judge them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// Length of the window in days (e.g. 30 for a month of CloudWatch data).
    pub window_days: Decimal,
    /// Where the figures come from: `cloudwatch`, `azure-monitor`, `cloud-monitoring`,
    /// `pg_stat_database`, `mysql-status`, `estimate`…
    pub source: String,
    /// Last day of the window (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// The window includes the busiest period of the year (month end, a sale…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub includes_peak: Option<bool>,
}

impl Workload {
    /// Ranges of the load figures: percentages 0–100, hours a day at most 24, amounts not
    /// negative, 24 hourly values, a measurement window of more than 0 days.
    fn check_ranges(&self, c: &mut RangeCheck) {
        use Bound::*;
        c.field(
            "workload.cpu_utilization_pct",
            self.cpu_utilization_pct,
            Percent,
        )
        .field("workload.cpu_p95_pct", self.cpu_p95_pct, Percent)
        .field("workload.cache_hit_pct", self.cache_hit_pct, Percent)
        .field(
            "workload.active_hours_per_day",
            self.active_hours_per_day,
            HoursPerDay,
        )
        .field(
            "workload.memory_used_gib",
            self.memory_used_gib,
            NotNegative,
        )
        .field(
            "workload.working_set_gib",
            self.working_set_gib,
            NotNegative,
        )
        .field(
            "workload.buffer_cache_gib",
            self.buffer_cache_gib,
            NotNegative,
        )
        .field(
            "workload.transactions_per_second",
            self.transactions_per_second,
            NotNegative,
        )
        .field(
            "workload.reads_per_second",
            self.reads_per_second,
            NotNegative,
        )
        .field(
            "workload.writes_per_second",
            self.writes_per_second,
            NotNegative,
        )
        .field(
            "workload.io_requests_per_month",
            self.io_requests_per_month,
            NotNegative,
        )
        .field("workload.read_iops_avg", self.read_iops_avg, NotNegative)
        .field("workload.read_iops_peak", self.read_iops_peak, NotNegative)
        .field("workload.write_iops_avg", self.write_iops_avg, NotNegative)
        .field(
            "workload.write_iops_peak",
            self.write_iops_peak,
            NotNegative,
        )
        .field(
            "workload.daily_growth_gb",
            self.daily_growth_gb,
            NotNegative,
        )
        .field(
            "workload.consumed_rcu_avg",
            self.consumed_rcu_avg,
            NotNegative,
        )
        .field(
            "workload.consumed_rcu_peak",
            self.consumed_rcu_peak,
            NotNegative,
        )
        .field(
            "workload.consumed_wcu_avg",
            self.consumed_wcu_avg,
            NotNegative,
        )
        .field(
            "workload.consumed_wcu_peak",
            self.consumed_wcu_peak,
            NotNegative,
        );
        if let Some(hours) = &self.hourly_cpu_pct {
            c.each("workload.hourly_cpu_pct", hours.iter().copied(), Percent);
            if hours.len() != 24 {
                c.problem("workload.hourly_cpu_pct", format!(
                    "field `workload.hourly_cpu_pct` has {} values; it needs 24, one per hour from 00 to 23",
                    hours.len()
                ));
            }
        }
        if let Some(m) = &self.measurement {
            c.field(
                "workload.measurement.window_days",
                Some(m.window_days),
                Positive,
            );
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileWarning {
    /// Catalog area: `roles`, `cron_jobs`, `settings`, `workload`, …
    pub area: String,
    pub message: String,
}

/// MySQL column types whose values compare under a collation.
const COLLATED_TYPES: [&str; 8] = [
    "char",
    "varchar",
    "tinytext",
    "text",
    "mediumtext",
    "longtext",
    "enum",
    "set",
];

impl Profile {
    /// Fills each index's `case_insensitive_columns` from its table's columns and collations,
    /// where the profile does not say.
    pub fn derive_case_insensitive_columns(&mut self) {
        let tables: std::collections::HashMap<(&str, &str), &Table> = self
            .tables
            .iter()
            .map(|t| ((t.schema.as_str(), t.name.as_str()), t))
            .collect();
        for index in self.indexes.iter_mut() {
            if !index.case_insensitive_columns.is_empty() {
                continue;
            }
            let Some(table) = tables.get(&(index.schema.as_str(), index.table.as_str())) else {
                continue;
            };
            index.case_insensitive_columns = index
                .columns
                .iter()
                .filter(|name| {
                    table.columns.iter().any(|c| {
                        c.name.eq_ignore_ascii_case(name)
                            && COLLATED_TYPES.contains(&c.data_type.to_ascii_lowercase().as_str())
                            && c.collation
                                .as_deref()
                                .or(table.collation.as_deref())
                                .is_some_and(|col| col.to_ascii_lowercase().ends_with("_ci"))
                    })
                })
                .cloned()
                .collect();
        }
    }

    /// Parses a profile from JSON text; `origin` names the file in errors.
    pub fn from_json(text: &str, origin: &str) -> Result<Profile, Error> {
        let profile: Profile = serde_json::from_str(text).map_err(|e| Error::Input {
            what: format!("profile {origin}"),
            detail: format!("{e} (line {}, column {})", e.line(), e.column()),
        })?;
        if profile.profile_version != PROFILE_VERSION {
            return Err(Error::Input {
                what: format!("profile {origin}"),
                detail: format!(
                    "field `profile_version` is {}, this build reads version {PROFILE_VERSION}",
                    profile.profile_version
                ),
            });
        }
        let problems = profile.range_check().into_located(text, Syntax::Json);
        if !problems.is_empty() {
            return Err(Error::Input {
                what: format!("profile {origin}"),
                detail: problems
                    .into_iter()
                    .map(with_line)
                    .collect::<Vec<_>>()
                    .join("; "),
            });
        }
        Ok(profile)
    }

    pub fn load(path: &Path) -> Result<Profile, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Input {
            what: format!("profile {}", path.display()),
            detail: format!("cannot read: {e}"),
        })?;
        Self::from_json(&text, &path.display().to_string())
    }

    /// Major version as a number (`15.4` → 15, `8.0.35` → 8), if the version parses.
    pub fn major_version(&self) -> Option<u32> {
        self.version.split(['.', ' ', '-']).next()?.parse().ok()
    }

    /// Logical data size: the sum of database sizes, else of table sizes, in GB (10^9 bytes).
    pub fn data_size_gb(&self) -> Option<Decimal> {
        let db: u64 = self.databases.iter().filter_map(|d| d.size_bytes).sum();
        let bytes = if db > 0 {
            db
        } else {
            let tables: u64 = self.tables.iter().filter_map(|t| t.size_bytes).sum();
            let cosmos: u64 = self
                .cosmos
                .iter()
                .flat_map(|c| &c.databases)
                .flat_map(|d| &d.containers)
                .filter_map(|c| c.size_bytes)
                .sum();
            let dynamodb: u64 = self
                .dynamodb
                .iter()
                .flat_map(|d| &d.tables)
                .filter_map(|t| t.size_bytes)
                .sum();
            tables + cosmos + dynamodb
        };
        (bytes > 0).then(|| Decimal::from(bytes) / Decimal::from(1_000_000_000u64))
    }

    /// Cosmos DB RU/s provisioned on databases (shared) and containers (dedicated), of one mode
    /// (`manual`, `autoscale`) or all.
    pub fn cosmos_provisioned_ru(&self, mode: Option<&str>) -> u64 {
        self.cosmos
            .iter()
            .flat_map(|c| &c.databases)
            .flat_map(|d| {
                d.shared_throughput
                    .iter()
                    .chain(d.containers.iter().filter_map(|c| c.throughput.as_ref()))
            })
            .filter(|t| mode.is_none_or(|m| t.mode.eq_ignore_ascii_case(m)))
            .map(|t| t.ru_per_s)
            .sum()
    }

    /// Every figure out of its range (a negative size or price, a percentage above 100, more
    /// than 24 hours a day), each naming the field's path.
    pub fn range_problems(&self) -> Vec<String> {
        self.range_check().into_problems()
    }

    /// [`Profile::range_problems`] with the paths kept, to find each field's line in a file.
    pub fn range_check(&self) -> RangeCheck {
        use Bound::*;
        let mut c = RangeCheck::new();
        let s = &self.sizing;
        c.field("sizing.memory_gib", s.memory_gib, NotNegative)
            .field("sizing.storage_gb", s.storage_gb, NotNegative)
            .field("sizing.backup_gb", s.backup_gb, NotNegative);
        if let Some(sv) = &s.serverless {
            c.field("sizing.serverless.min_acu", Some(sv.min_acu), NotNegative)
                .field("sizing.serverless.max_acu", Some(sv.max_acu), NotNegative)
                .field(
                    "sizing.serverless.average_acu",
                    Some(sv.average_acu),
                    NotNegative,
                );
        }
        if let Some(cosmos) = &self.cosmos {
            c.field(
                "cosmos.serverless_million_ru_per_month",
                cosmos.serverless_million_ru_per_month,
                NotNegative,
            );
            for (i, db) in cosmos.databases.iter().enumerate() {
                for (j, k) in db.containers.iter().enumerate() {
                    let at = format!("cosmos.databases[{i}].containers[{j}]");
                    if k.default_ttl.is_some_and(|t| t < -1) {
                        c.problem(&format!("{at}.default_ttl"), format!(
                            "field `{at}.default_ttl` is {}; it must be -1 (on, no default expiry) or more",
                            k.default_ttl.unwrap_or_default()
                        ));
                    }
                    if let Some(shape) = &k.shape {
                        shape.check_ranges(&format!("{at}.shape"), &mut c);
                    }
                }
            }
        }
        for (i, t) in self.dynamodb.iter().flat_map(|d| &d.tables).enumerate() {
            if let Some(shape) = &t.shape {
                shape.check_ranges(&format!("dynamodb.tables[{i}].shape"), &mut c);
            }
        }
        self.workload.check_ranges(&mut c);
        c
    }

    /// One note per `routines[].uses` value outside the documented vocabulary, naming the
    /// routines and the known values. Such a profile still loads (older or hand-written
    /// profiles), but no check reads the value.
    pub fn unknown_uses(&self) -> Vec<String> {
        let mut unknown: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for r in &self.routines {
            for u in r.uses.iter().filter(|u| !uses::is_known(u)) {
                unknown.entry(u).or_default().push(if r.schema.is_empty() {
                    r.name.clone()
                } else {
                    format!("{}.{}", r.schema, r.name)
                });
            }
        }
        unknown
            .into_iter()
            .map(|(value, routines)| {
                format!(
                    "Profile: routines[].uses value `{value}` (in {}) is not a known routine feature, so no check reads it; known values: {}.",
                    routines.join(", "),
                    uses::known_list()
                )
            })
            .collect()
    }

    /// Whether the schema was read (introspected or written by hand); `false` for a profile
    /// of a discovered cloud resource, whose empty object lists mean "not read".
    pub fn schema_read(&self) -> bool {
        self.schema_coverage.is_read()
    }

    /// Display name: the given name, else the first database, else the engine.
    pub fn display_name(&self) -> String {
        self.name
            .clone()
            .or_else(|| self.databases.first().map(|d| d.name.clone()))
            .unwrap_or_else(|| self.engine.clone())
    }
}
