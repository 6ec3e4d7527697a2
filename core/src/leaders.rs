//! Leader packs: dated lists of leaders' names and titles that a site maintains and loads at run time.
//!
//! Names and titles change with every reshuffle, so they are never compiled in. A pack is JSON,
//! given in the config's `leaders` field (the CLI's `--leaders FILE` reads one):
//!
//! ```json
//! { "name": "示例数据包（虚构）", "as_of": "2026-01-01",
//!   "people": [
//!     { "name": "甄虚构", "titles": ["虚构省省长"] },
//!     { "name": "贾示例", "titles": ["虚构市市委书记"], "status": "fallen", "since": "2025-06-01",
//!       "note": "因严重违纪违法被开除党籍" } ] }
//! ```

use serde::{Deserialize, Serialize};

/// A dated pack of leaders.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LeaderPack {
    /// What the pack is, shown in messages.
    #[serde(default)]
    pub name: Option<String>,
    /// The date the pack is correct as of, `YYYY-MM-DD`.
    pub as_of: String,
    /// Where the data comes from.
    #[serde(default)]
    pub source: Option<String>,
    /// The people.
    pub people: Vec<Leader>,
}

/// One person of a [`LeaderPack`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Leader {
    /// The name as it must be written.
    pub name: String,
    /// Current titles, written as they appear before the name (虚构省省长, 省长).
    #[serde(default)]
    pub titles: Vec<String>,
    /// Whether the person is in office, has left it, or has fallen (落马).
    #[serde(default)]
    pub status: LeaderStatus,
    /// Date of the status change, `YYYY-MM-DD`.
    #[serde(default)]
    pub since: Option<String>,
    /// Shown in messages, e.g. the notice about the person's fall.
    #[serde(default)]
    pub note: Option<String>,
}

/// A leader's standing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LeaderStatus {
    /// In office.
    #[default]
    Active,
    /// Left office normally.
    Former,
    /// 落马: removed for discipline or law violations; a mention needs checking.
    Fallen,
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && matches!(s[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(s[8..10].parse::<u8>(), Ok(1..=31))
}

impl LeaderPack {
    /// `Err((path under the pack, message))` when the pack cannot be used.
    pub(crate) fn validate(&self) -> Result<(), (String, String)> {
        if !is_date(&self.as_of) {
            return Err(("as_of".into(), format!("`{}` is not a YYYY-MM-DD date", self.as_of)));
        }
        for (i, p) in self.people.iter().enumerate() {
            let at = |f: &str| format!("people[{i}].{f}");
            if p.name.chars().filter(|c| crate::text::is_han(*c) || c.is_alphabetic()).count() < 2 {
                return Err((at("name"), format!("name `{}` is shorter than two characters", p.name)));
            }
            if let Some(j) = p.titles.iter().position(|t| t.trim().is_empty()) {
                return Err((at(&format!("titles[{j}]")), "empty title".into()));
            }
            if let Some(since) = p.since.as_deref().filter(|s| !is_date(s)) {
                return Err((at("since"), format!("`{since}` is not a YYYY-MM-DD date")));
            }
        }
        Ok(())
    }

    /// `（数据包名，截至日期）` for messages.
    pub(crate) fn label(&self) -> String {
        format!("{}，截至{}", self.name.as_deref().unwrap_or("领导人数据包"), self.as_of)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_names_the_field() {
        let pack: LeaderPack = serde_json::from_str(
            r#"{"as_of": "2026-01-01", "people": [{"name": "甄虚构"}, {"name": "贾示例", "since": "2025/6/1"}]}"#,
        )
        .unwrap();
        assert_eq!(pack.validate().unwrap_err().0, "people[1].since");
        let pack: LeaderPack = serde_json::from_str(r#"{"as_of": "soon", "people": []}"#).unwrap();
        assert_eq!(pack.validate().unwrap_err().0, "as_of");
        assert!(serde_json::from_str::<LeaderPack>(r#"{"as_of": "2026-01-01", "people": [{"name": "甲乙", "rank": 1}]}"#).is_err());
    }
}
