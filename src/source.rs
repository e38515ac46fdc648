//! Where a profile comes from: a profile file, or a live source reached by URL.
//!
//! The wizard and `fleet` both start from a [`Source`]; [`Source::acquire`] turns it into a
//! [`Profile`]. A password never sits in a URL that is kept or shown: it is held apart as a
//! [`Secret`] and joined to the parsed [`SourceUrl`] only at the moment of connecting.
//! Everything shown of a source goes through [`Source::describe`].

use std::path::PathBuf;

use crate::error::Error;
use crate::introspect::{self, ConnectOptions, Secret, SourceUrl};
use crate::profile::Profile;

/// A source to assess.
#[derive(Debug, Clone)]
pub enum Source {
    /// A profile file (JSON), written by `introspect -o` or by hand.
    Profile(PathBuf),
    /// A live database: a URL without a password, and the password apart.
    Live {
        url: SourceUrl,
        password: Option<Secret>,
    },
}

impl Source {
    /// What to show of the source: the file path, or the URL (which holds no password).
    pub fn describe(&self) -> String {
        match self {
            Source::Profile(p) => p.display().to_string(),
            Source::Live { url, .. } => url.masked(),
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
    pub fn acquire(
        &self,
        engine: Option<&str>,
        connect: &ConnectOptions,
    ) -> Result<Profile, Error> {
        match self {
            Source::Profile(path) => Profile::load(path),
            Source::Live { url, password } => {
                let url = url.clone().with_password(password.clone());
                let options = introspect::Options {
                    engine: engine.map(str::to_string),
                    connect: connect.clone(),
                };
                let result = introspect::introspect_url(&url, &options).map(|done| done.profile);
                // Every introspector scrubs its messages; this is the net under them.
                result.map_err(|e| e.map_text(|text| self.scrub(&text)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_source_never_shows_its_password() {
        let src = Source::Live {
            url: SourceUrl::parse_kept("postgresql://app@h/db").unwrap(),
            password: Some(Secret::new("hunter2")),
        };
        let shown = format!("{src:?} {}", src.describe());
        assert!(!shown.contains("hunter2"), "{shown}");
        assert_eq!(src.describe(), "postgresql://app@h/db");
    }

    #[test]
    fn errors_lose_the_password() {
        let src = Source::Live {
            url: SourceUrl::parse_kept("postgresql://app@127.0.0.1:1/db").unwrap(),
            password: Some(Secret::new("s3cr@t")),
        };
        let e = Error::Unreachable {
            what: "source".into(),
            detail: "password s3cr@t rejected".into(),
        }
        .map_text(|t| src.scrub(&t));
        let text = e.to_string();
        assert!(!text.contains("s3cr"), "{text}");
        assert_eq!(e.exit_code(), 3);
    }
}
