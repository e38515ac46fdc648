//! AWS Price List API through the real `aws-sdk-pricing` client against a local server that
//! answers in AWS JSON 1.1: `POST /`, `X-Amz-Target: AWSPriceListService.GetProducts`,
//! `PriceList` as an array of JSON strings, `NextToken` paging, throttling as HTTP 400
//! `ThrottlingException`.

mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/prices.rs"]
mod prices;

use http::{Req, Resp, Server};
use prices::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use dbassay::engine::RateBasis;
use dbassay::pipeline::Toolkit;
use dbassay::pricing::Origin;
use dbassay::pricing::{Mode, PriceBook};

/// Prices that differ from the bundled rate card, so a test can tell where a figure came from.
const COMPUTE: &str = "0.2310000000";
const STORAGE: &str = "0.1265000000";
const IOPS: &str = "0.0218000000";
const BACKUP: &str = "0.0957000000";

/// The RDS for PostgreSQL price list as the service would filter it: each request's
/// `TERM_MATCH` filters select the products. Backups come in two pages; the storage page holds
/// one malformed record; the first IOPS request is throttled.
fn rds_service(instance_known: bool) -> impl Fn(&Req, usize) -> Resp + Send + Sync {
    let throttled = Arc::new(AtomicUsize::new(0));
    move |req: &Req, _| {
        assert_eq!(req.method, "POST");
        assert_eq!(req.target, "/");
        assert_eq!(
            req.header("x-amz-target"),
            Some("AWSPriceListService.GetProducts")
        );
        assert_eq!(req.header("content-type"), Some(AWS_JSON));
        let auth = req.header("authorization").expect("SigV4 signed");
        assert!(
            auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIDDBASSAYTESTFAKE01/")
                && auth.contains("/us-east-1/pricing/aws4_request"),
            "{auth}"
        );
        let body: serde_json::Value = serde_json::from_str(&req.body).unwrap();
        assert_eq!(body["ServiceCode"], "AmazonRDS");
        assert_eq!(body["FormatVersion"], "aws_v1");
        let f = aws_filters(&req.body);
        assert!(has_filter(&f, "regionCode", "us-east-1"), "{f:?}");
        let token = body["NextToken"].as_str();
        let ok = |list: &[String], next: Option<&str>| {
            Resp::json(200, AWS_JSON, aws_page(list, next))
                .with_header("x-amzn-RequestId", "00000000-test")
        };
        if has_filter(&f, "productFamily", "Database Instance") {
            assert!(has_filter(&f, "databaseEngine", "PostgreSQL"));
            assert!(has_filter(&f, "deploymentOption", "Single-AZ"));
            if !instance_known || !has_filter(&f, "instanceType", "db.r6g.large") {
                return ok(&[], None);
            }
            return ok(
                &[aws_product(
                    "SKUCOMPUTE000001",
                    "Database Instance",
                    &[
                        ("databaseEngine", "PostgreSQL"),
                        ("instanceType", "db.r6g.large"),
                        ("deploymentOption", "Single-AZ"),
                        ("regionCode", "us-east-1"),
                        ("usagetype", "InstanceUsage:db.r6g.large"),
                    ],
                    "Hrs",
                    COMPUTE,
                )],
                None,
            );
        }
        if has_filter(&f, "productFamily", "Database Storage") {
            assert!(has_filter(&f, "volumeType", "General Purpose-GP3"));
            return ok(
                &[
                    aws_product(
                        "SKUSTORAGE000001",
                        "Database Storage",
                        &[
                            ("volumeType", "General Purpose-GP3"),
                            ("deploymentOption", "Single-AZ"),
                            ("databaseEngine", "Any"),
                            ("regionCode", "us-east-1"),
                            ("usagetype", "RDS:GP3-Storage"),
                        ],
                        "GB-Mo",
                        STORAGE,
                    ),
                    // Cut short in transit: skipped, counted and reported.
                    r#"{"product":{"productFamily":"Database Storage","attributes":{"#.to_string(),
                ],
                None,
            );
        }
        if has_filter(&f, "productFamily", "Provisioned IOPS") {
            if throttled.fetch_add(1, Ordering::SeqCst) == 0 {
                return Resp::json(
                    400,
                    AWS_JSON,
                    r#"{"__type":"ThrottlingException","message":"Rate exceeded"}"#,
                );
            }
            return ok(
                &[aws_product(
                    "SKUIOPS000000001",
                    "Provisioned IOPS",
                    &[
                        ("deploymentOption", "Single-AZ"),
                        ("regionCode", "us-east-1"),
                        ("usagetype", "RDS:GP3-PIOPS"),
                    ],
                    "IOPS-Mo",
                    IOPS,
                )],
                None,
            );
        }
        if has_filter(&f, "productFamily", "Storage Snapshot") {
            // Two pages: Aurora's backup first, RDS's on the page the token asks for.
            return match token {
                None => ok(
                    &[aws_product(
                        "SKUAURORABACKUP1",
                        "Storage Snapshot",
                        &[
                            ("regionCode", "us-east-1"),
                            ("usagetype", "Aurora:BackupUsage"),
                        ],
                        "GB-Mo",
                        "0.0210000000",
                    )],
                    Some("page-2"),
                ),
                Some("page-2") => ok(
                    &[aws_product(
                        "SKUBACKUP0000001",
                        "Storage Snapshot",
                        &[
                            ("regionCode", "us-east-1"),
                            ("usagetype", "RDS:ChargedBackupUsage"),
                        ],
                        "GB-Mo",
                        BACKUP,
                    )],
                    None,
                ),
                Some(other) => panic!("unexpected NextToken {other}"),
            };
        }
        panic!("unexpected filters {f:?}")
    }
}

#[test]
fn cold_cache_prices_rds_from_the_api_in_few_requests_to_the_cent() {
    fake_aws_env();
    let server = Server::start(rds_service(true));
    let cache = tempfile::tempdir().unwrap();
    let kit = Toolkit::bundled().unwrap();
    let book = live_book(&kit, cache.path(), &server.url);
    let a = assess(&kit, &book, rds_profile("db.r6g.large"));

    // Hand-computed from the records above: 730 h × 0.231; 200 GB × 0.1265;
    // (12,000 − 3,000) IOPS × 0.0218; (300 − 200) GB × 0.0957.
    let expect = [
        ("compute", "730", "0.231", "168.63"),
        ("storage", "200", "0.1265", "25.30"),
        ("extra_iops", "9000", "0.0218", "196.20"),
        ("backup", "100", "0.0957", "9.57"),
    ];
    for l in priced_by_the_api(&a, &expect) {
        assert_eq!(l.price.service, "AWS Price List API (AmazonRDS)");
        assert_eq!(l.price.region, "us-east-1");
        assert_eq!(l.price.currency, "USD");
        assert!(l.price.as_of.as_deref().is_some_and(|d| d.len() == 10));
        assert!(
            l.price.reference.as_deref().unwrap().contains("SKU"),
            "{:?}",
            l.price.reference
        );
    }
    assert_eq!(a.cost.source_monthly, Some(dec("399.70")));
    assert!(a.cost.complete);
    // Lakebase has no price service: its lines stay on the rate card.
    assert!(a
        .cost
        .lines
        .iter()
        .filter(|l| l.side == dbassay::assessment::Side::Target)
        .all(|l| l.price.source == Origin::RateCard));

    // Four distinct queries, one of them two pages, one throttled once: 6 requests at the
    // service (the book counts 5 pages; the SDK's retry is the sixth).
    assert_eq!(server.count(), 6, "{:#?}", server.requests());
    assert!(server.count() <= 8);
    assert_eq!(book.requests(), 5);

    // The malformed record was skipped, counted and reported.
    assert!(
        a.notes
            .iter()
            .any(|n| n.contains("1 malformed price record(s)") && n.contains("Database Storage")),
        "{:#?}",
        a.notes
    );
    // Secrets never reach the output.
    let json = dbassay::report::json(&a);
    assert!(!json.contains(FAKE_SECRET) && !json.contains(FAKE_KEY_ID));

    // A warm cache makes no request, in a new book (a new run) as well.
    let before = server.count();
    let again = live_book(&kit, cache.path(), &server.url);
    let b = assess(&kit, &again, rds_profile("db.r6g.large"));
    assert_eq!(
        server.count(),
        before,
        "warm cache must not reach the service"
    );
    assert_eq!(again.requests(), 0);
    assert_eq!(line(&b, "source", "compute").price.source, Origin::Cache);
    assert_eq!(b.cost.source_monthly, Some(dec("399.70")));

    // Cached and offline modes never touch the network.
    for mode in [Mode::Cached, Mode::Offline] {
        let book =
            PriceBook::with_mode(&kit.catalog, None, mode, options(cache.path(), &server.url));
        let c = assess(&kit, &book, rds_profile("db.r6g.large"));
        assert_eq!(server.count(), before, "{mode:?} reached the network");
        let want = if mode == Mode::Cached {
            Origin::Cache
        } else {
            Origin::RateCard
        };
        assert_eq!(line(&c, "source", "compute").price.source, want, "{mode:?}");
    }
}

#[test]
fn a_sku_the_service_does_not_have_is_unknown_and_the_total_incomplete() {
    fake_aws_env();
    let server = Server::start(rds_service(false));
    let cache = tempfile::tempdir().unwrap();
    let kit = Toolkit::bundled().unwrap();
    let book = live_book(&kit, cache.path(), &server.url);
    // Neither the service nor the rate card has this class.
    let a = assess(&kit, &book, rds_profile("db.x2g.large"));
    let compute = line(&a, "source", "compute");
    assert_eq!(compute.unit_price, None);
    assert_eq!(compute.monthly, None);
    assert_eq!(compute.price.source, Origin::Unknown);
    assert_eq!(a.cost.source_monthly, None, "never a silent 0");
    assert!(!a.cost.complete);
    assert_eq!(a.cost.difference_monthly, None);
    // The known lines are still summed: 25.30 + 196.20 + 9.57.
    assert_eq!(a.cost.source_known_monthly, dec("231.07"));
    assert!(
        a.notes.iter().any(|n| n.contains("`compute`")
            && n.contains("no record matches")
            && n.contains("unknown")),
        "{:#?}",
        a.notes
    );
    assert!(a
        .cost
        .assumptions
        .iter()
        .any(|s| s.contains("line `compute` is unknown")));
}

#[test]
fn a_service_that_stays_down_falls_back_to_the_cache_then_the_rate_card() {
    fake_aws_env();
    let kit = Toolkit::bundled().unwrap();
    let cache = tempfile::tempdir().unwrap();
    {
        let up = Server::start(rds_service(true));
        let book = live_book(&kit, cache.path(), &up.url);
        let a = assess(&kit, &book, rds_profile("db.r6g.large"));
        assert_eq!(a.cost.source_monthly, Some(dec("399.70")));
    }
    let down = Server::start(|_, _| {
        Resp::json(
            500,
            AWS_JSON,
            r#"{"__type":"InternalFailure","message":"down for the test"}"#,
        )
    });
    // The cache is older than a zero time-to-live, so live mode asks the service, which fails
    // on every attempt; the cached prices are used and the notes say so.
    let mut opts = options(cache.path(), &down.url);
    opts.ttl_secs = 0;
    let book = PriceBook::with_mode(&kit.catalog, None, Mode::Live, opts.clone());
    let a = assess(&kit, &book, rds_profile("db.r6g.large"));
    assert!(down.count() >= 4, "every key was tried: {}", down.count());
    assert_eq!(line(&a, "source", "compute").price.source, Origin::Cache);
    assert_eq!(a.cost.source_monthly, Some(dec("399.70")));
    assert!(
        a.notes.iter().any(|n| n.contains("could not be reached")
            && n.contains("HTTP 500")
            && n.contains("used cached prices fetched on")),
        "{:#?}",
        a.notes
    );

    // Nothing cached: the rate cards, each line saying how its row was obtained.
    let empty = tempfile::tempdir().unwrap();
    opts.cache_dir = Some(empty.path().to_path_buf());
    let book = PriceBook::with_mode(&kit.catalog, None, Mode::Live, opts);
    let a = assess(&kit, &book, rds_profile("db.r6g.large"));
    let compute = line(&a, "source", "compute");
    assert_eq!(compute.price.source, Origin::RateCard);
    assert_eq!(compute.price.basis, Some(RateBasis::Recalled));
    assert_eq!(compute.price.as_of, None, "a recalled row has no read date");
    assert_eq!(compute.unit_price, Some(dec("0.225")));
    assert_eq!(compute.monthly, Some(dec("164.25")));
    assert!(
        a.notes.iter().any(|n| n.contains("could not be reached")
            && n.contains("nothing was cached")
            && n.contains("rate cards were used")),
        "{:#?}",
        a.notes
    );
    assert!(a
        .notes
        .iter()
        .any(|n| n.contains("recalled rate-card rows")));
    let storage = line(&a, "source", "storage");
    assert_eq!(storage.price.source, Origin::RateCard);
    assert_eq!(storage.monthly, Some(dec("23.00")));
    assert!(a.cost.complete);
}

#[test]
fn without_credentials_the_message_is_clear_and_the_next_source_prices() {
    // A child process, so the environment has no AWS credentials at all.
    let server = Server::start(|_, _| panic!("an unsigned request must not be sent"));
    let cache = tempfile::tempdir().unwrap();
    let profile = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(profile.path(), rds_profile("db.r6g.large").to_string()).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dbassay"))
        .args(["assess", "--profile"])
        .arg(profile.path())
        .args(["--format", "json", "--pricing", "live"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", cache.path())
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_CONFIG_FILE", "/nonexistent/config")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials")
        .env("DBASSAY_CACHE_DIR", cache.path())
        .env("DBASSAY_AWS_PRICING_ENDPOINT", &server.url)
        .env("DBASSAY_PRICE_RETRY_BASE_MS", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let notes = a["notes"].to_string();
    assert!(notes.contains("no AWS credentials"), "{notes}");
    assert_eq!(server.count(), 0);
    let compute = common::cost_line(&a, "source", "compute");
    assert_eq!(compute["price"]["source"], "rate_card");
    assert_eq!(compute["price"]["basis"], "recalled");
}
