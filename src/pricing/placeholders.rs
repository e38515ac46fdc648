//! The placeholders of an engine's price lines (`{region}`, `{instance_class}`, …): the values a
//! source gives them, filled into SKUs, descriptions and price-service filters.

use std::collections::BTreeMap;

use super::record::Preference;
use super::PriceQuery;
use crate::engine::{LineSpec, Pricing};
use crate::profile::Profile;

/// Values the SKU and description placeholders are filled from.
pub struct Placeholders {
    pub region: String,
    pub instance_class: Option<String>,
    pub tier: Option<String>,
    pub storage_type: Option<String>,
    pub vcpu: Option<u32>,
    pub high_availability: bool,
}

impl Placeholders {
    pub fn from_profile(p: &Profile) -> Self {
        Placeholders {
            region: p.region.clone().unwrap_or_default(),
            instance_class: p.sizing.instance_class.clone(),
            tier: p.sizing.tier.clone(),
            storage_type: p.sizing.storage_type.clone(),
            vcpu: p.sizing.vcpu,
            high_availability: p.sizing.high_availability,
        }
    }

    /// Only a region known (the target, whose lines name no class).
    pub fn in_region(region: &str) -> Self {
        Placeholders {
            region: region.to_string(),
            instance_class: None,
            tier: None,
            storage_type: None,
            vcpu: None,
            high_availability: false,
        }
    }

    /// The price query of one line of an engine's pricing, placeholders filled.
    pub fn query(&self, engine: &str, pricing: &Pricing, spec: &LineSpec) -> PriceQuery {
        PriceQuery {
            engine: engine.to_string(),
            line: spec.id.clone(),
            region: self.region.clone(),
            sku: self.fill(&spec.sku),
            unit: spec.unit.clone(),
            service: pricing.service.clone(),
            filters: self.filters(spec).unwrap_or_default(),
            factor: spec.price_factor,
            prefer: pricing
                .prefer
                .iter()
                .map(|p| Preference {
                    attribute: p.attribute.clone(),
                    ranked: p.values.iter().map(|v| self.fill(v)).collect(),
                })
                .collect(),
        }
    }

    /// The value of one placeholder (`region`, `instance_class`, `tier`, `storage_type`, `vcpu`,
    /// `deployment`, `series`), if known.
    pub fn value(&self, name: &str) -> Option<String> {
        match name {
            "region" => Some(self.region.clone()),
            "instance_class" => self.instance_class.clone(),
            "tier" => self.tier.clone(),
            "storage_type" => self.storage_type.clone(),
            "vcpu" => self.vcpu.map(|v| v.to_string()),
            "deployment" => Some(
                if self.high_availability {
                    "Multi-AZ"
                } else {
                    "Single-AZ"
                }
                .to_string(),
            ),
            "series" => self.instance_class.as_deref().and_then(azure_series),
            _ => None,
        }
    }

    /// Fills `{name}` placeholders; an unknown value becomes `?` so the SKU matches nothing.
    pub fn fill(&self, template: &str) -> String {
        const NAMES: [&str; 7] = [
            "region",
            "instance_class",
            "tier",
            "storage_type",
            "vcpu",
            "deployment",
            "series",
        ];
        NAMES.iter().fold(template.to_string(), |acc, name| {
            let key = format!("{{{name}}}");
            if acc.contains(&key) {
                acc.replace(&key, self.value(name).as_deref().unwrap_or("?"))
            } else {
                acc
            }
        })
    }

    /// A line's price-service filters for this profile: `filters_by` applied, placeholders
    /// filled. `None` when the service has no record for this case (rate card only).
    pub fn filters(&self, spec: &LineSpec) -> Option<BTreeMap<String, String>> {
        let mut filters = spec.filters.clone();
        for (name, by_value) in &spec.filters_by {
            let Some(value) = self.value(name) else {
                continue;
            };
            if let Some(over) = by_value.get(&value) {
                if over.is_empty() {
                    return None;
                }
                filters.extend(over.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
        }
        if filters.is_empty() {
            return None;
        }
        Some(
            filters
                .into_iter()
                .map(|(k, v)| (k, self.fill(&v)))
                .collect(),
        )
    }
}

/// The Azure virtual-machine series of a Flexible Server compute size, as the Retail Prices API
/// writes it in product names: `D2ds_v5` → `Ddsv5`, `E4s_v3` → `Esv3`, `B1ms` → `BS`
/// (burstable). `None` for names of another shape (AWS or Google classes).
pub fn azure_series(class: &str) -> Option<String> {
    let class = class.strip_prefix("Standard_").unwrap_or(class);
    let mut chars = class.chars();
    let family = chars.next().filter(|c| c.is_ascii_uppercase())?;
    let rest: String = chars.collect();
    let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let after = &rest[digits..];
    if family == 'B' && !after.contains('_') {
        return Some("BS".to_string());
    }
    let (features, version) = after.split_once('_')?;
    if !features.chars().all(|c| c.is_ascii_lowercase())
        || !version.starts_with('v')
        || !version[1..].chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    Some(format!("{family}{features}{version}"))
}
