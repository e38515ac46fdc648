//! AWS Price List Query API through `aws-sdk-pricing`: `GetProducts` with `TERM_MATCH` filters,
//! paged by `NextToken`; each `PriceList` element is a JSON document (a string) of one product
//! with its terms, of which only `terms.OnDemand` is read.

use aws_sdk_pricing::error::{DisplayErrorContext, SdkError};
use aws_sdk_pricing::types::{Filter, FilterType};
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::paging::{too_loose, PageLimit, Tally};
use super::record::PriceRecord;
use super::{Entry, ServiceKey};

/// More pages than this means the filters are far too loose: stop rather than download a
/// catalogue.
pub const MAX_PAGES: usize = 20;

/// The records of one `PriceList` element: one per on-demand price dimension that starts at
/// zero units (tiered prices keep their first tier). A product with no on-demand term yields
/// none; a document that cannot be read is an error (the caller skips and counts it).
pub fn parse_product(doc: &str) -> Result<Vec<PriceRecord>, String> {
    let v: Value = serde_json::from_str(doc).map_err(|e| format!("not JSON: {e}"))?;
    let product = v
        .get("product")
        .and_then(Value::as_object)
        .ok_or("no `product` object")?;
    let sku = product
        .get("sku")
        .and_then(Value::as_str)
        .ok_or("no `product.sku`")?;
    let mut attributes: BTreeMap<String, String> = product
        .get("attributes")
        .and_then(Value::as_object)
        .ok_or("no `product.attributes`")?
        .iter()
        .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
        .collect();
    if let Some(f) = product.get("productFamily").and_then(Value::as_str) {
        attributes.insert("productFamily".into(), f.to_string());
    }
    let terms = v.get("terms").ok_or("no `terms`")?;
    let Some(on_demand) = terms.get("OnDemand") else {
        return Ok(Vec::new());
    };
    let on_demand = on_demand
        .as_object()
        .ok_or("`terms.OnDemand` is not an object")?;
    let mut out = Vec::new();
    for term in on_demand.values() {
        let effective = term
            .get("effectiveDate")
            .and_then(Value::as_str)
            .map(|d| d.chars().take(10).collect());
        let dims = term
            .get("priceDimensions")
            .and_then(Value::as_object)
            .ok_or("an on-demand term has no `priceDimensions`")?;
        for (code, dim) in dims {
            let begin = dim.get("beginRange").and_then(Value::as_str).unwrap_or("0");
            if begin.parse::<f64>() != Ok(0.0) {
                continue;
            }
            let unit = dim
                .get("unit")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("price dimension {code} has no `unit`"))?;
            let (currency, price) = dim
                .get("pricePerUnit")
                .and_then(Value::as_object)
                .and_then(|p| p.iter().next())
                .ok_or_else(|| format!("price dimension {code} has no `pricePerUnit`"))?;
            let price = price
                .as_str()
                .and_then(|s| Decimal::from_str(s.trim()).ok())
                .ok_or_else(|| format!("price dimension {code}: `{price}` is not a price"))?;
            out.push(PriceRecord {
                id: format!("{sku} {code}"),
                unit: unit.to_string(),
                price: price.normalize(),
                currency: currency.clone(),
                effective: effective.clone(),
                attributes: attributes.clone(),
            });
        }
    }
    Ok(out)
}

/// A short, secret-free account of an SDK error.
fn describe<E>(e: &SdkError<E, aws_sdk_pricing::config::http::HttpResponse>) -> String
where
    E: std::error::Error + 'static,
{
    let text = format!("{}", DisplayErrorContext(e));
    let lower = text.to_lowercase();
    if lower.contains("no credentials") || lower.contains("credentials provider") {
        return "no AWS credentials were found through the standard chain (environment \
                variables, shared config and credentials files, SSO, web identity, container \
                or instance metadata); set AWS_PROFILE or AWS_ACCESS_KEY_ID and \
                AWS_SECRET_ACCESS_KEY"
            .to_string();
    }
    let mut short: String = text.chars().take(300).collect();
    if text.chars().count() > 300 {
        short.push('…');
    }
    match e {
        SdkError::ServiceError(se) => format!("HTTP {}: {short}", se.raw().status().as_u16()),
        SdkError::TimeoutError(_) => format!("timed out: {short}"),
        SdkError::DispatchFailure(_) => format!("connection failed: {short}"),
        _ => short,
    }
}

/// All pages of one key.
pub async fn fetch(
    client: &aws_sdk_pricing::Client,
    key: &ServiceKey,
    requests: &AtomicUsize,
) -> Result<Entry, String> {
    let filters = key
        .filters
        .iter()
        .map(|(k, v)| {
            Filter::builder()
                .r#type(FilterType::TermMatch)
                .field(k)
                .value(v)
                .build()
                .map_err(|e| e.to_string())
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut tally = Tally::default();
    let mut pages = PageLimit::new(MAX_PAGES);
    let mut token: Option<String> = None;
    loop {
        pages.next(|| too_loose(MAX_PAGES))?;
        requests.fetch_add(1, Ordering::Relaxed);
        let out = client
            .get_products()
            .service_code(&key.service)
            .set_filters(Some(filters.clone()))
            .format_version("aws_v1")
            .max_results(100)
            .set_next_token(token.take())
            .send()
            .await
            .map_err(|e| describe(&e))?;
        for doc in out.price_list() {
            tally.add("PriceList item", parse_product(doc));
        }
        match out.next_token() {
            Some(t) if !t.is_empty() => token = Some(t.to_string()),
            _ => break,
        }
    }
    Ok(tally.entry(key, pages.read()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_on_demand_and_ignores_reserved() {
        let doc = r#"{"product":{"productFamily":"Database Instance","attributes":{"usagetype":"InstanceUsage:db.r6g.large","regionCode":"us-east-1"},"sku":"S1"},
          "terms":{"OnDemand":{"S1.JRTCKXETXF":{"priceDimensions":{"S1.JRTCKXETXF.6YS6EN2CT7":{"unit":"Hrs","beginRange":"0","endRange":"Inf","pricePerUnit":{"USD":"0.2250000000"}}},"effectiveDate":"2026-10-01T00:00:00Z"}},
                   "Reserved":{"S1.HU7G6KETJZ":{"priceDimensions":{"S1.HU7G6KETJZ.2TG2D8R56U":{"unit":"Hrs","beginRange":"0","pricePerUnit":{"USD":"0.1420000000"}}}}}}}"#;
        let r = parse_product(doc).unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].price, Decimal::from_str("0.225").unwrap());
        assert_eq!(r[0].unit, "Hrs");
        assert_eq!(r[0].effective.as_deref(), Some("2026-10-01"));
        assert_eq!(r[0].attributes["productFamily"], "Database Instance");
    }

    #[test]
    fn malformed_documents_are_errors() {
        assert!(parse_product("{not json").is_err());
        assert!(parse_product(r#"{"product":{"sku":"S"}}"#).is_err());
        let bad_price = r#"{"product":{"attributes":{},"sku":"S"},"terms":{"OnDemand":{"t":{"priceDimensions":{"d":{"unit":"Hrs","pricePerUnit":{"USD":"abc"}}}}}}}"#;
        assert!(parse_product(bad_price)
            .unwrap_err()
            .contains("not a price"));
    }
}
