//! What the clients of the three price services share: the paging loop with its page limit,
//! the tally of a key's records and of the items that could not be read, and (Azure, Google)
//! one counted JSON GET through the `azure_core` pipeline.

use azure_core::http::{Context, Method, Pipeline, Request, Url};
use serde_json::Value;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::record::PriceRecord;
use super::{Entry, ServiceKey};

/// The records read from a key's pages, and the items skipped with why.
#[derive(Debug, Default)]
pub(crate) struct Tally {
    pub(crate) records: Vec<PriceRecord>,
    pub(crate) skipped: usize,
    /// Why the first three skipped items were skipped.
    pub(crate) reasons: Vec<String>,
    /// Items read so far, so the index of the next one.
    items: usize,
}

impl Tally {
    /// Adds one item: its records, or why it was skipped (`what` names the item in the reason,
    /// e.g. `SKU`).
    pub(crate) fn add(&mut self, what: &str, item: Result<Vec<PriceRecord>, String>) {
        match item {
            Ok(r) => self.records.extend(r),
            Err(why) => {
                self.skipped += 1;
                if self.reasons.len() < 3 {
                    self.reasons.push(format!("{what} {}: {why}", self.items));
                }
            }
        }
        self.items += 1;
    }

    /// The key's answer, stamped now.
    pub(crate) fn entry(self, key: &ServiceKey, requests: usize) -> Entry {
        Entry::fetched_now(key, requests, self.skipped, self.reasons, self.records)
    }
}

/// The pages read of one query, and their limit.
#[derive(Debug)]
pub(crate) struct PageLimit {
    max: usize,
    read: usize,
}

impl PageLimit {
    pub(crate) fn new(max: usize) -> PageLimit {
        PageLimit { max, read: 0 }
    }

    /// Before reading a page: counts it, or the error `too_many` when `max` pages were read.
    pub(crate) fn next(&mut self, too_many: impl FnOnce() -> String) -> Result<(), String> {
        if self.read >= self.max {
            return Err(too_many());
        }
        self.read += 1;
        Ok(())
    }

    pub(crate) fn read(&self) -> usize {
        self.read
    }
}

/// The error of a query whose pages pass the limit.
pub(crate) fn too_loose(max: usize) -> String {
    format!("more than {max} pages for one query; the filters are too loose")
}

/// One GET of a JSON document through the pipeline (with its retries), counted in `requests`.
/// `secret` is a header whose value never appears in an error.
pub(crate) async fn get_json(
    pipeline: &Pipeline,
    url: Url,
    secret: Option<(&'static str, &str)>,
    requests: &AtomicUsize,
) -> Result<Value, String> {
    requests.fetch_add(1, Ordering::Relaxed);
    let mut req = Request::new(url, Method::Get);
    req.insert_header("accept", "application/json");
    if let Some((name, value)) = secret {
        req.insert_header(name, value.to_string());
    }
    let resp = crate::net::send(pipeline, &Context::new(), &mut req)
        .await
        .map_err(|e| {
            let mut text = e.to_string();
            if let Some((_, value)) = secret {
                text = text.replace(value, "***");
            }
            format!("request failed: {text}")
        })?;
    let status = resp.status();
    if !status.is_success() {
        return Err(format!("HTTP {} after retries", u16::from(status)));
    }
    let body = resp.into_body();
    serde_json::from_slice(body.as_ref()).map_err(|e| format!("the response is not JSON: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_limit_of_two_pages_refuses_the_third() {
        let mut pages = PageLimit::new(2);
        assert!(pages.next(|| "too many".into()).is_ok());
        assert!(pages.next(|| "too many".into()).is_ok());
        assert_eq!(
            pages.next(|| "too many".into()),
            Err("too many".to_string())
        );
        assert_eq!(pages.read(), 2);
    }

    #[test]
    fn skipped_items_keep_their_index_and_the_first_three_reasons() {
        let mut tally = Tally::default();
        tally.add("SKU", Ok(Vec::new()));
        for _ in 0..4 {
            tally.add("SKU", Err("no `name`".into()));
        }
        assert_eq!(tally.skipped, 4);
        assert_eq!(
            tally.reasons,
            ["SKU 1: no `name`", "SKU 2: no `name`", "SKU 3: no `name`"]
        );
    }
}
