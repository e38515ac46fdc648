//! Ranges of figures, part of the data contracts: sizes, counts and prices that cannot be
//! negative, hours a day at most 24, percentages 0–100. A loader (profile, rate card, engine
//! file) walks its figures through one [`RangeCheck`], which names each offending field by its
//! path, so a wrong sign is bad input rather than a negative cost line.

use rust_decimal::Decimal;

/// Hours in a day, the most a figure "hours a day" can be.
pub const HOURS_PER_DAY: Decimal = Decimal::from_parts(24, 0, 0, false, 0);

/// What a figure must respect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// 0 or more (sizes, amounts, prices).
    NotNegative,
    /// More than 0 (a divisor, a window, a size that must exist).
    Positive,
    /// 0–100.
    Percent,
    /// 0–24.
    HoursPerDay,
    /// 0–1 (a share).
    Fraction,
}

impl Bound {
    fn holds(self, v: Decimal) -> bool {
        match self {
            Bound::NotNegative => v >= Decimal::ZERO,
            Bound::Positive => v > Decimal::ZERO,
            Bound::Percent => (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&v),
            Bound::HoursPerDay => (Decimal::ZERO..=HOURS_PER_DAY).contains(&v),
            Bound::Fraction => (Decimal::ZERO..=Decimal::ONE).contains(&v),
        }
    }

    fn rule(self) -> &'static str {
        match self {
            Bound::NotNegative => "it must not be negative",
            Bound::Positive => "it must be more than 0",
            Bound::Percent => "it must be 0–100",
            Bound::HoursPerDay => "it must be 0–24",
            Bound::Fraction => "it must be 0–1",
        }
    }
}

/// Collects every figure out of its range, each as "field `path` is v; it must …".
#[derive(Debug, Default)]
pub struct RangeCheck {
    problems: Vec<Problem>,
}

/// One problem, with the path of the field it is about when it is one.
#[derive(Debug)]
struct Problem {
    path: Option<String>,
    text: String,
}

/// The syntax of the text a checked structure was loaded from, to find a field's line in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Json,
    Yaml,
}

impl RangeCheck {
    pub fn new() -> Self {
        Self::default()
    }

    /// Checks one figure; an absent one (not known) is fine.
    pub fn field(&mut self, path: &str, value: Option<Decimal>, bound: Bound) -> &mut Self {
        if let Some(v) = value.filter(|v| !bound.holds(*v)) {
            self.problems.push(Problem {
                path: Some(path.to_string()),
                text: format!("field `{path}` is {v}; {}", bound.rule()),
            });
        }
        self
    }

    /// Checks every figure of a list, as `path[i]`.
    pub fn each(
        &mut self,
        path: &str,
        values: impl IntoIterator<Item = Decimal>,
        bound: Bound,
    ) -> &mut Self {
        for (i, v) in values.into_iter().enumerate() {
            self.field(&format!("{path}[{i}]"), Some(v), bound);
        }
        self
    }

    /// A problem that is not a plain range (a list of the wrong length…), about the field at
    /// `path`.
    pub fn problem(&mut self, path: &str, text: String) -> &mut Self {
        self.problems.push(Problem {
            path: Some(path.to_string()),
            text,
        });
        self
    }

    /// The problems as text, without lines (for a structure not read from a file).
    pub fn into_problems(self) -> Vec<String> {
        self.problems.into_iter().map(|p| p.text).collect()
    }

    /// The problems, each with the 1-based line of its field in `text`, the file the structure
    /// was loaded from (`None` where the field cannot be found there).
    pub fn into_located(self, text: &str, syntax: Syntax) -> Vec<(Option<usize>, String)> {
        self.problems
            .into_iter()
            .map(|p| {
                let line = p
                    .path
                    .as_deref()
                    .and_then(|path| line_of(text, path, syntax));
                (line, p.text)
            })
            .collect()
    }
}

/// "line N: problem", or the problem alone when its line is not known: for an error whose
/// `what` already names the file.
pub fn with_line((line, text): (Option<usize>, String)) -> String {
    match line {
        Some(n) => format!("line {n}: {text}"),
        None => text,
    }
}

/// One step of a field path: a key, or an index into a list.
#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

/// `a.b[2].c` → key a, key b, index 2, key c. A key that holds dots (`db.r6g.large`) is split
/// here and joined again where the file has it whole.
fn segments(path: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if !key.is_empty() {
            out.push(Seg::Key(key.to_string()));
        }
        while let Some(end) = rest.find(']') {
            if let Ok(i) = rest[1..end].parse() {
                out.push(Seg::Index(i));
            }
            rest = &rest[end + 1..];
        }
    }
    out
}

/// The 1-based line of the field at `path` in `text`: the line of its key, or of the list item.
pub fn line_of(text: &str, path: &str, syntax: Syntax) -> Option<usize> {
    let segs = segments(path);
    match syntax {
        Syntax::Json => {
            let at = json::find(text.as_bytes(), 0, &segs)?;
            Some(text[..at].matches('\n').count() + 1)
        }
        Syntax::Yaml => yaml::find(text, &segs),
    }
}

/// A small scanner over JSON text: enough to walk to a path, not a parser (the text was parsed
/// already).
mod json {
    use super::Seg;

    fn ws(t: &[u8], mut i: usize) -> usize {
        while i < t.len() && t[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    }

    /// A string starting at `i` (on its quote): its raw content and the index after it.
    fn string(t: &[u8], i: usize) -> Option<(String, usize)> {
        let mut j = i + 1;
        let mut out = Vec::new();
        while j < t.len() {
            match t[j] {
                b'"' => return Some((String::from_utf8_lossy(&out).into_owned(), j + 1)),
                b'\\' => {
                    out.extend_from_slice(t.get(j..j + 2)?);
                    j += 2;
                }
                c => {
                    out.push(c);
                    j += 1;
                }
            }
        }
        None
    }

    /// The index after the value starting at `i`.
    fn skip(t: &[u8], i: usize) -> Option<usize> {
        let i = ws(t, i);
        match *t.get(i)? {
            b'"' => string(t, i).map(|(_, j)| j),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                let mut j = ws(t, i + 1);
                if t.get(j) == Some(&close) {
                    return Some(j + 1);
                }
                loop {
                    if open == b'{' {
                        j = string(t, ws(t, j))?.1;
                        j = ws(t, j) + 1; // the colon
                    }
                    j = ws(t, skip(t, j)?);
                    match *t.get(j)? {
                        b',' => j += 1,
                        c if c == close => return Some(j + 1),
                        _ => return None,
                    }
                }
            }
            _ => {
                let mut j = i;
                while j < t.len()
                    && !matches!(t[j], b',' | b'}' | b']')
                    && !t[j].is_ascii_whitespace()
                {
                    j += 1;
                }
                Some(j)
            }
        }
    }

    /// The byte offset of the key (or list item) at `segs` below the value starting at `i`.
    pub(super) fn find(t: &[u8], i: usize, segs: &[Seg]) -> Option<usize> {
        let Some(first) = segs.first() else {
            return Some(ws(t, i));
        };
        let i = ws(t, i);
        match (first, *t.get(i)?) {
            (Seg::Key(_), b'{') => {
                let mut j = ws(t, i + 1);
                while t.get(j) == Some(&b'"') {
                    let (key, after) = string(t, j)?;
                    let value = ws(t, after) + 1;
                    if let Some(used) = joined(&key, segs) {
                        let rest = &segs[used..];
                        return if rest.is_empty() {
                            Some(j)
                        } else {
                            find(t, value, rest)
                        };
                    }
                    j = ws(t, skip(t, value)?);
                    if t.get(j) != Some(&b',') {
                        return None;
                    }
                    j = ws(t, j + 1);
                }
                None
            }
            (Seg::Index(n), b'[') => {
                let mut j = i + 1;
                for _ in 0..*n {
                    j = ws(t, skip(t, j)?);
                    if t.get(j) != Some(&b',') {
                        return None;
                    }
                    j += 1;
                }
                find(t, j, &segs[1..])
            }
            _ => None,
        }
    }

    /// How many segments `key` stands for: 1, or more for a key with dots in it.
    pub(super) fn joined(key: &str, segs: &[Seg]) -> Option<usize> {
        let mut name = String::new();
        for (n, seg) in segs.iter().enumerate() {
            let Seg::Key(k) = seg else { return None };
            if n > 0 {
                name.push('.');
            }
            name.push_str(k);
            if name == key {
                return Some(n + 1);
            }
            if !key.starts_with(&name) {
                return None;
            }
        }
        None
    }
}

/// A walk over YAML text by indentation: block mappings and lists; a value written inline
/// (`{…}`, `[…]`) is found at the line that holds it.
mod yaml {
    use super::Seg;

    /// A line of a node: its 1-based number, the column its content starts at, the content.
    #[derive(Clone)]
    struct Line<'a> {
        no: usize,
        indent: usize,
        text: &'a str,
    }

    fn key_of(text: &str) -> Option<&str> {
        let (key, _) = text.split_once(':')?;
        let key = key.trim().trim_matches(|c| c == '"' || c == '\'');
        (!key.is_empty() && !key.starts_with(['-', '{', '[', '#'])).then_some(key)
    }

    /// The lines below `lines[at]` that are deeper than it: its block.
    fn block<'a>(lines: &[Line<'a>], at: usize) -> Vec<Line<'a>> {
        let indent = lines[at].indent;
        lines[at + 1..]
            .iter()
            .take_while(|l| l.indent > indent)
            .cloned()
            .collect()
    }

    fn walk(lines: Vec<Line<'_>>, segs: &[Seg]) -> Option<usize> {
        let first = segs.first()?;
        let top = lines.iter().map(|l| l.indent).min()?;
        match first {
            Seg::Key(_) => {
                let at = lines.iter().position(|l| {
                    l.indent == top
                        && key_of(l.text).is_some_and(|k| super::json::joined(k, segs).is_some())
                })?;
                let used = super::json::joined(key_of(lines[at].text)?, segs)?;
                let rest = &segs[used..];
                let value = lines[at].text.split_once(':')?.1.trim();
                if rest.is_empty() || !(value.is_empty() || value.starts_with('#')) {
                    return Some(lines[at].no);
                }
                walk(block(&lines, at), rest)
            }
            Seg::Index(n) => {
                let items: Vec<usize> = (0..lines.len())
                    .filter(|&i| {
                        lines[i].indent == top
                            && (lines[i].text == "-" || lines[i].text.starts_with("- "))
                    })
                    .collect();
                let at = *items.get(*n)?;
                let rest = &segs[1..];
                let item = &lines[at];
                let inner = item.text[1..].trim_start();
                if rest.is_empty() || inner.starts_with(['{', '[']) {
                    return Some(item.no);
                }
                // The item's first key stands on its dash line, deeper by the dash and spaces.
                let mut own = vec![Line {
                    no: item.no,
                    indent: item.indent + (item.text.len() - inner.len()),
                    text: inner,
                }];
                own.extend(block(&lines, at));
                if inner.is_empty() {
                    own.remove(0);
                }
                walk(own, rest)
            }
        }
    }

    pub(super) fn find(text: &str, segs: &[Seg]) -> Option<usize> {
        let lines: Vec<Line> = text
            .lines()
            .enumerate()
            .filter_map(|(i, raw)| {
                let content = raw.trim_start();
                (!content.is_empty() && !content.starts_with('#') && content != "---").then(|| {
                    Line {
                        no: i + 1,
                        indent: raw.len() - content.len(),
                        text: content.trim_end(),
                    }
                })
            })
            .collect();
        walk(lines, segs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn each_bound_names_the_field_and_its_rule() {
        let mut c = RangeCheck::new();
        c.field("sizing.storage_gb", Some(d("-5")), Bound::NotNegative)
            .field("a", Some(d("0")), Bound::NotNegative)
            .field("b", None, Bound::Positive)
            .field("c", Some(d("0")), Bound::Positive)
            .field("d", Some(d("100")), Bound::Percent)
            .field("e", Some(d("100.5")), Bound::Percent)
            .field("f", Some(d("24")), Bound::HoursPerDay)
            .field("g", Some(d("24.1")), Bound::HoursPerDay)
            .each("h", [d("0.5"), d("1.5")], Bound::Fraction);
        assert_eq!(
            c.into_problems(),
            [
                "field `sizing.storage_gb` is -5; it must not be negative",
                "field `c` is 0; it must be more than 0",
                "field `e` is 100.5; it must be 0–100",
                "field `g` is 24.1; it must be 0–24",
                "field `h[1]` is 1.5; it must be 0–1",
            ]
        );
    }

    #[test]
    fn a_field_path_is_found_on_its_line_in_json() {
        let text = r#"{
  "sizing": {"storage_gb": "5",
    "serverless": null},
  "cosmos": {
    "databases": [
      {"name": "a", "containers": []},
      {"name": "b", "containers": [
        {"id": "x"},
        {"id": "y",
         "default_ttl": -4}
      ]}
    ]
  },
  "workload": {"other": {"db.r6g.large": 1, "hourly_cpu_pct": [1, 2,
    3]}}
}"#;
        let line = |path| line_of(text, path, Syntax::Json);
        assert_eq!(line("sizing.storage_gb"), Some(2));
        assert_eq!(line("sizing.serverless"), Some(3));
        assert_eq!(
            line("cosmos.databases[1].containers[1].default_ttl"),
            Some(10)
        );
        assert_eq!(line("cosmos.databases[1].containers[1]"), Some(9));
        assert_eq!(line("workload.other.db.r6g.large"), Some(14));
        assert_eq!(line("workload.other.hourly_cpu_pct[2]"), Some(15));
        assert_eq!(line("cosmos.databases[2]"), None);
        assert_eq!(line("sizing.memory_gib"), None);
    }

    #[test]
    fn a_field_path_is_found_on_its_line_in_yaml() {
        let text = "\
# an engine
defaults:
  instance_classes:
    db.r6g.large: { vcpu: 2, memory_gib: 16 }
    db.m6g.xlarge:
      vcpu: 4
      memory_gib: 16
capacity:
  memory_gib_per_cu: 2  # per CU
  autoscale_sizes: [0.5, 1, 2]
pricing:
  lines:
    - id: compute
      price_factor: '1'
    -
      id: storage
      price_factor: '-2'
";
        let line = |path| line_of(text, path, Syntax::Yaml);
        assert_eq!(
            line("defaults.instance_classes.db.r6g.large.memory_gib"),
            Some(4)
        );
        assert_eq!(
            line("defaults.instance_classes.db.m6g.xlarge.memory_gib"),
            Some(7)
        );
        assert_eq!(line("capacity.memory_gib_per_cu"), Some(9));
        assert_eq!(line("capacity.autoscale_sizes[2]"), Some(10));
        assert_eq!(line("pricing.lines[0].price_factor"), Some(14));
        assert_eq!(line("pricing.lines[1].price_factor"), Some(17));
        assert_eq!(line("pricing.lines[1].id"), Some(16));
        assert_eq!(line("pricing.lines[2]"), None);
        assert_eq!(line("pricing.rate"), None);
    }

    #[test]
    fn located_problems_carry_the_line_of_their_field() {
        let text = "{\n  \"sizing\": {\n    \"storage_gb\": \"-5\"\n  }\n}";
        let mut c = RangeCheck::new();
        c.field("sizing.storage_gb", Some(d("-5")), Bound::NotNegative)
            .field("sizing.memory_gib", Some(d("-1")), Bound::NotNegative);
        let located: Vec<String> = c
            .into_located(text, Syntax::Json)
            .into_iter()
            .map(with_line)
            .collect();
        assert_eq!(
            located,
            [
                "line 3: field `sizing.storage_gb` is -5; it must not be negative",
                "field `sizing.memory_gib` is -1; it must not be negative",
            ]
        );
    }
}
