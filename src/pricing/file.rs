//! Price book files: what `prices export --format json` writes and `--price-book FILE` reads
//! back. A book is the priced rows of every engine's lines (see [`commands::rows`]), each with
//! where it came from, plus who captured the book, when and how. Captured on a networked
//! machine with `--pricing live`, it carries live prices to an offline one; its prices are used
//! before the cache and the rate cards, and the report names the book.
//!
//! [`commands::rows`]: super::commands::rows

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use super::commands::PriceRow;
use super::{Origin, Price, PriceQuery};
use crate::data::{self, DataFile};
use crate::error::Error;

/// The value of `format` that marks a price book.
pub const FORMAT: &str = "dbassay price book";
/// The version this build writes and reads.
pub const VERSION: u32 = 1;

/// A price book as written to and read from a file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookContents {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`].
    pub version: u32,
    /// Who captured it (`--captured-by`, else the user name of the shell).
    pub captured_by: String,
    /// When (RFC 3339, UTC).
    pub captured_at: String,
    /// The tool and pricing mode that captured it (`dbassay 0.1.0, --pricing live`).
    pub captured_with: String,
    pub prices: Vec<PriceRow>,
}

impl BookContents {
    pub fn new(captured_by: String, captured_with: String, prices: Vec<PriceRow>) -> Self {
        BookContents {
            format: FORMAT.to_string(),
            version: VERSION,
            captured_by,
            captured_at: crate::time::rfc3339(crate::time::now_unix() as i64),
            captured_with,
            prices,
        }
    }

    /// The date part of `captured_at`.
    pub fn captured_on(&self) -> &str {
        self.captured_at.get(..10).unwrap_or(&self.captured_at)
    }
}

/// A price book read from a file, indexed for look-up.
#[derive(Debug, Clone)]
pub struct PriceBookFile {
    /// The file's name without its directory, for notes and references (a report does not
    /// carry the paths of the machine that wrote it).
    pub name: String,
    pub contents: BookContents,
    index: HashMap<(String, String, String, String), usize>,
}

fn key(engine: &str, region: &str, line: &str, sku: &str) -> (String, String, String, String) {
    (
        engine.to_string(),
        region.to_string(),
        line.to_string(),
        sku.to_lowercase(),
    )
}

impl PriceBookFile {
    /// Reads and checks a book; every problem names the file, line and field.
    pub fn load(path: &std::path::Path) -> Result<PriceBookFile, Error> {
        let file = DataFile::read(path)?;
        Self::parse(&file)
    }

    pub fn parse(file: &DataFile) -> Result<PriceBookFile, Error> {
        let bad = |detail: String| Error::input("price book", detail);
        // JSON is read through the YAML parser, whose errors name the field's path as well as
        // the line and column.
        let contents: BookContents = data::parse_yaml(file).map_err(bad)?;
        let at = |field: &str, what: String| {
            bad(format!(
                "{}:{}: {field}: {what}",
                file.name,
                line_of(&file.text, field, 0)
            ))
        };
        if contents.format != FORMAT {
            return Err(at(
                "format",
                format!(
                    "`{}` is not a price book (expected `{FORMAT}`)",
                    contents.format
                ),
            ));
        }
        if contents.version != VERSION {
            return Err(at(
                "version",
                format!(
                    "version {} is not supported (this dbassay reads {VERSION})",
                    contents.version
                ),
            ));
        }
        let mut index = HashMap::new();
        for (i, row) in contents.prices.iter().enumerate() {
            let Some(text) = &row.unit_price else {
                continue;
            };
            let row_at = |field: &str, what: String| {
                bad(format!(
                    "{}:{}: prices[{i}].{field}: {what}",
                    file.name,
                    line_of(&file.text, field, i)
                ))
            };
            let price: Decimal = text
                .parse()
                .map_err(|_| row_at("unit_price", format!("`{text}` is not a decimal price")))?;
            if price.is_sign_negative() {
                return Err(row_at("unit_price", format!("{text} is negative")));
            }
            match row.source {
                Origin::Unknown => {
                    return Err(row_at(
                        "source",
                        "a row with a price cannot come from `unknown`".to_string(),
                    ))
                }
                Origin::Snapshot => {
                    return Err(row_at(
                        "source",
                        "the bundled snapshot was withdrawn (its records were invented \
                         examples); export the book again"
                            .to_string(),
                    ))
                }
                _ => {}
            }
            index
                .entry(key(&row.engine, &row.region, &row.line, &row.sku))
                .or_insert(i);
        }
        let name = std::path::Path::new(&file.name)
            .file_name()
            .map_or(file.name.clone(), |n| n.to_string_lossy().into_owned());
        Ok(PriceBookFile {
            name,
            contents,
            index,
        })
    }

    /// The book's price for a query, if it holds one in the query's unit.
    pub fn lookup(&self, q: &PriceQuery) -> Option<Price> {
        let i = *self
            .index
            .get(&key(&q.engine, &q.region, &q.line, &q.sku))?;
        let row = &self.contents.prices[i];
        if !row.unit.eq_ignore_ascii_case(&q.unit) {
            return None;
        }
        let unit_price = row.unit_price.as_deref()?.parse().ok()?;
        let c = &self.contents;
        let mut reference = format!(
            "price book {} captured by {} on {}: {}",
            self.name,
            c.captured_by,
            c.captured_on(),
            row.source.label(row.basis)
        );
        if let Some(r) = &row.reference {
            reference.push_str(&format!(", {r}"));
        }
        Some(Price {
            unit_price,
            currency: row.currency.clone(),
            source: Origin::PriceBook,
            basis: row.basis,
            service: q.service.to_string(),
            as_of: row.as_of.clone(),
            reference,
        })
    }

    /// The assessment note that names the book.
    pub fn note(&self, used: usize, asked: usize) -> String {
        let c = &self.contents;
        let rest = if used < asked {
            "; the others came from the price services, the cache or the rate cards"
        } else {
            ""
        };
        format!(
            "Prices: price book `{}`, captured by {} on {} ({}), priced {used} of {asked} \
             line(s){rest}.",
            self.name,
            c.captured_by,
            c.captured_on(),
            c.captured_with
        )
    }
}

/// The line of the `nth` (from 0) `"field"` key in a JSON text (1 when absent), for messages.
/// Every price row has each field once, so row i's field is the i-th occurrence.
fn line_of(text: &str, field: &str, nth: usize) -> usize {
    let needle = format!("\"{field}\"");
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(&needle))
        .nth(nth)
        .map_or(1, |(i, _)| i + 1)
}
