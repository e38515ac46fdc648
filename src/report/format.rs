//! Formatting shared by every renderer: money, hours, quantities. One place, so the table, the
//! Markdown and the HTML say the same thing the same way.

use rust_decimal::Decimal;

/// Groups the integer part in thousands: 1234567.5 → "1,234,567.5".
fn group(s: &str) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// "1,234.50 USD"-style amount with two decimals, or "unknown".
pub fn money(amount: Option<Decimal>, currency: &str) -> String {
    match amount {
        Some(a) => format!("{} {currency}", group(&format!("{:.2}", a.round_dp(2)))),
        None => "unknown".into(),
    }
}

/// Signed difference, "+12.00 USD" / "-3.50 USD", or "unknown".
pub fn money_delta(amount: Option<Decimal>, currency: &str) -> String {
    match amount {
        Some(a) if a > Decimal::ZERO => format!("+{}", money(Some(a), currency)),
        other => money(other, currency),
    }
}

/// A unit price with all its significant digits (prices per I/O request are tiny).
pub fn unit_price(price: Option<Decimal>) -> String {
    price.map_or("unknown".into(), |p| p.normalize().to_string())
}

/// A quantity, grouped, at most four decimals.
pub fn quantity(q: Option<Decimal>) -> String {
    q.map_or("unknown".into(), |q| {
        group(&q.round_dp(4).normalize().to_string())
    })
}

/// "12–30 h".
pub fn hours(range: &crate::assessment::HoursRange) -> String {
    format!("{}–{} h", range.low.normalize(), range.high.normalize())
}

/// The split of the effort by who does the work: "automatic, verify: 2–4 h · by hand: 14–30 h".
pub fn effort_split(split: &crate::assessment::EffortSplit) -> String {
    format!(
        "automatic, verify: {} · by hand: {}",
        hours(&split.automatic),
        hours(&split.by_hand)
    )
}

/// Percentage change from `base` to `head`, one decimal, or `None` when the base is zero.
pub fn percent_change(base: Decimal, head: Decimal) -> Option<Decimal> {
    (!base.is_zero()).then(|| ((head - base) / base * Decimal::from(100)).round_dp(1))
}

/// A signed percentage, "+12.3 %" / "-4 %", or "n/a" when unknown (or the base was zero).
pub fn percent_delta(p: Option<Decimal>) -> String {
    match p {
        Some(p) if p > Decimal::ZERO => format!("+{} %", p.normalize()),
        Some(p) => format!("{} %", p.normalize()),
        None => "n/a".into(),
    }
}

/// A percentage with one decimal, "136.0 %", or "unknown".
pub fn percent(p: Option<Decimal>) -> String {
    p.map_or("unknown".into(), |p| format!("{:.1} %", p.round_dp(1)))
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2026-11-25" → "25 November 2026"; anything else is returned as it is.
pub fn date(iso: &str) -> String {
    let parts: Vec<&str> = iso.get(..10).unwrap_or("").split('-').collect();
    let num = |s: &str| s.parse::<usize>().ok();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            match (num(y), num(m), num(d)) {
                (Some(y), Some(m @ 1..=12), Some(d @ 1..=31)) => {
                    format!("{d} {} {y}", MONTHS[m - 1])
                }
                _ => iso.to_string(),
            }
        }
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_groups_and_rounds() {
        assert_eq!(
            money(Some(Decimal::new(123456789, 2)), "USD"),
            "1,234,567.89 USD"
        );
        assert_eq!(money(Some(Decimal::new(-5, 1)), "USD"), "-0.50 USD");
        assert_eq!(money(None, "USD"), "unknown");
        assert_eq!(money_delta(Some(Decimal::from(12)), "USD"), "+12.00 USD");
    }

    #[test]
    fn percent_delta_is_signed() {
        assert_eq!(percent_delta(Some(Decimal::new(123, 1))), "+12.3 %");
        assert_eq!(percent_delta(Some(Decimal::new(-40, 1))), "-4 %");
        assert_eq!(percent_delta(Some(Decimal::ZERO)), "0 %");
        assert_eq!(percent_delta(None), "n/a");
    }

    #[test]
    fn percent_and_dates() {
        assert_eq!(percent(Some(Decimal::new(13604, 2))), "136.0 %");
        assert_eq!(percent(None), "unknown");
        assert_eq!(date("2026-11-25"), "25 November 2026");
        assert_eq!(date("2026-13-01"), "2026-13-01");
        assert_eq!(date("soon"), "soon");
    }
}
