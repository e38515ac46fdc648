//! Reaching a PostgreSQL server: the target resolved from the URL, the environment and the
//! password file; TLS as `sslmode` asks; driver errors as one line with advice.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio_postgres::Client;

use crate::error::Error;
use crate::introspect::session::{error_chain, no_answer, with_hint, Redactor};
use crate::introspect::{ConnectOptions, Options, Secret, SourceUrl};

/// Query parameters this module understands in a `postgresql://` URL.
const KNOWN_PARAMS: &[&str] = &[
    "sslmode",
    "sslrootcert",
    "application_name",
    "connect_timeout",
];

/// Where and how to connect, resolved from the URL, the environment and ~/.pgpass.
pub(super) struct Target {
    config: tokio_postgres::Config,
    tls: Option<rustls::ClientConfig>,
    password_from: &'static str,
    pub(super) redactor: Redactor,
    endpoint: String,
    user: String,
    connect_timeout: Duration,
}

impl Target {
    pub(super) fn resolve(url: &SourceUrl, options: &Options) -> Result<Target, Error> {
        let input = |detail: String| Error::input(format!("source {}", url.masked()), detail);
        if let Some((k, _)) = url
            .params
            .iter()
            .find(|(k, _)| !KNOWN_PARAMS.contains(&k.as_str()))
        {
            return Err(input(format!(
                "unknown parameter `{k}`; supported: {}, plus user, password, host, port, dbname",
                KNOWN_PARAMS.join(", ")
            )));
        }
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let host = url
            .host
            .clone()
            .or_else(|| env("PGHOST"))
            .unwrap_or_else(|| "localhost".into());
        let port = match url.port {
            Some(p) => p,
            None => match env("PGPORT") {
                Some(p) => p
                    .parse()
                    .map_err(|_| input(format!("PGPORT `{p}` is not a port number")))?,
                None => 5432,
            },
        };
        let user = url
            .user
            .clone()
            .or_else(|| env("PGUSER"))
            .or_else(|| env("USER"))
            .or_else(|| env("LOGNAME"))
            .unwrap_or_else(|| "postgres".into());
        let database = url
            .database
            .clone()
            .or_else(|| env("PGDATABASE"))
            .unwrap_or_else(|| user.clone());
        let (password, password_from) = match url.password() {
            Some(p) => (Some(p.clone()), "the URL"),
            None => match env("PGPASSWORD") {
                Some(p) => (Some(Secret::new(p)), "PGPASSWORD"),
                None => match pgpass_password(&host, port, &database, &user) {
                    Some(p) => (Some(Secret::new(p)), "the password file"),
                    None => (None, "nowhere"),
                },
            },
        };
        let connect_timeout = options
            .connect
            .connect_timeout_for(url.param("connect_timeout"))
            .map_err(input)?;
        let sslmode = url
            .param("sslmode")
            .map(str::to_string)
            .or_else(|| env("PGSSLMODE"))
            .unwrap_or_else(|| "prefer".into());
        let rootcert = url
            .param("sslrootcert")
            .map(str::to_string)
            .or_else(|| env("PGSSLROOTCERT"));

        let mut config = tokio_postgres::Config::new();
        if host.starts_with('/') {
            config.host_path(&host);
        } else {
            config.host(&host);
        }
        config
            .port(port)
            .user(&user)
            .dbname(&database)
            .application_name(url.param("application_name").unwrap_or("dbassay"))
            .connect_timeout(connect_timeout)
            .keepalives(true);
        if let Some(p) = &password {
            config.password(p.expose().as_bytes());
        }
        use tokio_postgres::config::SslMode;
        let (mode, verify) = match sslmode.as_str() {
            "disable" => (SslMode::Disable, None),
            "allow" | "prefer" => (SslMode::Prefer, Some(Verify::Nothing)),
            "require" if rootcert.is_some() => (SslMode::Require, Some(Verify::Ca)),
            "require" => (SslMode::Require, Some(Verify::Nothing)),
            "verify-ca" => (SslMode::Require, Some(Verify::Ca)),
            "verify-full" => (SslMode::Require, Some(Verify::Full)),
            other => {
                return Err(input(format!(
                "sslmode `{other}` is not one of disable, allow, prefer, require, verify-ca, verify-full"
            )))
            }
        };
        config.ssl_mode(mode);
        let tls = match verify {
            Some(v) => Some(tls_config(v, rootcert.as_deref()).map_err(input)?),
            None => None,
        };
        let endpoint = if host.starts_with('/') {
            format!("socket {host}/.s.PGSQL.{port}")
        } else {
            format!("{host}:{port}")
        };
        Ok(Target {
            config,
            tls,
            password_from,
            redactor: Redactor::new(url, password),
            endpoint,
            user,
            connect_timeout,
        })
    }

    fn unreachable(&self, detail: String) -> Error {
        self.redactor.unreachable(detail)
    }
}

/// A connection to the server at `url`, resolved as for introspection (environment, password
/// file, TLS), for other readers and writers of a PostgreSQL server (the rehearsal). `role` names
/// the server in messages (`scratch server`); the password never appears in them.
pub async fn open(url: &SourceUrl, role: &str, connect_timeout: Duration) -> Result<Client, Error> {
    let options = Options {
        connect: ConnectOptions {
            connect_timeout,
            ..ConnectOptions::default()
        },
        ..Options::default()
    };
    let target = Target::resolve(url, &options)?;
    connect(&target).await.map_err(|e| match e {
        Error::Unreachable { detail, .. } => Error::Unreachable {
            what: format!("cannot reach the {role} {}", target.redactor.masked()),
            detail,
        },
        other => other,
    })
}

pub(super) async fn connect(t: &Target) -> Result<Client, Error> {
    // tokio-postgres's own timeout covers the TCP connect; this one covers TLS and
    // authentication too.
    let attempt = async {
        match &t.tls {
            Some(tls) => {
                let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls.clone());
                let (client, conn) = t.config.connect(tls).await?;
                tokio::spawn(conn);
                Ok(client)
            }
            None => {
                let (client, conn) = t.config.connect(tokio_postgres::NoTls).await?;
                tokio::spawn(conn);
                Ok(client)
            }
        }
    };
    match tokio::time::timeout(t.connect_timeout + Duration::from_secs(1), attempt).await {
        Ok(Ok(client)) => Ok(client),
        Ok(Err(e)) => Err(t.unreachable(connect_advice(t, &e))),
        Err(_) => Err(t.unreachable(no_answer(&t.endpoint, t.connect_timeout))),
    }
}

/// The driver's message plus what to do about it.
pub(super) fn connect_advice(t: &Target, e: &tokio_postgres::Error) -> String {
    use tokio_postgres::error::SqlState;
    let msg = error_text(e);
    let hint = match e.code() {
        Some(c) if *c == SqlState::INVALID_PASSWORD => format!(
            "check the user `{}` and the password (taken from {})",
            t.user, t.password_from
        ),
        Some(c) if *c == SqlState::INVALID_AUTHORIZATION_SPECIFICATION => format!(
            "the server refused user `{}` from this address (pg_hba.conf) or the role does not \
             exist",
            t.user
        ),
        Some(c) if *c == SqlState::INVALID_CATALOG_NAME => {
            "check the database name in the URL".to_string()
        }
        Some(c) if *c == SqlState::TOO_MANY_CONNECTIONS => {
            "the server has no free connection slot; try again later".to_string()
        }
        Some(_) => String::new(),
        None if msg.contains("password missing") => {
            "the server asks for a password: give it in the URL, PGPASSWORD or ~/.pgpass"
                .to_string()
        }
        None if msg.contains("refused") => format!(
            "nothing accepts connections at {}; is the server running and listening there?",
            t.endpoint
        ),
        None if msg.to_ascii_lowercase().contains("certificate") => {
            "the server's TLS certificate was not accepted; give its CA with sslrootcert=FILE \
             (or sslrootcert=system), or use sslmode=require to encrypt without verifying"
                .to_string()
        }
        None => format!("could not reach {}", t.endpoint),
    };
    with_hint(msg, hint)
}

/// A driver error as one line, with the server's message, detail and hint when there are some.
pub(super) fn error_text(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut s = format!(
                "{}: {} (SQLSTATE {})",
                db.severity(),
                db.message(),
                db.code().code()
            );
            if let Some(d) = db.detail() {
                s.push_str(&format!("; {d}"));
            }
            s
        }
        None => error_chain(e),
    }
}

/// The password for `user@host:port/database` from the password file (`PGPASSFILE`, else
/// `~/.pgpass`). Like libpq, a file that others can read is ignored.
pub(super) fn pgpass_password(host: &str, port: u16, database: &str, user: &str) -> Option<String> {
    let path = std::env::var_os("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pgpass")))?;
    let meta = std::fs::metadata(&path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            return None;
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
    let text = std::fs::read_to_string(&path).ok()?;
    let host = if host.starts_with('/') {
        "localhost"
    } else {
        host
    };
    pgpass_lookup(&text, host, port, database, user)
}

/// The first matching `host:port:database:user:password` line; `*` matches anything, `\:` and
/// `\\` are escapes.
pub fn pgpass_lookup(
    text: &str,
    host: &str,
    port: u16,
    database: &str,
    user: &str,
) -> Option<String> {
    let port = port.to_string();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = Vec::with_capacity(5);
        let mut cur = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(n) = chars.next() {
                        cur.push(n);
                    }
                }
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut cur)),
                c => cur.push(c),
            }
        }
        fields.push(cur);
        if fields.len() != 5 {
            continue;
        }
        let want = [host, port.as_str(), database, user];
        if fields[..4]
            .iter()
            .zip(want)
            .all(|(f, w)| f == "*" || f == w)
        {
            return Some(fields[4].clone());
        }
    }
    None
}

// ------------------------------------------------------------------------------------- TLS

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Verify {
    /// `prefer` / `require`: encrypt, do not check the certificate (as libpq).
    Nothing,
    /// `verify-ca`: the chain must lead to a trusted root; the host name is not checked.
    Ca,
    /// `verify-full`: chain and host name.
    Full,
}

pub(super) fn tls_config(
    verify: Verify,
    rootcert: Option<&str>,
) -> Result<rustls::ClientConfig, String> {
    use rustls::client::WebPkiServerVerifier;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS setup: {e}"))?;
    let chain = match verify {
        Verify::Nothing => None,
        Verify::Ca | Verify::Full => {
            let roots = root_store(rootcert)?;
            let webpki =
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
                    .build()
                    .map_err(|e| format!("TLS setup: {e}"))?;
            if verify == Verify::Full {
                return Ok(builder.with_webpki_verifier(webpki).with_no_client_auth());
            }
            Some(webpki)
        }
    };
    let lenient = tls::Lenient { provider, chain };
    Ok(builder
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(lenient))
        .with_no_client_auth())
}

/// Trusted roots: `sslrootcert=FILE`, `sslrootcert=system` (the system bundle), or libpq's
/// default `~/.postgresql/root.crt`.
pub(super) fn root_store(rootcert: Option<&str>) -> Result<rustls::RootCertStore, String> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::CertificateDer;
    let path: PathBuf = match rootcert {
        Some("system") => {
            let candidates = [
                "/etc/ssl/certs/ca-certificates.crt",
                "/etc/pki/tls/certs/ca-bundle.crt",
                "/etc/ssl/ca-bundle.pem",
                "/etc/ssl/cert.pem",
            ];
            std::env::var_os("SSL_CERT_FILE")
                .map(PathBuf::from)
                .into_iter()
                .chain(candidates.iter().map(PathBuf::from))
                .find(|p| p.is_file())
                .ok_or(
                    "sslrootcert=system: no system certificate bundle found (set SSL_CERT_FILE)",
                )?
        }
        Some(file) => PathBuf::from(file),
        None => std::env::var_os("HOME")
            .map(|h| Path::new(&h).join(".postgresql/root.crt"))
            .ok_or("no sslrootcert given and HOME is not set")?,
    };
    let certs = CertificateDer::pem_file_iter(&path).map_err(|e| {
        format!(
            "cannot read root certificates from {}: {e}; give the server's CA with \
             sslrootcert=FILE, use sslrootcert=system, or sslmode=require to encrypt without \
             verifying",
            path.display()
        )
    })?;
    let mut store = rustls::RootCertStore::empty();
    for cert in certs {
        let cert = cert.map_err(|e| format!("{}: {e}", path.display()))?;
        store
            .add(cert)
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if store.is_empty() {
        return Err(format!("{} holds no certificate", path.display()));
    }
    Ok(store)
}

mod tls {
    use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
    use rustls::client::WebPkiServerVerifier;
    use rustls::crypto::CryptoProvider;
    use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
    use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};
    use std::sync::Arc;

    /// libpq's lenient modes, which still check the handshake signatures: `require` (`chain`
    /// `None`: any certificate) and `verify-ca` (the chain must lead to a trusted root; the host
    /// name is not checked).
    #[derive(Debug)]
    pub struct Lenient {
        pub provider: Arc<CryptoProvider>,
        pub chain: Option<Arc<WebPkiServerVerifier>>,
    }

    impl ServerCertVerifier for Lenient {
        fn verify_server_cert(
            &self,
            end_entity: &CertificateDer<'_>,
            intermediates: &[CertificateDer<'_>],
            server_name: &ServerName<'_>,
            ocsp: &[u8],
            now: UnixTime,
        ) -> Result<ServerCertVerified, rustls::Error> {
            let Some(chain) = &self.chain else {
                return Ok(ServerCertVerified::assertion());
            };
            match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
                Err(rustls::Error::InvalidCertificate(
                    CertificateError::NotValidForName
                    | CertificateError::NotValidForNameContext { .. },
                )) => Ok(ServerCertVerified::assertion()),
                other => other,
            }
        }

        fn verify_tls12_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            let algorithms = &self.provider.signature_verification_algorithms;
            rustls::crypto::verify_tls12_signature(message, cert, dss, algorithms)
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            let algorithms = &self.provider.signature_verification_algorithms;
            rustls::crypto::verify_tls13_signature(message, cert, dss, algorithms)
        }

        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.provider
                .signature_verification_algorithms
                .supported_schemes()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pgpass_matching_and_escapes() {
        let text = "# comment\n\
                    db.example.com:5432:shop:app:first\n\
                    *:*:*:app:fallback\n\
                    h\\:x:5432:*:u:pa\\:ss\\\\word\n";
        assert_eq!(
            pgpass_lookup(text, "db.example.com", 5432, "shop", "app").as_deref(),
            Some("first")
        );
        assert_eq!(
            pgpass_lookup(text, "other", 6000, "x", "app").as_deref(),
            Some("fallback")
        );
        assert_eq!(
            pgpass_lookup(text, "h:x", 5432, "any", "u").as_deref(),
            Some("pa:ss\\word")
        );
        assert_eq!(pgpass_lookup(text, "h", 5432, "d", "nobody"), None);
    }
}
