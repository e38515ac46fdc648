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
    problems: Vec<String>,
}

impl RangeCheck {
    pub fn new() -> Self {
        Self::default()
    }

    /// Checks one figure; an absent one (not known) is fine.
    pub fn field(&mut self, path: &str, value: Option<Decimal>, bound: Bound) -> &mut Self {
        if let Some(v) = value.filter(|v| !bound.holds(*v)) {
            self.problems
                .push(format!("field `{path}` is {v}; {}", bound.rule()));
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

    /// A problem that is not a plain range (a list of the wrong length…).
    pub fn problem(&mut self, text: String) -> &mut Self {
        self.problems.push(text);
        self
    }

    pub fn into_problems(self) -> Vec<String> {
        self.problems
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
}
