//! The connection URL of a live source, parsed once, and the password it may carry.
//!
//! A password is a [`Secret`]: nothing formats it (`Debug` and `Display` print [`MASK`]), and it
//! leaves the type only through [`Secret::expose`], for the driver. A [`SourceUrl`] holds the
//! password apart from the parts that are shown; [`SourceUrl::masked`] is the one way to show a
//! URL.

use std::fmt;

use crate::error::Error;

/// What a password is replaced with wherever a URL or message is shown.
pub const MASK: &str = "****";

/// A password or key. It cannot be printed by accident: `Debug` and `Display` show [`MASK`].
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Secret {
        Secret(s.into())
    }

    /// The password itself, for the driver only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `text` with every occurrence of the password replaced by [`MASK`].
    pub fn scrub(&self, text: &str) -> String {
        if self.0.is_empty() {
            text.to_string()
        } else {
            text.replace(&self.0, MASK)
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
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
    password: Option<Secret>,
    /// Host name, IP address (IPv6 without brackets) or Unix socket directory.
    pub host: Option<String>,
    pub port: Option<u16>,
    pub database: Option<String>,
    /// Query parameters in order (`sslmode=require`), decoded. A `password` parameter is taken
    /// out into the password and never kept here.
    pub params: Vec<(String, String)>,
}

impl SourceUrl {
    /// Parses a URL to connect to; a password in it is taken apart into a [`Secret`].
    pub fn parse(url: &str) -> Result<SourceUrl, Error> {
        Self::parse_detail(url).map_err(|detail| Error::input("source URL", detail))
    }

    /// Parses a URL that is kept or shown (an inventory, the wizard): it must hold no password,
    /// which belongs in an environment variable or a masked prompt. The error is the detail
    /// alone, for the caller to place (`fleet.yaml:4: source `a`: url: …`).
    pub fn parse_kept(url: &str) -> Result<SourceUrl, String> {
        let parsed = Self::parse_detail(url)?;
        if parsed.password.is_some() {
            return Err(
                "the URL holds a password; leave it out of the URL and give it apart \
                 (`password_env:` in an inventory, the masked prompt in the wizard)"
                    .into(),
            );
        }
        Ok(parsed)
    }

    fn parse_detail(url: &str) -> Result<SourceUrl, String> {
        let (scheme, rest) = url.split_once("://").ok_or_else(|| {
            "expected scheme://[user@]host[:port]/database, e.g. \
             postgresql://app@db.example.com:5432/shop?sslmode=require"
                .to_string()
        })?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme.is_empty()
            || !scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '+')
        {
            return Err(format!("`{scheme}` is not a URL scheme"));
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
            return Err("several hosts are not supported; give the one host to introspect".into());
        }
        let (host, port) = split_host_port(hostport)?;
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
                    parsed.port =
                        Some(v.parse().map_err(|_| {
                            format!("port `{v}` is not a number between 1 and 65535")
                        })?)
                }
                _ => parsed.params.push((k, v)),
            }
        }
        parsed.password = password.map(Secret);
        Ok(parsed)
    }

    /// The same URL with `password` (given apart: an environment variable, a prompt).
    pub fn with_password(mut self, password: Option<Secret>) -> SourceUrl {
        if password.is_some() {
            self.password = password;
        }
        self
    }

    /// The same server reached as `user` with `password`, in `database` (the rehearsal's
    /// connection as the role it created).
    pub fn with_login(&self, user: &str, password: &str, database: &str) -> SourceUrl {
        SourceUrl {
            user: Some(user.to_string()),
            password: Some(Secret::new(password)),
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

    /// The password given with the URL, if any. Never print it: use [`SourceUrl::masked`].
    pub fn password(&self) -> Option<&Secret> {
        self.password.as_ref()
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
        if self.user.is_some() || self.password.is_some() {
            s.push_str(self.user.as_deref().unwrap_or(""));
            if self.password.is_some() {
                s.push(':');
                s.push_str(MASK);
            }
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
        match &self.password {
            Some(p) => p.scrub(text),
            None => text.to_string(),
        }
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
fn decode(s: &str) -> Result<String, String> {
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
                None => {
                    return Err(
                        "a `%` is not followed by two hexadecimal digits (write a literal % as \
                         %25)"
                            .into(),
                    )
                }
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).map_err(|_| "a percent-escape does not decode to UTF-8".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_never_prints() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s} {s:?}"), "**** ****");
        assert_eq!(s.scrub("auth failed: hunter2!"), "auth failed: ****!");
    }

    #[test]
    fn parses_a_full_url_and_masks_the_password() {
        let u = SourceUrl::parse(
            "postgresql://app:s3cr%40t@db.example.com:6432/shop?sslmode=require&application_name=x",
        )
        .unwrap();
        assert_eq!(u.scheme, "postgresql");
        assert_eq!(u.user.as_deref(), Some("app"));
        assert_eq!(u.password().map(Secret::expose), Some("s3cr@t"));
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
        assert_eq!(u.password().map(Secret::expose), Some("hunter2"));
        assert!(u.param("password").is_none());
        assert_eq!(u.masked(), "postgres://:****@h/db?sslmode=disable");
    }

    #[test]
    fn a_password_given_apart_joins_without_touching_the_text() {
        let u = SourceUrl::parse_kept("postgresql://app@db:5432/shop?x=1").unwrap();
        assert_eq!(u.masked(), "postgresql://app@db:5432/shop?x=1");
        let u = u.with_password(Some(Secret::new("p@ss:w/rd")));
        assert_eq!(u.password().map(Secret::expose), Some("p@ss:w/rd"));
        assert_eq!(u.masked(), "postgresql://app:****@db:5432/shop?x=1");
    }

    #[test]
    fn kept_urls_with_a_password_are_refused() {
        assert!(SourceUrl::parse_kept("postgresql://app@db:5432/shop?sslmode=require").is_ok());
        assert!(SourceUrl::parse_kept("mysql://root@127.0.0.1:3306/test").is_ok());
        for bad in [
            "postgresql://app:pw@db/shop",
            "postgresql://db/shop?sslmode=require&password=pw",
            "db.example.com/shop",
            "://x",
        ] {
            let e = SourceUrl::parse_kept(bad).unwrap_err();
            assert!(!e.contains("pw"), "{e}");
        }
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
}
