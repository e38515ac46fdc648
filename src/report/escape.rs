//! Escaping user data for the document formats. HTML uses handlebars' own escaping; Markdown
//! needs its own, because an identifier can hold anything a database allows: `|` that would split
//! a table cell, backticks, `<script>`, newlines, `*` or `_` that would start emphasis.
//!
//! The rule: every value renders as the same text it holds, never as markup, wherever a template
//! puts it (a table cell, a list item, a paragraph, the start of a line).

/// Marks a line break inside a value, which must stay on one line to keep tables whole.
pub const NEWLINE_MARK: char = '↵';

/// Escapes `s` for Markdown (CommonMark with GitHub's tables).
///
/// Backslash escapes are used for ASCII punctuation with a meaning (valid everywhere, inside table
/// cells too); `<` and `>` become entities so no renderer sees HTML; an underscore inside a word
/// is left alone (it cannot start emphasis there), which keeps `order_items` readable.
pub fn markdown(s: &str) -> String {
    let chars: Vec<char> = one_line(s).chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    let alnum = |i: Option<&char>| i.is_some_and(|c| c.is_alphanumeric());
    let block_prefix = block_marker_len(&chars);
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '[' | ']' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '_' if !(i > 0 && alnum(chars.get(i - 1)) && alnum(chars.get(i + 1))) => {
                out.push_str("\\_");
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if looks_like_entity(&chars[i + 1..]) => out.push_str("&amp;"),
            _ if Some(i) == block_prefix => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A Markdown code span holding `s` exactly, or escaped text when no code span can: GitHub's
/// tables split a code span at `|`, and a code span cannot show `\|` as `|` outside a table.
pub fn markdown_code(s: &str) -> String {
    let flat = one_line(s);
    if flat.is_empty() || flat.contains('|') || flat.trim().is_empty() {
        return markdown(&flat);
    }
    // The fence is one backtick longer than the longest run inside.
    let mut longest = 0;
    let mut run = 0;
    for c in flat.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if flat.starts_with('`') || flat.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{flat}{pad}{fence}")
}

/// Line breaks become [`NEWLINE_MARK`], tabs spaces, other control characters U+FFFD.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(NEWLINE_MARK);
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push(NEWLINE_MARK),
            '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// `&` followed by a name or number and `;` would be read as an entity.
fn looks_like_entity(rest: &[char]) -> bool {
    let body = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#');
    let n = body.count();
    n > 0 && rest.get(n) == Some(&';')
}

/// Index of the character that would make the value a heading, list item, rule or setext
/// underline if a template put it at the start of a line.
fn block_marker_len(chars: &[char]) -> Option<usize> {
    let spaced = |i: usize| !matches!(chars.get(i), Some(c) if !c.is_whitespace());
    match chars.first()? {
        '#' => {
            let hashes = chars.iter().take_while(|c| **c == '#').count();
            spaced(hashes).then_some(0)
        }
        '-' | '+' | '=' => {
            let all_rule = chars.iter().all(|c| matches!(c, '-' | '=' | ' '));
            (spaced(1) || all_rule).then_some(0)
        }
        c if c.is_ascii_digit() => {
            let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
            (matches!(chars.get(digits), Some('.') | Some(')')) && spaced(digits + 1))
                .then_some(digits)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_markup_and_keeps_words() {
        assert_eq!(markdown("order_items"), "order_items");
        assert_eq!(markdown("_tmp_"), "\\_tmp\\_");
        assert_eq!(markdown("a|b"), "a\\|b");
        assert_eq!(
            markdown("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(markdown("x`y`"), "x\\`y\\`");
        assert_eq!(markdown("line\nbreak"), "line↵break");
        assert_eq!(markdown("R&D &amp;"), "R&D &amp;amp;");
        assert_eq!(markdown("# title"), "\\# title");
        assert_eq!(markdown("#hashtag"), "#hashtag");
        assert_eq!(markdown("- item"), "\\- item");
        assert_eq!(markdown("-3.50 USD"), "-3.50 USD");
        assert_eq!(markdown("---"), "\\---");
        assert_eq!(markdown("1. first"), "1\\. first");
        assert_eq!(markdown("12.5 GB"), "12.5 GB");
        assert_eq!(markdown("[x](javascript:1)"), "\\[x\\](javascript:1)");
    }

    #[test]
    fn code_spans_fence_past_backticks() {
        assert_eq!(markdown_code("public.orders"), "`public.orders`");
        assert_eq!(markdown_code("a`b"), "``a`b``");
        assert_eq!(markdown_code("`x"), "`` `x ``");
        assert_eq!(markdown_code("a|b"), "a\\|b");
        assert_eq!(markdown_code("a\nb"), "`a↵b`");
    }
}
