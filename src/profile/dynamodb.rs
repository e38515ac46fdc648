//! Amazon DynamoDB tables of one account and region, as introspection reads them
//! (`DescribeTable`, `DescribeContinuousBackups`, `DescribeTimeToLive` and a bounded `Scan`) or
//! as written by hand.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::DocumentShape;

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DynamoAccount {
    /// Tables read, in name order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<DynamoTable>,
    /// API operations seen in use, by their API names (`TransactWriteItems`, `TransactGetItems`,
    /// `ExecuteStatement`, `BatchExecuteStatement`, `ExecuteTransaction`): from CloudWatch's
    /// `Operation` dimension or written by hand. The table APIs do not show them, so
    /// introspection leaves the list empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operations: Vec<String>,
    /// DynamoDB Streams read request units a month (`GetRecords` calls; those of AWS Lambda
    /// triggers are free), measured or estimated by hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_read_requests_per_month: Option<Decimal>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DynamoTable {
    pub name: String,
    /// `provisioned` or `on_demand` (`PAY_PER_REQUEST`).
    pub billing_mode: String,
    /// `standard` or `standard_infrequent_access`.
    #[serde(default = "standard")]
    pub table_class: String,
    pub partition_key: DynamoKey,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_key: Option<DynamoKey>,
    /// Provisioned read capacity units of the table (its global indexes apart).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_capacity_units: Option<u64>,
    /// Provisioned write capacity units of the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub write_capacity_units: Option<u64>,
    /// On-demand maximum read request units per second, when the table sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_read_request_units: Option<u64>,
    /// On-demand maximum write request units per second, when the table sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_write_request_units: Option<u64>,
    /// Items, as DynamoDB last counted them (it updates the figure about every six hours).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_count: Option<u64>,
    /// Table size in bytes, as DynamoDB last counted it (indexes apart).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub global_indexes: Vec<DynamoIndex>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub local_indexes: Vec<DynamoIndex>,
    /// The stream's view type when DynamoDB Streams is on: `NEW_IMAGE`, `OLD_IMAGE`,
    /// `NEW_AND_OLD_IMAGES` or `KEYS_ONLY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<String>,
    /// The attribute holding each item's expiry time, when Time to Live is on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_attribute: Option<String>,
    /// Point-in-time recovery (continuous backups) is on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub point_in_time_recovery: bool,
    /// Encryption at rest: `aws_owned` (the default), `aws_managed` or `customer_managed` KMS key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption: Option<String>,
    /// Regions of the table's global-table replicas, its own region left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replica_regions: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deletion_protection: bool,
    /// Several entity kinds share the table (a single-table design), recognised from the key
    /// prefixes of the sampled items (`shape.entities`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub single_table_design: bool,
    /// Item shape inferred from a bounded sample (`--sample` items, within `--sample-rcu`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shape: Option<DocumentShape>,
}

fn standard() -> String {
    "standard".into()
}

/// A key attribute and its scalar type.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DynamoKey {
    pub name: String,
    /// `string`, `number` or `binary` (DynamoDB's `S`, `N`, `B`).
    #[serde(rename = "type")]
    pub attribute_type: String,
}

/// A global or local secondary index.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DynamoIndex {
    pub name: String,
    pub partition_key: DynamoKey,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_key: Option<DynamoKey>,
    /// Attributes copied into the index: `all`, `keys_only` or `include`.
    pub projection: String,
    /// The non-key attributes of an `include` projection.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projected_attributes: Vec<String>,
    /// Provisioned read capacity units of a global index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_capacity_units: Option<u64>,
    /// Provisioned write capacity units of a global index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub write_capacity_units: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_count: Option<u64>,
}
