//! Routine bodies as text, for every family: the scan that names the features a body uses (the
//! `routines[].uses` vocabulary, `profile/uses.rs`) and the line count. Each family gives its
//! own patterns and comment syntax; the scanning is one.

use regex_lite::Regex;

/// Case-insensitive patterns over a body whose comments were replaced by a space.
pub(crate) struct BodyScan {
    patterns: Vec<(&'static str, Regex)>,
    comments: Regex,
}

impl BodyScan {
    /// `flags` are the regex flags every pattern gets (`is`, `ism`); `comments` matches what is
    /// not code.
    pub(crate) fn new(flags: &str, patterns: &[(&'static str, &str)], comments: &str) -> BodyScan {
        BodyScan {
            patterns: patterns
                .iter()
                .map(|(name, re)| {
                    let re = Regex::new(&format!("(?{flags}){re}")).expect("valid pattern");
                    (*name, re)
                })
                .collect(),
            comments: Regex::new(comments).expect("valid pattern"),
        }
    }

    /// The names whose pattern matches, in pattern order.
    pub(crate) fn scan(&self, body: &str) -> Vec<String> {
        let text = self.comments.replace_all(body, " ");
        self.patterns
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
