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

mod cosmos;
mod dynamodb;
mod shape;
pub mod uses;
mod validate;
mod workload;

pub use cosmos::{CosmosAccount, CosmosContainer, CosmosDatabase, CosmosScript, Throughput};
pub use dynamodb::{DynamoAccount, DynamoIndex, DynamoKey, DynamoTable};
pub use shape::{DocumentShape, EntityShape, FieldPath};
pub use workload::{Measurement, Workload};

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
    /// Foreign tables (PostgreSQL), each with the server and wrapper it reads through. A profile
    /// that lists none (an older one, or one written by hand) is assessed per foreign server.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub foreign_tables: Vec<ForeignTable>,
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
    /// The roles that own the schema's objects, each with how many (PostgreSQL family).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub object_owners: Vec<ObjectOwner>,
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
    /// Foreign tables on this server.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub foreign_tables: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ForeignTable {
    #[serde(default)]
    pub schema: String,
    pub name: String,
    /// The foreign server it reads through.
    pub server: String,
    /// That server's wrapper: `postgres_fdw`, `mysql_fdw`, `oracle_fdw`, `file_fdw`, …
    pub wrapper: String,
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

/// A role that owns objects of the schema. A dump names it in `ALTER … OWNER TO`, so a restore
/// needs the role, or `--no-owner`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ObjectOwner {
    /// The role's name.
    pub name: String,
    /// Objects it owns: schemas other than `public`, tables, views, materialized views,
    /// sequences, foreign tables, routines and types; extension members left out.
    pub objects: u64,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub superuser: bool,
    /// Created by the server or the service, not the application: the bootstrap superuser, a
    /// predefined `pg_` role, or (set when assessed) a role in the rubric's `builtin_roles`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub builtin: bool,
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
