//! Google Cloud Billing Catalog (v1), when an API key is set: `GET /v1/services` to find the
//! service id by its display name (`Cloud SQL`), then `GET /v1/services/{id}/skus`, paged by
//! `nextPageToken`. The API filters by service only, so the SKUs are narrowed to the key's
//! region and to on-demand usage as they arrive, and only those are kept. Requests go through
//! the same `azure_core` pipeline (retries, `Retry-After`) as Azure's; the key travels in the
//! `X-Goog-Api-Key` header, never in a URL, and never appears in messages.

use azure_core::http::{Pipeline, Url};
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::paging::{get_json, PageLimit, Tally};
use super::record::PriceRecord;
use super::{Entry, ServiceKey};

pub const DEFAULT_URL: &str = "https://cloudbilling.googleapis.com";

pub const MAX_PAGES: usize = 20;

/// Service ids that need no look-up.
const KNOWN: &[(&str, &str)] = &[("Cloud SQL", "9662-B51E-5089")];

/// `units` + `nanos` of a `Money`.
fn money(v: &Value) -> Option<(Decimal, String)> {
    let units: i64 = match v.get("units") {
        Some(Value::String(s)) => s.parse().ok()?,
        Some(Value::Number(n)) => n.as_i64()?,
        None => 0,
        _ => return None,
    };
    let nanos = v.get("nanos").map_or(Some(0), Value::as_i64)?;
    let currency = v.get("currencyCode").and_then(Value::as_str)?.to_string();
    Some((Decimal::from(units) + Decimal::new(nanos, 9), currency))
}

/// The records of one SKU for `region`: none when it is not offered there or is not an
/// on-demand price.
pub fn parse_sku(sku: &Value, region: &str) -> Result<Vec<PriceRecord>, String> {
    let regions: Vec<&str> = sku
        .get("serviceRegions")
        .and_then(Value::as_array)
        .ok_or("no `serviceRegions`")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if !regions.iter().any(|r| *r == region || *r == "global") {
        return Ok(Vec::new());
    }
    let category = sku.get("category").ok_or("no `category`")?;
    let usage = category
        .get("usageType")
        .and_then(Value::as_str)
        .unwrap_or("");
    if usage != "OnDemand" {
        return Ok(Vec::new());
    }
    let name = sku.get("name").and_then(Value::as_str).ok_or("no `name`")?;
    let description = sku
        .get("description")
        .and_then(Value::as_str)
        .ok_or("no `description`")?;
    let info = sku
        .get("pricingInfo")
        .and_then(Value::as_array)
        .and_then(|a| a.last())
        .ok_or("no `pricingInfo`")?;
    let expr = info
        .get("pricingExpression")
        .ok_or("no `pricingExpression`")?;
    let unit = expr
        .get("usageUnitDescription")
        .or_else(|| expr.get("usageUnit"))
        .and_then(Value::as_str)
        .ok_or("no usage unit")?;
    let rate = expr
        .get("tieredRates")
        .and_then(Value::as_array)
        .and_then(|t| {
            t.iter().find(|r| {
                r.get("startUsageAmount")
                    .and_then(Value::as_f64)
                    .unwrap_or(0.0)
                    == 0.0
            })
        })
        .ok_or("no first tier in `tieredRates`")?;
    let (price, currency) = rate
        .get("unitPrice")
        .and_then(money)
        .ok_or("`unitPrice` is not a Money")?;
    let mut attributes = BTreeMap::new();
    attributes.insert("description".into(), description.to_string());
    attributes.insert("region".into(), region.to_string());
    attributes.insert("usageType".into(), usage.to_string());
    if let Some(s) = category.get("serviceDisplayName").and_then(Value::as_str) {
        attributes.insert("service".into(), s.to_string());
    }
    if let Some(s) = category.get("resourceGroup").and_then(Value::as_str) {
        attributes.insert("resourceGroup".into(), s.to_string());
    }
    Ok(vec![PriceRecord {
        id: name.to_string(),
        unit: unit.to_string(),
        price: price.normalize(),
        currency,
        effective: info
            .get("effectiveTime")
            .and_then(Value::as_str)
            .map(|d| d.chars().take(10).collect()),
        attributes,
    }])
}

/// A GET with the API key in its header.
async fn get(
    pipeline: &Pipeline,
    url: Url,
    api_key: &str,
    requests: &AtomicUsize,
) -> Result<Value, String> {
    get_json(pipeline, url, Some(("x-goog-api-key", api_key)), requests).await
}

/// The next page's token of a response, `None` on the last page.
fn next_token(v: &Value) -> Option<String> {
    v.get("nextPageToken")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

/// A page URL: `query`, `pageSize` and, after the first page, `pageToken`.
fn page_url(
    base: &Url,
    path: &str,
    query: &[(&str, &str)],
    token: Option<String>,
) -> Result<Url, String> {
    let mut url = base.join(path).map_err(|e| e.to_string())?;
    url.query_pairs_mut()
        .extend_pairs(query)
        .append_pair("pageSize", "5000");
    if let Some(token) = token {
        url.query_pairs_mut().append_pair("pageToken", &token);
    }
    Ok(url)
}

async fn service_id(
    pipeline: &Pipeline,
    base: &Url,
    display_name: &str,
    api_key: &str,
    requests: &AtomicUsize,
) -> Result<String, String> {
    if let Some((_, id)) = KNOWN.iter().find(|(n, _)| *n == display_name) {
        return Ok(id.to_string());
    }
    let missing = || format!("the Billing Catalog lists no service named `{display_name}`");
    let mut pages = PageLimit::new(MAX_PAGES);
    let mut token = None;
    loop {
        pages.next(missing)?;
        let url = page_url(base, "v1/services", &[], token.take())?;
        let v = get(pipeline, url, api_key, requests).await?;
        let found = v
            .get("services")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find(|s| s.get("displayName").and_then(Value::as_str) == Some(display_name))
            .and_then(|s| s.get("serviceId").and_then(Value::as_str));
        if let Some(id) = found {
            return Ok(id.to_string());
        }
        token = next_token(&v);
        if token.is_none() {
            return Err(missing());
        }
    }
}

/// All SKUs of the key's service in its region.
pub async fn fetch(
    pipeline: &Pipeline,
    base: &Url,
    api_key: &str,
    key: &ServiceKey,
    requests: &AtomicUsize,
) -> Result<Entry, String> {
    // Count this key's requests apart from the concurrent fetches of other keys.
    let mine = AtomicUsize::new(0);
    let result = async {
        let id = match key.filters.get("serviceId") {
            Some(id) => id.clone(),
            None => service_id(pipeline, base, &key.service, api_key, &mine).await?,
        };
        let region = key.filters.get("region").cloned().unwrap_or_default();
        let mut tally = Tally::default();
        let mut pages = PageLimit::new(MAX_PAGES);
        let mut token = None;
        loop {
            pages.next(|| format!("more than {MAX_PAGES} pages of SKUs for `{}`", key.service))?;
            let path = format!("v1/services/{id}/skus");
            let url = page_url(base, &path, &[("currencyCode", "USD")], token.take())?;
            let v = get(pipeline, url, api_key, &mine).await?;
            let skus = v
                .get("skus")
                .and_then(Value::as_array)
                .ok_or("the response has no `skus` array")?;
            for sku in skus {
                tally.add("SKU", parse_sku(sku, &region));
            }
            token = next_token(&v);
            if token.is_none() {
                break;
            }
        }
        Ok(tally.entry(key, mine.load(Ordering::Relaxed)))
    }
    .await;
    requests.fetch_add(mine.load(Ordering::Relaxed), Ordering::Relaxed);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_first_tier_in_the_region() {
        let sku: Value = serde_json::from_str(
            r#"{"name":"services/9662-B51E-5089/skus/AAAA-BBBB-CCCC","skuId":"AAAA-BBBB-CCCC",
            "description":"Cloud SQL for PostgreSQL: Zonal - vCPU in Iowa",
            "category":{"serviceDisplayName":"Cloud SQL","resourceFamily":"ApplicationServices","resourceGroup":"SQLGen2InstancesCPU","usageType":"OnDemand"},
            "serviceRegions":["us-central1"],
            "pricingInfo":[{"effectiveTime":"2026-11-01T00:00:00Z","pricingExpression":{"usageUnit":"h","usageUnitDescription":"hour","tieredRates":[{"startUsageAmount":0,"unitPrice":{"currencyCode":"USD","units":"0","nanos":41300000}}]}}]}"#,
        )
        .unwrap();
        let r = parse_sku(&sku, "us-central1").unwrap();
        assert_eq!(r[0].price, "0.0413".parse::<Decimal>().unwrap());
        assert_eq!(r[0].attributes["service"], "Cloud SQL");
        assert!(parse_sku(&sku, "europe-west1").unwrap().is_empty());
    }
}
