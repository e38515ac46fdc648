//! Price records as the three services return them, reduced to what matching needs, and the
//! rules that pick one record for a query.
//!
//! The services are filtered on stable fields; the rest is matched here, defensively: a plain
//! filter must equal the record's attribute (ignoring ASCII case), a `~` filter must be
//! contained in it ignoring case, spaces and punctuation (so `General Purpose - Ddsv5` and
//! `General Purpose Ddsv5` agree, and `USW2-Aurora:StorageUsage` contains
//! `Aurora:StorageUsage`). When several records remain, the engine's preferences choose among
//! them ([`Preference`]: the source's `databaseEngine`, then `Any`; then its
//! `deploymentOption`), because AWS lists Aurora storage, I/O and backup and RDS Multi-AZ
//! storage once per database engine. Records that still remain must agree on one price; two
//! different prices are ambiguous, and an ambiguous or absent price is unknown, never a guess.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::Provider;

/// One priced record: an AWS product's on-demand price dimension, an Azure retail item or a
/// Google SKU's first tier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PriceRecord {
    /// AWS SKU and rate code; Azure meterId and skuId; Google SKU name.
    pub id: String,
    /// Billing unit as the service writes it (`Hrs`, `1 Hour`, `hour`).
    pub unit: String,
    pub price: Decimal,
    pub currency: String,
    /// Effective date of the price (YYYY-MM-DD), when the service gives one.
    #[serde(default)]
    pub effective: Option<String>,
    /// The attributes filters are matched against (AWS product attributes and
    /// `productFamily`; Azure item fields with `type` as `priceType`; Google `service`,
    /// `description`, `region`, `usageType`).
    pub attributes: BTreeMap<String, String>,
}

impl PriceRecord {
    /// For a cost line's reference: identifiers and date.
    pub fn describe(&self) -> String {
        let mut s = self.id.clone();
        for k in [
            "usagetype",
            "productName",
            "skuName",
            "meterName",
            "description",
        ] {
            if let Some(v) = self.attributes.get(k) {
                s.push_str(&format!(", {k} {v}"));
            }
        }
        if let Some(d) = &self.effective {
            s.push_str(&format!(", effective {d}"));
        }
        s
    }
}

/// One in-code test of a record's attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub attribute: String,
    kind: MatchKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum MatchKind {
    Equals(String),
    /// Normalised alternatives, any of which must be contained.
    Contains(Vec<String>),
}

impl Match {
    pub fn equals(attribute: &str, value: &str) -> Match {
        Match {
            attribute: attribute.to_string(),
            kind: MatchKind::Equals(value.to_string()),
        }
    }

    pub fn contains(attribute: &str, pattern: &str) -> Match {
        Match {
            attribute: attribute.to_string(),
            kind: MatchKind::Contains(pattern.split('|').map(normalize).collect()),
        }
    }

    pub fn test(&self, record: &PriceRecord) -> bool {
        let Some(value) = record.attributes.get(&self.attribute) else {
            return false;
        };
        match &self.kind {
            MatchKind::Equals(v) => value.trim().eq_ignore_ascii_case(v.trim()),
            MatchKind::Contains(alternatives) => {
                let value = normalize(value);
                alternatives.iter().any(|a| value.contains(a.as_str()))
            }
        }
    }
}

/// A ranked choice among matching records: those whose `attribute` equals the earliest listed
/// value (ignoring ASCII case) win; when no record has any listed value, all stay.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Preference {
    pub attribute: String,
    pub ranked: Vec<String>,
}

impl Preference {
    fn rank(&self, record: &PriceRecord) -> Option<usize> {
        let value = record.attributes.get(&self.attribute)?;
        self.ranked
            .iter()
            .position(|v| value.trim().eq_ignore_ascii_case(v.trim()))
    }
}

/// Lower case, letters and digits only.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a record's unit is the line's unit (`1 Hour` and `1/Hour` agree). Google writes its
/// units another way (`h`, `GiBy.mo`) and is matched by description alone.
fn unit_matches(record_unit: &str, line_unit: &str, provider: Provider) -> bool {
    provider == Provider::Gcp || normalize(record_unit) == normalize(line_unit)
}

/// The record a query prices from, or why there is none.
pub fn pick<'r>(
    records: &'r [PriceRecord],
    matchers: &[Match],
    prefer: &[Preference],
    unit: &str,
    provider: Provider,
) -> Result<&'r PriceRecord, String> {
    let candidates: Vec<&PriceRecord> = records
        .iter()
        .filter(|r| matchers.iter().all(|m| m.test(r)))
        .collect();
    if candidates.is_empty() {
        return Err("no record matches".to_string());
    }
    let mut with_unit: Vec<&PriceRecord> = candidates
        .iter()
        .copied()
        .filter(|r| unit_matches(&r.unit, unit, provider))
        .collect();
    if with_unit.is_empty() {
        let units: Vec<&str> = candidates.iter().map(|r| r.unit.as_str()).collect();
        return Err(format!(
            "records match but in unit(s) {} rather than `{unit}`",
            units.join(", ")
        ));
    }
    for p in prefer {
        if let Some(best) = with_unit.iter().filter_map(|r| p.rank(r)).min() {
            with_unit.retain(|r| p.rank(r) == Some(best));
        }
    }
    let first = with_unit[0];
    if let Some(other) = with_unit
        .iter()
        .find(|r| r.price != first.price || r.currency != first.currency)
    {
        return Err(format!(
            "{} records match with different prices ({} {} in {}, {} {} in {}), so the \
             price is ambiguous",
            with_unit.len(),
            first.price.normalize(),
            first.currency,
            first.id,
            other.price.normalize(),
            other.currency,
            other.id
        ));
    }
    Ok(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, price: &str, unit: &str, attrs: &[(&str, &str)]) -> PriceRecord {
        PriceRecord {
            id: id.into(),
            unit: unit.into(),
            price: price.parse().unwrap(),
            currency: "USD".into(),
            effective: None,
            attributes: attrs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    #[test]
    fn contains_ignores_case_spaces_and_punctuation() {
        let r = rec(
            "a",
            "0.1",
            "1 Hour",
            &[(
                "productName",
                "Azure Database for PostgreSQL Flexible Server General Purpose - Ddsv5 Series Compute",
            )],
        );
        assert!(Match::contains(
            "productName",
            "Flexible Server General Purpose Ddsv5 Series"
        )
        .test(&r));
        assert!(!Match::contains("productName", "Memory Optimized").test(&r));
        assert!(Match::contains("productName", "nothing|ddsv5").test(&r));
    }

    #[test]
    fn regional_usagetype_prefix_matches_but_variants_do_not() {
        let std = rec(
            "s",
            "0.10",
            "GB-Mo",
            &[("usagetype", "USW2-Aurora:StorageUsage")],
        );
        let io = rec(
            "i",
            "0.225",
            "GB-Mo",
            &[("usagetype", "USW2-Aurora:IO-OptimizedStorageUsage")],
        );
        let m = [Match::contains("usagetype", "Aurora:StorageUsage")];
        let records = [std.clone(), io];
        assert_eq!(
            pick(&records, &m, &[], "GB-Mo", Provider::Aws).unwrap().id,
            "s"
        );
    }

    #[test]
    fn different_prices_are_ambiguous_and_units_must_agree() {
        let a = rec("a", "0.1", "1/Hour", &[("meterName", "vCore")]);
        let b = rec("b", "0.2", "1 Hour", &[("meterName", "vCore")]);
        let m = [Match::equals("meterName", "VCORE")];
        let err = pick(&[a.clone(), b], &m, &[], "1 Hour", Provider::Azure).unwrap_err();
        assert!(err.contains("ambiguous"), "{err}");
        assert_eq!(
            pick(std::slice::from_ref(&a), &m, &[], "1 Hour", Provider::Azure)
                .unwrap()
                .id,
            "a"
        );
        let err = pick(&[a], &m, &[], "1 GB/Month", Provider::Azure).unwrap_err();
        assert!(err.contains("unit"), "{err}");
    }

    #[test]
    fn the_source_engine_then_any_then_the_deployment_wins() {
        let rec_engine = |id: &str, price: &str, engine: &str, deployment: &str| {
            rec(
                id,
                price,
                "GB-Mo",
                &[
                    ("usagetype", "RDS:Multi-AZ-GP3-Storage"),
                    ("databaseEngine", engine),
                    ("deploymentOption", deployment),
                ],
            )
        };
        let records = [
            rec_engine("pg", "0.230", "PostgreSQL", "Multi-AZ"),
            rec_engine(
                "pg-readable",
                "0.253",
                "PostgreSQL",
                "Multi-AZ (readable standbys)",
            ),
            rec_engine("my", "0.231", "MySQL", "Multi-AZ"),
            rec_engine("any", "0.240", "Any", "Multi-AZ"),
        ];
        let m = [Match::contains("usagetype", "GP3-Storage")];
        let prefer = |engine: &str| {
            vec![
                Preference {
                    attribute: "databaseEngine".into(),
                    ranked: vec![engine.into(), "Any".into()],
                },
                Preference {
                    attribute: "deploymentOption".into(),
                    ranked: vec!["Multi-AZ".into()],
                },
            ]
        };
        let pick_for = |engine: &str| pick(&records, &m, &prefer(engine), "GB-Mo", Provider::Aws);
        assert_eq!(pick_for("PostgreSQL").unwrap().id, "pg");
        assert_eq!(pick_for("MySQL").unwrap().id, "my");
        // No record of the engine: `Any` is next.
        assert_eq!(pick_for("MariaDB").unwrap().id, "any");
        // Without preferences the four prices disagree.
        let err = pick(&records, &m, &[], "GB-Mo", Provider::Aws).unwrap_err();
        assert!(err.contains("ambiguous"), "{err}");
        // Records that still disagree after every preference stay ambiguous.
        let two = [
            rec_engine("a", "0.1", "PostgreSQL", "Multi-AZ"),
            rec_engine("b", "0.2", "PostgreSQL", "Multi-AZ"),
        ];
        let err = pick(&two, &m, &prefer("PostgreSQL"), "GB-Mo", Provider::Aws).unwrap_err();
        assert!(err.contains("ambiguous"), "{err}");
    }
}
