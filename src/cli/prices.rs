//! `dbassay prices refresh|show|export`: the price book printed as a table, CSV or JSON.

use dbassay::engine::Catalog;
use dbassay::error::Error;
use dbassay::pricing::commands::{self as price_commands, PriceRow};
use dbassay::pricing::file::BookContents;
use dbassay::pricing::PriceOptions;

use super::args::{ExportFormat, PricesCommand};
use super::emit;

pub(super) fn run(command: PricesCommand) -> Result<(), Error> {
    let catalog = Catalog::bundled()?;
    match command {
        PricesCommand::Refresh { engine, region } => {
            let report = price_commands::refresh(
                &catalog,
                PriceOptions::from_env()?,
                engine.as_deref(),
                region.as_deref(),
            )?;
            let mut text = String::new();
            for line in report.skipped.iter().map(|s| format!("skipped {s}")) {
                text.push_str(&line);
                text.push('\n');
            }
            for line in &report.lines {
                text.push_str(line);
                text.push('\n');
            }
            text.push_str(&format!(
                "{} fetched, {} failed, {} request(s)\n",
                report.fetched, report.failed, report.requests
            ));
            emit(&text, None)?;
            if report.failed > 0 {
                return Err(Error::Unreachable {
                    what: "price services".into(),
                    detail: format!(
                        "{} of {} price queries failed; the cache keeps what it had",
                        report.failed,
                        report.failed + report.fetched
                    ),
                });
            }
            Ok(())
        }
        PricesCommand::Show {
            engine,
            region,
            pricing,
        } => {
            let book = super::price_book(&catalog, None, pricing.pricing.mode(), &pricing)?;
            let (rows, notes) =
                price_commands::rows(&catalog, &book, Some(&engine), region.as_deref())?;
            let mut text = table(&rows);
            for n in notes {
                text.push_str(&format!("note: {n}\n"));
            }
            emit(&text, None)
        }
        PricesCommand::Export {
            format,
            engine,
            region,
            pricing,
            captured_by,
            output,
        } => {
            let book = super::price_book(&catalog, None, pricing.pricing.mode(), &pricing)?;
            let (rows, notes) =
                price_commands::rows(&catalog, &book, engine.as_deref(), region.as_deref())?;
            for n in &notes {
                eprintln!("note: {n}");
            }
            let text = match format {
                ExportFormat::Csv => csv(&rows),
                ExportFormat::Json => {
                    let by = captured_by
                        .or_else(|| std::env::var("USER").ok())
                        .or_else(|| std::env::var("USERNAME").ok())
                        .filter(|s| !s.trim().is_empty())
                        .unwrap_or_else(|| "unknown".to_string());
                    let with = format!(
                        "dbassay {}, --pricing {}",
                        env!("CARGO_PKG_VERSION"),
                        pricing.pricing.mode().as_str()
                    );
                    let book = BookContents::new(by, with, rows);
                    format!(
                        "{}\n",
                        serde_json::to_string_pretty(&book).unwrap_or_default()
                    )
                }
            };
            emit(&text, output.as_deref())
        }
    }
}

/// CSV with a header row; fields quoted when they need it.
fn csv(rows: &[PriceRow]) -> String {
    fn field(s: &str) -> String {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    }
    let mut out = String::from(
        "engine,region,line,sku,unit,unit_price,currency,source,basis,as_of,reference\n",
    );
    for r in rows {
        let cells = [
            r.engine.as_str(),
            &r.region,
            &r.line,
            &r.sku,
            &r.unit,
            r.unit_price.as_deref().unwrap_or(""),
            &r.currency,
            r.source.as_str(),
            r.basis.map_or("", |b| b.as_str()),
            r.as_of.as_deref().unwrap_or(""),
            r.reference.as_deref().unwrap_or(""),
        ];
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

/// The `show` table.
fn table(rows: &[PriceRow]) -> String {
    use tabled::settings::Style;
    #[derive(tabled::Tabled)]
    struct Row<'a> {
        line: &'a str,
        sku: &'a str,
        unit: &'a str,
        price: String,
        source: String,
        #[tabled(rename = "as of")]
        as_of: &'a str,
    }
    let table_rows: Vec<Row> = rows
        .iter()
        .map(|r| Row {
            line: &r.line,
            sku: &r.sku,
            unit: &r.unit,
            price: r
                .unit_price
                .as_ref()
                .map_or("unknown".to_string(), |p| format!("{p} {}", r.currency)),
            source: r.label(),
            as_of: r.as_of.as_deref().unwrap_or("—"),
        })
        .collect();
    let mut t = tabled::Table::new(table_rows);
    t.with(Style::sharp());
    format!("{t}\n")
}
