//! Rate cards: the dated prices bundled with an engine (or a user's own card), each row with
//! how it was obtained (published, derived, recalled), checked when the card is loaded.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How a rate-card price was obtained; reports show it beside the price.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RateBasis {
    /// Read from the public source it names, on the date it gives.
    Published,
    /// Computed from other figures by the rule its source states.
    Derived,
    /// Written from memory or a secondary account, not read from the source on a known date:
    /// check it at the source before relying on it.
    Recalled,
}

impl RateBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            RateBasis::Published => "published",
            RateBasis::Derived => "derived",
            RateBasis::Recalled => "recalled",
        }
    }
}

/// Dated prices bundled with the tool (or a user's own card).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "RateCardFields")]
pub struct RateCard {
    /// How the rows were obtained, unless a row says otherwise (default `published`).
    pub basis: RateBasis,
    /// Date the rows were read (YYYY-MM-DD), unless a row says otherwise; none when nobody
    /// read them on a known date.
    pub as_of: Option<String>,
    /// Where they were read (a public URL), unless a row says otherwise.
    pub source: String,
    pub prices: Vec<RatePrice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RateCardFields {
    #[serde(default)]
    basis: Option<RateBasis>,
    #[serde(default)]
    as_of: Option<String>,
    source: String,
    prices: Vec<RatePrice>,
}

impl TryFrom<RateCardFields> for RateCard {
    type Error = String;

    fn try_from(f: RateCardFields) -> Result<Self, String> {
        let card = RateCard {
            basis: f.basis.unwrap_or(RateBasis::Published),
            as_of: f.as_of,
            source: f.source,
            prices: f.prices,
        };
        if let Some(d) = &card.as_of {
            check_date(d).map_err(|e| format!("rate_card.as_of: {e}"))?;
        }
        for (i, row) in card.prices.iter().enumerate() {
            let at = || {
                format!(
                    "rate_card.prices[{i}] ({} {} {})",
                    row.region, row.line, row.sku
                )
            };
            let basis = card.basis_of(row);
            match (basis, card.as_of_row(row)) {
                (RateBasis::Published, None) => {
                    return Err(format!(
                        "{}: a published price needs the date it was read (`as_of`); if nobody \
                         read it on a known date, say `basis: recalled`",
                        at()
                    ))
                }
                (RateBasis::Recalled, Some(d)) => {
                    return Err(format!(
                        "{}: a recalled price has no read date, yet `as_of` is {d}; say \
                         `basis: published` if it was read that day",
                        at()
                    ))
                }
                _ => {}
            }
            if basis == RateBasis::Derived && row.source.is_none() {
                return Err(format!(
                    "{}: a derived price needs a `source` that states its rule",
                    at()
                ));
            }
        }
        Ok(card)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "RatePriceFields")]
pub struct RatePrice {
    pub region: String,
    /// Line id this price is for.
    pub line: String,
    /// SKU key after placeholders are filled.
    pub sku: String,
    /// Price per unit, a decimal string; never negative.
    pub price: Decimal,
    /// Overrides the card's basis for this one price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<RateBasis>,
    /// Overrides the card's read date for this one price (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// Overrides the card's source for this one price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RatePriceFields {
    region: String,
    line: String,
    sku: String,
    price: Decimal,
    #[serde(default)]
    basis: Option<RateBasis>,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

impl TryFrom<RatePriceFields> for RatePrice {
    type Error = String;

    fn try_from(f: RatePriceFields) -> Result<Self, String> {
        if f.price.is_sign_negative() {
            return Err(format!("price: {} is negative", f.price));
        }
        if let Some(d) = &f.as_of {
            check_date(d).map_err(|e| format!("as_of: {e}"))?;
        }
        if f.basis == Some(RateBasis::Recalled) && f.as_of.is_some() {
            return Err("as_of: a recalled price has no read date".to_string());
        }
        Ok(RatePrice {
            region: f.region,
            line: f.line,
            sku: f.sku,
            price: f.price,
            basis: f.basis,
            as_of: f.as_of,
            source: f.source,
        })
    }
}

/// `YYYY-MM-DD` with a plausible month and day.
fn check_date(d: &str) -> Result<(), String> {
    let parts: Vec<&str> = d.split('-').collect();
    let ok = parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && (1..=12).contains(&parts[1].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&parts[2].parse::<u32>().unwrap_or(0));
    if ok {
        Ok(())
    } else {
        Err(format!("`{d}` is not a date (YYYY-MM-DD)"))
    }
}

impl RateCard {
    pub fn find(&self, region: &str, line: &str, sku: &str) -> Option<&RatePrice> {
        self.prices
            .iter()
            .find(|p| p.region == region && p.line == line && p.sku.eq_ignore_ascii_case(sku))
    }

    /// A row's basis: its own, else the card's.
    pub fn basis_of(&self, row: &RatePrice) -> RateBasis {
        row.basis.unwrap_or(self.basis)
    }

    /// The date a row was read: its own, else the card's — never for a recalled row.
    pub fn as_of_row(&self, row: &RatePrice) -> Option<String> {
        match self.basis_of(row) {
            RateBasis::Recalled => row.as_of.clone(),
            _ => row.as_of.clone().or_else(|| self.as_of.clone()),
        }
    }

    /// The newest read date of any row, for "prices as of" in listings; none when no row was
    /// read on a known date.
    pub fn newest_date(&self) -> Option<String> {
        self.prices.iter().filter_map(|r| self.as_of_row(r)).max()
    }

    /// What the card holds, for listings: `9 derived, 18 recalled; newest read 2026-12-03`.
    pub fn summary(&self) -> String {
        if self.prices.is_empty() {
            return "no prices".to_string();
        }
        let counts: Vec<String> = [
            RateBasis::Published,
            RateBasis::Derived,
            RateBasis::Recalled,
        ]
        .iter()
        .filter_map(|&b| {
            let n = self.prices.iter().filter(|r| self.basis_of(r) == b).count();
            (n > 0).then(|| format!("{n} {}", b.as_str()))
        })
        .collect();
        match self.newest_date() {
            Some(d) => format!("{}; newest read {d}", counts.join(", ")),
            None => counts.join(", "),
        }
    }

    /// A row's source: its own, else the card's.
    pub fn source_of<'a>(&'a self, row: &'a RatePrice) -> &'a str {
        row.source.as_deref().unwrap_or(&self.source)
    }
}
