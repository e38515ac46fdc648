//! Google Cloud Billing Catalog (v1), when an API key is set: `GET /v1/services` to find the
//! service id by its display name (`Cloud SQL`), then `GET /v1/services/{id}/skus`, paged by
//! `nextPageToken`. The API filters by service only, so the SKUs are narrowed to the key's
//! region and to on-demand usage as they arrive, and only those are kept. Requests go through
//! the same `azure_core` pipeline (retries, `Retry-After`) as Azure's; the key travels in the
//! `X-Goog-Api-Key` header, never in a URL, and never appears in messages.

use azure_core::http::{Context, Method, Pipeline, PipelineSendOptions, Request, Url};
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

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

async fn get(
    pipeline: &Pipeline,
    url: Url,
    api_key: &str,
    requests: &AtomicUsize,
) -> Result<Value, String> {
    requests.fetch_add(1, Ordering::Relaxed);
    let mut req = Request::new(url, Method::Get);
    req.insert_header("accept", "application/json");
    req.insert_header("x-goog-api-key", api_key.to_string());
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
        .map_err(|e| format!("request failed: {}", e.to_string().replace(api_key, "***")))?;
    let status = resp.status();
    if !status.is_success() {
        return Err(format!("HTTP {} after retries", u16::from(status)));
    }
    let body = resp.into_body();
    serde_json::from_slice(body.as_ref()).map_err(|e| format!("the response is not JSON: {e}"))
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
    let mut token = String::new();
    for _ in 0..MAX_PAGES {
        let mut url = base.join("v1/services").map_err(|e| e.to_string())?;
        url.query_pairs_mut().append_pair("pageSize", "5000");
        if !token.is_empty() {
            url.query_pairs_mut().append_pair("pageToken", &token);
        }
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
        token = v
            .get("nextPageToken")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        if token.is_empty() {
            break;
        }
    }
    Err(format!(
        "the Billing Catalog lists no service named `{display_name}`"
    ))
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
    let result = fetch_counted(pipeline, base, api_key, key, &mine).await;
    requests.fetch_add(mine.load(Ordering::Relaxed), Ordering::Relaxed);
    result
}

async fn fetch_counted(
    pipeline: &Pipeline,
    base: &Url,
    api_key: &str,
    key: &ServiceKey,
    requests: &AtomicUsize,
) -> Result<Entry, String> {
    let region = key.filters.get("region").cloned().unwrap_or_default();
    let id = match key.filters.get("serviceId") {
        Some(id) => id.clone(),
        None => service_id(pipeline, base, &key.service, api_key, requests).await?,
    };
    let mut records = Vec::new();
    let mut skipped = 0;
    let mut reasons = Vec::new();
    let mut token = String::new();
    let mut index = 0;
    for page in 0.. {
        if page >= MAX_PAGES {
            return Err(format!(
                "more than {MAX_PAGES} pages of SKUs for `{}`",
                key.service
            ));
        }
        let mut url = base
            .join(&format!("v1/services/{id}/skus"))
            .map_err(|e| e.to_string())?;
        url.query_pairs_mut()
            .append_pair("currencyCode", "USD")
            .append_pair("pageSize", "5000");
        if !token.is_empty() {
            url.query_pairs_mut().append_pair("pageToken", &token);
        }
        let v = get(pipeline, url, api_key, requests).await?;
        let skus = v
            .get("skus")
            .and_then(Value::as_array)
            .ok_or("the response has no `skus` array")?;
        for sku in skus {
            match parse_sku(sku, &region) {
                Ok(r) => records.extend(r),
                Err(why) => {
                    skipped += 1;
                    if reasons.len() < 3 {
                        reasons.push(format!("SKU {index}: {why}"));
                    }
                }
            }
            index += 1;
        }
        token = v
            .get("nextPageToken")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        if token.is_empty() {
            break;
        }
    }
    Ok(Entry::fetched_now(
        key,
        requests.load(Ordering::Relaxed),
        skipped,
        reasons,
        records,
    ))
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
