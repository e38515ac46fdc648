//! Where a profile comes from: a profile file, or a live source reached by URL.
//!
//! The wizard and `fleet` both start from a [`Source`]; [`Source::acquire`] turns it into a
//! [`Profile`]. A password never sits in a URL that is kept or shown: it is held apart as a
//! [`Secret`] (whose `Debug` and `Display` print a mask) and joined to the URL only at the
//! moment of connecting. Everything shown of a source goes through [`Source::describe`].

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use crate::error::Error;
use crate::profile::Profile;

/// What a password is replaced with wherever it could be shown.
pub const MASK: &str = "****";

/// A password. It cannot be printed by accident: `Debug` and `Display` show [`MASK`].
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

/// Limits for reaching a live source.
#[derive(Debug, Clone)]
pub struct ConnectLimits {
    /// Longest wait for the connection, TLS and authentication.
    pub connect_timeout: Duration,
    /// Longest time one catalog query may run on the source.
    pub statement_timeout: Duration,
    /// Longest time a catalog query may wait for a lock.
    pub lock_timeout: Duration,
    /// Documents sampled per Cosmos DB container for the document shape.
    pub sample_documents: usize,
}

impl Default for ConnectLimits {
    fn default() -> Self {
        ConnectLimits {
            connect_timeout: Duration::from_secs(10),
            statement_timeout: Duration::from_secs(60),
            lock_timeout: Duration::from_secs(5),
            sample_documents: 1000,
        }
    }
}

/// A source to assess.
#[derive(Debug, Clone)]
pub enum Source {
    /// A profile file (JSON), written by `introspect -o` or by hand.
    Profile(PathBuf),
    /// A live database: a URL without a password, and the password apart.
    Live {
        url: String,
        password: Option<Secret>,
    },
}

impl Source {
    /// What to show of the source: the file path, or the URL (which holds no password).
    pub fn describe(&self) -> String {
        match self {
            Source::Profile(p) => p.display().to_string(),
            Source::Live { url, .. } => url.clone(),
        }
    }

    /// `text` with the source's password, if any, masked.
    pub fn scrub(&self, text: &str) -> String {
        match self {
            Source::Live {
                password: Some(p), ..
            } => p.scrub(text),
            _ => text.to_string(),
        }
    }

    /// Reads the profile: the file, or the live source's catalogs (read-only). `engine` is an
    /// engine id chosen by the user, or `None` to detect it. Errors never hold the password.
    pub fn acquire(&self, engine: Option<&str>, limits: &ConnectLimits) -> Result<Profile, Error> {
        match self {
            Source::Profile(path) => Profile::load(path),
            Source::Live { url, password } => {
                let result = live::introspect(url, password.as_ref(), engine, limits);
                result.map_err(|e| scrub_error(e, password.as_ref()))
            }
        }
    }
}

/// Checks a URL that is to be kept or shown: it must parse as `scheme://…` and hold no password
/// (that belongs in an environment variable or a masked prompt).
pub fn check_url(url: &str) -> Result<(), String> {
    let Some((scheme, rest)) = url.split_once("://") else {
        return Err("expected scheme://[user@]host[:port]/database, e.g. \
             postgresql://assessor@db.example.com:5432/shop"
            .into());
    };
    if scheme.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+')
    {
        return Err(format!("`{scheme}` is not a URL scheme"));
    }
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    if let Some(userinfo) = authority.rsplit_once('@').map(|(u, _)| u) {
        if userinfo.contains(':') {
            return Err(
                "the URL holds a password; leave it out of the URL and give it apart \
                        (`password_env:` in an inventory, the masked prompt in the wizard)"
                    .into(),
            );
        }
    }
    let query = rest.split_once('?').map_or("", |(_, q)| q);
    if query.split('&').any(|kv| {
        kv.split('=')
            .next()
            .is_some_and(|k| k.eq_ignore_ascii_case("password"))
    }) {
        return Err(
            "the URL holds a `password` parameter; leave it out and give the password \
                    apart"
                .into(),
        );
    }
    Ok(())
}

/// `url` with `password` put into its user part, percent-encoded: the form a driver reads.
/// The result must never be shown or stored.
pub fn url_with_password(url: &str, password: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let encoded = percent_encode(password);
    match authority.rsplit_once('@') {
        Some((user, host)) => format!("{scheme}://{user}:{encoded}@{host}{tail}"),
        None => format!("{scheme}://:{encoded}@{authority}{tail}"),
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The error with the password (plain and percent-encoded) masked in its text.
fn scrub_error(e: Error, password: Option<&Secret>) -> Error {
    let Some(p) = password else { return e };
    let clean = |s: String| {
        let s = p.scrub(&s);
        let enc = percent_encode(p.expose());
        if enc.is_empty() {
            s
        } else {
            s.replace(&enc, MASK)
        }
    };
    match e {
        Error::Input { what, detail } => Error::Input {
            what: clean(what),
            detail: clean(detail),
        },
        Error::Unreachable { what, detail } => Error::Unreachable {
            what: clean(what),
            detail: clean(detail),
        },
        Error::Problems(list) => Error::Problems(list.into_iter().map(clean).collect()),
        Error::Gate(s) => Error::Gate(clean(s)),
        Error::SourcesFailed(s) => Error::SourcesFailed(clean(s)),
        Error::Interrupted => Error::Interrupted,
        Error::Io { what, source } => Error::Io {
            what: clean(what),
            source: std::io::Error::new(source.kind(), clean(source.to_string())),
        },
    }
}

/// Live introspection, through the introspection entry point.
mod live {
    use super::*;

    pub fn introspect(
        url: &str,
        password: Option<&Secret>,
        engine: Option<&str>,
        limits: &ConnectLimits,
    ) -> Result<Profile, Error> {
        let full = match password {
            Some(p) => url_with_password(url, p.expose()),
            None => url.to_string(),
        };
        let options = crate::introspect::Options {
            engine: engine.map(str::to_string),
            statement_timeout: limits.statement_timeout,
            lock_timeout: limits.lock_timeout,
            connect_timeout: limits.connect_timeout,
            sample_documents: limits.sample_documents,
        };
        Ok(crate::introspect::introspect(&full, &options)?.profile)
    }
}

/// Checks that an engine chosen by hand can read a URL: its family must be the URL scheme's.
pub fn check_engine_fits_url(engine: &crate::engine::Engine, url: &str) -> Result<(), String> {
    match crate::introspect::scheme_family(url) {
        Some(f) if f != engine.family => Err(format!(
            "`{}` is a {} engine, but the URL is a {f} source",
            engine.id, engine.family
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_never_prints() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s} {s:?}"), "**** ****");
        assert_eq!(s.scrub("auth failed: hunter2!"), "auth failed: ****!");
        let src = Source::Live {
            url: "postgresql://app@h/db".into(),
            password: Some(s),
        };
        let shown = format!("{src:?} {}", src.describe());
        assert!(!shown.contains("hunter2"), "{shown}");
    }

    #[test]
    fn urls_with_a_password_are_refused() {
        assert!(check_url("postgresql://app@db:5432/shop?sslmode=require").is_ok());
        assert!(check_url("mysql://root@127.0.0.1:3306/test").is_ok());
        for bad in [
            "postgresql://app:pw@db/shop",
            "postgresql://db/shop?sslmode=require&password=pw",
            "db.example.com/shop",
            "://x",
        ] {
            let e = check_url(bad).unwrap_err();
            assert!(!e.contains("pw@"), "{e}");
        }
    }

    #[test]
    fn the_password_joins_the_url_encoded() {
        assert_eq!(
            url_with_password("postgresql://app@db:5432/shop?x=1", "p@ss:w/rd"),
            "postgresql://app:p%40ss%3Aw%2Frd@db:5432/shop?x=1"
        );
        assert_eq!(
            url_with_password("postgresql://db/shop", "pw"),
            "postgresql://:pw@db/shop"
        );
    }

    #[test]
    fn errors_lose_the_password_plain_and_encoded() {
        let p = Secret::new("s3cr@t");
        let e = scrub_error(
            Error::Unreachable {
                what: "source postgresql://app:s3cr%40t@h/db".into(),
                detail: "password s3cr@t rejected".into(),
            },
            Some(&p),
        );
        let text = e.to_string();
        assert!(!text.contains("s3cr"), "{text}");
        assert_eq!(e.exit_code(), 3);
    }
}
