//! The live clients and the batch fetch: one small tokio runtime, the AWS SDK client and the
//! azure_core pipeline, built on first use; every key of a batch fetched concurrently.

use std::sync::atomic::AtomicUsize;
use std::sync::Arc;
use std::time::Duration;

use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region};
use azure_core::http::{Pipeline, Url};

use super::{aws, azure, gcp, Entry, PriceOptions, Provider, ServiceKey};

pub(crate) struct Live {
    rt: tokio::runtime::Runtime,
    aws: aws_sdk_pricing::Client,
    http: Pipeline,
    azure_url: Url,
    gcp_url: Url,
    gcp_key: Option<String>,
    requests: Arc<AtomicUsize>,
}

fn url(setting: Option<&str>, default: &str, name: &str) -> Result<Url, String> {
    let text = setting.unwrap_or(default);
    let mut u = Url::parse(text).map_err(|e| format!("{name} `{text}` is not a URL: {e}"))?;
    if !u.path().ends_with('/') && name == "DBASSAY_GCP_BILLING_URL" {
        // `join` must keep a mirror's path prefix.
        let p = format!("{}/", u.path());
        u.set_path(&p);
    }
    Ok(u)
}

impl Live {
    pub(crate) fn new(o: &PriceOptions, requests: Arc<AtomicUsize>) -> Result<Live, String> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| format!("cannot start the network runtime: {e}"))?;
        let azure_url = url(
            o.azure_url.as_deref(),
            azure::DEFAULT_URL,
            "DBASSAY_AZURE_PRICES_URL",
        )?;
        let gcp_url = url(
            o.gcp_url.as_deref(),
            gcp::DEFAULT_URL,
            "DBASSAY_GCP_BILLING_URL",
        )?;
        let attempts = o.attempts.max(1);
        let base = Duration::from_millis(o.retry_base_ms.max(1));
        let total = Duration::from_secs(o.timeout_secs);

        // AWS: the SDK over hyper 1.x with rustls (ring); standard retry, which treats
        // ThrottlingException and 5xx as retryable.
        let aws = rt.block_on(async {
            let shared = aws_config::defaults(BehaviorVersion::latest())
                .http_client(crate::net::aws_http_client())
                // The Price List API answers in us-east-1 for the Americas.
                .region(Region::new("us-east-1"))
                .retry_config(
                    RetryConfig::standard()
                        .with_max_attempts(attempts)
                        .with_initial_backoff(base),
                )
                .timeout_config(
                    TimeoutConfig::builder()
                        .connect_timeout(Duration::from_secs(10))
                        .operation_timeout(total)
                        .build(),
                )
                .load()
                .await;
            let mut conf = aws_sdk_pricing::config::Builder::from(&shared);
            if let Some(ep) = &o.aws_endpoint {
                conf = conf.endpoint_url(ep);
            }
            aws_sdk_pricing::Client::from_conf(conf.build())
        });

        // Azure and Google: the azure_core pipeline on reqwest (rustls, ring).
        let http = crate::net::azure_pipeline(
            &crate::net::Retry {
                attempts,
                initial_delay_ms: o.retry_base_ms,
                total,
            },
            Vec::new(),
        )?;
        Ok(Live {
            rt,
            aws,
            http,
            azure_url,
            gcp_url,
            gcp_key: o.gcp_api_key.clone(),
            requests,
        })
    }

    /// Fetches every key concurrently; results in key order.
    pub(crate) fn fetch_all(&self, keys: &[ServiceKey]) -> Vec<Result<Entry, String>> {
        // Called from inside another runtime (a caller's own tokio), block on a thread of
        // our own rather than panic.
        if tokio::runtime::Handle::try_current().is_ok() {
            return std::thread::scope(|s| {
                s.spawn(|| self.fetch_all_blocking(keys))
                    .join()
                    .unwrap_or_else(|_| keys.iter().map(|_| Err("fetch panicked".into())).collect())
            });
        }
        self.fetch_all_blocking(keys)
    }

    fn fetch_all_blocking(&self, keys: &[ServiceKey]) -> Vec<Result<Entry, String>> {
        self.rt.block_on(async {
            let mut set = tokio::task::JoinSet::new();
            for (i, key) in keys.iter().enumerate() {
                let key = key.clone();
                let requests = self.requests.clone();
                match key.provider {
                    Provider::Aws => {
                        let client = self.aws.clone();
                        set.spawn(async move { (i, aws::fetch(&client, &key, &requests).await) });
                    }
                    Provider::Azure => {
                        let http = self.http.clone();
                        let base = self.azure_url.clone();
                        set.spawn(
                            async move { (i, azure::fetch(&http, &base, &key, &requests).await) },
                        );
                    }
                    Provider::Gcp => {
                        let Some(api_key) = self.gcp_key.clone() else {
                            set.spawn(async move {
                                (
                                    i,
                                    Err("no API key is set (DBASSAY_GCP_API_KEY or \
                                         GOOGLE_API_KEY)"
                                        .to_string()),
                                )
                            });
                            continue;
                        };
                        let http = self.http.clone();
                        let base = self.gcp_url.clone();
                        set.spawn(async move {
                            (i, gcp::fetch(&http, &base, &api_key, &key, &requests).await)
                        });
                    }
                }
            }
            let mut out: Vec<Result<Entry, String>> = keys
                .iter()
                .map(|_| Err("not fetched".to_string()))
                .collect();
            while let Some(joined) = set.join_next().await {
                if let Ok((i, r)) = joined {
                    out[i] = r;
                }
            }
            out
        })
    }
}
