//! The shape of a document collection (a Cosmos DB container or a DynamoDB table), inferred from
//! a sample of its documents.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::is_zero;
use crate::range::{Bound, RangeCheck};

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
    pub(super) fn check_ranges(&self, at: &str, c: &mut RangeCheck) {
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
