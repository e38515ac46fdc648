//! What the API sources (DynamoDB, Cosmos DB) take from their URL and the options alike: no
//! credentials in the URL, only the parameters they know, a sample size and the time limits.

use std::time::Duration;

use super::session::Redactor;
use super::{Options, SourceUrl};
use crate::error::Error;

/// The part of an API source's target every such source has.
pub(super) struct ApiTarget {
    pub redactor: Redactor,
    /// Items (documents) sampled per table (container).
    pub sample: usize,
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
}

/// A mistake in the source URL.
pub(super) fn url_error(url: &SourceUrl, detail: String) -> Error {
    Error::input(format!("source {}", url.masked()), detail)
}

impl ApiTarget {
    /// Refuses credentials in the URL (`credentials` says where they come from instead) and
    /// parameters other than `known` (`supported` describes them).
    pub fn check(
        url: &SourceUrl,
        known: &[&str],
        credentials: String,
        supported: &str,
    ) -> Result<(), Error> {
        if url.password().is_some() || url.user.is_some() {
            return Err(url_error(url, credentials));
        }
        if let Some((k, _)) = url
            .params
            .iter()
            .find(|(k, _)| !known.contains(&k.as_str()))
        {
            return Err(url_error(
                url,
                format!("unknown parameter `{k}`; supported: {supported}"),
            ));
        }
        Ok(())
    }

    /// The URL's `sample` (a number of `unit`), else the options'; the time limits.
    pub fn new(url: &SourceUrl, options: &Options, unit: &str) -> Result<ApiTarget, Error> {
        let sample = match url.param("sample") {
            Some(n) => n
                .parse::<usize>()
                .map_err(|_| url_error(url, format!("sample `{n}` is not a number of {unit}")))?,
            None => options.connect.sample_documents,
        };
        Ok(ApiTarget {
            redactor: Redactor::new(url, None),
            sample,
            connect_timeout: options.connect.connect_timeout,
            request_timeout: options.connect.statement_timeout,
        })
    }
}
