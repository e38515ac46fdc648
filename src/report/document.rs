//! Markdown and HTML reports: the [`View`] of an Assessment rendered through handlebars templates.
//!
//! The templates are the files under `reports/` (compiled into the binary): `report.md.hbs`,
//! `report.html.hbs` and partials, each registered under its path without `.hbs`
//! (`{{> partials/finding.md}}`). A template directory given by the user (`--template-dir`)
//! replaces bundled files of the same path and may add new ones, so a pre-sales team can change
//! only the stylesheet or the cover. Files ending in `.md.hbs` belong to the Markdown report, all
//! others to the HTML one.
//!
//! Templates run in strict mode: a field that does not exist is an error (also in `#if`), never an
//! empty string. Every value is escaped for the format — HTML by handlebars' escaping, Markdown by
//! [`escape::markdown`] — so identifiers render as text whatever they hold. Formatting lives in
//! Rust helpers that call [`format`], the same functions the table output uses.

use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, JsonTruthy, Output, RenderContext,
    RenderError, RenderErrorReason, Renderable, ScopedJson, TemplateError, TemplateErrorReason,
};
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

use super::view::{severity_title, Cover, View};
use super::{escape, format};
use crate::assessment::{Assessment, HoursRange};
use crate::data;
use crate::error::Error;
use crate::rubric::Severity;

/// A document format rendered through templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocFormat {
    Markdown,
    Html,
}

impl DocFormat {
    /// Name of the main template.
    pub fn main_template(self) -> &'static str {
        match self {
            DocFormat::Markdown => "report.md",
            DocFormat::Html => "report.html",
        }
    }

    /// Whether a template file (path relative to the template directory) belongs to this format.
    fn owns(self, file: &str) -> bool {
        file.ends_with(".hbs") && (file.ends_with(".md.hbs") == (self == DocFormat::Markdown))
    }
}

/// Compiled templates and helpers for one format; build once, render many assessments.
pub struct Reporter {
    format: DocFormat,
    registry: Handlebars<'static>,
    /// Registered name → where the template came from (bundled path or the user's file).
    origins: BTreeMap<String, String>,
}

impl std::fmt::Debug for Reporter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reporter")
            .field("format", &self.format)
            .field("templates", &self.origins)
            .finish()
    }
}

impl Reporter {
    /// The bundled templates, overridden file by file from `template_dir` when given.
    pub fn new(format: DocFormat, template_dir: Option<&Path>) -> Result<Reporter, Error> {
        // relative path → (origin shown in errors, text)
        let mut files: BTreeMap<String, (String, String)> = BTreeMap::new();
        for f in data::report_files() {
            let rel = f
                .name
                .strip_prefix("reports/")
                .unwrap_or(&f.name)
                .to_string();
            files.insert(rel, (f.name, f.text));
        }
        if let Some(dir) = template_dir {
            let user = user_templates(dir)?;
            if user.is_empty() {
                return Err(Error::input(
                    format!("template directory {}", dir.display()),
                    "no template (*.hbs) in it; start from a copy of the bundled reports/ directory",
                ));
            }
            files.extend(user);
        }

        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.set_prevent_indent(true);
        if format == DocFormat::Markdown {
            registry.register_escape_fn(escape::markdown);
        }
        register_helpers(&mut registry, format);

        let mut origins = BTreeMap::new();
        for (rel, (origin, text)) in files.into_iter().filter(|(rel, _)| format.owns(rel)) {
            let name = rel.trim_end_matches(".hbs").to_string();
            registry
                .register_template_string(&name, text)
                .map_err(|e| template_error(&origin, &e))?;
            origins.insert(name, origin);
        }
        if !origins.contains_key(format.main_template()) {
            return Err(Error::input(
                "report templates",
                format!("no {}.hbs among them", format.main_template()),
            ));
        }
        Ok(Reporter {
            format,
            registry,
            origins,
        })
    }

    pub fn format(&self) -> DocFormat {
        self.format
    }

    /// Renders the report of one assessment.
    pub fn render(&self, a: &Assessment, cover: &Cover) -> Result<String, Error> {
        let view = View::new(a, cover);
        self.registry
            .render(self.format.main_template(), &view)
            .map_err(|e| self.render_error(&e))
    }

    /// Renders the template `name` (a path without `.hbs`, e.g. `fleet.md`) over any data, with
    /// the same helpers, escaping and strict mode as the report.
    pub fn render_template<T: serde::Serialize>(
        &self,
        name: &str,
        data: &T,
    ) -> Result<String, Error> {
        if !self.origins.contains_key(name) {
            return Err(Error::input(
                "report templates",
                format!("no {name}.hbs among them"),
            ));
        }
        self.registry
            .render(name, data)
            .map_err(|e| self.render_error(&e))
    }

    fn render_error(&self, e: &RenderError) -> Error {
        let name = e
            .template_name
            .as_deref()
            .unwrap_or(self.format.main_template());
        let origin = self
            .origins
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_string());
        let what = match (e.line_no, e.column_no) {
            (Some(l), Some(c)) => format!("template {origin}, line {l}, column {c}"),
            _ => format!("template {origin}"),
        };
        let detail = match e.reason() {
            RenderErrorReason::MissingVariable(Some(path)) => format!(
                "no field `{path}` in the report data (strict mode; the fields are the \
                 Assessment's, under `assessment`, and the report view's, see README \"Reports\")"
            ),
            RenderErrorReason::MissingVariable(None) => {
                "a value used here does not exist in the report data (strict mode)".to_string()
            }
            RenderErrorReason::PartialNotFound(p) => format!(
                "no partial `{p}` (partials are named by their path without .hbs, e.g. \
                 partials/finding.md)"
            ),
            RenderErrorReason::HelperNotFound(h) => format!(
                "no helper `{h}` (available: money, money_delta, unit_price, quantity, hours, \
                 percent, date, plural, truncate, code, link, severity_badge, and handlebars' own)"
            ),
            RenderErrorReason::TemplateError(t) => return template_error(&origin, t),
            other => other.to_string(),
        };
        Error::input(what, detail)
    }
}

fn template_error(origin: &str, e: &TemplateError) -> Error {
    let what = match e.pos() {
        Some((l, c)) => format!("template {origin}, line {l}, column {c}"),
        None => format!("template {origin}"),
    };
    let detail = match e.reason() {
        // The parser's list of expected rules says little to a template author.
        TemplateErrorReason::InvalidSyntax(_) => "invalid handlebars syntax here (a block such \
            as {{#each}} or {{#if}} left open, a closing tag that does not match, or a brace \
            missing?)"
            .to_string(),
        other => other
            .to_string()
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_string(),
    };
    Error::input(what, detail)
}

/// Every `*.hbs` under `dir`, by path relative to it.
fn user_templates(dir: &Path) -> Result<BTreeMap<String, (String, String)>, Error> {
    let mut out = BTreeMap::new();
    for path in data::files_under(dir, &["hbs"])? {
        let rel = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let file = data::DataFile::read(&path)?;
        out.insert(rel, (file.name, file.text));
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Helpers, registered once per registry by `register_helpers`.

type TextFn = fn(&[&Value], &Value) -> Result<String, String>;
type RawFn = fn(&[&Value], DocFormat) -> Result<String, String>;

/// A helper whose text result is escaped for the format like any value.
struct TextHelper {
    name: &'static str,
    params: (usize, usize),
    f: TextFn,
}

/// A helper that writes markup of its own (and escapes what it embeds).
struct RawHelper {
    name: &'static str,
    params: (usize, usize),
    format: DocFormat,
    f: RawFn,
}

/// Resolved parameters; a missing one is a strict-mode error naming its path.
fn params<'rc>(
    h: &'rc Helper<'rc>,
    name: &str,
    (min, max): (usize, usize),
) -> Result<Vec<&'rc Value>, RenderError> {
    let n = h.params().len();
    if n < min || n > max {
        let want = if min == max {
            format!("{min}")
        } else {
            format!("{min} to {max}")
        };
        return Err(RenderErrorReason::Other(format!(
            "helper `{name}` takes {want} parameter(s), got {n}"
        ))
        .into());
    }
    h.params()
        .iter()
        .map(|p| {
            if p.is_value_missing() {
                Err(RenderErrorReason::MissingVariable(p.relative_path().cloned()).into())
            } else {
                Ok(p.value())
            }
        })
        .collect()
}

/// Runs a helper's function on its resolved parameters; its error names the helper.
fn apply<'rc, A>(
    h: &'rc Helper<'rc>,
    name: &str,
    range: (usize, usize),
    f: fn(&[&Value], A) -> Result<String, String>,
    arg: A,
) -> Result<String, RenderError> {
    let values = params(h, name, range)?;
    f(&values, arg).map_err(|e| RenderErrorReason::Other(format!("helper `{name}`: {e}")).into())
}

impl HelperDef for TextHelper {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let text = apply(h, self.name, self.params, self.f, ctx.data())?;
        Ok(ScopedJson::Derived(Value::String(text)))
    }
}

impl HelperDef for RawHelper {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let text = apply(h, self.name, self.params, self.f, self.format)?;
        out.write(&text)?;
        Ok(())
    }
}

/// `#if` / `#unless` that fail on a field that does not exist, instead of reading it as false.
struct StrictIf {
    positive: bool,
}

impl HelperDef for StrictIf {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let name = if self.positive { "if" } else { "unless" };
        let value = params(h, name, (1, 1))?[0];
        let include_zero = h
            .hash_get("includeZero")
            .and_then(|v| v.value().as_bool())
            .unwrap_or(false);
        let truthy = value.is_truthy(include_zero) == self.positive;
        match if truthy { h.template() } else { h.inverse() } {
            Some(t) => t.render(r, ctx, rc, out),
            None => Ok(()),
        }
    }
}

fn register_helpers(reg: &mut Handlebars<'static>, format: DocFormat) {
    let text: [(&'static str, (usize, usize), TextFn); 9] = [
        ("money", (1, 2), helper_money),
        ("money_delta", (1, 2), helper_money_delta),
        ("unit_price", (1, 1), |v, _| {
            Ok(format::unit_price(decimal(v[0])?))
        }),
        ("quantity", (1, 1), |v, _| {
            Ok(format::quantity(decimal(v[0])?))
        }),
        ("hours", (1, 1), helper_hours),
        ("percent", (1, 1), |v, _| {
            Ok(format::percent(decimal(v[0])?))
        }),
        ("date", (1, 1), helper_date),
        ("plural", (2, 3), helper_plural),
        ("truncate", (2, 2), helper_truncate),
    ];
    for (name, params, f) in text {
        reg.register_helper(name, Box::new(TextHelper { name, params, f }));
    }
    let raw: [(&'static str, (usize, usize), RawFn); 3] = [
        ("code", (1, 1), helper_code),
        ("link", (1, 2), helper_link),
        ("severity_badge", (1, 1), helper_severity_badge),
    ];
    for (name, params, f) in raw {
        reg.register_helper(
            name,
            Box::new(RawHelper {
                name,
                params,
                format,
                f,
            }),
        );
    }
    reg.register_helper("if", Box::new(StrictIf { positive: true }));
    reg.register_helper("unless", Box::new(StrictIf { positive: false }));
}

/// A decimal from a JSON string or number; `null` is unknown.
fn decimal(v: &Value) -> Result<Option<Decimal>, String> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Decimal::from_str(s)
            .map(Some)
            .map_err(|_| format!("`{s}` is not a number")),
        Value::Number(n) => Decimal::from_str(&n.to_string())
            .or_else(|_| Decimal::from_scientific(&n.to_string()))
            .map(Some)
            .map_err(|_| format!("`{n}` is out of range")),
        other => Err(format!("expected a number, got {}", kind(other))),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The currency: the second parameter, or the assessment's.
fn currency(values: &[&Value], root: &Value) -> String {
    values
        .get(1)
        .map(|v| string(v))
        .or_else(|| {
            root.pointer("/assessment/cost/currency")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .unwrap_or_default()
}

fn helper_money(v: &[&Value], root: &Value) -> Result<String, String> {
    Ok(format::money(decimal(v[0])?, &currency(v, root)))
}

fn helper_money_delta(v: &[&Value], root: &Value) -> Result<String, String> {
    Ok(format::money_delta(decimal(v[0])?, &currency(v, root)))
}

fn helper_hours(v: &[&Value], _: &Value) -> Result<String, String> {
    let range: HoursRange = serde_json::from_value(v[0].clone())
        .map_err(|_| "expects an hours range ({low, high})".to_string())?;
    Ok(format::hours(&range))
}

fn helper_date(v: &[&Value], _: &Value) -> Result<String, String> {
    Ok(match v[0] {
        Value::Null => "unknown".to_string(),
        other => format::date(&string(other)),
    })
}

/// `{{plural n "object"}}` → "1 object", "2,500 objects"; a third parameter gives the plural.
fn helper_plural(v: &[&Value], _: &Value) -> Result<String, String> {
    let n = decimal(v[0])?.ok_or("expects a count")?;
    let word = string(v[1]);
    let many = v.get(2).map_or_else(|| format!("{word}s"), |p| string(p));
    let count = format::quantity(Some(n));
    Ok(if n == Decimal::ONE {
        format!("{count} {word}")
    } else {
        format!("{count} {many}")
    })
}

fn helper_truncate(v: &[&Value], _: &Value) -> Result<String, String> {
    let n = v[1].as_u64().ok_or("the second parameter is the length")?;
    Ok(super::table::truncate(&string(v[0]), n as usize))
}

/// An identifier as code: a code span in Markdown, `<code>` in HTML; escaped either way.
fn helper_code(v: &[&Value], format: DocFormat) -> Result<String, String> {
    let s = string(v[0]);
    Ok(match format {
        DocFormat::Markdown => escape::markdown_code(&s),
        DocFormat::Html => format!("<code>{}</code>", handlebars::html_escape(&s)),
    })
}

/// `{{link url [text]}}`: a link when the URL is http(s), otherwise the text alone, so a
/// `javascript:` URL in a user's rubric never becomes a link. With one parameter, a text that
/// starts with a URL ("https://… (on-demand prices)") links the URL and keeps the rest as text.
/// Markdown shows "text (url)", which renderers link by themselves.
fn helper_link(v: &[&Value], format: DocFormat) -> Result<String, String> {
    let url = string(v[0]);
    let text = v.get(1).map(|t| string(t));
    let web = super::view::web_url(&url);
    Ok(match (format, web, text) {
        (DocFormat::Html, Some(u), None) => {
            let rest = url.trim_start()[u.len()..].to_string();
            format!(
                "<a href=\"{u}\">{u}</a>{}",
                handlebars::html_escape(&rest),
                u = handlebars::html_escape(u)
            )
        }
        (DocFormat::Html, Some(u), Some(t)) => format!(
            "<a href=\"{}\">{}</a>",
            handlebars::html_escape(u),
            handlebars::html_escape(&t)
        ),
        (DocFormat::Html, None, t) => handlebars::html_escape(t.as_deref().unwrap_or(&url)),
        (DocFormat::Markdown, _, None) => escape::markdown(&url),
        (DocFormat::Markdown, _, Some(t)) => {
            format!("{} ({})", escape::markdown(&t), escape::markdown(&url))
        }
    })
}

/// A severity as a badge: bold text in Markdown, a coloured label in HTML.
fn helper_severity_badge(v: &[&Value], format: DocFormat) -> Result<String, String> {
    let s = string(v[0]);
    let sev = Severity::ALL
        .into_iter()
        .find(|x| x.as_str() == s)
        .ok_or_else(|| format!("`{}` is not a severity", s.escape_debug()))?;
    let title = severity_title(sev);
    Ok(match format {
        DocFormat::Markdown => format!("**{title}**"),
        DocFormat::Html => format!("<span class=\"badge sev-{}\">{title}</span>", sev.as_str()),
    })
}
