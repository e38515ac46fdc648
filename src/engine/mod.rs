//! Engines: the source engines and the Lakebase target, described by `engines/*.yaml`.
//!
//! A source engine says what it is (name, family, versions, docs), which rubric assesses it,
//! what to assume when a profile leaves sizing out, and how it is priced: a list of cost lines,
//! each a price *query* (a SKU template plus the filters a live price service would use) and a
//! quantity rule. Its bundled rate card holds dated prices for those lines. Adding an engine is
//! a new YAML file; no Rust change.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::data::{self, DataFile};
use crate::error::Error;
use crate::range::{Bound, RangeCheck, Syntax};

pub mod detect;
mod quantity_rule;
mod rate_card;
pub use quantity_rule::QuantityRule;
pub use rate_card::{RateBasis, RateCard, RatePrice};

/// The engine id of the target.
pub const TARGET_ID: &str = "lakebase";

/// A source engine (`engines/<id>.yaml`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Engine {
    /// Stable id used on the command line and in profiles.
    pub id: String,
    pub name: String,
    pub family: Family,
    /// `aws`, `gcp`, `azure` or `self-managed`.
    pub vendor: String,
    /// One line for `dbassay engines` and the wizard.
    pub summary: String,
    /// Major versions the vendor offers (or offered recently).
    pub versions: Vec<String>,
    /// Rubric that assesses it (a file stem under `rubrics/`).
    pub rubric: String,
    pub docs: String,
    /// How live introspection recognises the engine; absent: never detected, only chosen.
    #[serde(default)]
    pub detect: Option<detect::DetectRules>,
    /// How `dbassay discover` recognises the engine in a cloud account's inventory; absent:
    /// never discovered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discover: Option<DiscoverRules>,
    /// What to assume when the profile says nothing.
    pub defaults: EngineDefaults,
    pub pricing: Pricing,
}

/// What a cloud's inventory calls the engine (`discover:` in an engine file), so `dbassay
/// discover` maps what it lists to an engine id by data. A value belongs to one engine only
/// (checked at load).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscoverRules {
    /// Values of the `Engine` field of Amazon RDS instances and clusters
    /// (`DescribeDBInstances`, `DescribeDBClusters`), e.g. `postgres`, `aurora-postgresql`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aws_rds_engines: Vec<String>,
    /// The DynamoDB tables of a region (`ListTables`) are one source of this engine.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub aws_dynamodb: bool,
    /// Azure Resource Manager resource types of the engine's servers or accounts, e.g.
    /// `Microsoft.DBforPostgreSQL/flexibleServers` (`dbassay discover azure`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub azure_resource_types: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EngineDefaults {
    pub region: String,
    #[serde(default)]
    pub instance_class: Option<String>,
    #[serde(default)]
    pub tier: Option<String>,
    #[serde(default)]
    pub storage_type: Option<String>,
    /// vCPU and memory of each instance class the rate card prices, so sizing can read them
    /// from the class name alone.
    #[serde(default)]
    pub instance_classes: BTreeMap<String, InstanceShape>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstanceShape {
    pub vcpu: u32,
    pub memory_gib: Decimal,
}

/// How an engine is priced.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pricing {
    /// The price service that answers the lines live, if any (see [`PriceService`]).
    #[serde(deserialize_with = "price_service")]
    pub service: PriceService,
    pub currency: String,
    /// How to choose among several records that match a line (engine-aware matching): for
    /// each attribute in order, the record whose value comes first in `values` wins
    /// (placeholders filled as for `sku`). Records that still disagree are ambiguous.
    #[serde(default)]
    pub prefer: Vec<Preference>,
    pub lines: Vec<LineSpec>,
    pub rate_card: RateCard,
}

/// One preference of [`Pricing::prefer`]: `{attribute: databaseEngine, values: [Aurora MySQL,
/// Any]}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preference {
    pub attribute: String,
    pub values: Vec<String>,
}

/// The three public price services.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provider {
    Aws,
    Azure,
    Gcp,
}

impl Provider {
    pub fn name(self) -> &'static str {
        match self {
            Provider::Aws => "AWS Price List API",
            Provider::Azure => "Azure Retail Prices API",
            Provider::Gcp => "Google Cloud Billing Catalog",
        }
    }
}

/// An AWS Price List service code (the `ServiceCode` of `GetProducts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AwsServiceCode {
    AmazonRDS,
    AmazonDynamoDB,
}

impl AwsServiceCode {
    pub fn as_str(self) -> &'static str {
        match self {
            AwsServiceCode::AmazonRDS => "AmazonRDS",
            AwsServiceCode::AmazonDynamoDB => "AmazonDynamoDB",
        }
    }
}

/// Where an engine's prices are looked up live. Written in YAML as `{provider: aws, code:
/// AmazonRDS}`, `{provider: azure}`, `{provider: gcp, product: Cloud SQL}` or `{provider: none,
/// name: Databricks list prices}`; a plain string is the name of a rate-card-only price list (a
/// user's contract card).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "provider", rename_all = "snake_case", deny_unknown_fields)]
pub enum PriceService {
    Aws {
        code: AwsServiceCode,
    },
    Azure,
    Gcp {
        /// The Billing Catalog's service display name (`Cloud SQL`).
        product: String,
    },
    /// No price service: the rate card only.
    #[serde(rename = "none")]
    RateCardOnly {
        name: String,
    },
}

impl PriceService {
    pub fn provider(&self) -> Option<Provider> {
        match self {
            PriceService::Aws { .. } => Some(Provider::Aws),
            PriceService::Azure => Some(Provider::Azure),
            PriceService::Gcp { .. } => Some(Provider::Gcp),
            PriceService::RateCardOnly { .. } => None,
        }
    }
}

/// A [`PriceService`] map, or a plain string naming a rate-card-only price list.
fn price_service<'de, D: serde::Deserializer<'de>>(d: D) -> Result<PriceService, D::Error> {
    struct Either;
    impl<'de> serde::de::Visitor<'de> for Either {
        type Value = PriceService;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a price service ({provider: aws, code: AmazonRDS}) or a price list's name")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PriceService, E> {
            Ok(PriceService::RateCardOnly {
                name: v.to_string(),
            })
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<PriceService, A::Error> {
            PriceService::deserialize(serde::de::value::MapAccessDeserializer::new(map))
        }
    }
    d.deserialize_any(Either)
}

impl std::fmt::Display for PriceService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PriceService::Aws { code } => write!(f, "{} ({})", Provider::Aws.name(), code.as_str()),
            PriceService::Azure => f.write_str(Provider::Azure.name()),
            PriceService::Gcp { product } => write!(f, "{} ({product})", Provider::Gcp.name()),
            PriceService::RateCardOnly { name } => f.write_str(name),
        }
    }
}

/// One cost line: what is billed, how much of it, and which price it needs.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineSpec {
    /// Stable id of the line within the engine (`compute`, `storage`, `backup`).
    pub id: String,
    pub category: CostCategory,
    /// Shown in reports; `{placeholders}` as for `sku`.
    pub description: String,
    /// Billing unit as the price service writes it (`Hrs`, `GB-Mo`, `1 Hour`, `CU-hour`).
    pub unit: String,
    /// How the billed quantity follows from the profile.
    pub quantity: QuantityRule,
    /// The price key in the rate card, with `{instance_class}`, `{deployment}`, `{tier}`,
    /// `{storage_type}`, `{vcpu}`, `{region}` filled from the (defaulted) profile.
    pub sku: String,
    /// Filters a live price service is queried with (same placeholders). A plain value is sent
    /// to the service (AWS `TERM_MATCH`, Azure OData `eq`); a value starting with `~` is matched
    /// in code instead, ignoring case, spaces and punctuation, as "contains" (`|` separates
    /// alternatives) — for attributes whose spelling varies between records or regions; one
    /// starting with `=` is matched in code as equal, ignoring case. A line without filters is
    /// priced from the rate card only.
    #[serde(default)]
    pub filters: BTreeMap<String, String>,
    /// Filters that replace `filters` when a placeholder has a given value:
    /// `{storage_type: {aurora-io-optimized: {usagetype: "~Aurora:IO-OptimizedStorageUsage"}}}`
    /// merges those entries over `filters`; an empty map means the service has no record for
    /// that case (the rate card prices it).
    #[serde(default)]
    pub filters_by: BTreeMap<String, BTreeMap<String, BTreeMap<String, String>>>,
    /// Multiplier applied to a price read from a price service (not to the rate card, which
    /// holds the billed rate): Cosmos DB autoscale bills 1.5× the standard RU/s meter.
    #[serde(default)]
    pub price_factor: Option<Decimal>,
    /// Only billed when this holds; absent means always.
    #[serde(default)]
    pub when: Option<LineCondition>,
}

/// The kind of database a source is (`document`: Azure Cosmos DB for NoSQL): which catalog
/// introspection reads, which shared rubric (`rubrics/<family>.yaml`) assesses it and how its
/// data moves to PostgreSQL.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Postgres,
    Mysql,
    Document,
}

impl Family {
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Postgres => "postgres",
            Family::Mysql => "mysql",
            Family::Document => "document",
        }
    }
}

impl std::fmt::Display for Family {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a cost line bills, for the report's breakdown by kind of cost: `io` is I/O requests
/// or provisioned IOPS, `backup` backup storage and history, `ha` a high-availability standby.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CostCategory {
    Compute,
    Storage,
    Io,
    Backup,
    Ha,
}

impl CostCategory {
    pub fn as_str(self) -> &'static str {
        match self {
            CostCategory::Compute => "compute",
            CostCategory::Storage => "storage",
            CostCategory::Io => "io",
            CostCategory::Backup => "backup",
            CostCategory::Ha => "ha",
        }
    }
}

impl std::fmt::Display for CostCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// When a cost line is billed (a line's `when`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineCondition {
    /// The source has a synchronous standby.
    HighAvailability,
    /// The source has at least one read replica.
    ReadReplicas,
    /// Aurora Serverless v2 capacity, a serverless Cosmos DB account, or a DynamoDB table
    /// billed on demand.
    Serverless,
    /// Not serverless; for DynamoDB, some table bills provisioned capacity.
    Provisioned,
    /// DynamoDB: some table is of the Standard-Infrequent Access class.
    InfrequentAccess,
    /// DynamoDB: some table has point-in-time recovery on.
    PointInTimeRecovery,
    /// DynamoDB: some table has a stream.
    Streams,
}

/// Range problems prefixed with the file and line they are at (`file:line: field …`), as YAML
/// load errors are.
fn located(file: &DataFile, check: RangeCheck) -> impl Iterator<Item = String> + '_ {
    check
        .into_located(&file.text, Syntax::Yaml)
        .into_iter()
        .map(|(line, p)| match line {
            Some(n) => format!("{}:{n}: {p}", file.name),
            None => format!("{}: {p}", file.name),
        })
}

impl Pricing {
    /// Price factors must be more than 0 (a negative price is refused when a price row is read); `prefix` is the path of this section
    /// (`pricing.` in an engine file, empty in a user's rate card).
    pub fn check_ranges(&self, prefix: &str, c: &mut RangeCheck) {
        for (i, line) in self.lines.iter().enumerate() {
            c.field(
                &format!("{prefix}lines[{i}].price_factor"),
                line.price_factor,
                Bound::Positive,
            );
        }
    }

    /// A user's rate card: every price or factor out of range, by path.
    pub fn range_check(&self) -> RangeCheck {
        let mut c = RangeCheck::new();
        self.check_ranges("", &mut c);
        c
    }
}

impl Engine {
    /// Prices, price factors and instance memory out of range, by path.
    pub fn range_check(&self) -> RangeCheck {
        let mut c = RangeCheck::new();
        for (class, shape) in &self.defaults.instance_classes {
            c.field(
                &format!("defaults.instance_classes.{class}.memory_gib"),
                Some(shape.memory_gib),
                Bound::Positive,
            );
        }
        self.pricing.check_ranges("pricing.", &mut c);
        c
    }
}

impl Target {
    /// Capacity figures and prices out of range, by path.
    pub fn range_check(&self) -> RangeCheck {
        let mut c = RangeCheck::new();
        let cap = &self.capacity;
        c.field(
            "capacity.memory_gib_per_cu",
            Some(cap.memory_gib_per_cu),
            Bound::Positive,
        )
        .field("capacity.ru_per_cu", Some(cap.ru_per_cu), Bound::Positive)
        .field("capacity.rcu_per_cu", Some(cap.rcu_per_cu), Bound::Positive)
        .field("capacity.wcu_per_cu", Some(cap.wcu_per_cu), Bound::Positive)
        .field(
            "capacity.vcpu_per_cu",
            Some(cap.vcpu_per_cu),
            Bound::Positive,
        )
        .each(
            "capacity.autoscale_sizes",
            cap.autoscale_sizes.iter().copied(),
            Bound::Positive,
        )
        .each(
            "capacity.fixed_sizes",
            cap.fixed_sizes.iter().copied(),
            Bound::Positive,
        );
        self.pricing.check_ranges("pricing.", &mut c);
        c
    }
}

/// The target, `engines/lakebase.yaml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub docs: String,
    /// PostgreSQL major versions offered.
    pub postgres_versions: Vec<u32>,
    /// The version new projects get; the assessment recommends it (else the newest offered).
    #[serde(default)]
    pub default_postgres_version: Option<u32>,
    /// Extensions that can be installed (lower case names).
    pub extensions: Vec<String>,
    /// Capacity sizing.
    pub capacity: Capacity,
    /// Limits a rubric may compare against (`$target.limits.<name>`), each with its source.
    pub limits: BTreeMap<String, Fact>,
    /// Assumptions of the cost model, each with its reason.
    pub assumptions: BTreeMap<String, Fact>,
    /// Where Lakebase runs and where the clouds' regions are.
    pub regions: Regions,
    pub pricing: Pricing,
    /// The numbers sizing reads from `limits` and `assumptions`, checked when the file is loaded.
    #[serde(skip)]
    pub rules: SizingRules,
}

/// Lakebase regions by cloud, and the location of every cloud region dbassay knows.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regions {
    pub as_of: String,
    pub source: String,
    /// Lakebase Autoscaling regions by cloud (`aws`, `azure`).
    pub lakebase: BTreeMap<String, Vec<String>>,
    pub locations_source: String,
    /// Region id → [latitude, longitude] of the city the provider names for it.
    pub locations: BTreeMap<String, [f64; 2]>,
}

/// The facts of `limits` and `assumptions` that sizing computes with, as numbers.
#[derive(Debug, Clone, Default)]
pub struct SizingRules {
    /// Largest max − min of one autoscaling range (`limits.max_autoscale_range_cu`).
    pub max_autoscale_range_cu: Decimal,
    /// Largest size that autoscales (`limits.max_autoscale_cu`).
    pub max_autoscale_cu: Decimal,
    /// `limits.max_ha_secondaries`.
    pub max_ha_secondaries: u32,
    /// Client connections through the built-in pooler (`limits.max_pooled_connections`).
    pub max_pooled_connections: u32,
    /// `limits.scale_to_zero_default_minutes`.
    pub scale_to_zero_default_minutes: Decimal,
    /// `assumptions.scale_to_zero_timeout_minutes`: the timeout the report recommends.
    pub scale_to_zero_timeout_minutes: Decimal,
    /// `assumptions.comfort_factor`.
    pub comfort_factor: Decimal,
    pub pitr_ratio: Decimal,
    pub snapshot_ratio: Decimal,
}

impl SizingRules {
    /// Reads the rules from the target's facts; names each fact that is missing or not a number,
    /// with the file and line: of its value, or of its section when it is missing.
    fn from_target(t: &Target, file: &DataFile) -> Result<SizingRules, Vec<String>> {
        let mut check = RangeCheck::new();
        let mut number = |section: &str, facts: &BTreeMap<String, Fact>, name: &str| {
            let fact = facts.get(name);
            let value = fact.and_then(|f| match &f.value {
                serde_json::Value::Number(n) => n.to_string().parse::<Decimal>().ok(),
                _ => None,
            });
            match value {
                Some(v) if v >= Decimal::ZERO => v,
                _ => {
                    let (path, wrong) = match fact {
                        Some(_) => (format!("{section}.{name}.value"), "must be"),
                        None => (section.to_string(), "is missing; it must be"),
                    };
                    check.problem(
                        &path,
                        format!("`{section}.{name}` {wrong} a number ≥ 0 (sizing reads it)"),
                    );
                    Decimal::ZERO
                }
            }
        };
        let whole = |d: Decimal| {
            use rust_decimal::prelude::ToPrimitive;
            d.trunc().to_u32().unwrap_or(u32::MAX)
        };
        let rules = SizingRules {
            max_autoscale_range_cu: number("limits", &t.limits, "max_autoscale_range_cu"),
            max_autoscale_cu: number("limits", &t.limits, "max_autoscale_cu"),
            max_ha_secondaries: whole(number("limits", &t.limits, "max_ha_secondaries")),
            max_pooled_connections: whole(number("limits", &t.limits, "max_pooled_connections")),
            scale_to_zero_default_minutes: number(
                "limits",
                &t.limits,
                "scale_to_zero_default_minutes",
            ),
            scale_to_zero_timeout_minutes: number(
                "assumptions",
                &t.assumptions,
                "scale_to_zero_timeout_minutes",
            ),
            comfort_factor: number("assumptions", &t.assumptions, "comfort_factor"),
            pitr_ratio: number("assumptions", &t.assumptions, "pitr_ratio"),
            snapshot_ratio: number("assumptions", &t.assumptions, "snapshot_ratio"),
        };
        let problems: Vec<String> = located(file, check).collect();
        if problems.is_empty() {
            Ok(rules)
        } else {
            Err(problems)
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capacity {
    /// Memory per capacity unit in GiB.
    pub memory_gib_per_cu: Decimal,
    /// Sizes an autoscaling compute can take, in CU, ascending.
    pub autoscale_sizes: Vec<Decimal>,
    /// Fixed sizes above the autoscaling range, in CU, ascending.
    #[serde(default)]
    pub fixed_sizes: Vec<Decimal>,
    /// Max connections by CU size (`CU: connections`), ascending.
    pub max_connections: Vec<(Decimal, u32)>,
    /// Date and page of the sizes above.
    pub sizes_as_of: String,
    pub sizes_source: String,
    /// Earlier published size lists, kept dated; sizing uses the newest.
    #[serde(default)]
    pub older_sizes: Vec<SizeList>,
    /// RU/s of Cosmos DB one CU is taken to serve (a heuristic, stated in the assumptions).
    pub ru_per_cu: Decimal,
    /// DynamoDB read capacity units per second one CU is taken to serve (a heuristic).
    pub rcu_per_cu: Decimal,
    /// DynamoDB write capacity units per second one CU is taken to serve (a heuristic).
    pub wcu_per_cu: Decimal,
    /// vCPU one CU is taken to give (a dbassay heuristic; nothing is published).
    pub vcpu_per_cu: Decimal,
    pub vcpu_per_cu_source: String,
    pub source: String,
}

/// A list of compute sizes as a page gave it on a date.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SizeList {
    pub as_of: String,
    pub source: String,
    pub autoscale_sizes: Vec<Decimal>,
    #[serde(default)]
    pub fixed_sizes: Vec<Decimal>,
}

/// A number or list with where it comes from.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub value: serde_json::Value,
    /// What it means, in plain words.
    #[serde(default)]
    pub description: Option<String>,
    /// URL and date, e.g. `https://docs.databricks.com/... (2026-11)`.
    pub source: String,
}

/// Every engine and the target, loaded from the bundled data (and optional user directory).
#[derive(Debug, Clone)]
pub struct Catalog {
    pub engines: Vec<Engine>,
    pub target: Target,
}

impl Catalog {
    /// The bundled engines.
    pub fn bundled() -> Result<Catalog, Error> {
        Self::from_files(&data::engine_files())
    }

    pub fn from_files(files: &[DataFile]) -> Result<Catalog, Error> {
        let mut engines = Vec::new();
        let mut target = None;
        let mut problems = Vec::new();
        for file in files {
            if file.stem() == TARGET_ID {
                match data::parse_yaml::<Target>(file) {
                    Ok(mut t) => match SizingRules::from_target(&t, file) {
                        Ok(rules) => {
                            t.rules = rules;
                            problems.extend(located(file, t.range_check()));
                            target = Some(t);
                        }
                        Err(p) => problems.extend(p),
                    },
                    Err(e) => problems.push(e),
                }
                continue;
            }
            match data::parse_yaml::<Engine>(file) {
                Ok(engine) if engine.id != file.stem() => problems.push(format!(
                    "{}: id `{}` does not match the file name",
                    file.name, engine.id
                )),
                Ok(engine) => {
                    problems.extend(located(file, engine.range_check()));
                    engines.push(engine);
                }
                Err(e) => problems.push(e),
            }
        }
        let Some(target) = target else {
            problems.push(format!("engines: no {TARGET_ID}.yaml for the target"));
            return Err(Error::Problems(problems));
        };
        problems.extend(detect::check_families(&engines));
        problems.extend(check_discover_rules(&engines));
        if !problems.is_empty() {
            return Err(Error::Problems(problems));
        }
        engines.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Catalog { engines, target })
    }

    /// The engine whose `discover.aws_rds_engines` lists this RDS `Engine` value (compared
    /// without regard to case), if any.
    pub fn engine_for_aws_rds(&self, rds_engine: &str) -> Option<&Engine> {
        self.engines.iter().find(|e| {
            e.discover.as_ref().is_some_and(|d| {
                d.aws_rds_engines
                    .iter()
                    .any(|v| v.eq_ignore_ascii_case(rds_engine))
            })
        })
    }

    /// The engine whose `discover.aws_dynamodb` is set, if any.
    pub fn engine_for_aws_dynamodb(&self) -> Option<&Engine> {
        self.engines
            .iter()
            .find(|e| e.discover.as_ref().is_some_and(|d| d.aws_dynamodb))
    }

    /// The engine whose `discover.azure_resource_types` lists this Azure resource type
    /// (compared without regard to case, as ARM does), if any.
    pub fn engine_for_azure(&self, resource_type: &str) -> Option<&Engine> {
        self.engines.iter().find(|e| {
            e.discover.as_ref().is_some_and(|d| {
                d.azure_resource_types
                    .iter()
                    .any(|v| v.eq_ignore_ascii_case(resource_type))
            })
        })
    }

    pub fn engine(&self, id: &str) -> Result<&Engine, Error> {
        self.engines.iter().find(|e| e.id == id).ok_or_else(|| {
            Error::input(
                format!("engine `{id}`"),
                format!(
                    "unknown engine; known engines: {}",
                    self.engines
                        .iter()
                        .map(|e| e.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
    }
}

/// A cloud's name for an engine belongs to one engine only.
fn check_discover_rules(engines: &[Engine]) -> Vec<String> {
    let mut problems = Vec::new();
    type List = fn(&DiscoverRules) -> &Vec<String>;
    let lists: [(&str, List); 2] = [
        ("aws_rds_engines", |d| &d.aws_rds_engines),
        ("azure_resource_types", |d| &d.azure_resource_types),
    ];
    for (field, list) in lists {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for e in engines {
            for v in e.discover.iter().flat_map(list) {
                match seen.get(&v.to_ascii_lowercase()) {
                    Some(other) => problems.push(format!(
                        "{}.yaml: discover.{field}: `{v}` is also listed by {other}",
                        e.id
                    )),
                    None => {
                        seen.insert(v.to_ascii_lowercase(), &e.id);
                    }
                }
            }
        }
    }
    let dynamodb: Vec<&str> = engines
        .iter()
        .filter(|e| e.discover.as_ref().is_some_and(|d| d.aws_dynamodb))
        .map(|e| e.id.as_str())
        .collect();
    if dynamodb.len() > 1 {
        problems.push(format!(
            "engines: discover.aws_dynamodb is set by {}; one engine only",
            dynamodb.join(", ")
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled files with one engine's text changed.
    fn catalog_with(engine: &str, from: &str, to: &str) -> Result<Catalog, Error> {
        let files: Vec<DataFile> = data::engine_files()
            .into_iter()
            .map(|mut f| {
                if f.stem() == engine {
                    assert!(f.text.contains(from), "{from} in {}", f.name);
                    f.text = f.text.replacen(from, to, 1);
                }
                f
            })
            .collect();
        Catalog::from_files(&files)
    }

    fn load_error(engine: &str, from: &str, to: &str) -> String {
        catalog_with(engine, from, to)
            .expect_err("the misspelling is a load error")
            .to_string()
    }

    /// 1-based line of the first line of the bundled file containing `needle`.
    fn line_of(engine: &str, needle: &str) -> usize {
        let f = data::engine_files()
            .into_iter()
            .find(|f| f.stem() == engine)
            .unwrap();
        f.text.lines().position(|l| l.contains(needle)).unwrap() + 1
    }

    #[test]
    fn cloud_engine_names_map_to_one_engine() {
        let c = Catalog::bundled().unwrap();
        let id = |v: &str| c.engine_for_aws_rds(v).map(|e| e.id.as_str());
        assert_eq!(id("postgres"), Some("rds-postgresql"));
        assert_eq!(id("MariaDB"), Some("rds-mysql"));
        assert_eq!(id("aurora-postgresql"), Some("aurora-postgresql"));
        assert_eq!(id("aurora"), Some("aurora-mysql"));
        assert_eq!(id("oracle-ee"), None);
        let az = |v: &str| c.engine_for_azure(v).map(|e| e.id.as_str());
        assert_eq!(
            az("Microsoft.DBforPostgreSQL/flexibleServers"),
            Some("azure-postgresql")
        );
        assert_eq!(
            az("microsoft.dbformysql/flexibleservers"),
            Some("azure-mysql")
        );
        assert_eq!(
            az("Microsoft.DocumentDB/databaseAccounts"),
            Some("cosmosdb")
        );
        assert_eq!(az("Microsoft.Sql/servers"), None);
        let e = load_error(
            "rds-postgresql",
            "aws_rds_engines: [postgres]",
            "aws_rds_engines: [postgres, mysql]",
        );
        assert!(
            e.contains("rds-postgresql.yaml: discover.aws_rds_engines: `mysql` is also listed by rds-mysql")
                || e.contains("rds-mysql.yaml: discover.aws_rds_engines: `mysql` is also listed by rds-postgresql"),
            "{e}"
        );
    }

    #[test]
    fn detection_rules_are_checked_at_load_with_file_and_line() {
        // A misspelt marker kind.
        let e = load_error(
            "rds-postgresql",
            "    roles: ['^(rds_superuser",
            "    role: ['^(rds_superuser",
        );
        let line = line_of("rds-postgresql", "    roles: ['^(rds_superuser");
        assert!(
            e.contains(&format!("rds-postgresql.yaml:{line}:")) && e.contains("`role`"),
            "{e}"
        );
        // A pattern that is not a regular expression.
        let e = load_error("azure-mysql", "'^azure_superuser$'", "'^(azure_superuser'");
        let line = line_of("azure-mysql", "'^azure_superuser$'");
        assert!(
            e.contains(&format!("azure-mysql.yaml:{line}:"))
                && e.contains("is not a regular expression"),
            "{e}"
        );
        // Two engines of a family at the same rank, an unknown include, two fallbacks.
        let e = load_error("alloydb", "  rank: 4", "  rank: 3");
        assert!(
            e.contains("alloydb.yaml: detect.rank: 3 is also the rank of cloudsql-postgresql"),
            "{e}"
        );
        let e = load_error(
            "aurora-mysql",
            "includes: [rds-mysql]",
            "includes: [rds-mysqll]",
        );
        assert!(
            e.contains("`rds-mysqll` is not a ranked mysql engine"),
            "{e}"
        );
        let e = load_error("rds-mysql", "  rank: 2\n", "  fallback: true\n");
        assert!(e.contains("a fallback engine has no markers"), "{e}");
    }

    #[test]
    fn a_misspelt_when_is_a_load_error_with_file_and_line() {
        let e = load_error(
            "rds-postgresql",
            "when: read_replicas",
            "when: read_replica",
        );
        let line = line_of("rds-postgresql", "when: read_replicas");
        assert!(
            e.contains(&format!("rds-postgresql.yaml:{line}:"))
                && e.contains("`read_replica`")
                && e.contains("high_availability"),
            "{e}"
        );
    }

    #[test]
    fn a_misspelt_cost_category_is_a_load_error_with_file_and_line() {
        let e = load_error("aurora-mysql", "category: backup", "category: backups");
        let line = line_of("aurora-mysql", "category: backup");
        assert!(
            e.contains(&format!("aurora-mysql.yaml:{line}:"))
                && e.contains("`backups`")
                && e.contains("compute"),
            "{e}"
        );
    }

    #[test]
    fn an_unknown_family_is_a_load_error_with_file_and_line() {
        let e = load_error("cosmosdb", "family: document", "family: documents");
        let line = line_of("cosmosdb", "family: document");
        assert!(
            e.contains(&format!("cosmosdb.yaml:{line}:")) && e.contains("`documents`"),
            "{e}"
        );
    }

    #[test]
    fn a_negative_price_or_size_in_an_engine_file_is_a_load_error_naming_the_field() {
        let e = load_error(
            "rds-postgresql",
            "sku: db.m6g.large/Single-AZ, price: \"0.159\"",
            "sku: db.m6g.large/Single-AZ, price: \"-0.159\"",
        );
        assert!(
            e.contains("rds-postgresql.yaml:") && e.contains("price: -0.159 is negative"),
            "{e}"
        );
        let e = load_error("lakebase", "memory_gib_per_cu: 2", "memory_gib_per_cu: 0");
        assert!(
            e.contains(
                "lakebase.yaml:85: field `capacity.memory_gib_per_cu` is 0; it must be more than 0"
            ),
            "{e}"
        );
    }

    #[test]
    fn bundled_families_are_typed() {
        let c = Catalog::bundled().unwrap();
        let family = |id: &str| c.engine(id).unwrap().family;
        assert_eq!(family("alloydb"), Family::Postgres);
        assert_eq!(family("azure-mysql"), Family::Mysql);
        assert_eq!(family("cosmosdb"), Family::Document);
    }

    #[test]
    fn sizing_reads_its_limits_from_the_target_file() {
        let catalog = Catalog::bundled().unwrap();
        let rules = &catalog.target.rules;
        assert_eq!(rules.max_autoscale_range_cu, Decimal::from(16));
        assert_eq!(rules.max_ha_secondaries, 3);
        assert_eq!(rules.max_pooled_connections, 10_000);
        assert_eq!(rules.max_autoscale_cu, Decimal::from(64));
        // Edited in the file, the rule follows; removed, loading fails and names the fact.
        let edited = catalog_with(
            TARGET_ID,
            "  max_autoscale_range_cu:\n    value: 16",
            "  max_autoscale_range_cu:\n    value: 8",
        )
        .unwrap();
        assert_eq!(edited.target.rules.max_autoscale_range_cu, Decimal::from(8));
        let e = load_error(TARGET_ID, "  max_ha_secondaries:\n", "  max_ha_standbys:\n");
        assert!(e.contains("limits.max_ha_secondaries"), "{e}");
    }
}
