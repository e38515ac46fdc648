//! Where Lakebase would run for a source: its own region when Lakebase Autoscaling is offered
//! there, else the nearest Lakebase region (same cloud first), with what that changes.

use super::model::TargetRegion;
use crate::engine::Target;

/// Great-circle distance in km between two [latitude, longitude] points.
fn distance_km(a: [f64; 2], b: [f64; 2]) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0;
    let (la1, lo1, la2, lo2) = (
        a[0].to_radians(),
        a[1].to_radians(),
        b[0].to_radians(),
        b[1].to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().asin()
}

/// The Lakebase region for a source in `source_region` on `vendor`'s cloud, and the region
/// whose Lakebase prices apply.
pub fn place(source_region: &str, vendor: &str, target: &Target) -> TargetRegion {
    let regions = &target.regions;
    let card = &target.pricing.rate_card;
    let priced = |r: &str| card.prices.iter().any(|p| p.region == r);
    let fallback_price_region = card
        .prices
        .first()
        .map_or_else(String::new, |p| p.region.clone());
    let mut notes = Vec::new();

    let same_cloud = regions.lakebase.get(vendor);
    let chosen = if same_cloud.is_some_and(|list| list.iter().any(|r| r == source_region)) {
        Some((vendor.to_string(), source_region.to_string(), None))
    } else {
        // Same cloud first; a cloud without Lakebase regions (Google Cloud, self-managed)
        // looks at every cloud's.
        let candidates: Vec<(&String, &String)> = regions
            .lakebase
            .iter()
            .filter(|(cloud, _)| same_cloud.is_none() || cloud.as_str() == vendor)
            .flat_map(|(cloud, list)| list.iter().map(move |r| (cloud, r)))
            .collect();
        regions.locations.get(source_region).and_then(|from| {
            candidates
                .into_iter()
                .filter_map(|(cloud, r)| {
                    let to = regions.locations.get(r)?;
                    Some((cloud.clone(), r.clone(), distance_km(*from, *to)))
                })
                .min_by(|a, b| a.2.total_cmp(&b.2))
                .map(|(cloud, r, km)| (cloud, r, Some(km)))
        })
    };

    let mut placed = match chosen {
        Some((cloud, region, None)) => {
            notes.push(format!(
                "Lakebase Autoscaling runs in {region} ({cloud}), the source's own region: no added latency or cross-region data transfer."
            ));
            TargetRegion {
                region: Some(region.clone()),
                cloud: Some(cloud),
                same_region: true,
                distance_km: None,
                price_region: String::new(),
                notes,
            }
        }
        Some((cloud, region, Some(km))) => {
            let km = (km / 10.0).round() as u32 * 10;
            let cross_cloud = cloud != vendor;
            notes.push(format!(
                "Lakebase Autoscaling is not offered in {source_region}; the nearest Lakebase region is {region} ({cloud}), about {km} km away. Applications left in {source_region} see added latency, and replication and application traffic pay {} data transfer (egress) charges; plan to move the applications with the database.",
                if cross_cloud { "cross-cloud" } else { "cross-region" }
            ));
            TargetRegion {
                region: Some(region),
                cloud: Some(cloud),
                same_region: false,
                distance_km: Some(km),
                price_region: String::new(),
                notes,
            }
        }
        None => {
            notes.push(format!(
                "Region {source_region:?} is not in dbassay's region table, so the nearest Lakebase region is not known: choose one from {} and expect added latency and data transfer charges if it is far from the applications.",
                regions
                    .lakebase
                    .iter()
                    .map(|(cloud, list)| format!("{cloud}: {}", list.join(", ")))
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
            TargetRegion {
                region: None,
                cloud: None,
                same_region: false,
                distance_km: None,
                price_region: String::new(),
                notes,
            }
        }
    };
    let price_region = match &placed.region {
        Some(r) if priced(r) => r.clone(),
        Some(r) => {
            placed.notes.push(format!("Databricks publishes Lakebase list prices for {fallback_price_region} only; {r} is priced with that card, so check the price for {r} before quoting."));
            fallback_price_region
        }
        None => {
            placed.notes.push(format!("Lakebase is priced with the {fallback_price_region} list prices, the only ones Databricks publishes."));
            fallback_price_region
        }
    };
    TargetRegion {
        price_region,
        ..placed
    }
}
