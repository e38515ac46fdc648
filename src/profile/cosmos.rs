//! Azure Cosmos DB for NoSQL: the account, its databases and containers, as introspection reads
//! them or as written by hand (document family only).

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{is_zero, DocumentShape};

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
