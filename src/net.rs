//! The one HTTP and TLS stack of the network clients: hyper 1.x with rustls on ring. The AWS
//! SDK clients (the Price List API in `pricing`, DynamoDB in `introspect`) take their HTTP
//! client from [`aws_http_client`]; reqwest (Azure, Google, Cosmos DB) uses the same rustls
//! provider, installed by [`install_tls_provider`]. The Azure and Google REST clients (prices,
//! `discover azure`) send through one `azure_core` pipeline built by [`azure_pipeline`].

use std::sync::Arc;
use std::time::Duration;

use azure_core::http::policies::Policy;
use azure_core::http::{
    ClientOptions, Context, ExponentialRetryOptions, Pipeline, PipelineSendOptions, RawResponse,
    Request, RetryOptions, Transport,
};

/// How an `azure_core` pipeline retries: exponential back-off from `initial_delay_ms`,
/// honouring `Retry-After` on 429 and 503, at most `attempts` tries within `total`.
#[derive(Debug, Clone)]
pub struct Retry {
    pub attempts: u32,
    pub initial_delay_ms: u64,
    pub total: Duration,
}

/// The `azure_core` pipeline on reqwest (rustls, ring; no redirects followed), with `per_try`
/// policies run on every attempt (e.g. a call counter).
pub fn azure_pipeline(retry: &Retry, per_try: Vec<Arc<dyn Policy>>) -> Result<Pipeline, String> {
    install_tls_provider();
    let client = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .read_timeout(Duration::from_secs(60))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
    let options = ClientOptions {
        transport: Some(Transport::new(Arc::new(client))),
        retry: RetryOptions::exponential(ExponentialRetryOptions {
            initial_delay: azure_core::time::Duration::milliseconds(
                retry.initial_delay_ms.max(1) as i64
            ),
            max_retries: retry.attempts.max(1) - 1,
            max_total_elapsed: azure_core::time::Duration::seconds(retry.total.as_secs() as i64),
            max_delay: azure_core::time::Duration::seconds(30),
        }),
        ..Default::default()
    };
    Ok(Pipeline::new(
        Some(env!("CARGO_PKG_NAME")),
        Some(env!("CARGO_PKG_VERSION")),
        options,
        Vec::new(),
        per_try,
        None,
    ))
}

/// Sends `req` through the pipeline (with its retries) and returns the response whatever its
/// status: the caller reads the status and the body, which an error status would otherwise lose.
pub async fn send(
    pipeline: &Pipeline,
    ctx: &Context<'_>,
    req: &mut Request,
) -> azure_core::Result<RawResponse> {
    let options = PipelineSendOptions {
        skip_checks: true,
        ..Default::default()
    };
    pipeline.send(ctx, req, Some(options)).await
}

/// The HTTPS client every AWS SDK client is built with (rustls, ring; HTTP/1.1 and HTTP/2).
pub fn aws_http_client() -> aws_sdk_pricing::config::SharedHttpClient {
    install_tls_provider();
    aws_smithy_http_client::Builder::new()
        .tls_provider(aws_smithy_http_client::tls::Provider::Rustls(
            aws_smithy_http_client::tls::rustls_provider::CryptoMode::Ring,
        ))
        .build_https()
}

/// Makes ring rustls' process-wide crypto provider (a second call is a no-op).
pub fn install_tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
