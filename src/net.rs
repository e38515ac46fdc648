//! The one HTTP and TLS stack of the network clients: hyper 1.x with rustls on ring. The AWS
//! SDK clients (the Price List API in `pricing`, DynamoDB in `introspect`) take their HTTP
//! client from [`aws_http_client`]; reqwest (Azure, Google, Cosmos DB) uses the same rustls
//! provider, installed by [`install_tls_provider`].

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
