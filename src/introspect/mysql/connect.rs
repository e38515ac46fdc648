//! Reaching a MySQL server: the target resolved from the URL and the environment, TLS as
//! `ssl-mode` asks, driver errors as one line with advice.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use mysql_async::{Conn, OptsBuilder, SslOpts};

use crate::error::Error;
use crate::introspect::session::{error_chain, no_answer, with_hint, Redactor};
use crate::introspect::{Options, Secret, SourceUrl};

/// Query parameters this module understands in a `mysql://` URL (spelt with `-` or `_`).
const KNOWN_PARAMS: &[&str] = &["ssl_mode", "sslmode", "ssl_ca", "connect_timeout"];

/// How the connection is encrypted (the MySQL client's `--ssl-mode`).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tls {
    Disabled,
    /// Encrypt when the server offers TLS, without checking its certificate; else plain.
    Preferred,
    /// Encrypt, without checking the certificate.
    Required,
    /// Encrypt; the chain must lead to a trusted root (`ssl-ca`, else the bundled roots).
    VerifyCa(Option<PathBuf>),
    /// As `VerifyCa`, and the certificate must name the host.
    VerifyIdentity(Option<PathBuf>),
}

/// Where and how to connect, resolved from the URL and the environment.
pub(super) struct Target {
    opts: OptsBuilder,
    tls: Tls,
    password_from: &'static str,
    pub(super) redactor: Redactor,
    endpoint: String,
    user: String,
    pub(super) database: Option<String>,
    connect_timeout: Duration,
}

impl Target {
    pub(super) fn resolve(url: &SourceUrl, options: &Options) -> Result<Target, Error> {
        let input = |detail: String| Error::input(format!("source {}", url.masked()), detail);
        let mut params: HashMap<String, String> = HashMap::new();
        for (k, v) in &url.params {
            let key = k.to_ascii_lowercase().replace('-', "_");
            if !KNOWN_PARAMS.contains(&key.as_str()) {
                return Err(input(format!(
                    "unknown parameter `{k}`; supported: ssl-mode (DISABLED, PREFERRED, REQUIRED, \
                     VERIFY_CA, VERIFY_IDENTITY), ssl-ca, connect_timeout, plus user, password, \
                     host, port"
                )));
            }
            let key = if key == "sslmode" {
                "ssl_mode".to_string()
            } else {
                key
            };
            params.insert(key, v.clone());
        }
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let host = url.host.clone().unwrap_or_else(|| "localhost".into());
        let port = url.port.unwrap_or(3306);
        let user = url
            .user
            .clone()
            .or_else(|| env("USER"))
            .unwrap_or_else(|| "root".into());
        let (password, password_from) = match url.password() {
            Some(p) => (Some(p.clone()), "the URL"),
            None => match env("MYSQL_PWD") {
                Some(p) => (Some(Secret::new(p)), "MYSQL_PWD"),
                None => (None, "nowhere: no password given"),
            },
        };
        let connect_timeout = options
            .connect
            .connect_timeout_for(params.get("connect_timeout").map(String::as_str))
            .map_err(input)?;
        let ca = params.get("ssl_ca").map(PathBuf::from);
        let mode = params
            .get("ssl_mode")
            .map(|m| m.to_ascii_uppercase().replace('-', "_"));
        let tls =
            match (mode.as_deref(), ca) {
                (None, Some(ca)) => Tls::VerifyCa(Some(ca)),
                (None | Some("PREFERRED" | "PREFER"), None) => Tls::Preferred,
                (Some("PREFERRED" | "PREFER"), Some(_)) => return Err(input(
                    "ssl-ca needs ssl-mode=VERIFY_CA or VERIFY_IDENTITY (PREFERRED does not check \
                     certificates)"
                        .into(),
                )),
                (Some("DISABLED" | "DISABLE"), _) => Tls::Disabled,
                (Some("REQUIRED" | "REQUIRE"), _) => Tls::Required,
                (Some("VERIFY_CA"), ca) => Tls::VerifyCa(ca),
                (Some("VERIFY_IDENTITY" | "VERIFY_FULL"), ca) => Tls::VerifyIdentity(ca),
                (Some(other), _) => {
                    return Err(input(format!(
                    "ssl-mode `{other}` is not one of DISABLED, PREFERRED, REQUIRED, VERIFY_CA, \
                     VERIFY_IDENTITY"
                )))
                }
            };
        let mut opts = OptsBuilder::default()
            .user(Some(user.clone()))
            .pass(password.as_ref().map(|p| p.expose().to_string()))
            .db_name(url.database.clone())
            // No hidden queries: mysql_async would otherwise ask for @@socket,
            // @@max_allowed_packet and @@wait_timeout after connecting.
            .prefer_socket(false)
            .max_allowed_packet(Some(1 << 30))
            .wait_timeout(Some(28_800))
            .stmt_cache_size(0)
            .tcp_keepalive(Some(Duration::from_secs(30)));
        let endpoint = if host.starts_with('/') {
            opts = opts.socket(Some(host.clone()));
            format!("socket {host}")
        } else {
            opts = opts.ip_or_hostname(host.clone()).tcp_port(port);
            format!("{host}:{port}")
        };
        Ok(Target {
            opts,
            tls,
            password_from,
            redactor: Redactor::new(url, password),
            endpoint,
            user,
            database: url.database.clone(),
            connect_timeout,
        })
    }

    fn unreachable(&self, detail: String) -> Error {
        self.redactor.unreachable(detail)
    }

    fn ssl_opts(&self) -> Option<SslOpts> {
        let roots = |ca: &Option<PathBuf>| match ca {
            Some(path) => SslOpts::default().with_root_certs(vec![path.clone().into()]),
            None => SslOpts::default(),
        };
        match &self.tls {
            Tls::Disabled => None,
            Tls::Preferred | Tls::Required => Some(
                SslOpts::default()
                    .with_danger_accept_invalid_certs(true)
                    .with_danger_skip_domain_validation(true),
            ),
            Tls::VerifyCa(ca) => Some(roots(ca).with_danger_skip_domain_validation(true)),
            Tls::VerifyIdentity(ca) => Some(roots(ca)),
        }
    }
}

pub(super) async fn connect(t: &Target) -> Result<Conn, Error> {
    let attempt = |ssl: Option<SslOpts>| {
        let opts = t.opts.clone().ssl_opts(ssl);
        async move {
            match tokio::time::timeout(t.connect_timeout, Conn::new(opts)).await {
                Ok(r) => r.map_err(Some),
                Err(_) => Err(None),
            }
        }
    };
    let first = attempt(t.ssl_opts()).await;
    let result = match first {
        // PREFERRED: a server without TLS gets a plain connection, as the mysql client does.
        Err(Some(mysql_async::Error::Driver(
            mysql_async::DriverError::NoClientSslFlagFromServer,
        ))) if t.tls == Tls::Preferred => attempt(None).await,
        // VERIFY_CA: the chain was trusted and only the host name failed (the driver's own
        // "skip domain validation" misses rustls' current error); verify again against a name
        // the certificate does carry, so the chain is still checked.
        Err(Some(e)) if matches!(t.tls, Tls::VerifyCa(_)) => match certificate_names(&e).first() {
            Some(name) => {
                let ssl = t
                    .ssl_opts()
                    .map(|o| o.with_danger_tls_hostname_override(Some(name.clone())));
                attempt(ssl).await
            }
            None => Err(Some(e)),
        },
        other => other,
    };
    match result {
        Ok(conn) => Ok(conn),
        Err(Some(e)) => Err(t.unreachable(connect_advice(t, &e))),
        Err(None) => Err(t.unreachable(no_answer(&t.endpoint, t.connect_timeout))),
    }
}

/// The names a server certificate carries, when the connection failed only because none of
/// them is the host connected to (the chain itself was trusted).
pub(super) fn certificate_names(e: &mysql_async::Error) -> Vec<String> {
    let mysql_async::Error::Io(mysql_async::IoError::Io(io)) = e else {
        return Vec::new();
    };
    let Some(rustls::Error::InvalidCertificate(rustls::CertificateError::NotValidForNameContext {
        presented,
        ..
    })) = io
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
    else {
        return Vec::new();
    };
    // Presented as `DnsName("db.example.com")` or `IpAddress(10.0.0.5)`.
    presented
        .iter()
        .filter_map(|p| {
            let inner = p.split_once('(')?.1.strip_suffix(')')?;
            let name = inner.trim_matches('"');
            (!name.is_empty() && !name.starts_with('*')).then(|| name.to_string())
        })
        .collect()
}

/// The driver's message plus what to do about it.
pub(super) fn connect_advice(t: &Target, e: &mysql_async::Error) -> String {
    let msg = error_text(e);
    let hint = match e {
        mysql_async::Error::Server(s) => match s.code {
            1045 => format!(
                "check the user `{}` and the password (taken from {})",
                t.user, t.password_from
            ),
            1049 => "check the database name in the URL".into(),
            1130 => format!(
                "the server does not accept user `{}` from this host; ask for an account that \
                 may connect from here",
                t.user
            ),
            1040 | 1203 => "the server has no free connection; try again later".into(),
            3159 => "the server requires TLS: use ssl-mode=REQUIRED or VERIFY_IDENTITY".into(),
            _ => String::new(),
        },
        mysql_async::Error::Driver(mysql_async::DriverError::NoClientSslFlagFromServer) => {
            "the server does not offer TLS; use ssl-mode=PREFERRED or DISABLED only on a trusted \
             network"
                .into()
        }
        _ if msg.to_ascii_lowercase().contains("refused") => format!(
            "nothing accepts connections at {}; is the server running and listening there?",
            t.endpoint
        ),
        _ if msg.to_ascii_lowercase().contains("certificate") => {
            "the server's TLS certificate was not accepted; give its CA with ssl-ca=FILE, or use \
             ssl-mode=REQUIRED to encrypt without verifying"
                .into()
        }
        _ => format!("could not reach {}", t.endpoint),
    };
    with_hint(msg, hint)
}

pub(super) fn error_text(e: &mysql_async::Error) -> String {
    match e {
        mysql_async::Error::Server(s) => {
            format!("ERROR {} ({}): {}", s.code, s.state, s.message)
        }
        other => error_chain(other),
    }
}
