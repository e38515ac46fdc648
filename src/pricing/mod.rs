//! The price book: answers price queries, and records where every answer came from.
//!
//! A cost line asks for a price with a [`PriceQuery`] (engine, line, region, SKU and the filters
//! a live service would use). Sources are tried in order; the bundled, dated rate cards in
//! `engines/*.yaml` are the offline source. A query no source answers stays unknown.

use rust_decimal::Decimal;

use crate::engine::{Catalog, Pricing};

/// What a cost line needs priced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PriceQuery {
    pub engine: String,
    pub line: String,
    pub region: String,
    pub sku: String,
    pub unit: String,
}

/// A price and its provenance.
#[derive(Debug, Clone)]
pub struct Price {
    pub unit_price: Decimal,
    pub currency: String,
    /// `rate_card`, `snapshot`, `cache` or `api`.
    pub source: String,
    pub service: String,
    pub as_of: String,
    pub reference: String,
}

/// Price sources, tried in order.
pub trait PriceSource: Send + Sync {
    fn lookup(&self, query: &PriceQuery) -> Option<Price>;
}

/// The bundled rate cards of every engine and of the target.
pub struct RateCards<'a> {
    catalog: &'a Catalog,
    /// A user's rate card for the target (`--rate-card`), used before the bundled one.
    target_override: Option<Pricing>,
}

impl<'a> RateCards<'a> {
    pub fn new(catalog: &'a Catalog, target_override: Option<Pricing>) -> Self {
        RateCards {
            catalog,
            target_override,
        }
    }

    fn pricing(&self, engine: &str) -> Vec<&Pricing> {
        if engine == self.catalog.target.id {
            self.target_override
                .iter()
                .chain(std::iter::once(&self.catalog.target.pricing))
                .collect()
        } else {
            self.catalog
                .engines
                .iter()
                .filter(|e| e.id == engine)
                .map(|e| &e.pricing)
                .collect()
        }
    }
}

impl PriceSource for RateCards<'_> {
    fn lookup(&self, q: &PriceQuery) -> Option<Price> {
        self.pricing(&q.engine).into_iter().find_map(|p| {
            p.rate_card
                .find(&q.region, &q.line, &q.sku)
                .map(|rp| Price {
                    unit_price: rp.price,
                    currency: p.currency.clone(),
                    source: "rate_card".into(),
                    service: p.service.clone(),
                    as_of: p.rate_card.as_of.clone(),
                    reference: rp
                        .source
                        .clone()
                        .unwrap_or_else(|| p.rate_card.source.clone()),
                })
        })
    }
}

/// Sources in order of preference.
pub struct PriceBook<'a> {
    sources: Vec<Box<dyn PriceSource + 'a>>,
}

impl<'a> PriceBook<'a> {
    pub fn new(sources: Vec<Box<dyn PriceSource + 'a>>) -> Self {
        PriceBook { sources }
    }

    /// The offline book: bundled rate cards only (with an optional target override).
    pub fn offline(catalog: &'a Catalog, target_override: Option<Pricing>) -> Self {
        Self::new(vec![Box::new(RateCards::new(catalog, target_override))])
    }

    pub fn lookup(&self, q: &PriceQuery) -> Option<Price> {
        self.sources.iter().find_map(|s| s.lookup(q))
    }
}
