//! Live introspection: read a source's catalogs into a [`Profile`], read-only.
//!
//! This module owns what every source family shares: the connection URL (parsed once, with the
//! password kept out of every message: [`SourceUrl`] only ever displays it masked), the options
//! (timeouts, engine override), the outcome, and dispatch by URL scheme to a family module
//! ([`postgres`], [`mysql`], [`cosmos`]). A family module turns a URL into a profile with a fixed number of
//! set-based catalog queries and never writes to the source.

use std::fmt;
use std::time::Duration;

use crate::engine::Family;
use crate::error::Error;
use crate::profile::Profile;

pub mod cosmos;
pub mod mysql;
pub mod postgres;

/// What the password is replaced with wherever a URL or message is shown.
pub const MASK: &str = "****";

/// Per-run choices.
#[derive(Debug, Clone)]
pub struct Options {
    /// Engine id chosen by the user (`--engine`); `None` detects it from server markers.
    pub engine: Option<String>,
    /// Longest time one catalog query may run on the server (`statement_timeout`).
    pub statement_timeout: Duration,
    /// Longest time a catalog query may wait for a lock (`lock_timeout`).
    pub lock_timeout: Duration,
    /// Longest time to wait for the connection (TCP, TLS and authentication).
    pub connect_timeout: Duration,
    /// Documents sampled per container to infer the document shape (Cosmos DB); 0 reads none.
    pub sample_documents: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            engine: None,
            statement_timeout: Duration::from_secs(60),
            lock_timeout: Duration::from_secs(5),
            connect_timeout: Duration::from_secs(10),
            sample_documents: 1000,
        }
    }
}

/// A finished introspection: the profile and how it was obtained.
#[derive(Debug, Clone)]
pub struct Introspection {
    pub profile: Profile,
    pub stats: Stats,
}

#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Statements sent to the server (transaction control included). Fixed for a given server
    /// and privilege set, whatever the number of objects.
    pub queries: u32,
    /// Wall time from connecting to the last row, in milliseconds.
    pub elapsed_ms: u64,
    /// The source URL with the password masked.
    pub source: String,
    /// Server round trip and parsing time of each catalog area, in query order.
    pub areas: Vec<AreaTiming>,
}

#[derive(Debug, Clone, Default)]
pub struct AreaTiming {
    pub area: String,
    pub rows: usize,
    pub ms: u64,
}

/// Introspects the source at `url` (blocking; runs its own single-threaded runtime).
pub fn introspect(url: &str, options: &Options) -> Result<Introspection, Error> {
    let source = SourceUrl::parse(url)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Io {
            what: "cannot start the async runtime".into(),
            source: e,
        })?;
    match source.scheme.as_str() {
        "postgres" | "postgresql" => runtime.block_on(postgres::introspect(&source, options)),
        "mysql" | "mariadb" => runtime.block_on(mysql::introspect(&source, options)),
        "cosmos" | "cosmos+http" => runtime.block_on(cosmos::introspect(&source, options)),
        other => Err(Error::input(
            format!("source {}", source.masked()),
            format!(
                "cannot introspect `{other}://` sources; supported: postgresql:// (PostgreSQL, \
                 Aurora, RDS, Cloud SQL, AlloyDB, Azure), mysql:// (MySQL, MariaDB, Aurora, RDS, \
                 Cloud SQL, Azure) and cosmos:// (Azure Cosmos DB for NoSQL). Write a profile \
                 by hand and use `assess --profile` for other sources"
            ),
        )),
    }
}

/// The engine family a URL scheme introspects as, if any.
pub fn scheme_family(url: &str) -> Option<Family> {
    let scheme = url.split_once("://")?.0.to_ascii_lowercase();
    match scheme.as_str() {
        "postgres" | "postgresql" => Some(Family::Postgres),
        "mysql" | "mariadb" => Some(Family::Mysql),
        "cosmos" | "cosmos+http" => Some(Family::Document),
        _ => None,
    }
}

/// A parsed connection URL: `scheme://[user[:password]@][host][:port][/database][?k=v&…]`.
///
/// Percent-escapes are decoded. The password is never shown: `Display`, `Debug` and
/// [`SourceUrl::masked`] print [`MASK`] in its place, and [`SourceUrl::scrub`] removes it from
/// any other text (a driver's error message, say).
#[derive(Clone, PartialEq, Eq)]
pub struct SourceUrl {
    /// Lower-case scheme (`postgresql`).
    pub scheme: String,
    pub user: Option<String>,
    password: Option<String>,
    /// Host name, IP address (IPv6 without brackets) or Unix socket directory.
    pub host: Option<String>,
    pub port: Option<u16>,
    pub database: Option<String>,
    /// Query parameters in order (`sslmode=require`), decoded. A `password` parameter is taken
    /// out into the password and never kept here.
    pub params: Vec<(String, String)>,
}

impl SourceUrl {
    pub fn parse(url: &str) -> Result<SourceUrl, Error> {
        let bad = |detail: String| Error::input("source URL", detail);
        let (scheme, rest) = url.split_once("://").ok_or_else(|| {
            bad(
                "expected scheme://[user[:password]@]host[:port]/database, e.g. \
                 postgresql://app@db.example.com:5432/shop?sslmode=require"
                    .into(),
            )
        })?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme.is_empty()
            || !scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '+')
        {
            return Err(bad(format!("`{scheme}` is not a URL scheme")));
        }
        let (before_query, query) = match rest.split_once('?') {
            Some((a, q)) => (a, Some(q)),
            None => (rest, None),
        };
        let (authority, path) = match before_query.find('/') {
            Some(i) => (&before_query[..i], Some(&before_query[i + 1..])),
            None => (before_query, None),
        };
        let (userinfo, hostport) = match authority.rfind('@') {
            Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
            None => (None, authority),
        };
        let (user, mut password) = match userinfo {
            Some(info) => match info.split_once(':') {
                Some((u, p)) => (Some(decode(u)?), Some(decode(p)?)),
                None => (Some(decode(info)?), None),
            },
            None => (None, None),
        };
        let mut parsed = SourceUrl {
            scheme,
            user: user.filter(|u| !u.is_empty()),
            password: None,
            host: None,
            port: None,
            database: None,
            params: Vec::new(),
        };
        if hostport.contains(',') {
            return Err(bad(
                "several hosts are not supported; give the one host to introspect".into(),
            ));
        }
        let (host, port) = split_host_port(hostport).map_err(bad)?;
        parsed.host = host
            .map(|h| decode(&h))
            .transpose()?
            .filter(|h| !h.is_empty());
        parsed.port = port;
        if let Some(path) = path {
            let db = decode(path)?;
            if !db.is_empty() {
                parsed.database = Some(db);
            }
        }
        for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let (k, v) = (decode(k)?, decode(v)?);
            match k.as_str() {
                "password" => password = Some(v),
                "user" => parsed.user = Some(v),
                "host" => parsed.host = Some(v),
                "dbname" => parsed.database = Some(v),
                "port" => {
                    parsed.port = Some(v.parse().map_err(|_| {
                        bad(format!("port `{v}` is not a number between 1 and 65535"))
                    })?)
                }
                _ => parsed.params.push((k, v)),
            }
        }
        parsed.password = password;
        Ok(parsed)
    }

    /// The same server reached as `user` with `password`, in `database` (the rehearsal's
    /// connection as the role it created).
    pub fn with_login(&self, user: &str, password: &str, database: &str) -> SourceUrl {
        SourceUrl {
            user: Some(user.to_string()),
            password: Some(password.to_string()),
            database: Some(database.to_string()),
            ..self.clone()
        }
    }

    /// The same server, another database.
    pub fn with_database(&self, database: &str) -> SourceUrl {
        SourceUrl {
            database: Some(database.to_string()),
            ..self.clone()
        }
    }

    /// The password given in the URL, if any. Never print it: use [`SourceUrl::masked`].
    pub fn password(&self) -> Option<&str> {
        self.password.as_deref()
    }

    /// The value of query parameter `key` (the last one when repeated).
    pub fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The URL as it can be shown: the password replaced by [`MASK`].
    pub fn masked(&self) -> String {
        let mut s = format!("{}://", self.scheme);
        if let Some(user) = &self.user {
            s.push_str(user);
            if self.password.is_some() {
                s.push(':');
                s.push_str(MASK);
            }
            s.push('@');
        } else if self.password.is_some() {
            s.push(':');
            s.push_str(MASK);
            s.push('@');
        }
        match &self.host {
            Some(h) if h.contains(':') => s.push_str(&format!("[{h}]")),
            Some(h) if h.starts_with('/') => s.push_str(&h.replace('/', "%2F")),
            Some(h) => s.push_str(h),
            None => {}
        }
        if let Some(port) = self.port {
            s.push_str(&format!(":{port}"));
        }
        if let Some(db) = &self.database {
            s.push('/');
            s.push_str(db);
        }
        for (i, (k, v)) in self.params.iter().enumerate() {
            s.push(if i == 0 { '?' } else { '&' });
            s.push_str(&format!("{k}={v}"));
        }
        s
    }

    /// `text` with every occurrence of the password replaced by [`MASK`].
    pub fn scrub(&self, text: &str) -> String {
        scrub(text, self.password.as_deref())
    }
}

/// `text` with every occurrence of `secret` replaced by [`MASK`].
pub fn scrub(text: &str, secret: Option<&str>) -> String {
    match secret {
        Some(p) if !p.is_empty() => text.replace(p, MASK),
        _ => text.to_string(),
    }
}

impl fmt::Display for SourceUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for SourceUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SourceUrl({})", self.masked())
    }
}

fn split_host_port(s: &str) -> Result<(Option<String>, Option<u16>), String> {
    let port = |p: &str| {
        if p.is_empty() {
            return Ok(None);
        }
        p.parse::<u16>()
            .ok()
            .filter(|n| *n > 0)
            .map(Some)
            .ok_or_else(|| format!("port `{p}` is not a number between 1 and 65535"))
    };
    if let Some(rest) = s.strip_prefix('[') {
        let (host, after) = rest
            .split_once(']')
            .ok_or_else(|| "an IPv6 address opened with `[` is not closed with `]`".to_string())?;
        let p = match after.strip_prefix(':') {
            Some(p) => port(p)?,
            None if after.is_empty() => None,
            None => return Err(format!("unexpected `{after}` after the IPv6 address")),
        };
        return Ok((Some(host.to_string()), p));
    }
    match s.rsplit_once(':') {
        Some((h, p)) => Ok(((!h.is_empty()).then(|| h.to_string()), port(p)?)),
        None => Ok(((!s.is_empty()).then(|| s.to_string()), None)),
    }
}

/// Decodes `%XX` escapes (UTF-8). `+` stays a plus, as in libpq.
fn decode(s: &str) -> Result<String, Error> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match hex {
                Some(b) => {
                    out.push(b);
                    i += 3;
                    continue;
                }
                // Do not echo the fragment: it may be part of the password.
                None => return Err(Error::input(
                    "source URL",
                    "a `%` is not followed by two hexadecimal digits (write a literal % as %25)",
                )),
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out)
        .map_err(|_| Error::input("source URL", "a percent-escape does not decode to UTF-8"))
}

/// Parses a duration flag: `30s`, `500ms`, `2min`, or a bare number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a duration (e.g. 30s, 500ms, 2min)"))?;
    let secs = match unit.trim() {
        "" | "s" | "sec" => n,
        "ms" => n / 1000.0,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        u => return Err(format!("unknown unit `{u}` in `{s}` (use ms, s, min or h)")),
    };
    if !(secs > 0.0 && secs.is_finite()) {
        return Err(format!("`{s}` must be more than zero"));
    }
    Ok(Duration::from_secs_f64(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_full_url_and_masks_the_password() {
        let u = SourceUrl::parse(
            "postgresql://app:s3cr%40t@db.example.com:6432/shop?sslmode=require&application_name=x",
        )
        .unwrap();
        assert_eq!(u.scheme, "postgresql");
        assert_eq!(u.user.as_deref(), Some("app"));
        assert_eq!(u.password(), Some("s3cr@t"));
        assert_eq!(u.host.as_deref(), Some("db.example.com"));
        assert_eq!(u.port, Some(6432));
        assert_eq!(u.database.as_deref(), Some("shop"));
        assert_eq!(u.param("sslmode"), Some("require"));
        let shown = format!("{u} {u:?}");
        assert!(!shown.contains("s3cr"), "{shown}");
        assert_eq!(
            u.masked(),
            "postgresql://app:****@db.example.com:6432/shop?sslmode=require&application_name=x"
        );
        assert_eq!(
            u.scrub("auth failed for s3cr@t here"),
            "auth failed for **** here"
        );
    }

    #[test]
    fn password_in_query_is_masked_and_not_kept_as_a_param() {
        let u = SourceUrl::parse("postgres://h/db?password=hunter2&sslmode=disable").unwrap();
        assert_eq!(u.password(), Some("hunter2"));
        assert!(u.param("password").is_none());
        assert_eq!(u.masked(), "postgres://:****@h/db?sslmode=disable");
    }

    #[test]
    fn ipv6_socket_and_minimal_forms() {
        let u = SourceUrl::parse("postgresql://[::1]:5433/x").unwrap();
        assert_eq!((u.host.as_deref(), u.port), (Some("::1"), Some(5433)));
        assert_eq!(u.masked(), "postgresql://[::1]:5433/x");
        let u = SourceUrl::parse("postgresql://%2Fvar%2Frun%2Fpostgresql/x").unwrap();
        assert_eq!(u.host.as_deref(), Some("/var/run/postgresql"));
        let u = SourceUrl::parse("postgresql://").unwrap();
        assert_eq!(
            (u.host, u.port, u.database, u.user),
            (None, None, None, None)
        );
        let u = SourceUrl::parse("postgresql:///db?host=/tmp&port=5499&user=me").unwrap();
        assert_eq!(u.host.as_deref(), Some("/tmp"));
        assert_eq!(u.port, Some(5499));
        assert_eq!(u.user.as_deref(), Some("me"));
    }

    #[test]
    fn bad_urls_are_input_errors_that_do_not_echo_the_password() {
        for url in [
            "db.example.com/shop",
            "postgresql://u:pa%zzss@h/db",
            "postgresql://u:secret@h:99999/db",
            "postgresql://u:secret@h1,h2/db",
            "postgresql://u:secret@[::1/db",
        ] {
            let e = SourceUrl::parse(url).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{url}");
            let text = e.to_string();
            assert!(
                !text.contains("secret") && !text.contains("pa%zz"),
                "{text}"
            );
        }
    }

    #[test]
    fn unsupported_scheme_is_an_input_error() {
        let e = introspect("mongodb://u:pw@h/db", &Options::default()).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("mongodb://u:****@h/db"), "{e}");
        assert_eq!(scheme_family("POSTGRES://x"), Some(Family::Postgres));
        assert_eq!(scheme_family("mysql://x"), Some(Family::Mysql));
        assert_eq!(
            scheme_family("cosmos://acct.documents.azure.com"),
            Some(Family::Document)
        );
        assert_eq!(scheme_family("mongodb://x"), None);
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("2min").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("7").unwrap(), Duration::from_secs(7));
        assert!(parse_duration("0").is_err());
        assert!(parse_duration("5 parsecs").is_err());
    }
}
