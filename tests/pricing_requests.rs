//! Requests are filtered at the service and batched: a cold-cache assessment of any one bundled
//! sample makes at most 8 requests (the figure is printed with `--nocapture`), and a second
//! assessment in the same run makes none.

#[path = "support/http.rs"]
mod http;
#[path = "support/prices.rs"]
mod prices;

use http::{Req, Resp, Server};
use prices::*;

use dbassay::pipeline::Toolkit;
use dbassay::pricing::Origin;
use dbassay::pricing::{Mode, PriceBook};

/// Answers each protocol with an empty result: AWS JSON 1.1 `PriceList`, Azure `Items`,
/// Google `skus` (and a services list naming AlloyDB).
fn empty_services(req: &Req, _: usize) -> Resp {
    if req.method == "POST" {
        assert!(req.header("x-amz-target").is_some());
        // Filtered at the service: never a GetProducts without filters.
        assert!(aws_filters(&req.body).len() >= 2, "{}", req.body);
        return Resp::json(200, AWS_JSON, aws_page(&[], None));
    }
    if req.target.starts_with("/api/retail/prices") {
        let filter = req.query("$filter").unwrap_or_default();
        assert!(
            filter.contains("serviceName eq") && filter.contains("armRegionName eq"),
            "{filter}"
        );
        return Resp::json(200, "application/json", azure_page(&[], None));
    }
    if req.target.starts_with("/v1/services?") {
        return Resp::json(
            200,
            "application/json",
            r#"{"services":[{"serviceId":"TEST-ALLOY-0001","displayName":"AlloyDB for PostgreSQL"}],"nextPageToken":""}"#,
        );
    }
    Resp::json(200, "application/json", r#"{"skus":[],"nextPageToken":""}"#)
}

#[test]
fn a_cold_cache_assessment_of_each_sample_makes_at_most_8_requests() {
    fake_aws_env();
    let kit = Toolkit::bundled().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/profiles");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 10);
    for name in names {
        let server = Server::start(empty_services);
        let cache = tempfile::tempdir().unwrap();
        let mut opts = options(cache.path(), &server.url);
        opts.gcp_api_key = Some("test-key".into());
        let book = PriceBook::with_mode(&kit.catalog, None, Mode::Live, opts);
        let profile: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(&name)).unwrap()).unwrap();
        let a = assess(&kit, &book, profile.clone());
        let cold = server.count();
        eprintln!("{name}: {cold} request(s) on a cold cache");
        assert!(cold <= 8, "{name}: {cold} requests");
        assert_eq!(book.requests(), cold, "{name}");
        // Nothing found at the service: every source line falls to the rate card or stays
        // unknown, and the notes say which.
        assert!(a
            .cost
            .lines
            .iter()
            .all(|l| l.price.source == Origin::RateCard || l.price.source == Origin::Unknown));
        // The same book again (a fleet): no request.
        assess(&kit, &book, profile.clone());
        assert_eq!(server.count(), cold, "{name}: second assessment");
        // A new run on the now warm cache: no request either.
        let mut opts = options(cache.path(), &server.url);
        opts.gcp_api_key = Some("test-key".into());
        let warm = PriceBook::with_mode(&kit.catalog, None, Mode::Live, opts);
        assess(&kit, &warm, profile);
        assert_eq!(server.count(), cold, "{name}: warm cache");
    }
}
