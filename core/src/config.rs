//! The user's configuration: which rules run, at what severity, and what is never flagged.
//!
//! Configs come from JSON written by people, so every error names the field that is wrong.

use crate::diagnostic::{Category, Severity};
use crate::leaders::LeaderPack;
use crate::lexicon::LexiconEntry;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The checker's configuration. Every field is optional; `{}` is the default config.
///
/// ```json
/// {
///   "rules": { "punctuation/half-width": "warning", "typo/variant-word": "off" },
///   "categories": { "sensitive": "error" },
///   "allowlist": ["我局"],
///   "lexicon": [{ "term": "某某", "severity": "error", "suggestion": "" }]
/// }
/// ```
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Per-rule setting by rule id: a severity, or `"off"`.
    pub rules: BTreeMap<String, RuleSetting>,
    /// Per-category setting: a severity, or `"off"`. A rule setting wins over its category's.
    pub categories: BTreeMap<Category, RuleSetting>,
    /// Terms that are never flagged: any finding inside an occurrence of one is dropped.
    pub allowlist: Vec<String>,
    /// The site's own lexicon, matched by the `sensitive/custom` rule.
    pub lexicon: Vec<LexiconEntry>,
    /// Optional built-in packs to switch on, which are off by default: `"ad-law"` (《广告法》
    /// absolute terms, `expression/ad-absolute`).
    pub packs: Vec<String>,
    /// A dated leader pack (names, titles, who has fallen), checked by the `expression/leader-*`
    /// rules. Never compiled in: the site keeps it up to date. See [`LeaderPack`].
    pub leaders: Option<LeaderPack>,
}

/// The optional packs a config can name in `packs`.
pub const PACKS: &[&str] = &["ad-law"];

/// Turns a rule or category off, or sets its severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleSetting {
    /// The rule does not run.
    Off,
    /// Report at `error`.
    Error,
    /// Report at `warning`.
    Warning,
    /// Report at `info`.
    Info,
}

impl RuleSetting {
    /// The severity this setting forces; `None` for `Off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleSetting::Off => None,
            RuleSetting::Error => Some(Severity::Error),
            RuleSetting::Warning => Some(Severity::Warning),
            RuleSetting::Info => Some(Severity::Info),
        }
    }
}

/// A config that cannot be used, with the path of the offending field (`lexicon[2].term`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// Dotted path to the field, `.` for the whole document.
    pub path: String,
    /// What is wrong with it.
    pub message: String,
}

impl ConfigError {
    pub(crate) fn new(path: impl Into<String>, message: impl Into<String>) -> ConfigError {
        ConfigError { path: path.into(), message: message.into() }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "config error at `{}`: {}", self.path, self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Parses a JSON config. Unknown fields are errors, so a misspelt key is not silently ignored.
    pub fn from_json(json: &str) -> Result<Config, ConfigError> {
        let de = &mut serde_json::Deserializer::from_str(json);
        serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            // serde_json appends " at line L column C"; keep it, it helps people find the spot.
            ConfigError::new(path, inner.to_string())
        })
    }

    /// Checks what serde cannot: that rule ids exist and terms are not empty.
    pub(crate) fn validate(&self) -> Result<(), ConfigError> {
        for id in self.rules.keys() {
            if crate::registry::lookup(id).is_none() {
                return Err(ConfigError::new(
                    format!("rules.{id}"),
                    format!("unknown rule id `{id}` (run `shenjiao rules` for the list)"),
                ));
            }
        }
        for (i, term) in self.allowlist.iter().enumerate() {
            if term.trim().is_empty() {
                return Err(ConfigError::new(format!("allowlist[{i}]"), "empty term"));
            }
        }
        for (i, pack) in self.packs.iter().enumerate() {
            if !PACKS.contains(&pack.as_str()) {
                return Err(ConfigError::new(
                    format!("packs[{i}]"),
                    format!("unknown pack `{pack}` (known: {})", PACKS.join(", ")),
                ));
            }
        }
        if let Some(pack) = &self.leaders {
            pack.validate().map_err(|(field, msg)| ConfigError::new(format!("leaders.{field}"), msg))?;
        }
        for (i, entry) in self.lexicon.iter().enumerate() {
            entry.validate().map_err(|(field, msg)| {
                ConfigError::new(format!("lexicon[{i}].{field}"), msg)
            })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_object_is_the_default() {
        let c = Config::from_json("{}").unwrap();
        assert!(c.rules.is_empty() && c.allowlist.is_empty());
    }

    #[test]
    fn unknown_field_is_named() {
        let e = Config::from_json(r#"{"rulez": {}}"#).unwrap_err();
        assert!(e.message.contains("rulez"), "{e}");
    }

    #[test]
    fn bad_severity_names_the_rule_path() {
        let e = Config::from_json(r#"{"rules": {"punctuation/doubled": "fatal"}}"#).unwrap_err();
        assert_eq!(e.path, "rules.punctuation/doubled");
        assert!(e.message.contains("fatal"), "{e}");
    }

    #[test]
    fn bad_category_is_reported() {
        let e = Config::from_json(r#"{"categories": {"spelling": "off"}}"#).unwrap_err();
        assert!(e.path.starts_with("categories"), "{e}");
        assert!(e.message.contains("spelling"), "{e}");
    }

    #[test]
    fn unknown_rule_id_is_named_by_validate() {
        let c = Config::from_json(r#"{"rules": {"typo/nope": "off"}}"#).unwrap();
        let e = c.validate().unwrap_err();
        assert_eq!(e.path, "rules.typo/nope");
    }

    #[test]
    fn bad_leader_pack_names_the_field() {
        let c = Config::from_json(r#"{"leaders": {"as_of": "2026-01-01", "people": [{"name": "甲", "titles": []}]}}"#)
            .unwrap();
        assert_eq!(c.validate().unwrap_err().path, "leaders.people[0].name");
        let e = Config::from_json(r#"{"leaders": {"people": []}}"#).unwrap_err();
        assert!(e.message.contains("as_of"), "{e}");
    }

    #[test]
    fn unknown_pack_is_named() {
        let c = Config::from_json(r#"{"packs": ["ad-law", "nope"]}"#).unwrap();
        assert_eq!(c.validate().unwrap_err().path, "packs[1]");
    }

    #[test]
    fn empty_lexicon_term_names_the_index() {
        let c = Config::from_json(r#"{"lexicon": [{"term": "甲"}, {"term": " "}]}"#).unwrap();
        assert_eq!(c.validate().unwrap_err().path, "lexicon[1].term");
    }
}
