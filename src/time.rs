//! Dates and times, UTC, without a date-time dependency: the calendar arithmetic (Howard
//! Hinnant's `days_from_civil` and its inverse) written once for every stage.
//!
//! Two clocks: [`now_unix`] is the real one, for what must be true of this moment (price-cache
//! ages, request signatures); [`reader_now`] is the one for dates a reader sees (a report's
//! date, a history run's default time), which `SOURCE_DATE_EPOCH` fixes so that an output can
//! be reproduced byte for byte.

use rust_decimal::Decimal;
use std::time::{SystemTime, UNIX_EPOCH};

/// Hours in a billing month, as AWS, Azure and Google turn hourly prices into monthly figures:
/// 365 days × 24 h ÷ 12 months. The one place the figure lives; every explanation prints it.
/// Here, below every stage, so that discovery and cost read the same figure.
pub const HOURS_PER_MONTH: Decimal = Decimal::from_parts(730, 0, 0, false, 0);

/// [`HOURS_PER_MONTH`] for arithmetic on measured series, which are floating point.
pub const HOURS_PER_MONTH_F64: f64 = 730.0;

/// Seconds since 1970-01-01T00:00:00Z, by the real clock.
pub fn now_unix() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Now for a date shown to a reader: `SOURCE_DATE_EPOCH` when it is set, else the real clock.
pub fn reader_now() -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| now_unix() as i64)
}

/// Today's date (YYYY-MM-DD) for a reader: a report's cover, a fleet summary.
pub fn today() -> String {
    iso_date(reader_now())
}

/// Year, month and day of a day count since 1970-01-01 (proleptic Gregorian).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (YYYY-MM-DD, UTC) of a Unix time in seconds.
pub fn iso_date(unix_seconds: i64) -> String {
    let (y, m, d) = civil_from_days(unix_seconds.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DDTHH:MM:SSZ` of a Unix time in seconds.
pub fn rfc3339(unix_seconds: i64) -> String {
    let rem = unix_seconds.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        iso_date(unix_seconds),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// An HTTP date (RFC 1123, always GMT) of a Unix time in seconds: `Thu, 27 Apr 2017 00:51:12
/// GMT`, as request signatures want it.
pub fn http_date(unix_seconds: i64) -> String {
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = unix_seconds.div_euclid(86_400);
    let rem = unix_seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{}, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
        WEEKDAYS[days.rem_euclid(7) as usize],
        MONTHS[(month - 1) as usize],
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// Seconds since the epoch of `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]Z` (or with a space instead
/// of `T`, or a `+HH:MM`/`-HH:MM` offset), or `None` when it is not one.
pub fn parse(s: &str) -> Option<i64> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        (!part.is_empty() && part.bytes().all(|c| c.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)? as u32, digits(8..10)? as u32);
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    let mut secs = days_from_civil(y, m, d) * 86_400;
    if b.len() == 10 {
        return Some(secs);
    }
    if b[10] != b'T' && b[10] != b' ' {
        return None;
    }
    let (hh, mm) = (digits(11..13)?, digits(14..16)?);
    if b.get(13) != Some(&b':') || hh > 23 || mm > 59 {
        return None;
    }
    let mut i = 16;
    let mut ss = 0;
    if b.get(16) == Some(&b':') {
        ss = digits(17..19)?;
        if ss > 60 {
            return None;
        }
        i = 19;
    }
    secs += hh * 3600 + mm * 60 + ss;
    match &s[i..] {
        "Z" | "z" => Some(secs),
        off if off.len() == 6 && (off.starts_with('+') || off.starts_with('-')) => {
            let oh = digits(i + 1..i + 3)?;
            let om = digits(i + 4..i + 6)?;
            if b[i + 3] != b':' || oh > 23 || om > 59 {
                return None;
            }
            let offset = oh * 3600 + om * 60;
            Some(if off.starts_with('+') {
                secs - offset
            } else {
                secs + offset
            })
        }
        _ => None,
    }
}

/// A timestamp given on the command line, normalised to UTC `YYYY-MM-DDTHH:MM:SSZ`.
pub fn normalise(s: &str) -> Option<String> {
    parse(s).map(rfc3339)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_forms_of_the_billing_month_agree() {
        use rust_decimal::prelude::ToPrimitive;
        assert_eq!(HOURS_PER_MONTH.to_f64(), Some(HOURS_PER_MONTH_F64));
    }

    #[test]
    fn http_dates() {
        assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(http_date(1_493_254_272), "Thu, 27 Apr 2017 00:51:12 GMT");
        assert_eq!(http_date(951_782_400), "Tue, 29 Feb 2000 00:00:00 GMT"); // leap day 2000
    }

    #[test]
    fn formats_known_instants() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(951_782_400), "2000-02-29");
        assert_eq!(iso_date(1_795_564_800), "2026-11-25");
        assert_eq!(rfc3339(1_798_761_599), "2026-12-31T23:59:59Z");
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn round_trips_dates_across_eras() {
        for secs in [
            0,
            951_782_400,
            1_709_164_800,
            4_102_444_799,
            -86_400,
            1_767_225_599,
        ] {
            assert_eq!(parse(&rfc3339(secs)), Some(secs), "{}", rfc3339(secs));
        }
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn parses_the_accepted_forms_and_rejects_others() {
        assert_eq!(normalise("2026-05-01").unwrap(), "2026-05-01T00:00:00Z");
        assert_eq!(
            normalise("2026-05-01T10:30Z").unwrap(),
            "2026-05-01T10:30:00Z"
        );
        assert_eq!(
            normalise("2026-05-01 10:30:15+02:00").unwrap(),
            "2026-05-01T08:30:15Z"
        );
        assert_eq!(
            normalise("2026-12-31T23:00:00-02:00").unwrap(),
            "2027-01-01T01:00:00Z"
        );
        for bad in [
            "",
            "yesterday",
            "2026-13-01",
            "2026-02-29",
            "2026-05-01T25:00Z",
            "2026-05-01T10:30",
            "2026-5-1",
            "2026-05-01Tab:cdZ",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert!(parse("2024-02-29").is_some());
    }
}
