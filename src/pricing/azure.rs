//! Azure Retail Prices API through the `azure_core` pipeline (retries with exponential
//! back-off that honours `Retry-After` on 429 and 503, and retries 500, 502, 504 and transport
//! errors): `GET …/api/retail/prices?$filter=<OData>`, paged by `NextPageLink`.

use azure_core::http::{Context, Method, Pipeline, PipelineSendOptions, Request, Url};
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::atomic::{AtomicUsize, Ordering};

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

/// One page: its records, what was skipped and why, and the next page's link.
#[derive(Debug, Default)]
pub struct Page {
    pub records: Vec<PriceRecord>,
    pub skipped: usize,
    pub reasons: Vec<String>,
    pub next: Option<String>,
    pub count: Option<u64>,
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

/// One response body (`BillingCurrency`, `Items`, `NextPageLink`, `Count`).
pub fn parse_page(body: &[u8], first_index: usize) -> Result<Page, String> {
    let v: Value =
        serde_json::from_slice(body).map_err(|e| format!("the response is not JSON: {e}"))?;
    let items = v
        .get("Items")
        .and_then(Value::as_array)
        .ok_or("the response has no `Items` array")?;
    let mut page = Page {
        next: v
            .get("NextPageLink")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        count: v.get("Count").and_then(Value::as_u64),
        ..Page::default()
    };
    for (i, item) in items.iter().enumerate() {
        match parse_item(item) {
            Ok(r) => page.records.push(r),
            Err(why) => {
                page.skipped += 1;
                if page.reasons.len() < 3 {
                    page.reasons
                        .push(format!("item {}: {why}", first_index + i));
                }
            }
        }
    }
    Ok(page)
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
    let mut records = Vec::new();
    let mut skipped = 0;
    let mut reasons = Vec::new();
    let mut pages = 0;
    loop {
        pages += 1;
        requests.fetch_add(1, Ordering::Relaxed);
        let mut req = Request::new(url.clone(), Method::Get);
        req.insert_header("accept", "application/json");
        let resp = pipeline
            .send(
                &Context::new(),
                &mut req,
                Some(PipelineSendOptions {
                    skip_checks: true,
                    ..Default::default()
                }),
            )
            .await
            .map_err(|e| format!("request failed: {e}"))?;
        let status = resp.status();
        if !status.is_success() {
            return Err(format!("HTTP {} after retries", u16::from(status)));
        }
        let body = resp.into_body();
        let page = parse_page(body.as_ref(), records.len() + skipped)?;
        records.extend(page.records);
        skipped += page.skipped;
        for r in page.reasons {
            if reasons.len() < 3 {
                reasons.push(r);
            }
        }
        match page.next {
            Some(link) => url = next_url(base, &link)?,
            None => break,
        }
        if pages >= MAX_PAGES {
            return Err(format!(
                "more than {MAX_PAGES} pages for one query; the filters are too loose"
            ));
        }
    }
    Ok(Entry::fetched_now(key, pages, skipped, reasons, records))
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
        let page = parse_page(
            br#"{"Items":[{"retailPrice":0.178,"meterId":"m","unitOfMeasure":"1 Hour","type":"Consumption"},
                          {"retailPrice":"x","meterId":"m2","unitOfMeasure":"1 Hour"}],"NextPageLink":null,"Count":2}"#,
            0,
        )
        .unwrap();
        assert_eq!(page.records[0].price, Decimal::from_str("0.178").unwrap());
        assert_eq!(page.records[0].attributes["priceType"], "Consumption");
        assert_eq!(page.skipped, 1);
        assert!(page.next.is_none());
    }

    #[test]
    fn next_page_must_stay_on_the_endpoint() {
        let base = Url::parse("http://127.0.0.1:9/api/retail/prices").unwrap();
        assert!(next_url(&base, "http://127.0.0.1:9/api/retail/prices?$skip=1000").is_ok());
        assert!(next_url(&base, "https://prices.azure.com/api/retail/prices").is_err());
    }
}
