//! PostgreSQL-family introspection: plain PostgreSQL, Aurora, RDS, Cloud SQL, AlloyDB, Azure.
//!
//! Safe on a production server:
//! - one connection, one transaction: `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY` (one
//!   consistent snapshot, and the server refuses any write), with `statement_timeout`,
//!   `lock_timeout` and `idle_in_transaction_session_timeout` set for that transaction only and
//!   `search_path` pinned to `pg_catalog`; it ends with `ROLLBACK`;
//! - only catalog reads: sizes come from `relpages` (no `pg_relation_size`, which would lock
//!   every table), privileged functions are guarded by privilege checks;
//! - a fixed number of set-based queries, one per catalog area, whatever the number of objects;
//!   SQL that differs between versions (11–17) is chosen by `server_version_num`;
//! - an area that fails (no privilege, an unexpected catalog) is rolled back to a savepoint and
//!   recorded in `profile.warnings`; only losing the connection stops the run.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use regex_lite::Regex;
use rust_decimal::Decimal;
use tokio_postgres::types::FromSql;
use tokio_postgres::{Client, Row};

use super::{AreaTiming, Introspection, Options, SourceUrl, Stats};
use crate::error::Error;
use crate::profile::{
    Collation, Column, CronJob, Database, Detection, EventTrigger, Extension, ForeignKey,
    ForeignServer, Index, LargeObjects, Profile, ProfileWarning, Publication, ReplicationSlot,
    Role, Routine, Sequence, Setting, Table, Tablespace, Trigger, UserType, View, PROFILE_VERSION,
};

/// Query parameters this module understands in a `postgresql://` URL.
const KNOWN_PARAMS: &[&str] = &[
    "sslmode",
    "sslrootcert",
    "application_name",
    "connect_timeout",
];

/// Introspects one PostgreSQL-family database.
pub async fn introspect(url: &SourceUrl, options: &Options) -> Result<Introspection, Error> {
    let started = Instant::now();
    let target = Target::resolve(url, options)?;
    let client = connect(&target).await?;
    let mut s = Session {
        client,
        queries: 0,
        warnings: Vec::new(),
        timings: Vec::new(),
        target: &target,
    };

    s.exec(&begin_sql(options)).await?;
    let server = s.server().await?;
    let v = server.version_num;
    let bs = server.block_size;

    let mut p = Profile {
        profile_version: PROFILE_VERSION,
        version: server.version.clone(),
        name: Some(server.database.clone()),
        ..Profile::default()
    };
    if let Some(x) = s.read("databases", &sql_databases(v), databases).await? {
        p.databases = x;
    }
    if let Some(x) = s.read("extensions", SQL_EXTENSIONS, extensions).await? {
        p.extensions = x;
    }
    if let Some(x) = s.read("schemas", &sql_schemas(), schemas).await? {
        p.schemas = x;
    }
    let mut table_oids = Vec::new();
    if let Some((oids, tables)) = s.read("tables", &sql_tables(v, bs), tables).await? {
        table_oids = oids;
        p.tables = tables;
    }
    let mut names = HashMap::new();
    if let Some(cols) = s.read("columns", &sql_columns(v), columns).await? {
        names = attach_columns(&mut p.tables, &table_oids, cols);
    }
    let index_rows = |rows: &[Row]| indexes(rows, &names);
    if let Some(x) = s.read("indexes", &sql_indexes(bs), index_rows).await? {
        p.indexes = x;
    }
    if let Some(x) = s
        .read("foreign_keys", &sql_foreign_keys(v), foreign_keys)
        .await?
    {
        p.foreign_keys = x;
    }
    if let Some(x) = s.read("types", &sql_types(v), types).await? {
        p.types = x;
    }
    if let Some(x) = s.read("routines", &sql_routines(v), routines).await? {
        p.routines = x;
    }
    if let Some(x) = s.read("triggers", &sql_triggers(), triggers).await? {
        p.triggers = x;
    }
    if let Some(x) = s
        .read("event_triggers", &sql_event_triggers(), event_triggers)
        .await?
    {
        p.event_triggers = x;
    }
    if let Some(x) = s.read("views", &sql_views(), views).await? {
        p.views = x;
    }
    if let Some(x) = s.read("sequences", &sql_sequences(), sequences).await? {
        p.sequences = x;
    }
    if let Some(x) = s
        .read("foreign_servers", SQL_FOREIGN_SERVERS, foreign_servers)
        .await?
    {
        p.foreign_servers = x;
    }
    if let Some(x) = s
        .read("publications", SQL_PUBLICATIONS, publications)
        .await?
    {
        p.publications = x;
    }
    if let Some(x) = s
        .read("subscriptions", SQL_SUBSCRIPTIONS, subscriptions)
        .await?
    {
        p.subscriptions = x;
    }
    if let Some(x) = s.read("replication_slots", SQL_SLOTS, slots).await? {
        p.replication_slots = x;
    }
    if let Some(x) = s
        .read("large_objects", &sql_large_objects(bs), large_objects)
        .await?
    {
        p.large_objects = x;
    }
    if let Some(x) = s.read("tablespaces", SQL_TABLESPACES, tablespaces).await? {
        p.tablespaces = x;
    }
    if let Some(x) = s.read("collations", &sql_collations(v), collations).await? {
        p.collations = x;
    }
    if let Some(x) = s.read("settings", SQL_SETTINGS, settings).await? {
        p.settings = x;
    }
    if server.preload_libraries.is_none() {
        s.warn(
            "settings",
            format!(
                "shared_preload_libraries and other superuser-only settings are hidden from {}; \
                 grant it pg_read_all_settings to read them",
                server.user
            ),
        );
    }
    if let Some(x) = s.read("roles", SQL_ROLES, roles).await? {
        p.roles = x;
    }
    if server.can_read_authid {
        if let Some(methods) = s.read("roles", SQL_ROLE_AUTH, role_auth).await? {
            for r in &mut p.roles {
                if let Some(m) = methods.get(&r.name) {
                    r.auth_method.get_or_insert_with(|| m.clone());
                }
            }
        }
    } else {
        s.warn(
            "roles",
            format!(
                "password methods (md5 or scram-sha-256) not read: {} cannot read pg_authid \
                 (superuser only)",
                server.user
            ),
        );
    }
    if server.cron_job_readable {
        if let Some(x) = s.read("cron_jobs", SQL_CRON_JOBS, cron_jobs).await? {
            p.cron_jobs = x;
        }
    }
    if let Some(x) = s.read("workload", SQL_WORKLOAD, workload).await? {
        p.workload = x;
    }
    if let Some(schema) = &server.pg_stat_statements {
        let sql = sql_pg_stat_statements(v, schema);
        if let Some(x) = s.read("workload", &sql, statements).await? {
            p.workload.other.extend(x);
        }
    }
    s.exec("ROLLBACK").await?;

    let markers = Markers {
        aurora_function: server.aurora_function,
        roles: server.marker_roles.clone(),
        settings: server.marker_settings.clone(),
        extensions: p
            .extensions
            .iter()
            .map(|e| e.name.clone())
            .chain(server.marker_extensions.iter().cloned())
            .collect(),
    };
    let (detected, mut evidence) = detect(&markers);
    p.detection = Some(match &options.engine {
        Some(engine) => {
            if engine != &detected {
                evidence.push(format!("markers alone suggest {detected}"));
            }
            p.engine = engine.clone();
            Detection {
                method: "user".into(),
                evidence,
            }
        }
        None => {
            p.engine = detected;
            Detection {
                method: "auto".into(),
                evidence,
            }
        }
    });
    p.warnings = std::mem::take(&mut s.warnings);
    let queries = s.queries;
    let areas = std::mem::take(&mut s.timings);
    drop(s);
    Ok(Introspection {
        profile: p,
        stats: Stats {
            queries,
            elapsed_ms: started.elapsed().as_millis() as u64,
            source: target.masked,
            areas,
        },
    })
}

// ------------------------------------------------------------------------------- connecting

/// Where and how to connect, resolved from the URL, the environment and ~/.pgpass.
struct Target {
    config: tokio_postgres::Config,
    tls: Option<rustls::ClientConfig>,
    password: Option<String>,
    password_from: &'static str,
    masked: String,
    endpoint: String,
    user: String,
    connect_timeout: Duration,
}

impl Target {
    fn resolve(url: &SourceUrl, options: &Options) -> Result<Target, Error> {
        let masked = url.masked();
        let input = |detail: String| Error::input(format!("source {masked}"), detail);
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
            Some(p) => (Some(p.to_string()), "the URL"),
            None => match env("PGPASSWORD") {
                Some(p) => (Some(p), "PGPASSWORD"),
                None => match pgpass_password(&host, port, &database, &user) {
                    Some(p) => (Some(p), "the password file"),
                    None => (None, "nowhere"),
                },
            },
        };
        let connect_timeout = match url.param("connect_timeout").map(str::to_string) {
            Some(t) => t
                .parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .map(Duration::from_secs)
                .ok_or_else(|| {
                    input(format!("connect_timeout `{t}` is not a number of seconds"))
                })?,
            None => options.connect_timeout,
        };
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
            config.password(p.as_bytes());
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
            password,
            password_from,
            masked,
            endpoint,
            user,
            connect_timeout,
        })
    }

    fn scrub(&self, text: &str) -> String {
        super::scrub(text, self.password.as_deref())
    }

    fn unreachable(&self, detail: String) -> Error {
        Error::Unreachable {
            what: format!("cannot introspect {}", self.masked),
            detail: self.scrub(&detail),
        }
    }
}

/// A connection to the server at `url`, resolved as for introspection (environment, password
/// file, TLS), for other readers and writers of a PostgreSQL server (the rehearsal). `role` names
/// the server in messages (`scratch server`); the password never appears in them.
pub async fn open(url: &SourceUrl, role: &str, connect_timeout: Duration) -> Result<Client, Error> {
    let options = Options {
        connect_timeout,
        ..Options::default()
    };
    let target = Target::resolve(url, &options)?;
    connect(&target).await.map_err(|e| match e {
        Error::Unreachable { detail, .. } => Error::Unreachable {
            what: format!("cannot reach the {role} {}", target.masked),
            detail,
        },
        other => other,
    })
}

async fn connect(t: &Target) -> Result<Client, Error> {
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
        Err(_) => Err(t.unreachable(format!(
            "no answer from {} within {} s; check host, port and firewall, or raise \
             --connect-timeout",
            t.endpoint,
            t.connect_timeout.as_secs()
        ))),
    }
}

/// The driver's message plus what to do about it.
fn connect_advice(t: &Target, e: &tokio_postgres::Error) -> String {
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
    if hint.is_empty() {
        msg
    } else {
        format!("{msg}; {hint}")
    }
}

/// A driver error as one line, with the server's message, detail and hint when there are some.
fn error_text(e: &tokio_postgres::Error) -> String {
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
        None => {
            let mut s = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(inner) = source {
                let text = inner.to_string();
                if !s.contains(&text) {
                    s.push_str(&format!(": {text}"));
                }
                source = inner.source();
            }
            s
        }
    }
}

/// The password for `user@host:port/database` from the password file (`PGPASSFILE`, else
/// `~/.pgpass`). Like libpq, a file that others can read is ignored.
fn pgpass_password(host: &str, port: u16, database: &str, user: &str) -> Option<String> {
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
enum Verify {
    /// `prefer` / `require`: encrypt, do not check the certificate (as libpq).
    Nothing,
    /// `verify-ca`: the chain must lead to a trusted root; the host name is not checked.
    Ca,
    /// `verify-full`: chain and host name.
    Full,
}

fn tls_config(verify: Verify, rootcert: Option<&str>) -> Result<rustls::ClientConfig, String> {
    use rustls::client::WebPkiServerVerifier;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS setup: {e}"))?;
    let config = match verify {
        Verify::Nothing => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(tls::NoVerify(provider)))
            .with_no_client_auth(),
        Verify::Ca | Verify::Full => {
            let roots = root_store(rootcert)?;
            let webpki = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .map_err(|e| format!("TLS setup: {e}"))?;
            if verify == Verify::Full {
                builder.with_webpki_verifier(webpki).with_no_client_auth()
            } else {
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(Arc::new(tls::CaOnly(webpki)))
                    .with_no_client_auth()
            }
        }
    };
    Ok(config)
}

/// Trusted roots: `sslrootcert=FILE`, `sslrootcert=system` (the system bundle), or libpq's
/// default `~/.postgresql/root.crt`.
fn root_store(rootcert: Option<&str>) -> Result<rustls::RootCertStore, String> {
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

    /// Accepts any certificate but still checks the handshake signatures (libpq `require`).
    #[derive(Debug)]
    pub struct NoVerify(pub Arc<CryptoProvider>);

    impl ServerCertVerifier for NoVerify {
        fn verify_server_cert(
            &self,
            _end_entity: &CertificateDer<'_>,
            _intermediates: &[CertificateDer<'_>],
            _server_name: &ServerName<'_>,
            _ocsp: &[u8],
            _now: UnixTime,
        ) -> Result<ServerCertVerified, rustls::Error> {
            Ok(ServerCertVerified::assertion())
        }

        fn verify_tls12_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls12_signature(
                message,
                cert,
                dss,
                &self.0.signature_verification_algorithms,
            )
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls13_signature(
                message,
                cert,
                dss,
                &self.0.signature_verification_algorithms,
            )
        }

        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.0.signature_verification_algorithms.supported_schemes()
        }
    }

    /// Checks the chain against the trusted roots but not the host name (libpq `verify-ca`).
    #[derive(Debug)]
    pub struct CaOnly(pub Arc<WebPkiServerVerifier>);

    impl ServerCertVerifier for CaOnly {
        fn verify_server_cert(
            &self,
            end_entity: &CertificateDer<'_>,
            intermediates: &[CertificateDer<'_>],
            server_name: &ServerName<'_>,
            ocsp: &[u8],
            now: UnixTime,
        ) -> Result<ServerCertVerified, rustls::Error> {
            match self
                .0
                .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
            {
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
            self.0.verify_tls12_signature(message, cert, dss)
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            self.0.verify_tls13_signature(message, cert, dss)
        }

        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.0.supported_verify_schemes()
        }
    }
}

// --------------------------------------------------------------------------------- session

/// The one connection. Every statement goes through here and is counted.
struct Session<'a> {
    client: Client,
    queries: u32,
    warnings: Vec<ProfileWarning>,
    timings: Vec<AreaTiming>,
    target: &'a Target,
}

impl Session<'_> {
    /// Runs transaction control; any failure ends the run.
    async fn exec(&mut self, sql: &str) -> Result<(), Error> {
        self.queries += 1;
        self.client
            .batch_execute(sql)
            .await
            .map_err(|e| self.target.unreachable(error_text(&e)))
    }

    /// Runs one area's query and parses its rows. A server-side error (no privilege, a missing
    /// catalog) or rows that do not parse become a warning for `area` and `None`; the
    /// transaction is rolled back to the savepoint taken at the start so the next area runs.
    async fn read<T>(
        &mut self,
        area: &str,
        sql: &str,
        parse: impl FnOnce(&[Row]) -> Result<T, String>,
    ) -> Result<Option<T>, Error> {
        self.queries += 1;
        let started = Instant::now();
        match self.client.query_typed(sql, &[]).await {
            Ok(rows) => match parse(&rows) {
                Ok(v) => {
                    self.timings.push(AreaTiming {
                        area: area.to_string(),
                        rows: rows.len(),
                        ms: started.elapsed().as_millis() as u64,
                    });
                    Ok(Some(v))
                }
                Err(e) => {
                    self.warn(area, format!("unexpected catalog data: {e}"));
                    Ok(None)
                }
            },
            Err(e) if e.as_db_error().is_some() => {
                let text = error_text(&e);
                self.warn(area, text);
                self.exec("ROLLBACK TO SAVEPOINT dbassay_area").await?;
                Ok(None)
            }
            Err(e) => Err(self
                .target
                .unreachable(format!("lost the connection: {}", error_text(&e)))),
        }
    }

    fn warn(&mut self, area: &str, message: String) {
        self.warnings.push(ProfileWarning {
            area: area.to_string(),
            message: self.target.scrub(&message),
        });
    }

    /// Server facts, privileges and engine markers; needed before anything else.
    async fn server(&mut self) -> Result<Server, Error> {
        self.queries += 1;
        let row = self
            .client
            .query_typed(SQL_SERVER, &[])
            .await
            .map_err(|e| self.target.unreachable(error_text(&e)))?;
        let row = row.first().ok_or_else(|| {
            self.target
                .unreachable("the server query returned no row".into())
        })?;
        server(row).map_err(|e| {
            self.target
                .unreachable(format!("unexpected answer to the server query: {e}"))
        })
    }
}

fn begin_sql(o: &Options) -> String {
    let ms = |d: Duration| d.as_millis().max(1);
    let idle = ms(o.statement_timeout).max(60_000);
    format!(
        "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; \
         SET LOCAL statement_timeout = {}; \
         SET LOCAL lock_timeout = {}; \
         SET LOCAL idle_in_transaction_session_timeout = {idle}; \
         SET LOCAL search_path = pg_catalog, pg_temp; \
         SAVEPOINT dbassay_area",
        ms(o.statement_timeout),
        ms(o.lock_timeout)
    )
}

// ------------------------------------------------------------------------------------- SQL

/// Settings this session changes itself (`SET LOCAL`); their server value is `reset_val`.
macro_rules! own_settings {
    () => {
        "'statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout', 'search_path'"
    };
}

const SQL_SERVER: &str = "\
SELECT current_setting('server_version_num')::int4,
       current_setting('server_version'),
       current_database()::text,
       current_user::text,
       current_setting('block_size')::int8,
       has_table_privilege('pg_catalog.pg_authid', 'SELECT'),
       coalesce(has_table_privilege(to_regclass('cron.job'), 'SELECT'), false),
       (SELECT quote_ident(n.nspname) FROM pg_extension x
          JOIN pg_namespace n ON n.oid = x.extnamespace WHERE x.extname = 'pg_stat_statements'),
       (SELECT setting FROM pg_settings WHERE name = 'shared_preload_libraries'),
       EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'aurora_version'),
       ARRAY(SELECT rolname::text FROM pg_roles
              WHERE rolname ~ '^(rds|cloudsql|alloydb|azure)' ORDER BY 1),
       ARRAY(SELECT name FROM pg_settings
              WHERE name ~ '^(rds|aurora|apg|cloudsql|alloydb|google|azure)[._]'
             UNION
             SELECT split_part(c, '=', 1) FROM pg_db_role_setting, unnest(setconfig) c
              WHERE split_part(c, '=', 1) ~ '^(rds|aurora|apg|cloudsql|alloydb|google|azure)[._]'
                AND setdatabase IN (0, (SELECT oid FROM pg_database
                                         WHERE datname = current_database()))
             ORDER BY 1),
       ARRAY(SELECT name::text FROM pg_available_extensions
              WHERE name ~ '^(google_|alloydb|aws_|rds_|apg_|aurora|azure|pg_azure|pgaadauth)'
              ORDER BY 1)";

/// Namespaces that hold user objects.
const USER_NS: &str = "n.nspname NOT IN ('pg_catalog', 'information_schema') \
                       AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'";

/// The object `alias.oid` of catalog `catalog` is not part of an extension.
fn not_ext(catalog: &str, alias: &str) -> String {
    format!(
        "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '{catalog}'::regclass \
         AND e.objid = {alias}.oid AND e.deptype = 'e')"
    )
}

fn sql_databases(v: i32) -> String {
    let provider = if v >= 150000 {
        "CASE d.datlocprovider WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'libc' END"
    } else {
        "'libc'"
    };
    format!(
        "SELECT d.datname::text, pg_encoding_to_char(d.encoding)::text, d.datcollate::text,
                d.datctype::text, {provider},
                CASE WHEN has_database_privilege(d.oid, 'CONNECT')
                     THEN pg_database_size(d.oid) END
           FROM pg_database d ORDER BY 1"
    )
}

const SQL_EXTENSIONS: &str = "\
SELECT x.extname::text, x.extversion, n.nspname::text
  FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace ORDER BY 1";

fn sql_schemas() -> String {
    format!(
        "SELECT n.nspname::text FROM pg_namespace n WHERE {USER_NS} AND {} ORDER BY 1",
        not_ext("pg_namespace", "n")
    )
}

fn sql_tables(v: i32, bs: i64) -> String {
    let (am_col, am_join) = if v >= 120000 {
        ("am.amname::text", "LEFT JOIN pg_am am ON am.oid = c.relam")
    } else {
        ("NULL::text", "")
    };
    format!(
        "SELECT c.oid::int8, n.nspname::text, c.relname::text, c.relpersistence::text,
                c.relkind = 'p', c.relispartition, pk.conrelid IS NOT NULL,
                c.relreplident::text, c.relrowsecurity, c.reltuples::float8,
                (c.relpages::int8 + coalesce(t.relpages, 0)::int8) * {bs},
                ts.spcname::text, {am_col},
                coalesce(ch.n, 0)::int8, pa.inhrelid IS NOT NULL
           FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
           LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
           LEFT JOIN pg_tablespace ts ON ts.oid = c.reltablespace
           LEFT JOIN (SELECT DISTINCT conrelid FROM pg_constraint WHERE contype = 'p') pk
                  ON pk.conrelid = c.oid
           LEFT JOIN (SELECT inhparent, count(*) AS n FROM pg_inherits GROUP BY 1) ch
                  ON ch.inhparent = c.oid
           LEFT JOIN (SELECT DISTINCT inhrelid FROM pg_inherits) pa ON pa.inhrelid = c.oid
           {am_join}
          WHERE c.relkind IN ('r', 'p') AND {USER_NS} AND {}
          ORDER BY 2, 3",
        not_ext("pg_class", "c")
    )
}

/// Columns of tables and materialized views (the latter only name index keys). Columns of
/// relations the tables area left out (extension members) are dropped on the client, which is
/// cheaper than filtering 100,000 rows against pg_depend. The type of each column is looked up in
/// a lateral subquery the planner memoizes per type (PostgreSQL 14+), and `column_type` is only
/// formatted where it says more than `data_type` (a modifier, an array).
///
/// Defaults are deparsed without a relation (`pg_get_expr(adbin, 0)`): with one, PostgreSQL
/// opens the table and takes a lock on it. A default cannot refer to columns, so nothing is lost;
/// a generated column's expression, which does, is not read.
fn sql_columns(v: i32) -> String {
    let generated = if v >= 120000 {
        "a.attgenerated::text"
    } else {
        "''"
    };
    format!(
        "SELECT a.attrelid::int8, a.attname::text, ty.base,
                CASE WHEN a.atttypmod <> -1 OR ty.is_array
                     THEN format_type(a.atttypid, a.atttypmod) END,
                NOT a.attnotnull,
                CASE WHEN {generated} = '' THEN pg_get_expr(ad.adbin, 0) END,
                {generated},
                a.attidentity::text,
                co.collname::text,
                ty.is_array,
                ty.kind,
                a.attnum::int4
           FROM pg_attribute a
           JOIN pg_class c ON c.oid = a.attrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          CROSS JOIN LATERAL (
                SELECT CASE WHEN bn.nspname = 'pg_catalog' THEN format_type(b.oid, NULL)
                            ELSE b.typname::text END AS base,
                       t.oid <> b.oid AS is_array,
                       CASE WHEN bn.nspname NOT IN ('pg_catalog', 'information_schema')
                            THEN b.typtype::text END AS kind,
                       t.typcollation
                  FROM pg_type t
                  JOIN pg_type b ON b.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0
                                                 THEN t.typelem ELSE t.oid END
                  JOIN pg_namespace bn ON bn.oid = b.typnamespace
                 WHERE t.oid = a.atttypid) ty
           LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
           LEFT JOIN pg_collation co ON co.oid = a.attcollation
                                    AND a.attcollation <> ty.typcollation
          WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'm')
            AND {USER_NS}
          ORDER BY a.attrelid, a.attnum"
    )
}

/// Key columns come as attribute numbers; their names are looked up in the columns already read
/// (no per-index subquery, no join with pg_attribute).
fn sql_indexes(bs: i64) -> String {
    format!(
        "SELECT n.nspname::text, t.relname::text, ic.relname::text, am.amname::text,
                i.indisunique, i.indisprimary, i.indpred IS NOT NULL, i.indexprs IS NOT NULL,
                i.indrelid::int8, i.indkey::int2[],
                NOT (i.indisvalid AND i.indisready),
                ic.relpages::int8 * {bs}
           FROM pg_index i
           JOIN pg_class ic ON ic.oid = i.indexrelid
           JOIN pg_class t ON t.oid = i.indrelid
           JOIN pg_namespace n ON n.oid = t.relnamespace
           JOIN pg_am am ON am.oid = ic.relam
          WHERE t.relkind IN ('r', 'p', 'm') AND {USER_NS} AND {}
          ORDER BY 1, 2, 3",
        not_ext("pg_class", "t")
    )
}

fn sql_foreign_keys(v: i32) -> String {
    // Partitions carry clones of their parent's foreign keys; report the parent's only.
    let clones = if v >= 110000 {
        "AND k.conparentid = 0"
    } else {
        ""
    };
    format!(
        "SELECT n.nspname::text, c.relname::text, k.conname::text,
                rn.nspname::text || '.' || r.relname::text,
                k.confdeltype::text, k.confupdtype::text
           FROM pg_constraint k
           JOIN pg_class c ON c.oid = k.conrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
           JOIN pg_class r ON r.oid = k.confrelid
           JOIN pg_namespace rn ON rn.oid = r.relnamespace
          WHERE k.contype = 'f' {clones} AND {USER_NS} AND {}
          ORDER BY 1, 2, 3",
        not_ext("pg_class", "c")
    )
}

fn sql_types(v: i32) -> String {
    // Multiranges are made with their range type; row types with their table.
    let multirange = if v >= 140000 {
        "AND t.typtype <> 'm'"
    } else {
        ""
    };
    format!(
        "SELECT n.nspname::text, t.typname::text, t.typtype::text, l.lanname::text
           FROM pg_type t
           JOIN pg_namespace n ON n.oid = t.typnamespace
           LEFT JOIN pg_class r ON r.oid = t.typrelid
           LEFT JOIN pg_proc p ON p.oid = t.typinput
           LEFT JOIN pg_language l ON l.oid = p.prolang
          WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm') {multirange}
            AND (t.typtype <> 'c' OR r.relkind = 'c')
            AND NOT (t.typelem <> 0 AND EXISTS (SELECT 1 FROM pg_type e
                                                 WHERE e.oid = t.typelem AND e.typarray = t.oid))
            AND {USER_NS} AND {}
          ORDER BY 1, 2",
        not_ext("pg_type", "t")
    )
}

/// The body is `prosrc`. A SQL-standard body (`BEGIN ATOMIC`, PostgreSQL 14+) has none there and
/// is not deparsed (`pg_get_function_sqlbody` locks the tables it reads): it counts as empty.
fn sql_routines(v: i32) -> String {
    let kind = if v >= 110000 {
        "p.prokind::text"
    } else {
        "CASE WHEN p.proisagg THEN 'a' WHEN p.proiswindow THEN 'w' ELSE 'f' END"
    };
    format!(
        "SELECT n.nspname::text,
                p.proname::text || CASE WHEN count(*) OVER (PARTITION BY p.pronamespace, p.proname) > 1
                                        THEN '(' || pg_get_function_identity_arguments(p.oid) || ')'
                                        ELSE '' END,
                {kind}, l.lanname::text, p.prosrc, p.prosecdef
           FROM pg_proc p
           JOIN pg_namespace n ON n.oid = p.pronamespace
           JOIN pg_language l ON l.oid = p.prolang
          WHERE {USER_NS} AND {}
          ORDER BY 1, 2",
        not_ext("pg_proc", "p")
    )
}

fn sql_triggers() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, g.tgname::text, g.tgtype::int4,
                pn.nspname::text || '.' || p.proname::text, g.tgenabled::text
           FROM pg_trigger g
           JOIN pg_class c ON c.oid = g.tgrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
           JOIN pg_proc p ON p.oid = g.tgfoid
           JOIN pg_namespace pn ON pn.oid = p.pronamespace
          WHERE NOT g.tgisinternal AND {USER_NS} AND {}
          ORDER BY 1, 2, 3",
        not_ext("pg_class", "c")
    )
}

fn sql_event_triggers() -> String {
    format!(
        "SELECT g.evtname::text, g.evtevent::text, pn.nspname::text || '.' || p.proname::text
           FROM pg_event_trigger g
           JOIN pg_proc p ON p.oid = g.evtfoid
           JOIN pg_namespace pn ON pn.oid = p.pronamespace
          WHERE {}
          ORDER BY 1",
        not_ext("pg_event_trigger", "g")
    )
}

/// No `pg_get_viewdef`: deparsing a view locks every table it reads, so the definition's length
/// is not read.
fn sql_views() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, c.relkind = 'm',
                (SELECT substr(o, 14) FROM unnest(c.reloptions) o WHERE o LIKE 'check_option=%')
           FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('v', 'm') AND {USER_NS} AND {}
          ORDER BY 1, 2",
        not_ext("pg_class", "c")
    )
}

fn sql_sequences() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, format_type(s.seqtypid, NULL),
                EXISTS (SELECT 1 FROM pg_depend d
                         WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                           AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
           FROM pg_sequence s
           JOIN pg_class c ON c.oid = s.seqrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE {USER_NS} AND {}
          ORDER BY 1, 2",
        not_ext("pg_class", "c")
    )
}

const SQL_FOREIGN_SERVERS: &str = "\
SELECT s.srvname::text, w.fdwname::text,
       (SELECT count(*) FROM pg_foreign_table f WHERE f.ftserver = s.oid)::int8
  FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw ORDER BY 1";

const SQL_PUBLICATIONS: &str = "\
SELECT p.pubname::text, p.puballtables,
       (SELECT count(*) FROM pg_publication_rel r WHERE r.prpubid = p.oid)::int8
  FROM pg_publication p ORDER BY 1";

/// Only the columns PUBLIC may read (not the connection string).
const SQL_SUBSCRIPTIONS: &str = "\
SELECT s.subname::text, s.subenabled, s.subpublications
  FROM pg_subscription s
 WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
 ORDER BY 1";

const SQL_SLOTS: &str = "\
SELECT slot_name::text, slot_type, plugin::text, active FROM pg_replication_slots ORDER BY 1";

/// Count from the public metadata catalog; size from the catalog's page count (reading
/// pg_largeobject itself needs superuser and would scan it).
fn sql_large_objects(bs: i64) -> String {
    format!(
        "SELECT (SELECT count(*) FROM pg_largeobject_metadata)::int8,
                (SELECT relpages::int8 FROM pg_class
                  WHERE oid = 'pg_catalog.pg_largeobject'::regclass) * {bs}"
    )
}

/// Sizes only for user tablespaces, and only with the privilege to ask.
const SQL_TABLESPACES: &str = "\
SELECT t.spcname::text, pg_tablespace_location(t.oid),
       CASE WHEN t.spcname NOT IN ('pg_default', 'pg_global')
             AND (has_tablespace_privilege(t.oid, 'CREATE')
                  OR pg_has_role(current_user, 'pg_read_all_stats', 'MEMBER'))
            THEN pg_tablespace_size(t.oid) END
  FROM pg_tablespace t ORDER BY 1";

fn sql_collations(v: i32) -> String {
    let deterministic = if v >= 120000 {
        "co.collisdeterministic"
    } else {
        "true"
    };
    format!(
        "SELECT n.nspname::text, co.collname::text,
                CASE co.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu'
                     WHEN 'b' THEN 'builtin' ELSE 'default' END,
                {deterministic}, coalesce(u.n, 0)::int8
           FROM pg_collation co
           JOIN pg_namespace n ON n.oid = co.collnamespace
           LEFT JOIN (SELECT attcollation, count(*) AS n FROM pg_attribute
                       WHERE attnum > 0 AND NOT attisdropped AND attcollation <> 0
                       GROUP BY 1) u ON u.attcollation = co.oid
          WHERE {USER_NS} AND {}
          ORDER BY 1, 2",
        not_ext("pg_collation", "co")
    )
}

/// Settings changed from the default (server-wide), the ones rubrics always need, and the
/// per-database and per-role settings of this database.
const SQL_SETTINGS: &str = concat!(
    "WITH s AS (
           SELECT name,
                  CASE WHEN name IN (",
    own_settings!(),
    ") THEN reset_val ELSE setting END AS value,
                  CASE WHEN name IN (",
    own_settings!(),
    ") THEN CASE WHEN reset_val = boot_val THEN 'default' ELSE 'configuration file' END
                       ELSE source END AS source,
                  context
             FROM pg_settings)
         SELECT name::text, value, source, context FROM s
          WHERE source NOT IN ('default', 'override', 'session', 'client',
                               'database', 'user', 'database user')
             OR name IN ('wal_level', 'max_prepared_transactions', 'shared_preload_libraries',
                         'max_connections', 'TimeZone', 'max_replication_slots',
                         'max_wal_senders', 'server_encoding', 'password_encryption', 'ssl')
         UNION ALL
         SELECT split_part(c, '=', 1), substr(c, strpos(c, '=') + 1),
                CASE WHEN d.setdatabase = 0 THEN 'user'
                     WHEN d.setrole = 0 THEN 'database' ELSE 'database user' END,
                coalesce(g.context, 'user')
           FROM pg_db_role_setting d
          CROSS JOIN LATERAL unnest(d.setconfig) c
           LEFT JOIN pg_settings g ON g.name = split_part(c, '=', 1)
          WHERE d.setdatabase IN (0, (SELECT oid FROM pg_database
                                       WHERE datname = current_database()))
          ORDER BY 1, 3"
);

/// Roles (predefined `pg_*` roles left out), their memberships, and Azure Entra ID labels.
const SQL_ROLES: &str = "\
SELECT r.rolname::text, r.rolsuper, r.rolcanlogin, r.rolreplication, r.rolbypassrls,
       ARRAY(SELECT b.rolname::text FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid
              WHERE m.member = r.oid ORDER BY 1),
       (SELECT 'entra' FROM pg_shseclabel l
         WHERE l.objoid = r.oid AND l.classoid = 'pg_authid'::regclass
           AND l.provider = 'pgaadauth' LIMIT 1)
  FROM pg_roles r WHERE r.rolname !~ '^pg_' ORDER BY 1";

/// The password method only, never the hash.
const SQL_ROLE_AUTH: &str = "\
SELECT rolname::text,
       CASE WHEN rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'scram-sha-256'
            WHEN rolpassword LIKE 'md5%' THEN 'md5'
            WHEN rolpassword IS NOT NULL THEN 'password' END
  FROM pg_authid WHERE rolname !~ '^pg_' AND rolpassword IS NOT NULL";

/// Whole rows as JSON, so any pg_cron version's columns read the same.
const SQL_CRON_JOBS: &str = "SELECT to_jsonb(j)::text FROM cron.job j ORDER BY j.jobid";

/// Averages since each database's statistics were reset (or the server started).
const SQL_WORKLOAD: &str = "\
WITH d AS (
  SELECT *, greatest(extract(epoch FROM now() - coalesce(stats_reset, pg_postmaster_start_time())),
                     1)::float8 AS secs
    FROM pg_stat_database)
SELECT sum(numbackends)::int8,
       sum((xact_commit + xact_rollback) / secs)::float8,
       sum((tup_returned + tup_fetched) / secs)::float8,
       sum((tup_inserted + tup_updated + tup_deleted) / secs)::float8,
       sum(blks_read / secs)::float8,
       (SELECT setting::int8 FROM pg_settings WHERE name = 'max_connections'),
       max(secs)::float8
  FROM d";

fn sql_pg_stat_statements(v: i32, schema: &str) -> String {
    let time = if v >= 130000 {
        "total_exec_time"
    } else {
        "total_time"
    };
    format!(
        "SELECT count(*)::int8, coalesce(sum(calls), 0)::int8, coalesce(sum({time}), 0)::float8,
                coalesce(sum(rows), 0)::int8
           FROM {schema}.pg_stat_statements"
    )
}

// ------------------------------------------------------------------------------- parsing

fn get<'a, T: FromSql<'a>>(row: &'a Row, i: usize) -> Result<T, String> {
    row.try_get(i).map_err(|e| format!("column {i}: {e}"))
}

struct Server {
    version_num: i32,
    version: String,
    database: String,
    user: String,
    block_size: i64,
    can_read_authid: bool,
    cron_job_readable: bool,
    pg_stat_statements: Option<String>,
    preload_libraries: Option<String>,
    aurora_function: bool,
    marker_roles: Vec<String>,
    marker_settings: Vec<String>,
    marker_extensions: Vec<String>,
}

fn server(r: &Row) -> Result<Server, String> {
    let full: String = get(r, 1)?;
    Ok(Server {
        version_num: get(r, 0)?,
        // `15.4 (Debian 15.4-1)` → `15.4`
        version: full.split_whitespace().next().unwrap_or(&full).to_string(),
        database: get(r, 2)?,
        user: get(r, 3)?,
        block_size: get(r, 4)?,
        can_read_authid: get(r, 5)?,
        cron_job_readable: get(r, 6)?,
        pg_stat_statements: get(r, 7)?,
        preload_libraries: get(r, 8)?,
        aurora_function: get(r, 9)?,
        marker_roles: get(r, 10)?,
        marker_settings: get(r, 11)?,
        marker_extensions: get(r, 12)?,
    })
}

fn non_negative(n: Option<i64>) -> Option<u64> {
    n.and_then(|n| u64::try_from(n).ok())
}

fn databases(rows: &[Row]) -> Result<Vec<Database>, String> {
    rows.iter()
        .map(|r| {
            Ok(Database {
                name: get(r, 0)?,
                encoding: get(r, 1)?,
                collation: get(r, 2)?,
                ctype: get(r, 3)?,
                locale_provider: get(r, 4)?,
                size_bytes: non_negative(get(r, 5)?),
            })
        })
        .collect()
}

fn extensions(rows: &[Row]) -> Result<Vec<Extension>, String> {
    rows.iter()
        .map(|r| {
            Ok(Extension {
                name: get(r, 0)?,
                version: get(r, 1)?,
                schema: get(r, 2)?,
            })
        })
        .collect()
}

fn schemas(rows: &[Row]) -> Result<Vec<String>, String> {
    rows.iter().map(|r| get(r, 0)).collect()
}

fn tables(rows: &[Row]) -> Result<(Vec<i64>, Vec<Table>), String> {
    let mut oids = Vec::with_capacity(rows.len());
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        oids.push(get(r, 0)?);
        let persistence: String = get(r, 3)?;
        let partitioned: bool = get(r, 4)?;
        let is_partition: bool = get(r, 5)?;
        let replident: String = get(r, 7)?;
        let reltuples: f64 = get(r, 9)?;
        let access_method: Option<String> = get(r, 12)?;
        let children: i64 = get(r, 13)?;
        let has_parent: bool = get(r, 14)?;
        out.push(Table {
            schema: get(r, 1)?,
            name: get(r, 2)?,
            persistence: match persistence.as_str() {
                "u" => "unlogged",
                "t" => "temporary",
                _ => "permanent",
            }
            .into(),
            partitioned,
            partition_count: if partitioned {
                u32::try_from(children).unwrap_or(u32::MAX)
            } else {
                0
            },
            is_partition,
            has_primary_key: get(r, 6)?,
            replica_identity: Some(
                match replident.as_str() {
                    "f" => "full",
                    "i" => "index",
                    "n" => "nothing",
                    _ => "default",
                }
                .into(),
            ),
            row_security: get(r, 8)?,
            // -1 (PostgreSQL 14+) means never analysed.
            row_estimate: (reltuples >= 0.0 && !partitioned).then(|| reltuples.round() as u64),
            size_bytes: if partitioned {
                None
            } else {
                non_negative(get(r, 10)?)
            },
            tablespace: get(r, 11)?,
            access_method: access_method.filter(|a| a != "heap"),
            inherits: has_parent && !is_partition,
            ..Table::default()
        });
    }
    Ok((oids, out))
}

/// Columns by relation oid and attribute number.
type Columns = Vec<(i64, i32, Column)>;

fn columns(rows: &[Row]) -> Result<Columns, String> {
    rows.iter()
        .map(|r| {
            let generated: String = get(r, 6)?;
            let identity: String = get(r, 7)?;
            let kind: Option<String> = get(r, 10)?;
            Ok((
                get(r, 0)?,
                get(r, 11)?,
                Column {
                    name: get(r, 1)?,
                    data_type: get(r, 2)?,
                    column_type: get(r, 3)?,
                    nullable: get(r, 4)?,
                    default: get(r, 5)?,
                    generated: match generated.as_str() {
                        "s" => Some("stored".into()),
                        "v" => Some("virtual".into()),
                        _ => None,
                    },
                    identity: match identity.as_str() {
                        "a" => Some("always".into()),
                        "d" => Some("by default".into()),
                        _ => None,
                    },
                    collation: get(r, 8)?,
                    is_array: get(r, 9)?,
                    user_type_kind: kind.as_deref().map(type_kind).map(str::to_string),
                    ..Column::default()
                },
            ))
        })
        .collect()
}

fn type_kind(typtype: &str) -> &'static str {
    match typtype {
        "d" => "domain",
        "e" => "enum",
        "c" => "composite",
        "r" => "range",
        "m" => "multirange",
        "p" => "pseudo",
        _ => "base",
    }
}

/// Gives each table its columns; returns every column name by (relation oid, attribute number).
fn attach_columns(
    tables: &mut [Table],
    oids: &[i64],
    columns: Columns,
) -> HashMap<(i64, i32), String> {
    let at: HashMap<i64, usize> = oids.iter().enumerate().map(|(i, o)| (*o, i)).collect();
    let mut names = HashMap::with_capacity(columns.len());
    for (oid, num, col) in columns {
        names.insert((oid, num), col.name.clone());
        if let Some(&i) = at.get(&oid) {
            tables[i].columns.push(col);
        }
    }
    for t in tables {
        t.has_auto_increment = t.columns.iter().any(|c| {
            c.identity.is_some()
                || c.default
                    .as_deref()
                    .is_some_and(|d| d.starts_with("nextval("))
        });
    }
    names
}

fn indexes(rows: &[Row], names: &HashMap<(i64, i32), String>) -> Result<Vec<Index>, String> {
    rows.iter()
        .map(|r| {
            let rel: i64 = get(r, 8)?;
            let keys: Vec<i16> = get(r, 9)?;
            Ok(Index {
                schema: get(r, 0)?,
                table: get(r, 1)?,
                name: get(r, 2)?,
                method: get(r, 3)?,
                unique: get(r, 4)?,
                primary: get(r, 5)?,
                partial: get(r, 6)?,
                expression: get(r, 7)?,
                // 0 is an expression; INCLUDE columns are listed too.
                columns: keys
                    .iter()
                    .filter_map(|k| names.get(&(rel, i32::from(*k))).cloned())
                    .collect(),
                invisible: get(r, 10)?,
                size_bytes: non_negative(get(r, 11)?),
                ..Index::default()
            })
        })
        .collect()
}

fn fk_action(code: &str) -> String {
    match code {
        "r" => "restrict",
        "c" => "cascade",
        "n" => "set null",
        "d" => "set default",
        _ => "no action",
    }
    .into()
}

fn foreign_keys(rows: &[Row]) -> Result<Vec<ForeignKey>, String> {
    rows.iter()
        .map(|r| {
            let del: String = get(r, 4)?;
            let upd: String = get(r, 5)?;
            Ok(ForeignKey {
                schema: get(r, 0)?,
                table: get(r, 1)?,
                name: get(r, 2)?,
                referenced_table: get(r, 3)?,
                on_delete: Some(fk_action(&del)),
                on_update: Some(fk_action(&upd)),
            })
        })
        .collect()
}

fn types(rows: &[Row]) -> Result<Vec<UserType>, String> {
    rows.iter()
        .map(|r| {
            let kind: String = get(r, 2)?;
            let language: Option<String> = get(r, 3)?;
            Ok(UserType {
                schema: get(r, 0)?,
                name: get(r, 1)?,
                kind: type_kind(&kind).into(),
                language: if kind == "b" { language } else { None },
            })
        })
        .collect()
}

fn routines(rows: &[Row]) -> Result<Vec<Routine>, String> {
    rows.iter()
        .map(|r| {
            let kind: String = get(r, 2)?;
            let language: String = get(r, 3)?;
            let body: Option<String> = get(r, 4)?;
            let body = body.unwrap_or_default();
            let uses = if matches!(language.as_str(), "c" | "internal") {
                Vec::new()
            } else {
                scan_body(&body)
            };
            Ok(Routine {
                schema: get(r, 0)?,
                name: get(r, 1)?,
                kind: match kind.as_str() {
                    "p" => "procedure",
                    "a" => "aggregate",
                    "w" => "window",
                    _ => "function",
                }
                .into(),
                body_length: body.chars().count() as u64,
                body_lines: if body.trim().is_empty() {
                    0
                } else {
                    body.trim().lines().count() as u64
                },
                language,
                security_definer: get(r, 5)?,
                uses,
                ..Routine::default()
            })
        })
        .collect()
}

/// Features a routine body uses that matter on Lakebase, by a scan of its text (comments
/// removed). The names are the vocabulary `rubrics/postgres.yaml` expects.
pub fn scan_body(body: &str) -> Vec<String> {
    static PATTERNS: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    static COMMENTS: OnceLock<Regex> = OnceLock::new();
    let patterns = PATTERNS.get_or_init(|| {
        [
            (
                "temp_table",
                r"\bcreate\s+(global\s+|local\s+)?(temp|temporary)\s+table\b",
            ),
            ("listen", r"\blisten\s+[a-z_]"),
            ("notify", r"\bnotify\s+[a-z_]|\bpg_notify\s*\("),
            (
                "advisory_lock",
                r"\bpg_(try_)?advisory_(xact_)?lock(_shared)?\s*\(",
            ),
            ("copy_program", r"\bcopy\b[^;]*\b(from|to)\s+program\b"),
            ("copy_file", r"\bcopy\b[^;]*\b(from|to)\s+e?'"),
            ("lo_import", r"\blo_import\s*\("),
            ("lo_export", r"\blo_export\s*\("),
            ("pg_read_file", r"\bpg_read_file\s*\("),
            ("pg_read_binary_file", r"\bpg_read_binary_file\s*\("),
            ("pg_ls_dir", r"\bpg_ls_dir\s*\("),
            ("pg_stat_file", r"\bpg_stat_file\s*\("),
            ("pg_file_write", r"\bpg_file_write\s*\("),
            (
                "dblink",
                r"\bdblink(_exec|_connect|_open|_send_query|_fetch)?\s*\(",
            ),
            (
                "dynamic_sql",
                r"\bexecute\s+(format\s*\(|'|\$|[a-z_][a-z0-9_.]*\s*(\|\||;|using\b|into\b))",
            ),
            (
                "cursor",
                r"\bcursor\s+(for|\()|\bopen\s+[a-z_][a-z0-9_]*\s+for\b",
            ),
        ]
        .into_iter()
        .map(|(name, re)| {
            (
                name,
                Regex::new(&format!("(?is){re}")).expect("valid pattern"),
            )
        })
        .collect()
    });
    let comments =
        COMMENTS.get_or_init(|| Regex::new(r"(?s)/\*.*?\*/|--[^\n]*").expect("valid pattern"));
    let text = comments.replace_all(body, " ");
    patterns
        .iter()
        .filter(|(_, re)| re.is_match(&text))
        .map(|(name, _)| name.to_string())
        .collect()
}

fn triggers(rows: &[Row]) -> Result<Vec<Trigger>, String> {
    rows.iter()
        .map(|r| {
            let t: i32 = get(r, 3)?;
            let enabled: String = get(r, 5)?;
            let timing = if t & 64 != 0 {
                "instead of"
            } else if t & 2 != 0 {
                "before"
            } else {
                "after"
            };
            let events: Vec<&str> = [
                (4, "insert"),
                (16, "update"),
                (8, "delete"),
                (32, "truncate"),
            ]
            .into_iter()
            .filter(|(bit, _)| t & bit != 0)
            .map(|(_, e)| e)
            .collect();
            Ok(Trigger {
                schema: get(r, 0)?,
                table: get(r, 1)?,
                name: get(r, 2)?,
                timing: Some(timing.into()),
                events: Some(events.join("|")),
                function: get(r, 4)?,
                enabled: Some(enabled != "D"),
                ..Trigger::default()
            })
        })
        .collect()
}

fn event_triggers(rows: &[Row]) -> Result<Vec<EventTrigger>, String> {
    rows.iter()
        .map(|r| {
            Ok(EventTrigger {
                name: get(r, 0)?,
                event: get(r, 1)?,
                function: get(r, 2)?,
            })
        })
        .collect()
}

fn views(rows: &[Row]) -> Result<Vec<View>, String> {
    rows.iter()
        .map(|r| {
            Ok(View {
                schema: get(r, 0)?,
                name: get(r, 1)?,
                materialized: get(r, 2)?,
                check_option: get(r, 3)?,
                ..View::default()
            })
        })
        .collect()
}

fn sequences(rows: &[Row]) -> Result<Vec<Sequence>, String> {
    rows.iter()
        .map(|r| {
            Ok(Sequence {
                schema: get(r, 0)?,
                name: get(r, 1)?,
                data_type: get(r, 2)?,
                owned: get(r, 3)?,
            })
        })
        .collect()
}

fn foreign_servers(rows: &[Row]) -> Result<Vec<ForeignServer>, String> {
    rows.iter()
        .map(|r| {
            let n: i64 = get(r, 2)?;
            Ok(ForeignServer {
                name: get(r, 0)?,
                wrapper: get(r, 1)?,
                foreign_tables: u32::try_from(n).unwrap_or(u32::MAX),
            })
        })
        .collect()
}

fn publications(rows: &[Row]) -> Result<Vec<Publication>, String> {
    rows.iter()
        .map(|r| {
            let n: i64 = get(r, 2)?;
            Ok(Publication {
                name: get(r, 0)?,
                all_tables: get(r, 1)?,
                tables: u32::try_from(n).unwrap_or(u32::MAX),
            })
        })
        .collect()
}

fn subscriptions(rows: &[Row]) -> Result<Vec<crate::profile::Subscription>, String> {
    rows.iter()
        .map(|r| {
            Ok(crate::profile::Subscription {
                name: get(r, 0)?,
                enabled: get(r, 1)?,
                publications: get(r, 2)?,
            })
        })
        .collect()
}

fn slots(rows: &[Row]) -> Result<Vec<ReplicationSlot>, String> {
    rows.iter()
        .map(|r| {
            Ok(ReplicationSlot {
                name: get(r, 0)?,
                slot_type: get(r, 1)?,
                plugin: get(r, 2)?,
                active: get(r, 3)?,
            })
        })
        .collect()
}

fn large_objects(rows: &[Row]) -> Result<LargeObjects, String> {
    let r = rows.first().ok_or("no row")?;
    let count = non_negative(get(r, 0)?).unwrap_or(0);
    Ok(LargeObjects {
        count,
        size_bytes: if count == 0 {
            0
        } else {
            non_negative(get(r, 1)?).unwrap_or(0)
        },
    })
}

fn tablespaces(rows: &[Row]) -> Result<Vec<Tablespace>, String> {
    rows.iter()
        .map(|r| {
            let location: Option<String> = get(r, 1)?;
            Ok(Tablespace {
                name: get(r, 0)?,
                location: location.filter(|l| !l.is_empty()),
                size_bytes: non_negative(get(r, 2)?),
            })
        })
        .collect()
}

fn collations(rows: &[Row]) -> Result<Vec<Collation>, String> {
    rows.iter()
        .map(|r| {
            let n: i64 = get(r, 4)?;
            Ok(Collation {
                schema: get(r, 0)?,
                name: get(r, 1)?,
                provider: get(r, 2)?,
                deterministic: get(r, 3)?,
                used_by_columns: u64::try_from(n).unwrap_or(0),
            })
        })
        .collect()
}

fn settings(rows: &[Row]) -> Result<Vec<Setting>, String> {
    rows.iter()
        .map(|r| {
            let value: Option<String> = get(r, 1)?;
            Ok(Setting {
                name: get(r, 0)?,
                value: value.unwrap_or_default(),
                source: get(r, 2)?,
                context: get(r, 3)?,
            })
        })
        .collect()
}

fn roles(rows: &[Row]) -> Result<Vec<Role>, String> {
    rows.iter()
        .map(|r| {
            Ok(Role {
                name: get(r, 0)?,
                superuser: get(r, 1)?,
                can_login: get(r, 2)?,
                replication: get(r, 3)?,
                bypass_rls: get(r, 4)?,
                member_of: get(r, 5)?,
                auth_method: get(r, 6)?,
            })
        })
        .collect()
}

fn role_auth(rows: &[Row]) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    for r in rows {
        let method: Option<String> = get(r, 1)?;
        if let Some(m) = method {
            out.insert(get(r, 0)?, m);
        }
    }
    Ok(out)
}

fn cron_jobs(rows: &[Row]) -> Result<Vec<CronJob>, String> {
    rows.iter()
        .map(|r| {
            let text: String = get(r, 0)?;
            let j: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
            let s = |k: &str| j.get(k).and_then(|v| v.as_str()).map(str::to_string);
            let name = s("jobname")
                .unwrap_or_else(|| format!("job {}", j.get("jobid").cloned().unwrap_or_default()));
            Ok(CronJob {
                name,
                schedule: s("schedule").unwrap_or_default(),
                database: s("database"),
                command_length: s("command").map_or(0, |c| c.chars().count() as u64),
            })
        })
        .collect()
}

fn decimal(x: f64) -> Option<Decimal> {
    Decimal::from_f64_retain(x).map(|d| d.round_dp(2))
}

fn workload(rows: &[Row]) -> Result<crate::profile::Workload, String> {
    let r = rows.first().ok_or("no row")?;
    let backends: Option<i64> = get(r, 0)?;
    let tps: Option<f64> = get(r, 1)?;
    let reads: Option<f64> = get(r, 2)?;
    let writes: Option<f64> = get(r, 3)?;
    let blocks: Option<f64> = get(r, 4)?;
    let max_connections: Option<i64> = get(r, 5)?;
    let window: Option<f64> = get(r, 6)?;
    let mut w = crate::profile::Workload {
        transactions_per_second: tps.and_then(decimal),
        reads_per_second: reads.and_then(decimal),
        writes_per_second: writes.and_then(decimal),
        ..Default::default()
    };
    let mut other = |k: &str, v: Option<Decimal>| {
        if let Some(v) = v {
            w.other.insert(k.to_string(), v);
        }
    };
    other("connections_now", backends.map(Decimal::from));
    other("max_connections", max_connections.map(Decimal::from));
    other("blocks_read_per_second", blocks.and_then(decimal));
    other(
        "stats_window_hours",
        window.and_then(|s| decimal(s / 3600.0)),
    );
    Ok(w)
}

fn statements(rows: &[Row]) -> Result<Vec<(String, Decimal)>, String> {
    let r = rows.first().ok_or("no row")?;
    let n: i64 = get(r, 0)?;
    let calls: i64 = get(r, 1)?;
    let ms: f64 = get(r, 2)?;
    let rows_: i64 = get(r, 3)?;
    Ok(vec![
        ("pg_stat_statements.statements".into(), Decimal::from(n)),
        ("pg_stat_statements.calls".into(), Decimal::from(calls)),
        (
            "pg_stat_statements.total_exec_time_ms".into(),
            decimal(ms).unwrap_or_default(),
        ),
        ("pg_stat_statements.rows".into(), Decimal::from(rows_)),
    ])
}

// ------------------------------------------------------------------------------ detection

/// What the server exposes that tells one provider's PostgreSQL from another's.
#[derive(Debug, Default, Clone)]
pub struct Markers {
    /// A function named `aurora_version` exists.
    pub aurora_function: bool,
    /// Role names starting with rds, cloudsql, alloydb or azure.
    pub roles: Vec<String>,
    /// Setting names with a provider prefix (server, database or role level).
    pub settings: Vec<String>,
    /// Installed and available extension names.
    pub extensions: Vec<String>,
}

/// The engine id and the evidence for it. Precedence when markers of several providers are
/// present: Aurora (it also carries the RDS markers), RDS, Cloud SQL, AlloyDB, Azure.
pub fn detect(m: &Markers) -> (String, Vec<String>) {
    let role = |re: &str| -> Vec<String> {
        let re = Regex::new(re).expect("valid pattern");
        m.roles
            .iter()
            .filter(|r| re.is_match(r))
            .map(|r| format!("role {r} exists"))
            .collect()
    };
    let setting = |re: &str| -> Vec<String> {
        let re = Regex::new(re).expect("valid pattern");
        m.settings
            .iter()
            .filter(|s| re.is_match(s))
            .map(|s| format!("setting {s} exists"))
            .collect()
    };
    let extension = |re: &str| -> Vec<String> {
        let re = Regex::new(re).expect("valid pattern");
        let mut seen: Vec<&String> = m.extensions.iter().filter(|e| re.is_match(e)).collect();
        seen.sort();
        seen.dedup();
        seen.into_iter()
            .map(|e| format!("extension {e} is available"))
            .collect()
    };
    let mut aurora = Vec::new();
    if m.aurora_function {
        aurora.push("function aurora_version() exists".to_string());
    }
    aurora.extend(setting(r"^(aurora|apg)[._]"));
    aurora.extend(extension(r"^(aurora_|apg_)"));
    let mut rds = role(r"^(rds_superuser|rdsadmin|rds_iam|rds_replication|rdsrepladmin)$");
    rds.extend(setting(r"^rds\."));
    rds.extend(extension(r"^(rds_|aws_)"));
    let mut cloudsql =
        role(r"^(cloudsqlsuperuser|cloudsqladmin|cloudsqlagent|cloudsqlreplica|cloudsqliamuser)$");
    cloudsql.extend(setting(r"^cloudsql\."));
    let mut alloydb = role(r"^(alloydbsuperuser|alloydbadmin|alloydbagent|alloydbiamuser)$");
    alloydb.extend(setting(r"^(alloydb|google_)"));
    let google = extension(r"^(google_|alloydb)");
    let mut azure = role(r"^(azure_pg_admin|azuresu|azure_superuser)$");
    azure.extend(setting(r"^azure\."));
    azure.extend(extension(r"^(azure|pg_azure|pgaadauth)"));

    let mut evidence = Vec::new();
    let engine = if !aurora.is_empty() {
        evidence.extend(aurora);
        evidence.append(&mut rds);
        "aurora-postgresql"
    } else if !rds.is_empty() {
        evidence.append(&mut rds);
        "rds-postgresql"
    } else if !cloudsql.is_empty() {
        evidence.append(&mut cloudsql);
        evidence.extend(google.iter().cloned());
        "cloudsql-postgresql"
    } else if !alloydb.is_empty() || !google.is_empty() {
        evidence.append(&mut alloydb);
        evidence.extend(google.iter().cloned());
        "alloydb"
    } else if !azure.is_empty() {
        evidence.append(&mut azure);
        "azure-postgresql"
    } else {
        evidence.push(
            "no provider markers: no aurora_version() function and no rds*, cloudsql*, \
             alloydb*, azure* roles, settings or google_* / aws_* / azure* extensions"
                .into(),
        );
        "postgresql"
    };
    // Markers of another provider that lost on precedence are still worth showing.
    let others: Vec<String> = [rds, cloudsql, alloydb, azure]
        .into_iter()
        .flatten()
        .filter(|e| !evidence.contains(e))
        .collect();
    if !others.is_empty() && engine != "postgresql" {
        evidence.push(format!("also seen: {}", others.join(", ")));
    }
    (engine.to_string(), evidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers(roles: &[&str], settings: &[&str], exts: &[&str], aurora: bool) -> Markers {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect();
        Markers {
            aurora_function: aurora,
            roles: v(roles),
            settings: v(settings),
            extensions: v(exts),
        }
    }

    #[test]
    fn detection_precedence_and_evidence() {
        let cases = [
            (
                markers(&["rds_superuser"], &["rds.extensions"], &[], true),
                "aurora-postgresql",
            ),
            (
                markers(&["rds_superuser"], &[], &["aws_commons"], false),
                "rds-postgresql",
            ),
            (
                markers(&[], &["rds.force_ssl"], &[], false),
                "rds-postgresql",
            ),
            (
                markers(
                    &["cloudsqlsuperuser"],
                    &[],
                    &["google_ml_integration"],
                    false,
                ),
                "cloudsql-postgresql",
            ),
            (markers(&["alloydbsuperuser"], &[], &[], false), "alloydb"),
            (
                markers(&[], &[], &["google_columnar_engine"], false),
                "alloydb",
            ),
            (
                markers(&["azure_pg_admin"], &[], &[], false),
                "azure-postgresql",
            ),
            (
                markers(&[], &["azure.extensions"], &[], false),
                "azure-postgresql",
            ),
            (
                markers(&["rdsx_not_a_marker"], &[], &["postgis"], false),
                "postgresql",
            ),
        ];
        for (m, want) in cases {
            let (got, evidence) = detect(&m);
            assert_eq!(got, want, "{m:?}");
            assert!(!evidence.is_empty());
        }
        let (_, ev) = detect(&markers(&["rds_superuser"], &[], &[], true));
        assert_eq!(
            ev,
            [
                "function aurora_version() exists",
                "role rds_superuser exists"
            ]
        );
        let (_, ev) = detect(&markers(
            &["cloudsqlsuperuser", "azure_pg_admin"],
            &[],
            &[],
            false,
        ));
        assert_eq!(ev.last().unwrap(), "also seen: role azure_pg_admin exists");
    }

    #[test]
    fn body_scan_finds_the_rubric_vocabulary() {
        let body = "
            BEGIN
              -- CREATE TEMP TABLE in a comment does not count
              CREATE TEMPORARY TABLE scratch (id int) ON COMMIT DROP;
              PERFORM pg_advisory_xact_lock(42);
              PERFORM pg_notify('jobs', 'x');
              COPY t TO PROGRAM 'gzip > /tmp/t.gz';
              PERFORM lo_import('/etc/hosts');
              EXECUTE format('SELECT %I', col);
              SELECT * FROM dblink('host=x', 'select 1') AS t(a int);
            END";
        let uses = scan_body(body);
        for want in [
            "temp_table",
            "advisory_lock",
            "notify",
            "copy_program",
            "lo_import",
            "dynamic_sql",
            "dblink",
        ] {
            assert!(uses.contains(&want.to_string()), "{want} in {uses:?}");
        }
        assert!(!uses.contains(&"copy_file".to_string()), "{uses:?}");
        assert!(scan_body("/* create temp table x */ SELECT 1").is_empty());
        assert_eq!(scan_body("COPY t FROM '/data/t.csv'"), ["copy_file"]);
        assert_eq!(scan_body("LISTEN jobs; SELECT 1"), ["listen"]);
    }

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

    #[test]
    fn begin_sets_read_only_and_timeouts() {
        let o = Options {
            statement_timeout: Duration::from_secs(30),
            lock_timeout: Duration::from_millis(1500),
            ..Options::default()
        };
        let sql = begin_sql(&o);
        assert!(sql.starts_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;"));
        assert!(sql.contains("statement_timeout = 30000;"));
        assert!(sql.contains("lock_timeout = 1500;"));
        for name in own_settings!().split(", ") {
            assert!(sql.contains(name.trim_matches('\'')), "{name}");
        }
    }

    #[test]
    fn version_dependent_sql() {
        assert!(sql_routines(110000).contains("prokind"));
        assert!(sql_routines(100000).contains("proisagg"));
        // Nothing that deparses with locks on the tables it reads.
        for sql in [sql_routines(170000), sql_views(), sql_columns(170000)] {
            for locking in ["pg_get_function_sqlbody", "pg_get_viewdef", "adrelid)"] {
                assert!(!sql.contains(locking), "{locking}");
            }
        }
        assert!(sql_columns(120000).contains("attgenerated"));
        assert!(!sql_columns(110000).contains("attgenerated"));
        assert!(sql_tables(120000, 8192).contains("pg_am"));
        assert!(!sql_tables(110000, 8192).contains("pg_am"));
        assert!(sql_databases(150000).contains("datlocprovider"));
        assert!(!sql_databases(140000).contains("datlocprovider"));
        assert!(sql_pg_stat_statements(130000, "public").contains("total_exec_time"));
        assert!(sql_pg_stat_statements(120000, "public").contains("total_time"));
        assert!(SQL_SETTINGS.contains("'search_path'"));
    }
}
