//! Azure Retail Prices API through the `azure_core` pipeline (retries with exponential
//! back-off that honours `Retry-After` on 429 and 503, and retries 500, 502, 504 and transport
//! errors): `GET …/api/retail/prices?$filter=<OData>`, paged by `NextPageLink`.

use azure_core::http::{Pipeline, Url};
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::atomic::AtomicUsize;

use super::paging::{get_json, too_loose, PageLimit, Tally};
use super::record::PriceRecord;
use super::{Entry, ServiceKey};

/// The public endpoint.
pub const DEFAULT_URL: &str = "https://prices.azure.com/api/retail/prices";

/// More pages than this means the filters are far too loose.
pub const MAX_PAGES: usize = 20;

/// The OData `$filter` of a key: every filter as `field eq 'value'`, joined by `and`.
pub fn odata(filters: &BTreeMap<String, String>) -> String {
    filters
        .iter()
        .map(|(k, v)| format!("{k} eq '{}'", v.replace('\'', "''")))
        .collect::<Vec<_>>()
        .join(" and ")
}

/// A JSON number or numeric string as a decimal, without passing through a float's binary
/// value (`0.178` stays `0.178`).
fn decimal(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) => {
            let s = n.to_string();
            Decimal::from_str(&s)
                .or_else(|_| Decimal::from_scientific(&s))
                .ok()
        }
        Value::String(s) => Decimal::from_str(s.trim()).ok(),
        _ => None,
    }
}

/// One `Items` element.
pub fn parse_item(item: &Value) -> Result<PriceRecord, String> {
    let obj = item.as_object().ok_or("not an object")?;
    let text = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_string);
    let price = obj
        .get("retailPrice")
        .and_then(decimal)
        .ok_or("no numeric `retailPrice`")?;
    if price.is_sign_negative() {
        return Err(format!("negative `retailPrice` {price}"));
    }
    let meter = text("meterId").ok_or("no `meterId`")?;
    let unit = text("unitOfMeasure").ok_or("no `unitOfMeasure`")?;
    let currency = text("currencyCode").unwrap_or_else(|| "USD".into());
    let mut attributes = BTreeMap::new();
    for k in [
        "serviceName",
        "serviceFamily",
        "productName",
        "skuName",
        "armSkuName",
        "meterName",
        "armRegionName",
        "location",
    ] {
        if let Some(v) = text(k) {
            attributes.insert(k.to_string(), v);
        }
    }
    if let Some(t) = text("type") {
        attributes.insert("priceType".into(), t);
    }
    if let Some(t) = obj.get("tierMinimumUnits").and_then(decimal) {
        attributes.insert("tierMinimumUnits".into(), t.normalize().to_string());
    }
    let sku = text("skuId").unwrap_or_default();
    Ok(PriceRecord {
        id: format!("meterId {meter}, skuId {sku}"),
        unit,
        price: price.normalize(),
        currency,
        effective: text("effectiveStartDate").map(|d| d.chars().take(10).collect()),
        attributes,
    })
}

/// One response body (`BillingCurrency`, `Items`, `NextPageLink`, `Count`): its items into
/// `tally`; the next page's link.
fn read_page(v: &Value, tally: &mut Tally) -> Result<Option<String>, String> {
    let items = v
        .get("Items")
        .and_then(Value::as_array)
        .ok_or("the response has no `Items` array")?;
    for item in items {
        tally.add("item", parse_item(item).map(|r| vec![r]));
    }
    Ok(v.get("NextPageLink")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_string))
}

/// The next page's URL, only on the same host and port as the first (a mirror's links must
/// not lead elsewhere).
fn next_url(base: &Url, link: &str) -> Result<Url, String> {
    let next = Url::parse(link).map_err(|e| format!("bad NextPageLink `{link}`: {e}"))?;
    if next.scheme() != base.scheme()
        || next.host_str() != base.host_str()
        || next.port_or_known_default() != base.port_or_known_default()
    {
        return Err(format!(
            "NextPageLink `{link}` points away from {}",
            base.host_str().unwrap_or("the endpoint")
        ));
    }
    Ok(next)
}

/// All pages of one key.
pub async fn fetch(
    pipeline: &Pipeline,
    base: &Url,
    key: &ServiceKey,
    requests: &AtomicUsize,
) -> Result<Entry, String> {
    let mut url = base.clone();
    url.query_pairs_mut()
        .append_pair("$filter", &odata(&key.filters));
    let mut tally = Tally::default();
    let mut pages = PageLimit::new(MAX_PAGES);
    loop {
        pages.next(|| too_loose(MAX_PAGES))?;
        let v = get_json(pipeline, url.clone(), None, requests).await?;
        match read_page(&v, &mut tally)? {
            Some(link) => url = next_url(base, &link)?,
            None => break,
        }
    }
    Ok(tally.entry(key, pages.read()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odata_quotes_values() {
        let f: BTreeMap<String, String> = [
            ("serviceName".to_string(), "Azure Cosmos DB".to_string()),
            ("meterName".to_string(), "it's".to_string()),
        ]
        .into();
        assert_eq!(
            odata(&f),
            "meterName eq 'it''s' and serviceName eq 'Azure Cosmos DB'"
        );
    }

    #[test]
    fn prices_keep_their_decimal_digits() {
        let body: Value = serde_json::from_str(
            r#"{"Items":[{"retailPrice":0.178,"meterId":"m","unitOfMeasure":"1 Hour","type":"Consumption"},
                          {"retailPrice":"x","meterId":"m2","unitOfMeasure":"1 Hour"}],"NextPageLink":null,"Count":2}"#,
        )
        .unwrap();
        let mut tally = Tally::default();
        let next = read_page(&body, &mut tally).unwrap();
        assert_eq!(tally.records[0].price, Decimal::from_str("0.178").unwrap());
        assert_eq!(tally.records[0].attributes["priceType"], "Consumption");
        assert_eq!(tally.skipped, 1);
        assert_eq!(tally.reasons, ["item 1: no numeric `retailPrice`"]);
        assert!(next.is_none());
    }

    #[test]
    fn next_page_must_stay_on_the_endpoint() {
        let base = Url::parse("http://127.0.0.1:9/api/retail/prices").unwrap();
        assert!(next_url(&base, "http://127.0.0.1:9/api/retail/prices?$skip=1000").is_ok());
        assert!(next_url(&base, "https://prices.azure.com/api/retail/prices").is_err());
    }
}
