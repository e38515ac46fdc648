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

pub mod detect;
mod quantity_rule;
pub use quantity_rule::QuantityRule;

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
    /// What to assume when the profile says nothing.
    pub defaults: EngineDefaults,
    pub pricing: Pricing,
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
    /// Price service and product: `AWS Price List API (AmazonRDS)`, `Azure Retail Prices API`,
    /// `Google Cloud Billing Catalog`, `Databricks list prices`.
    pub service: String,
    pub currency: String,
    pub lines: Vec<LineSpec>,
    pub rate_card: RateCard,
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
    /// Aurora Serverless v2 capacity, or a serverless Cosmos DB account.
    Serverless,
    /// Not serverless.
    Provisioned,
}

/// Dated prices bundled with the tool.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateCard {
    /// Date the prices were read (YYYY-MM-DD).
    pub as_of: String,
    /// Where they were read.
    pub source: String,
    pub prices: Vec<RatePrice>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatePrice {
    pub region: String,
    /// Line id this price is for.
    pub line: String,
    /// SKU key after placeholders are filled.
    pub sku: String,
    /// Price per unit, a decimal string.
    pub price: Decimal,
    /// Overrides the card's source for this one price.
    #[serde(default)]
    pub source: Option<String>,
}

impl RateCard {
    pub fn find(&self, region: &str, line: &str, sku: &str) -> Option<&RatePrice> {
        self.prices
            .iter()
            .find(|p| p.region == region && p.line == line && p.sku.eq_ignore_ascii_case(sku))
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
    /// Reads the rules from the target's facts; names each fact that is missing or not a number.
    fn from_target(t: &Target, file: &str) -> Result<SizingRules, Vec<String>> {
        let mut problems = Vec::new();
        let mut number = |section: &str, facts: &BTreeMap<String, Fact>, name: &str| {
            let value = facts.get(name).and_then(|f| match &f.value {
                serde_json::Value::Number(n) => n.to_string().parse::<Decimal>().ok(),
                _ => None,
            });
            match value {
                Some(v) if v >= Decimal::ZERO => v,
                _ => {
                    problems.push(format!(
                        "{file}: `{section}.{name}` must be a number ≥ 0 (sizing reads it)"
                    ));
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
                    Ok(mut t) => match SizingRules::from_target(&t, &file.name) {
                        Ok(rules) => {
                            t.rules = rules;
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
                Ok(engine) => engines.push(engine),
                Err(e) => problems.push(e),
            }
        }
        let Some(target) = target else {
            problems.push(format!("engines: no {TARGET_ID}.yaml for the target"));
            return Err(Error::Problems(problems));
        };
        problems.extend(detect::check_families(&engines));
        if !problems.is_empty() {
            return Err(Error::Problems(problems));
        }
        engines.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Catalog { engines, target })
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
