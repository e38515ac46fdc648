//! UTC timestamps for history records, `YYYY-MM-DDTHH:MM:SSZ`, without a date library: Howard
//! Hinnant's `days_from_civil` here, and its inverse shared with the reports
//! (`report::format::iso_date`).

use std::time::{SystemTime, UNIX_EPOCH};

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Formats seconds since the Unix epoch (the date part is the reports' `iso_date`).
pub fn format(secs: i64) -> String {
    let rem = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        crate::report::format::iso_date(secs),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Now, to the second.
pub fn now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    format(secs)
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
    parse(s).map(format)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert_eq!(parse(&format(secs)), Some(secs), "{}", format(secs));
        }
        assert_eq!(format(0), "1970-01-01T00:00:00Z");
        assert_eq!(format(951_782_400), "2000-02-29T00:00:00Z");
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
