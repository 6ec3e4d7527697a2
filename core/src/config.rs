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
///   "lexicon": [{ "term": "某某", "severity": "error", "suggestion": "", "exceptions": ["某某路"] }],
///   "packs": ["ad-law"],
///   "leaders": { "as_of": "2026-01-01", "people": [{ "name": "甄虚构", "titles": ["虚构省省长"] }] },
///   "typo": { "min_gain": 6.5 }
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
    /// absolute terms, `expression/ad-absolute`) and `"yixingci-draft"` (the 2003 draft
    /// 异形词 table in `typo/variant-word`, at info).
    pub packs: Vec<String>,
    /// A dated leader pack (names, titles, who has fallen), checked by the `expression/leader-*`
    /// rules. Never compiled in: the site keeps it up to date. See [`LeaderPack`].
    pub leaders: Option<LeaderPack>,
    /// Thresholds of the typo detector.
    pub typo: TypoConfig,
}

/// Thresholds of `typo/confusable-char`, the plausibility detector. Raising `min_gain` trades
/// recall for fewer false alarms.
///
/// ```json
/// { "typo": { "min_gain": 7.0, "min_word_freq": 50 } }
/// ```
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct TypoConfig {
    /// How much more plausible (natural log of the likelihood ratio under the word-frequency
    /// model, after the penalty for the kind of confusion) the corrected reading must be.
    pub min_gain: f32,
    /// Extra evidence required when the replacement is a similar shape rather than a homophone.
    pub shape_penalty: f32,
    /// Extra evidence required when the replacement has the same pinyin but another tone.
    pub near_sound_penalty: f32,
    /// Extra evidence required when the pinyin is only similar (s/sh, in/ing, from pycorrector's table).
    pub fuzzy_sound_penalty: f32,
    /// Extra evidence required when the syllables are alike only under an input method's
    /// fuzzy-pinyin options (z/zh, n/l, in/ing …) and no confusion table lists the pair (迅束 for 迅速).
    pub folded_sound_penalty: f32,
    /// The word a replacement creates must have at least this (dictionary) frequency.
    pub min_word_freq: u32,
    /// Extra evidence required when the character written forms, with a neighbour, a pair that
    /// occurs inside a longer dictionary word (不实 in 华而不实): such pairs are real morphemes.
    pub attested_pair_penalty: f32,
    /// Characters inside a word of the segmentation (two or more chars) at least this frequent
    /// are taken as written and not examined at all (0 examines every character).
    pub trusted_word_freq: u32,
    /// Extra evidence required when the character written is part of a dictionary word of two
    /// or more characters (a real-word error such as 机智 for 机制).
    pub real_word_penalty: f32,
    /// How much of the character-bigram context gain (ln P(x | previous) + ln P(next | x),
    /// replacement minus original) may pay off `shape_penalty` or `near_sound_penalty`. Context
    /// never adds evidence beyond that (the bigram table is too noisy to outvote the word model)
    /// and never pays the fuzzy-sound, real-word or attested-pair penalties. 0 turns it off.
    pub context_weight: f32,
    /// A character that stands alone in the segmentation may be replaced by a same-sound,
    /// at-least-as-common single-character word (再一家 → 在一家, 邦我 → 帮我) when the bigram
    /// context gains at least this much (nats). Off (100) by default: in official prose it
    /// misreads terse official characters (拟认定 → 你认定); 14 suits learner text (SIGHAN).
    pub min_single_context: f32,
    /// Typos seldom come alone: a sentence that already has a finding of a keyboard-slip rule
    /// (not one inside an allowlisted term) is read again with these lower thresholds (or the
    /// first look's, where those are lower). A sentence without such a finding is never read twice.
    /// `null` turns the second look off.
    pub second_look: Option<SecondLook>,
    /// Only with a word language model attached ([`crate::Checker::with_word_lm`]): a character
    /// another confusable character would make more probable by at least this many nats (ln)
    /// under the model is flagged by `typo/context-model`. The default 10 keeps clean official
    /// prose clean; 7 suits learner text (SIGHAN).
    pub context_model_min_gain: f32,
}

/// The thresholds of [`TypoConfig::second_look`]; the others are those of the first look.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct SecondLook {
    /// [`TypoConfig::min_gain`] for the second look.
    pub min_gain: f32,
    /// [`TypoConfig::attested_pair_penalty`] for the second look.
    pub attested_pair_penalty: f32,
    /// [`TypoConfig::real_word_penalty`] for the second look.
    pub real_word_penalty: f32,
}

impl Default for SecondLook {
    fn default() -> Self {
        SecondLook { min_gain: 3.0, attested_pair_penalty: 1.5, real_word_penalty: 2.0 }
    }
}

impl TypoConfig {
    /// The thresholds of the second look, if it is on.
    pub fn for_second_look(&self) -> Option<TypoConfig> {
        let s = self.second_look?;
        // Never stricter than the first look, if a site lowers that below these defaults.
        Some(TypoConfig {
            min_gain: s.min_gain.min(self.min_gain),
            attested_pair_penalty: s.attested_pair_penalty.min(self.attested_pair_penalty),
            real_word_penalty: s.real_word_penalty.min(self.real_word_penalty),
            second_look: None,
            ..self.clone()
        })
    }
}

impl Default for TypoConfig {
    fn default() -> Self {
        TypoConfig {
            min_gain: 5.5,
            shape_penalty: 1.0,
            near_sound_penalty: 1.0,
            fuzzy_sound_penalty: 3.0,
            folded_sound_penalty: 5.0,
            min_word_freq: 30,
            trusted_word_freq: 100,
            attested_pair_penalty: 3.0,
            real_word_penalty: 4.0,
            context_weight: 0.5,
            min_single_context: 100.0,
            second_look: Some(SecondLook::default()),
            context_model_min_gain: 10.0,
        }
    }
}

/// The optional packs a config can name in `packs`.
pub const PACKS: &[&str] = &["ad-law", "yixingci-draft"];

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
        let t = &self.typo;
        let second = match t.second_look {
            Some(s) => vec![
                ("second_look.min_gain", s.min_gain),
                ("second_look.attested_pair_penalty", s.attested_pair_penalty),
                ("second_look.real_word_penalty", s.real_word_penalty),
            ],
            None => Vec::new(),
        };
        for (field, v) in second.into_iter().chain([
            ("min_gain", t.min_gain),
            ("shape_penalty", t.shape_penalty),
            ("near_sound_penalty", t.near_sound_penalty),
            ("fuzzy_sound_penalty", t.fuzzy_sound_penalty),
            ("folded_sound_penalty", t.folded_sound_penalty),
            ("real_word_penalty", t.real_word_penalty),
            ("attested_pair_penalty", t.attested_pair_penalty),
            ("context_weight", t.context_weight),
            ("min_single_context", t.min_single_context),
            ("context_model_min_gain", t.context_model_min_gain),
        ]) {
            if !v.is_finite() || !(0.0..=100.0).contains(&v) {
                return Err(ConfigError::new(format!("typo.{field}"), format!("must be a number from 0 to 100, got {v}")));
            }
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
    fn typo_thresholds_have_defaults_and_are_validated() {
        let c = Config::from_json(r#"{"typo": {"min_gain": 8.5}}"#).unwrap();
        assert_eq!(c.typo.min_gain, 8.5);
        assert_eq!(c.typo.min_word_freq, TypoConfig::default().min_word_freq);
        let e = Config::from_json(r#"{"typo": {"min_gian": 8}}"#).unwrap_err();
        assert!(e.message.contains("min_gian"), "{e}");
        let c = Config::from_json(r#"{"typo": {"shape_penalty": -1}}"#).unwrap();
        assert_eq!(c.validate().unwrap_err().path, "typo.shape_penalty");
        let c = Config::from_json(r#"{"typo": {"second_look": {"min_gain": -2}}}"#).unwrap();
        assert_eq!(c.validate().unwrap_err().path, "typo.second_look.min_gain");
        let c = Config::from_json(r#"{"typo": {"second_look": null}}"#).unwrap();
        assert!(c.typo.for_second_look().is_none());
        let c = Config::from_json(r#"{"typo": {"second_look": {"min_gain": 4}}}"#).unwrap();
        let second = c.typo.for_second_look().unwrap();
        assert_eq!((second.min_gain, second.real_word_penalty), (4.0, SecondLook::default().real_word_penalty));
    }

    #[test]
    fn empty_lexicon_term_names_the_index() {
        let c = Config::from_json(r#"{"lexicon": [{"term": "甲"}, {"term": " "}]}"#).unwrap();
        assert_eq!(c.validate().unwrap_err().path, "lexicon[1].term");
    }
}
