//! Calendar dates, as the dataset writes them (`"2026-11-25"`, ISO 8601),
//! for an entry's review date. No clock here: whoever needs today (the
//! `validate` tool, the browser) reads its own clock and passes the date in.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Days in `month` of `year`.
fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl Date {
    /// The date, if it exists (years 1000 to 9999).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        ((1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    /// Reads `JJJJ-MM-TT`; the error says in German what is wrong.
    pub fn parse(text: &str) -> Result<Date, String> {
        let bad =
            || format!("„{text}“ ist kein Datum: erwartet wird JJJJ-MM-TT, z. B. „2026-11-25“");
        let parts: Vec<&str> = text.split('-').collect();
        let [y, m, d] = parts[..] else {
            return Err(bad());
        };
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return Err(bad());
        }
        let (y, m, d) = (
            y.parse().map_err(|_| bad())?,
            m.parse().map_err(|_| bad())?,
            d.parse().map_err(|_| bad())?,
        );
        Date::new(y, m, d)
            .ok_or_else(|| format!("den {d}. Tag im Monat {m} des Jahres {y} gibt es nicht"))
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The day `days` days after 1970-01-01 (a clock's day count, UTC).
    /// Howard Hinnant's `civil_from_days`.
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(1000, 9999) as u16;
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (the inverse of [`from_unix_days`](Self::from_unix_days)).
    pub fn unix_days(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Whole months from `self` to `later` (negative if `later` is earlier):
    /// 2025-11-30 to 2026-11-29 is 11 months, to 2026-11-30 twelve.
    pub fn months_until(self, later: Date) -> i32 {
        let months = (i32::from(later.year) - i32::from(self.year)) * 12 + i32::from(later.month)
            - i32::from(self.month);
        if months > 0 && later.day < self.day {
            months - 1
        } else if months < 0 && later.day > self.day {
            months + 1
        } else {
            months
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A date as JJJJ-MM-TT (ISO 8601), e.g. \"2026-11-25\".",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn parses_real_days_only() {
        let d = Date::parse("2026-11-25").unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2026, 11, 25));
        assert_eq!(d.to_string(), "2026-11-25");
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2026-02-29")
            .unwrap_err()
            .contains("gibt es nicht"));
        for bad in [
            "25.11.2026",
            "2026-1-5",
            "2026-11-25T10:00",
            "",
            "20261125",
            "２０２６-11-25",
        ] {
            assert!(
                Date::parse(bad).unwrap_err().contains("JJJJ-MM-TT"),
                "{bad}"
            );
        }
    }

    #[test]
    fn day_counts_round_trip() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(20_788).to_string(), "2026-12-01");
        for days in (-300_000..300_000).step_by(997) {
            assert_eq!(Date::from_unix_days(days).unix_days(), days);
        }
    }

    #[test]
    fn months_count_whole_months() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2025-11-30").months_until(d("2026-11-29")), 11);
        assert_eq!(d("2025-11-30").months_until(d("2026-11-30")), 12);
        assert_eq!(d("2026-01-31").months_until(d("2026-02-28")), 0);
        assert_eq!(d("2026-11-25").months_until(d("2026-11-25")), 0);
        assert_eq!(d("2026-11-25").months_until(d("2025-11-26")), -11);
    }
}
