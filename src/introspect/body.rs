//! Routine bodies as text, for every family: the scan that names the features a body uses (the
//! `routines[].uses` vocabulary, `profile/uses.rs`) and the line count. Each family gives its
//! own patterns and comment syntax; the scanning is one.

use regex_lite::Regex;
use std::sync::OnceLock;

/// Case-insensitive patterns over a body whose comments were replaced by a space; a `static`,
/// compiled on first use.
pub(crate) struct BodyScan {
    flags: &'static str,
    patterns: &'static [(&'static str, &'static str)],
    comments: &'static str,
    compiled: OnceLock<Compiled>,
}

struct Compiled {
    patterns: Vec<(&'static str, Regex)>,
    comments: Regex,
}

impl BodyScan {
    /// `flags` are the regex flags every pattern gets (`is`, `ism`); `comments` matches what is
    /// not code.
    pub(crate) const fn new(
        flags: &'static str,
        patterns: &'static [(&'static str, &'static str)],
        comments: &'static str,
    ) -> BodyScan {
        BodyScan {
            flags,
            patterns,
            comments,
            compiled: OnceLock::new(),
        }
    }

    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| Compiled {
            patterns: self
                .patterns
                .iter()
                .map(|(name, re)| {
                    let re = Regex::new(&format!("(?{}){re}", self.flags)).expect("valid pattern");
                    (*name, re)
                })
                .collect(),
            comments: Regex::new(self.comments).expect("valid pattern"),
        })
    }

    /// The names whose pattern matches, in pattern order.
    pub(crate) fn scan(&self, body: &str) -> Vec<String> {
        let c = self.compiled();
        let text = c.comments.replace_all(body, " ");
        c.patterns
            .iter()
            .filter(|(_, re)| re.is_match(&text))
            .map(|(name, _)| name.to_string())
            .collect()
    }
}

/// Lines of a body, blank lines around it not counted; 0 for an empty body.
pub(crate) fn body_lines(body: &str) -> u64 {
    let body = body.trim();
    if body.is_empty() {
        0
    } else {
        body.lines().count() as u64
    }
}
