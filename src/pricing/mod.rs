//! The price book: answers price queries, and records where every answer came from.
//!
//! A cost line asks for a price with a [`PriceQuery`] (engine, line, region, SKU, the price
//! service and the filters that service is queried with). The book answers a whole assessment's
//! queries in one batch ([`PriceBook::resolve`]), the way infracost's price fetcher does:
//!
//! 1. a price book file someone captured with `prices export --format json` (`--price-book`,
//!    see [`file`]) answers the queries it holds, before anything else;
//! 2. each remaining query's filters are split into the part sent to the service and the part
//!    matched in code; queries that send the same filters share one [`ServiceKey`], so a
//!    cold-cache assessment of one engine makes a handful of requests (one per distinct key
//!    and page);
//! 3. each key is answered, by the [`Mode`], from the price service (`api`) or the on-disk
//!    cache (`cache`, see [`cache`]); a service that cannot be reached falls back to the cache,
//!    and the book's notes say so;
//! 4. each query picks its record in code (see [`record`]); a query the services do not answer
//!    goes to the rate cards of `engines/*.yaml` (`rate_card`: rows with a public source, a read
//!    date or a stated basis), and a query no source answers stays unknown — never zero.

pub mod aws;
pub mod azure;
pub mod cache;
pub mod commands;
pub mod file;
pub mod gcp;
mod live;
mod paging;
mod placeholders;
pub mod record;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

pub use crate::engine::Provider;
use crate::engine::{Catalog, PriceService, Pricing, RateBasis};
use crate::error::Error;
use crate::time;
pub use placeholders::{azure_series, Placeholders};
use record::{Match, Preference, PriceRecord};

/// What a cost line needs priced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PriceQuery {
    pub engine: String,
    pub line: String,
    pub region: String,
    pub sku: String,
    pub unit: String,
    /// The engine's price service.
    pub service: PriceService,
    /// The line's filters with placeholders filled (see `LineSpec::filters`); empty when the
    /// line is priced from the rate card only.
    pub filters: BTreeMap<String, String>,
    /// Multiplier for a price read from a service (`LineSpec::price_factor`).
    pub factor: Option<Decimal>,
    /// How to choose among several matching records (`Pricing::prefer`, placeholders filled).
    pub prefer: Vec<Preference>,
}

/// A price and its provenance.
#[derive(Debug, Clone)]
pub struct Price {
    pub unit_price: Decimal,
    pub currency: String,
    pub source: Origin,
    /// How a rate-card price (or a price book row taken from one) was obtained.
    pub basis: Option<RateBasis>,
    /// The price service's name, for the report.
    pub service: String,
    /// Date the price was fetched or read (YYYY-MM-DD); none for a recalled rate-card row.
    pub as_of: Option<String>,
    pub reference: String,
}

/// A source that prices one query at a time (the rate cards).
pub trait PriceSource: Send + Sync {
    fn lookup(&self, query: &PriceQuery) -> Option<Price>;
}

/// The bundled rate cards of every engine and of the target.
pub struct RateCards<'a> {
    catalog: &'a Catalog,
    /// A user's rate card for the target (`--rate-card`), used before the bundled one.
    target_override: Option<Pricing>,
}

impl<'a> RateCards<'a> {
    pub fn new(catalog: &'a Catalog, target_override: Option<Pricing>) -> Self {
        RateCards {
            catalog,
            target_override,
        }
    }

    fn pricing(&self, engine: &str) -> Vec<&Pricing> {
        if engine == self.catalog.target.id {
            self.target_override
                .iter()
                .chain(std::iter::once(&self.catalog.target.pricing))
                .collect()
        } else {
            self.catalog
                .engines
                .iter()
                .filter(|e| e.id == engine)
                .map(|e| &e.pricing)
                .collect()
        }
    }
}

impl PriceSource for RateCards<'_> {
    fn lookup(&self, q: &PriceQuery) -> Option<Price> {
        self.pricing(&q.engine).into_iter().find_map(|p| {
            let card = &p.rate_card;
            card.find(&q.region, &q.line, &q.sku).map(|row| Price {
                unit_price: row.price,
                currency: p.currency.clone(),
                source: Origin::RateCard,
                basis: Some(card.basis_of(row)),
                service: p.service.to_string(),
                as_of: card.as_of_row(row),
                reference: card.source_of(row).to_string(),
            })
        })
    }
}

/// Where prices may come from (`--pricing`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Query the price services for what the cache lacks or holds for longer than the
    /// time-to-live, and refresh the cache; a service that cannot be reached falls back to the
    /// cache (however old), then the rate cards.
    Live,
    /// The default: the cache (however old; the notes say when it is stale), then the rate
    /// cards. Never touches the network.
    Cached,
    /// Only the rate cards that ship in the binary (and a `--price-book` file, in any mode).
    /// Reads no cache and touches no network, so the same inputs give the same bytes on any
    /// machine.
    Offline,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Live => "live",
            Mode::Cached => "cached",
            Mode::Offline => "offline",
        }
    }
}

/// One request's worth of filters at a price service: the unit of fetching, caching and
/// deduplication. Queries that differ only in what is matched in code share a key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ServiceKey {
    pub provider: Provider,
    /// AWS service code (`AmazonRDS`); Azure `retail`; Google the service display name.
    pub service: String,
    /// Filters sent to the service (Google: applied to the service's SKU list on arrival).
    pub filters: BTreeMap<String, String>,
}

impl ServiceKey {
    /// A stable text form, for cache file names and messages.
    pub fn canonical(&self) -> String {
        let filters: Vec<String> = self
            .filters
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        format!("{:?}|{}|{}", self.provider, self.service, filters.join(";")).to_lowercase()
    }

    /// What was asked, for notes: `AmazonRDS productFamily=Database Instance, regionCode=…`.
    pub fn describe(&self) -> String {
        let filters: Vec<String> = self
            .filters
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        format!("{} {}", self.service, filters.join(", "))
    }

    /// The key and the in-code matchers of a query, or `None` when the query has no service.
    pub fn of_query(q: &PriceQuery) -> Option<(ServiceKey, Vec<Match>)> {
        if q.filters.is_empty() {
            return None;
        }
        let provider = q.service.provider()?;
        let mut server = BTreeMap::new();
        let mut matchers = Vec::new();
        for (k, v) in &q.filters {
            if let Some(pattern) = v.strip_prefix('~') {
                matchers.push(Match::contains(k, pattern));
                continue;
            }
            match v.strip_prefix('=') {
                Some(value) => matchers.push(Match::equals(k, value)),
                None => {
                    // Every plain filter is checked in code as well: a cached or bundled entry
                    // is only as good as the filters it was fetched with.
                    matchers.push(Match::equals(k, v));
                    let server_side = match provider {
                        // The Billing Catalog filters by service only; the region narrows the
                        // list on arrival.
                        Provider::Gcp => k == "service" || k == "serviceId" || k == "region",
                        _ => true,
                    };
                    if server_side {
                        server.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        let service = match &q.service {
            PriceService::Aws { code } => code.as_str().to_string(),
            PriceService::Azure => "retail".to_string(),
            PriceService::Gcp { product } => server
                .get("service")
                .cloned()
                .unwrap_or_else(|| product.clone()),
            PriceService::RateCardOnly { .. } => return None,
        };
        Some((
            ServiceKey {
                provider,
                service,
                filters: server,
            },
            matchers,
        ))
    }
}

/// What one [`ServiceKey`] returned: the records, and what was skipped. The cache stores
/// exactly this.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub key: ServiceKey,
    /// When the records were fetched (RFC 3339, UTC).
    pub fetched_at: String,
    /// The same instant in seconds since 1970, for the time-to-live.
    pub fetched_unix: u64,
    /// Requests (pages) it took.
    pub requests: usize,
    /// Records that could not be read and were skipped.
    pub skipped: usize,
    /// Why, for the first few.
    #[serde(default)]
    pub skipped_reasons: Vec<String>,
    pub records: Vec<PriceRecord>,
}

impl Entry {
    /// The answer to one service query, stamped with the current time.
    pub fn fetched_now(
        key: &ServiceKey,
        requests: usize,
        skipped: usize,
        skipped_reasons: Vec<String>,
        records: Vec<PriceRecord>,
    ) -> Entry {
        let now = time::now_unix();
        Entry {
            key: key.clone(),
            fetched_at: time::rfc3339(now as i64),
            fetched_unix: now,
            requests,
            skipped,
            skipped_reasons,
            records,
        }
    }

    /// `YYYY-MM-DD` of the fetch.
    pub fn date(&self) -> String {
        self.fetched_at.chars().take(10).collect()
    }
}

/// Where a price came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Fetched from the price service during this run.
    Api,
    /// The on-disk cache of earlier fetches.
    Cache,
    /// A price book file given with `--price-book`.
    PriceBook,
    /// A rate-card row of `engines/*.yaml` (or a user's `--rate-card`).
    RateCard,
    /// No source had the price.
    Unknown,
    /// The bundled snapshot of dbassay before December 2026, withdrawn because its records were
    /// invented examples; read only so that older assessments still load (`diff`, `history`).
    Snapshot,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Api => "api",
            Origin::Cache => "cache",
            Origin::PriceBook => "price_book",
            Origin::RateCard => "rate_card",
            Origin::Unknown => "unknown",
            Origin::Snapshot => "snapshot",
        }
    }

    /// For a reader: `live API`, `rate card (recalled)`.
    pub fn label(self, basis: Option<RateBasis>) -> String {
        let origin = match self {
            Origin::Api => "live API",
            Origin::Cache => "cached API price",
            Origin::PriceBook => "price book",
            Origin::RateCard => "rate card",
            Origin::Unknown => "not found",
            Origin::Snapshot => "withdrawn bundled snapshot",
        };
        match basis {
            Some(b) if b != RateBasis::Published => format!("{origin} ({})", b.as_str()),
            _ => origin.to_string(),
        }
    }
}

/// An answered key: the entry (if any source had one), where it came from, and what the
/// reader should know about how it was reached.
#[derive(Debug, Clone)]
pub struct Answer {
    pub entry: Option<Arc<Entry>>,
    pub origin: Origin,
    pub as_of: String,
    pub notes: Vec<String>,
}

/// Prices of a batch of queries, in query order, and notes for the assessment.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    pub prices: Vec<Option<Price>>,
    pub notes: Vec<String>,
}

/// Endpoints, cache and retry settings of the price services. [`PriceOptions::from_env`] reads
/// them from the environment (see README, "Prices").
#[derive(Clone)]
pub struct PriceOptions {
    /// `DBASSAY_CACHE_DIR`; default the platform cache directory + `dbassay`.
    pub cache_dir: Option<PathBuf>,
    /// Time-to-live of a cache entry in live mode (`DBASSAY_PRICE_TTL_HOURS`, default 24).
    pub ttl_secs: u64,
    /// `DBASSAY_AWS_PRICING_ENDPOINT`; default the SDK's endpoint for us-east-1.
    pub aws_endpoint: Option<String>,
    /// `DBASSAY_AZURE_PRICES_URL`; default `https://prices.azure.com/api/retail/prices`.
    pub azure_url: Option<String>,
    /// `DBASSAY_GCP_BILLING_URL`; default `https://cloudbilling.googleapis.com`.
    pub gcp_url: Option<String>,
    /// `DBASSAY_GCP_API_KEY` or `GOOGLE_API_KEY`. Never printed.
    pub gcp_api_key: Option<String>,
    /// Attempts per request, the first included (`DBASSAY_PRICE_ATTEMPTS`, default 4).
    pub attempts: u32,
    /// First back-off between attempts in milliseconds (`DBASSAY_PRICE_RETRY_BASE_MS`,
    /// default 500); a service's `Retry-After` is honoured when longer.
    pub retry_base_ms: u64,
    /// Seconds one service may take over all its requests (`DBASSAY_PRICE_TIMEOUT_SECS`,
    /// default 60).
    pub timeout_secs: u64,
}

impl std::fmt::Debug for PriceOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PriceOptions")
            .field("cache_dir", &self.cache_dir)
            .field("ttl_secs", &self.ttl_secs)
            .field("aws_endpoint", &self.aws_endpoint)
            .field("azure_url", &self.azure_url)
            .field("gcp_url", &self.gcp_url)
            .field(
                "gcp_api_key",
                &self.gcp_api_key.as_ref().map(|_| "(set, hidden)"),
            )
            .field("attempts", &self.attempts)
            .field("retry_base_ms", &self.retry_base_ms)
            .field("timeout_secs", &self.timeout_secs)
            .finish()
    }
}

impl Default for PriceOptions {
    fn default() -> Self {
        PriceOptions {
            cache_dir: None,
            ttl_secs: 24 * 3600,
            aws_endpoint: None,
            azure_url: None,
            gcp_url: None,
            gcp_api_key: None,
            attempts: 4,
            retry_base_ms: 500,
            timeout_secs: 60,
        }
    }
}

impl PriceOptions {
    /// Settings from the environment; unset or empty variables keep the defaults.
    pub fn from_env() -> Result<PriceOptions, Error> {
        fn var(name: &str) -> Option<String> {
            std::env::var(name).ok().filter(|v| !v.trim().is_empty())
        }
        fn number(name: &str, default: u64) -> Result<u64, Error> {
            match var(name) {
                None => Ok(default),
                Some(v) => v.trim().parse().map_err(|_| {
                    Error::input(
                        format!("environment variable {name}"),
                        format!("`{v}` is not a whole number"),
                    )
                }),
            }
        }
        let d = PriceOptions::default();
        Ok(PriceOptions {
            cache_dir: var("DBASSAY_CACHE_DIR").map(PathBuf::from),
            ttl_secs: number("DBASSAY_PRICE_TTL_HOURS", d.ttl_secs / 3600)? * 3600,
            aws_endpoint: var("DBASSAY_AWS_PRICING_ENDPOINT"),
            azure_url: var("DBASSAY_AZURE_PRICES_URL"),
            gcp_url: var("DBASSAY_GCP_BILLING_URL"),
            gcp_api_key: var("DBASSAY_GCP_API_KEY").or_else(|| var("GOOGLE_API_KEY")),
            attempts: number("DBASSAY_PRICE_ATTEMPTS", u64::from(d.attempts))?.clamp(1, 10) as u32,
            retry_base_ms: number("DBASSAY_PRICE_RETRY_BASE_MS", d.retry_base_ms)?,
            timeout_secs: number("DBASSAY_PRICE_TIMEOUT_SECS", d.timeout_secs)?.max(1),
        })
    }

    /// The cache directory: the setting, else the platform cache directory + `dbassay`.
    pub fn cache_dir(&self) -> Option<PathBuf> {
        self.cache_dir.clone().or_else(cache::default_dir)
    }
}

/// Answers [`ServiceKey`]s from the services and the cache, by mode; remembers
/// every answer for the life of the book, so a fleet of assessments asks once.
pub struct ServiceBook {
    mode: Mode,
    options: PriceOptions,
    cache: Option<cache::Cache>,
    live: OnceLock<Result<live::Live, String>>,
    memo: Mutex<HashMap<ServiceKey, Arc<Answer>>>,
    requests: Arc<AtomicUsize>,
}

impl ServiceBook {
    pub fn new(mode: Mode, options: PriceOptions) -> Self {
        let cache = match mode {
            Mode::Offline => None,
            Mode::Live | Mode::Cached => options.cache_dir().map(cache::Cache::new),
        };
        ServiceBook {
            mode,
            options,
            cache,
            live: OnceLock::new(),
            memo: Mutex::new(HashMap::new()),
            requests: Arc::new(AtomicUsize::new(0)),
        }
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Requests sent to price services so far (each page counts).
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::Relaxed)
    }

    fn live(&self) -> &Result<live::Live, String> {
        self.live
            .get_or_init(|| live::Live::new(&self.options, self.requests.clone()))
    }

    /// Answers every key, fetching what live mode needs in one concurrent batch.
    pub fn answer(&self, keys: &[ServiceKey]) -> HashMap<ServiceKey, Arc<Answer>> {
        let mut out = HashMap::new();
        let mut missing = Vec::new();
        {
            let memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
            for k in keys {
                match memo.get(k) {
                    Some(a) => {
                        out.insert(k.clone(), a.clone());
                    }
                    None if !missing.contains(k) => missing.push(k.clone()),
                    None => {}
                }
            }
        }
        if missing.is_empty() {
            return out;
        }
        let answers = self.answer_uncached(&missing);
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        for (k, a) in missing.into_iter().zip(answers) {
            let a = Arc::new(a);
            memo.insert(k.clone(), a.clone());
            out.insert(k, a);
        }
        out
    }

    /// Forces a fetch of every key, whatever the cache holds (`prices refresh`).
    pub fn refresh(&self, keys: &[ServiceKey]) -> Vec<Result<Arc<Entry>, String>> {
        let live = match self.live() {
            Ok(l) => l,
            Err(e) => return keys.iter().map(|_| Err(e.clone())).collect(),
        };
        let results = live.fetch_all(keys);
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        results
            .into_iter()
            .map(|r| {
                r.map(|entry| {
                    let entry = Arc::new(entry);
                    if let Some(c) = &self.cache {
                        let _ = c.write(&entry);
                    }
                    memo.insert(
                        entry.key.clone(),
                        Arc::new(Answer {
                            entry: Some(entry.clone()),
                            origin: Origin::Api,
                            as_of: entry.date(),
                            notes: skipped_note(&entry),
                        }),
                    );
                    entry
                })
            })
            .collect()
    }

    fn cached(&self, key: &ServiceKey) -> Option<Arc<Entry>> {
        self.cache.as_ref().and_then(|c| c.read(key)).map(Arc::new)
    }

    fn answer_uncached(&self, keys: &[ServiceKey]) -> Vec<Answer> {
        let now = time::now_unix();
        let mut answers: Vec<Option<Answer>> = vec![None; keys.len()];
        let mut to_fetch = Vec::new();
        for (i, key) in keys.iter().enumerate() {
            match self.mode {
                Mode::Offline => answers[i] = Some(fallback(key, None, Vec::new(), None)),
                Mode::Cached => {
                    let cached = self.cached(key);
                    let mut notes = Vec::new();
                    if let Some(e) = &cached {
                        if now.saturating_sub(e.fetched_unix) > self.options.ttl_secs {
                            notes.push(format!(
                                "Prices: cached {} prices for {} were fetched on {}, more than \
                                 {} hours ago; run `dbassay prices refresh` or assess with \
                                 `--pricing live` for current prices.",
                                key.provider.name(),
                                key.describe(),
                                e.date(),
                                self.options.ttl_secs / 3600
                            ));
                        }
                    }
                    answers[i] = Some(fallback(key, cached, notes, None));
                }
                Mode::Live
                    if key.provider == Provider::Gcp && self.options.gcp_api_key.is_none() =>
                {
                    let note = format!(
                        "Prices: Google Cloud Billing Catalog prices need an API key \
                         (DBASSAY_GCP_API_KEY or GOOGLE_API_KEY); {} prices come from the cache or \
                         the rate card instead.",
                        key.service
                    );
                    answers[i] = Some(fallback(key, self.cached(key), vec![note], None));
                }
                Mode::Live => match self.cached(key) {
                    Some(e) if now.saturating_sub(e.fetched_unix) < self.options.ttl_secs => {
                        answers[i] = Some(Answer {
                            as_of: e.date(),
                            notes: skipped_note(&e),
                            entry: Some(e),
                            origin: Origin::Cache,
                        })
                    }
                    _ => to_fetch.push(i),
                },
            }
        }
        if !to_fetch.is_empty() {
            let fetch_keys: Vec<ServiceKey> = to_fetch.iter().map(|&i| keys[i].clone()).collect();
            let results = match self.live() {
                Ok(live) => live.fetch_all(&fetch_keys),
                Err(e) => fetch_keys.iter().map(|_| Err(e.clone())).collect(),
            };
            for (&i, result) in to_fetch.iter().zip(results) {
                let key = &keys[i];
                answers[i] = Some(match result {
                    Ok(entry) => {
                        let entry = Arc::new(entry);
                        let mut notes = skipped_note(&entry);
                        if let Some(c) = &self.cache {
                            if let Err(e) = c.write(&entry) {
                                notes.push(format!("Prices: {e}"));
                            }
                        }
                        Answer {
                            as_of: entry.date(),
                            entry: Some(entry),
                            origin: Origin::Api,
                            notes,
                        }
                    }
                    Err(why) => fallback(key, self.cached(key), Vec::new(), Some(&why)),
                });
            }
        }
        answers
            .into_iter()
            .map(|a| a.expect("every key answered"))
            .collect()
    }
}

/// The answer when the service is not asked (or failed): the cache entry if there is one, else
/// nothing (the rate cards will be tried per query).
fn fallback(
    key: &ServiceKey,
    cached: Option<Arc<Entry>>,
    mut notes: Vec<String>,
    failure: Option<&str>,
) -> Answer {
    let service = key.provider.name();
    if let Some(e) = cached {
        if let Some(why) = failure {
            notes.push(format!(
                "Prices: {service} could not be reached for {} ({why}); used cached prices \
                 fetched on {}.",
                key.describe(),
                e.date()
            ));
        }
        notes.extend(skipped_note(&e));
        return Answer {
            as_of: e.date(),
            entry: Some(e),
            origin: Origin::Cache,
            notes,
        };
    }
    if let Some(why) = failure {
        notes.push(format!(
            "Prices: {service} could not be reached for {} ({why}) and nothing was cached; the \
             rate cards were used where they have the price.",
            key.describe()
        ));
    }
    Answer {
        entry: None,
        origin: Origin::Unknown,
        as_of: String::new(),
        notes,
    }
}

fn skipped_note(e: &Entry) -> Vec<String> {
    if e.skipped == 0 {
        return Vec::new();
    }
    let why = if e.skipped_reasons.is_empty() {
        String::new()
    } else {
        format!(" ({})", e.skipped_reasons.join("; "))
    };
    vec![format!(
        "Prices: {} malformed price record(s) from {} for {} were skipped{why}.",
        e.skipped,
        e.key.provider.name(),
        e.key.describe()
    )]
}

/// Price sources in order: a price book file, the services (through a [`ServiceBook`]) and
/// then the rate cards.
pub struct PriceBook<'a> {
    file: Option<file::PriceBookFile>,
    services: Option<ServiceBook>,
    sources: Vec<Box<dyn PriceSource + 'a>>,
}

impl<'a> PriceBook<'a> {
    /// A book of the given sources only (no price services).
    pub fn new(sources: Vec<Box<dyn PriceSource + 'a>>) -> Self {
        PriceBook {
            file: None,
            services: None,
            sources,
        }
    }

    /// The offline book: the bundled rate cards (with an optional target override).
    pub fn offline(catalog: &'a Catalog, target_override: Option<Pricing>) -> Self {
        Self::with_mode(
            catalog,
            target_override,
            Mode::Offline,
            PriceOptions::default(),
        )
    }

    /// The book for a `--pricing` mode.
    pub fn with_mode(
        catalog: &'a Catalog,
        target_override: Option<Pricing>,
        mode: Mode,
        options: PriceOptions,
    ) -> Self {
        PriceBook {
            file: None,
            services: Some(ServiceBook::new(mode, options)),
            sources: vec![Box::new(RateCards::new(catalog, target_override))],
        }
    }

    /// Answers from `book` first, whatever the mode (`--price-book`).
    pub fn with_file(mut self, book: Option<file::PriceBookFile>) -> Self {
        self.file = book;
        self
    }

    pub fn services(&self) -> Option<&ServiceBook> {
        self.services.as_ref()
    }

    /// Requests sent to price services so far.
    pub fn requests(&self) -> usize {
        self.services.as_ref().map_or(0, |s| s.requests())
    }

    /// One query (see [`PriceBook::resolve`] for many).
    pub fn lookup(&self, q: &PriceQuery) -> Option<Price> {
        self.resolve(std::slice::from_ref(q)).prices.pop().flatten()
    }

    /// Prices a batch of queries: one answer per distinct service key, then per query the
    /// matching record, else the rate cards, else unknown.
    pub fn resolve(&self, queries: &[PriceQuery]) -> Resolution {
        let from_file: Vec<Option<Price>> = queries
            .iter()
            .map(|q| self.file.as_ref().and_then(|f| f.lookup(q)))
            .collect();
        let split: Vec<Option<(ServiceKey, Vec<Match>)>> = match &self.services {
            Some(_) => queries
                .iter()
                .zip(&from_file)
                .map(|(q, f)| match f {
                    Some(_) => None,
                    None => ServiceKey::of_query(q),
                })
                .collect(),
            None => queries.iter().map(|_| None).collect(),
        };
        let keys: Vec<ServiceKey> = split.iter().flatten().map(|(k, _)| k.clone()).collect();
        let answers = match &self.services {
            Some(s) if !keys.is_empty() => s.answer(&keys),
            _ => HashMap::new(),
        };
        let mut notes: Vec<String> = Vec::new();
        let mut push_note = |n: String| {
            if !notes.contains(&n) {
                notes.push(n);
            }
        };
        if let Some(f) = &self.file {
            let used = from_file.iter().flatten().count();
            push_note(f.note(used, queries.len()));
        }
        let mut seen_keys: Vec<&ServiceKey> = Vec::new();
        let mut prices = Vec::with_capacity(queries.len());
        for ((q, split), from_file) in queries.iter().zip(&split).zip(from_file) {
            let mut price = from_file;
            let mut service_miss = None;
            if let Some((key, matchers)) = split {
                if let Some(answer) = answers.get(key) {
                    if !seen_keys.contains(&key) {
                        seen_keys.push(key);
                        for n in &answer.notes {
                            push_note(n.clone());
                        }
                    }
                    if let Some(entry) = &answer.entry {
                        match record::pick(
                            &entry.records,
                            matchers,
                            &q.prefer,
                            &q.unit,
                            key.provider,
                        ) {
                            Ok(rec) => price = Some(service_price(q, key, rec, answer)),
                            Err(miss) => service_miss = Some((miss, answer.origin)),
                        }
                    }
                }
            }
            if price.is_none() {
                price = self.sources.iter().find_map(|s| s.lookup(q));
                if let Some((miss, origin)) = service_miss {
                    let from = match origin {
                        Origin::Cache => "the cached prices",
                        _ => "the service's answer",
                    };
                    let then = match &price {
                        Some(p) => format!(
                            "priced from the {}{}",
                            p.source.label(p.basis),
                            p.as_of
                                .as_deref()
                                .map_or(String::new(), |d| format!(" of {d}"))
                        ),
                        None => "no rate card has it either, so the line is unknown".to_string(),
                    };
                    push_note(format!(
                        "Prices: {} line `{}` (SKU `{}`, {}): {miss} in {from}; {then}.",
                        q.engine, q.line, q.sku, q.region
                    ));
                }
            }
            prices.push(price);
        }
        let recalled = prices
            .iter()
            .flatten()
            .filter(|p| p.basis == Some(RateBasis::Recalled))
            .count();
        if recalled > 0 {
            push_note(format!(
                "Prices: {recalled} line(s) are priced from recalled rate-card rows, figures not \
                 read from their source on a known date; check them at the linked source before \
                 quoting them, or assess with `--pricing live` or a captured `--price-book`."
            ));
        }
        Resolution { prices, notes }
    }
}

fn service_price(q: &PriceQuery, key: &ServiceKey, rec: &PriceRecord, answer: &Answer) -> Price {
    let factor = q.factor.unwrap_or(Decimal::ONE);
    let mut reference = format!("{}: {}", key.provider.name(), rec.describe());
    if factor != Decimal::ONE {
        reference.push_str(&format!(" × {}", factor.normalize()));
    }
    Price {
        unit_price: rec.price * factor,
        currency: rec.currency.clone(),
        source: answer.origin,
        basis: None,
        service: q.service.to_string(),
        as_of: Some(answer.as_of.clone()),
        reference,
    }
}
