//! Splitting a `pg_dump` script into the statements psql would send one by one.
//!
//! No maintained crate does this for pg_dump output as a library (the splitters on crates.io
//! live inside migration tools), so this is a small lexer with the rules of PostgreSQL's own
//! scanner that decide where a statement ends: a `;` ends it unless it is inside a string
//! (`'…'` with `''`, `E'…'` with backslash escapes), a quoted identifier (`"…"`), a dollar-quoted
//! body (`$tag$…$tag$`) or a comment (`-- …`, nested `/* … */`). Between statements, a line that
//! starts with a backslash is a psql meta-command (`\restrict`, `\connect`) and is not SQL; the
//! rows after `COPY … FROM stdin;` up to `\.` are data (a schema-only dump has none). The
//! `-- Name: …; Type: …; Schema: …` header pg_dump writes above each object is kept with the
//! statements that follow it, which is how a failure is tied to an object.

/// What pg_dump's table-of-contents header says about the object a statement belongs to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// `Name:` as pg_dump writes it, e.g. `cf(integer)`, `t t_pkey`, `EXTENSION plperlu`.
    pub name: String,
    /// `Type:`, e.g. `FUNCTION`, `TABLE`, `EVENT TRIGGER`.
    pub kind: String,
    /// `Schema:`; `None` for `-` (objects outside schemas).
    pub schema: Option<String>,
}

impl Header {
    /// The object as a reader names it: `schema.name` when it has a schema.
    pub fn object(&self) -> String {
        match &self.schema {
            Some(s) => format!("{s}.{}", self.name),
            None => self.name.clone(),
        }
    }
}

/// One SQL statement of the script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The text without the terminating `;`, trimmed, comments between statements left out.
    pub sql: String,
    /// Line (1-based) in the script where the statement starts.
    pub line: usize,
    /// The pg_dump header above it, if any.
    pub header: Option<Header>,
}

/// The script split into statements, and the psql meta-commands left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Script {
    pub statements: Vec<Statement>,
    /// Meta-command lines (`\restrict …`) with their line numbers; never sent to the server.
    pub meta_commands: Vec<(usize, String)>,
    /// Text after the last `;` that is not only whitespace and comments (a cut-off script).
    pub unterminated: Option<Statement>,
}

/// Splits `script` into statements.
pub fn split(script: &str) -> Script {
    let bytes = script.as_bytes();
    let mut out = Script::default();
    let mut header: Option<Header> = None;
    let mut line = 1usize;
    let mut i = 0usize;
    // Start of the current statement's text, and its first line; `None` between statements.
    let mut start: Option<(usize, usize)> = None;
    // Inside a `COPY … FROM stdin` data block.
    let mut in_copy = false;

    while i < bytes.len() {
        let at_line_start = i == 0 || bytes[i - 1] == b'\n';
        if in_copy {
            let end = line_end(bytes, i);
            if script[i..end].trim_end_matches('\r') == "\\." {
                in_copy = false;
            }
            line += 1;
            i = (end + 1).min(bytes.len());
            continue;
        }
        let c = bytes[i];
        if start.is_none() {
            match c {
                b'\n' => {
                    line += 1;
                    i += 1;
                    continue;
                }
                _ if c.is_ascii_whitespace() => {
                    i += 1;
                    continue;
                }
                b'\\' if at_line_start => {
                    let end = line_end(bytes, i);
                    out.meta_commands
                        .push((line, script[i..end].trim_end().to_string()));
                    line += 1;
                    i = (end + 1).min(bytes.len());
                    continue;
                }
                b'-' if bytes.get(i + 1) == Some(&b'-') => {
                    let end = line_end(bytes, i);
                    if let Some(h) = parse_header(&script[i..end]) {
                        header = Some(h);
                    }
                    i = end;
                    continue;
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    let end = block_comment_end(bytes, i);
                    line += count_newlines(&bytes[i..end]);
                    i = end;
                    continue;
                }
                _ => start = Some((i, line)),
            }
        }
        match c {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => i = line_end(bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = block_comment_end(bytes, i);
                line += count_newlines(&bytes[i..end]);
                i = end;
            }
            b'\'' => {
                let escapes = i > 0
                    && matches!(bytes[i - 1], b'E' | b'e')
                    && (i < 2 || !is_ident_byte(bytes[i - 2]));
                let end = quoted_end(bytes, i, b'\'', escapes);
                line += count_newlines(&bytes[i..end]);
                i = end;
            }
            b'"' => {
                let end = quoted_end(bytes, i, b'"', false);
                line += count_newlines(&bytes[i..end]);
                i = end;
            }
            b'$' if i == 0 || !is_ident_byte(bytes[i - 1]) => match dollar_tag(bytes, i) {
                Some(tag) => {
                    let body = i + tag.len();
                    let end = find(bytes, body, tag).map_or(bytes.len(), |e| e + tag.len());
                    line += count_newlines(&bytes[i..end]);
                    i = end;
                }
                None => i += 1,
            },
            b';' => {
                let (s, first_line) = start.take().unwrap_or((i, line));
                let sql = script[s..i].trim().to_string();
                in_copy = is_copy_from_stdin(&sql);
                out.statements.push(Statement {
                    sql,
                    line: first_line,
                    header: header.clone(),
                });
                i += 1;
                if in_copy {
                    // The data starts on the next line.
                    let end = line_end(bytes, i);
                    line += 1;
                    i = (end + 1).min(bytes.len());
                }
            }
            _ => i += 1,
        }
    }
    if let Some((s, first_line)) = start {
        let sql = script[s..].trim().to_string();
        if !sql.is_empty() {
            out.unterminated = Some(Statement {
                sql,
                line: first_line,
                header,
            });
        }
    }
    out
}

/// `-- Name: x; Type: T; Schema: s; Owner: o` → the header.
fn parse_header(comment: &str) -> Option<Header> {
    let rest = comment.trim_start_matches('-').trim();
    let rest = rest.strip_prefix("Name: ")?;
    // The name may itself hold "; " (a function's argument list cannot, but a quoted name can):
    // take the fields from the right, where pg_dump's own labels are.
    let (name, rest) = rest.rsplit_once("; Type: ")?;
    let (kind, rest) = rest.split_once("; Schema: ")?;
    let schema = rest.split_once("; ").map_or(rest, |(s, _)| s).trim();
    Some(Header {
        name: name.to_string(),
        kind: kind.to_string(),
        schema: (schema != "-").then(|| schema.to_string()),
    })
}

fn is_copy_from_stdin(sql: &str) -> bool {
    let upper = sql.to_ascii_uppercase();
    upper.starts_with("COPY ") && upper.trim_end().ends_with("FROM STDIN")
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn line_end(bytes: &[u8], from: usize) -> usize {
    find(bytes, from, b"\n").unwrap_or(bytes.len())
}

fn count_newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from > bytes.len() {
        return None;
    }
    bytes[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// End (exclusive) of a nested `/* … */` comment starting at `from`.
fn block_comment_end(bytes: &[u8], from: usize) -> usize {
    let mut depth = 0usize;
    let mut i = from;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// End (exclusive) of a quoted string or identifier starting at `from` (a doubled quote is an
/// escaped one; with `backslash`, `\x` escapes too).
fn quoted_end(bytes: &[u8], from: usize, quote: u8, backslash: bool) -> usize {
    let mut i = from + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if backslash => i += 2,
            b if b == quote => {
                if bytes.get(i + 1) == Some(&quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The dollar-quote opening tag at `from` (`$$` or `$name$`), if it is one.
fn dollar_tag(bytes: &[u8], from: usize) -> Option<&[u8]> {
    let mut i = from + 1;
    if bytes.get(i).is_some_and(|b| b.is_ascii_digit()) {
        return None; // `$1`, a parameter
    }
    while i < bytes.len() && is_ident_byte(bytes[i]) {
        i += 1;
    }
    (bytes.get(i) == Some(&b'$')).then(|| &bytes[from..=i])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sqls(s: &Script) -> Vec<&str> {
        s.statements.iter().map(|s| s.sql.as_str()).collect()
    }

    #[test]
    fn semicolons_inside_bodies_strings_identifiers_and_comments_do_not_split() {
        let script = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1; -- one;\nEND $$;\n\
            CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'a;$$;b' $body$;\n\
            COMMENT ON TABLE t IS 'x; it''s';\n\
            CREATE TABLE \"semi;colon\" (a int);\n\
            SELECT E'back\\'slash;';\n\
            /* a /* nested; */ comment; */ SELECT 1;\n\
            SELECT $1;\n";
        let s = split(script);
        assert_eq!(
            sqls(&s),
            [
                "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1; -- one;\nEND $$",
                "CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'a;$$;b' $body$",
                "COMMENT ON TABLE t IS 'x; it''s'",
                "CREATE TABLE \"semi;colon\" (a int)",
                "SELECT E'back\\'slash;'",
                "SELECT 1",
                "SELECT $1",
            ]
        );
        assert_eq!(
            s.statements.iter().map(|s| s.line).collect::<Vec<_>>(),
            [1, 5, 6, 7, 8, 9, 10]
        );
        assert!(s.unterminated.is_none());
    }

    #[test]
    fn a_pg_dump_script_keeps_headers_and_skips_meta_commands_and_copy_data() {
        let script = "--\n-- PostgreSQL database dump\n--\n\n\\restrict abc123\n\n\
            SET statement_timeout = 0;\n\n\
            --\n-- Name: plperlu; Type: EXTENSION; Schema: -; Owner: -\n--\n\n\
            CREATE EXTENSION IF NOT EXISTS plperlu WITH SCHEMA pg_catalog;\n\n\
            --\n-- Name: t t_pkey; Type: CONSTRAINT; Schema: public; Owner: -\n--\n\n\
            ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n\
            COPY public.t (id) FROM stdin;\n1\n2;3\n\\.\n\n\
            SELECT 2;\n\\unrestrict abc123\n";
        let s = split(script);
        assert_eq!(
            sqls(&s),
            [
                "SET statement_timeout = 0",
                "CREATE EXTENSION IF NOT EXISTS plperlu WITH SCHEMA pg_catalog",
                "ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_pkey PRIMARY KEY (id)",
                "COPY public.t (id) FROM stdin",
                "SELECT 2",
            ]
        );
        assert_eq!(
            s.meta_commands,
            [
                (5, "\\restrict abc123".to_string()),
                (27, "\\unrestrict abc123".to_string())
            ]
        );
        assert_eq!(s.statements[0].header, None);
        let ext = s.statements[1].header.as_ref().unwrap();
        assert_eq!(
            (ext.kind.as_str(), ext.object()),
            ("EXTENSION", "plperlu".to_string())
        );
        let pk = s.statements[2].header.as_ref().unwrap();
        assert_eq!(pk.object(), "public.t t_pkey");
        assert_eq!(s.statements[2].line, 19);
        assert_eq!(s.statements[4].line, 26);
    }

    #[test]
    fn a_cut_off_script_reports_its_tail() {
        let s = split("SELECT 1;\nCREATE FUNCTION f() AS $$ unterminated");
        assert_eq!(sqls(&s), ["SELECT 1"]);
        let tail = s.unterminated.unwrap();
        assert_eq!(tail.line, 2);
        assert!(tail.sql.starts_with("CREATE FUNCTION f()"));
        // Whitespace and comments after the last statement are not a tail.
        assert!(split("SELECT 1; -- done\n/* bye */\n")
            .unterminated
            .is_none());
    }

    #[test]
    fn identifiers_with_dollars_and_e_ending_names_are_not_quotes() {
        let s = split("SELECT a$b$c FROM t;\nSELECT name'x' FROM t;\nSELECT 2;");
        assert_eq!(s.statements.len(), 3, "{:?}", sqls(&s));
        // `name'x'`: the E is not a prefix when it ends a longer identifier.
        let s = split("SELECT some'\\'; SELECT 3;");
        assert_eq!(sqls(&s), ["SELECT some'\\'", "SELECT 3"]);
    }
}
