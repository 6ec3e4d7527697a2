//! Times in records (RFC 3339, via the `time` crate) and dates in metadata.

use crate::config::ConfigError;
use std::cmp::Ordering;
use time::format_description::well_known::Rfc3339;
use time::{Date, Month, OffsetDateTime};

/// An instant with the UTC offset it was written in. Ordered by instant only.
#[derive(Clone, Copy, Debug)]
pub struct Timestamp(OffsetDateTime);

impl Timestamp {
    /// Parses RFC 3339 (`2024-06-12T09:30:00+08:00`, `2024-06-12T01:30:00Z`); the offset is required.
    pub fn parse(s: &str) -> Result<Timestamp, ConfigError> {
        OffsetDateTime::parse(s.trim(), &Rfc3339)
            .map(Timestamp)
            .map_err(|e| ConfigError::new(".", format!("`{s}` is not an RFC 3339 time: {e}")))
    }

    /// The instant `secs` seconds after 1970-01-01T00:00:00Z, written in UTC.
    pub fn from_unix_seconds(secs: i64) -> Option<Timestamp> {
        OffsetDateTime::from_unix_timestamp(secs).ok().map(Timestamp)
    }

    /// RFC 3339, as [`Timestamp::parse`] reads it.
    pub fn to_rfc3339(&self) -> String {
        self.0.format(&Rfc3339).unwrap_or_default()
    }

    /// The calendar date in the offset the time was written in (what the signer's clock showed).
    pub(crate) fn local_date(&self) -> Date {
        self.0.date()
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
impl Eq for Timestamp {}
impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

/// A metadata date: a calendar day, or an exact instant when the value is RFC 3339.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MetaDate {
    Day(Date),
    Instant(Timestamp),
}

impl MetaDate {
    /// Parses `2024-06-12` (also with `/` or `.`, and one-digit month or day), `2024年6月12日`,
    /// `2024-06-12 09:30[:00]` (taken as the day) or RFC 3339.
    /// `None` for anything else, including impossible days such as `2024-06-31`.
    pub(crate) fn parse(s: &str) -> Option<MetaDate> {
        let s = s.trim();
        if let Ok(t) = Timestamp::parse(s) {
            return Some(MetaDate::Instant(t));
        }
        if let Some(rest) = s.strip_suffix('日') {
            let (y, rest) = rest.split_once('年')?;
            let (m, d) = rest.split_once('月')?;
            return day(y, m, d, 1..=2);
        }
        let (date, time) = match s.split_once(' ') {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        if let Some(t) = time {
            if !is_clock(t) {
                return None;
            }
        }
        let sep = ['-', '/', '.'].into_iter().find(|c| date.contains(*c))?;
        let mut parts = date.split(sep);
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        day(y, m, d, 1..=2)
    }

    /// The calendar day (an instant's day in its own offset).
    pub(crate) fn day(&self) -> Date {
        match self {
            MetaDate::Day(d) => *d,
            MetaDate::Instant(t) => t.local_date(),
        }
    }
}

fn digits(s: &str, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    if !len.contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn day(y: &str, m: &str, d: &str, len: std::ops::RangeInclusive<usize>) -> Option<MetaDate> {
    let year = digits(y, 4..=4)?;
    let month = Month::try_from(u8::try_from(digits(m, len.clone())?).ok()?).ok()?;
    let dom = u8::try_from(digits(d, len)?).ok()?;
    Date::from_calendar_date(i32::try_from(year).ok()?, month, dom).ok().map(MetaDate::Day)
}

fn is_clock(t: &str) -> bool {
    let parts: Vec<_> = t.split(':').collect();
    if !(2..=3).contains(&parts.len()) {
        return false;
    }
    let limits = [23, 59, 59];
    parts.iter().zip(limits).all(|(p, max)| digits(p, 2..=2).is_some_and(|v| v <= max))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_needs_an_offset_and_compares_instants() {
        let a = Timestamp::parse("2024-06-12T09:30:00+08:00").unwrap();
        let b = Timestamp::parse("2024-06-12T01:30:00Z").unwrap();
        assert_eq!(a, b);
        assert!(Timestamp::parse("2024-06-12T01:30:01z").unwrap() > a);
        assert!(Timestamp::parse("2024-06-12T09:30:00").is_err());
        assert!(Timestamp::parse("2024-02-30T09:30:00Z").is_err());
        assert!(Timestamp::parse("昨天").is_err());
        assert_eq!(a.local_date().day(), 12);
        assert_eq!(Timestamp::from_unix_seconds(0).unwrap().to_rfc3339(), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn metadata_dates_in_common_forms() {
        let d = |s| MetaDate::parse(s).map(|m| m.day().to_string());
        assert_eq!(d("2024-06-12"), Some("2024-06-12".into()));
        assert_eq!(d("2024年6月12日"), Some("2024-06-12".into()));
        assert_eq!(d("2024年06月12日"), Some("2024-06-12".into()));
        assert_eq!(d("2024-06-12 09:30"), Some("2024-06-12".into()));
        assert_eq!(d("2024-06-12T23:30:00+08:00"), Some("2024-06-12".into()));
        assert_eq!(d("2024-6-1"), Some("2024-06-01".into()));
        assert_eq!(d("2024/06/12"), Some("2024-06-12".into()));
        assert_eq!(d("2024.6.12"), Some("2024-06-12".into()));
        for bad in ["2024-06-31", "2024年2月30日", "2024-6-001", "2024/06-12", "24-06-12", "二〇二四年六月十二日", "2024-06-12 25:00", "", "2024年6月", "2024-06-12-01"] {
            assert_eq!(MetaDate::parse(bad), None, "{bad}");
        }
    }
}
