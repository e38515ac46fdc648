//! `dbassay prices refresh|show|export`: the price book without a profile.
//!
//! Each engine's lines are priced for every instance class its defaults know (with and without
//! high availability, and each storage type or tier its filters distinguish), in one region.
//! `refresh` fetches those from the services into the cache, whatever the cache holds;
//! `show` prints one engine's prices as a table; `export` writes every engine's as CSV or JSON.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

use super::{
    azure_series, Mode, Origin, Placeholders, PriceBook, PriceOptions, PriceQuery, Provider,
    ServiceKey,
};
use crate::engine::{Catalog, Engine, Pricing, RateBasis};
use crate::error::Error;

/// One priced line of the table and the export.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceRow {
    pub engine: String,
    pub region: String,
    pub line: String,
    pub sku: String,
    pub unit: String,
    /// Decimal string; `null` when no source has the price.
    pub unit_price: Option<String>,
    pub currency: String,
    pub source: Origin,
    /// How a rate-card price was obtained (`published`, `derived`, `recalled`).
    #[serde(default)]
    pub basis: Option<RateBasis>,
    pub as_of: Option<String>,
    pub reference: Option<String>,
}

impl PriceRow {
    /// For a reader: `live API`, `rate card (recalled)`, `not found`.
    pub fn label(&self) -> String {
        self.source.label(self.basis)
    }
}

/// The Azure Flexible Server tier of a compute size (`B…` burstable, `E…` memory optimized,
/// `D…` general purpose).
fn azure_tier(class: &str) -> Option<&'static str> {
    match azure_series(class)?.as_str() {
        "BS" => Some("Burstable"),
        s if s.starts_with('E') => Some("Memory Optimized"),
        s if s.starts_with('D') => Some("General Purpose"),
        _ => None,
    }
}

/// Values a line's `filters_by` distinguishes for `name`, plus the default.
fn variants(pricing: &Pricing, name: &str, default: Option<&String>) -> Vec<Option<String>> {
    let mut set: BTreeSet<String> = pricing
        .lines
        .iter()
        .filter_map(|l| l.filters_by.get(name))
        .flat_map(|m| m.keys().cloned())
        .collect();
    set.extend(default.cloned());
    if set.is_empty() {
        vec![None]
    } else {
        set.into_iter().map(Some).collect()
    }
}

/// The price queries of one engine in one region, without a profile.
pub fn engine_queries(engine: &Engine, region: &str) -> Vec<PriceQuery> {
    let d = &engine.defaults;
    let mut classes: Vec<(Option<String>, Option<u32>)> = d
        .instance_classes
        .iter()
        .map(|(name, shape)| (Some(name.clone()), Some(shape.vcpu)))
        .collect();
    if classes.is_empty() {
        classes.push((d.instance_class.clone(), None));
    }
    let storage = variants(&engine.pricing, "storage_type", d.storage_type.as_ref());
    let mut out: Vec<PriceQuery> = Vec::new();
    for (class, vcpu) in &classes {
        let tiers = match (d.tier.as_ref(), engine.vendor.as_str(), class) {
            (Some(_), "azure", Some(c)) => vec![azure_tier(c).map(str::to_string)],
            _ => variants(&engine.pricing, "tier", d.tier.as_ref()),
        };
        for tier in &tiers {
            for storage_type in &storage {
                for ha in [false, true] {
                    let ph = Placeholders {
                        region: region.to_string(),
                        instance_class: class.clone(),
                        tier: tier.clone(),
                        storage_type: storage_type.clone(),
                        vcpu: *vcpu,
                        high_availability: ha,
                    };
                    for spec in &engine.pricing.lines {
                        let q = ph.query(&engine.id, &engine.pricing, spec);
                        if !out
                            .iter()
                            .any(|o| o.line == q.line && o.sku == q.sku && o.filters == q.filters)
                        {
                            out.push(q);
                        }
                    }
                }
            }
        }
    }
    out
}

/// The target's queries (rate card only), in the region its card prices.
fn target_queries(catalog: &Catalog, region: Option<&str>) -> Vec<PriceQuery> {
    let t = &catalog.target;
    let mut regions: Vec<&str> = t
        .pricing
        .rate_card
        .prices
        .iter()
        .map(|p| p.region.as_str())
        .collect();
    regions.dedup();
    let region = region
        .filter(|r| regions.contains(r))
        .or(regions.first().copied())
        .unwrap_or("us-east-1");
    let ph = Placeholders::in_region(region);
    t.pricing
        .lines
        .iter()
        .map(|spec| ph.query(&t.id, &t.pricing, spec))
        .collect()
}

fn selected<'c>(catalog: &'c Catalog, engine: Option<&str>) -> Result<Vec<&'c Engine>, Error> {
    match engine {
        Some(id) => Ok(vec![catalog.engine(id)?]),
        None => Ok(catalog.engines.iter().collect()),
    }
}

/// Prices every query of the selected engines (and the target when all engines are asked, or
/// when it is asked by id).
pub fn rows(
    catalog: &Catalog,
    book: &PriceBook,
    engine: Option<&str>,
    region: Option<&str>,
) -> Result<(Vec<PriceRow>, Vec<String>), Error> {
    let mut queries = Vec::new();
    if engine == Some(catalog.target.id.as_str()) {
        queries.extend(target_queries(catalog, region));
    } else {
        for e in selected(catalog, engine)? {
            queries.extend(engine_queries(e, region.unwrap_or(&e.defaults.region)));
        }
        if engine.is_none() {
            queries.extend(target_queries(catalog, region));
        }
    }
    let resolved = book.resolve(&queries);
    let rows = queries
        .into_iter()
        .zip(resolved.prices)
        .map(|(q, p)| PriceRow {
            engine: q.engine,
            region: q.region,
            line: q.line,
            sku: q.sku,
            unit: q.unit,
            unit_price: p.as_ref().map(|p| p.unit_price.normalize().to_string()),
            currency: p.as_ref().map_or("USD".into(), |p| p.currency.clone()),
            source: p.as_ref().map_or(Origin::Unknown, |p| p.source),
            basis: p.as_ref().and_then(|p| p.basis),
            as_of: p.as_ref().and_then(|p| p.as_of.clone()),
            reference: p.map(|p| p.reference),
        })
        .collect();
    Ok((rows, resolved.notes))
}

/// What `prices refresh` did.
#[derive(Debug, Default)]
pub struct RefreshReport {
    /// One line per service key: fetched (records, pages) or failed (why).
    pub lines: Vec<String>,
    pub fetched: usize,
    pub failed: usize,
    pub requests: usize,
    /// Engines left out, and why (no price service, no Google API key).
    pub skipped: Vec<String>,
}

/// Fetches the selected engines' prices into the cache, whatever it holds.
pub fn refresh(
    catalog: &Catalog,
    options: PriceOptions,
    engine: Option<&str>,
    region: Option<&str>,
) -> Result<RefreshReport, Error> {
    let mut report = RefreshReport::default();
    let mut keys: Vec<ServiceKey> = Vec::new();
    for e in selected(catalog, engine)? {
        let provider = e.pricing.service.provider();
        match provider {
            None => {
                report
                    .skipped
                    .push(format!("{}: no price service (rate card only)", e.id));
                continue;
            }
            Some(Provider::Gcp) if options.gcp_api_key.is_none() => {
                report.skipped.push(format!(
                    "{}: no Google API key (set DBASSAY_GCP_API_KEY or GOOGLE_API_KEY); the \
                     dated rate card is used",
                    e.id
                ));
                continue;
            }
            Some(_) => {}
        }
        for q in engine_queries(e, region.unwrap_or(&e.defaults.region)) {
            if let Some((k, _)) = ServiceKey::of_query(&q) {
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
        }
    }
    if options.cache_dir().is_none() {
        return Err(Error::input(
            "price cache",
            "no cache directory: set DBASSAY_CACHE_DIR (or HOME / XDG_CACHE_HOME)",
        ));
    }
    let services = super::ServiceBook::new(Mode::Live, options);
    for (key, result) in keys.iter().zip(services.refresh(&keys)) {
        match result {
            Ok(entry) => {
                report.fetched += 1;
                let skipped = if entry.skipped > 0 {
                    format!(", {} malformed skipped", entry.skipped)
                } else {
                    String::new()
                };
                report.lines.push(format!(
                    "ok      {}: {} — {} record(s), {} request(s){skipped}",
                    key.provider.name(),
                    key.describe(),
                    entry.records.len(),
                    entry.requests
                ));
            }
            Err(why) => {
                report.failed += 1;
                report.lines.push(format!(
                    "failed  {}: {} — {why}",
                    key.provider.name(),
                    key.describe()
                ));
            }
        }
    }
    report.requests = services.requests();
    Ok(report)
}
