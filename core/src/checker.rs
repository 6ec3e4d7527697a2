//! [`Checker`]: runs the enabled rules and applies the config to what they report.

use crate::config::{Config, ConfigError, RuleSetting};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{self, BuildContext, Document, Rule};
use crate::wordlm::WordLm;
use aho_corasick::AhoCorasick;
use std::sync::Arc;
use std::collections::BTreeMap;

/// A configured rule set. Build it once, then check any number of texts, from any thread.
pub struct Checker {
    rules: Vec<Box<dyn Rule>>,
    rule_settings: BTreeMap<String, RuleSetting>,
    category_settings: BTreeMap<Category, RuleSetting>,
    allowlist: Option<AhoCorasick>,
}

impl Checker {
    /// Builds a checker; fails with the path of the first bad field.
    pub fn new(config: Config) -> Result<Checker, ConfigError> {
        Checker::build(config, None)
    }

    /// Builds a checker that also runs `typo/context-model` with `lm`, a word language model
    /// (see [`WordLm`]). Too large for the browser, it is meant for servers, the CLI and Node.
    pub fn with_word_lm(config: Config, lm: Arc<WordLm>) -> Result<Checker, ConfigError> {
        Checker::build(config, Some(&lm))
    }

    fn build(config: Config, word_lm: Option<&Arc<WordLm>>) -> Result<Checker, ConfigError> {
        config.validate()?;
        let enabled = |doc: &RuleDoc| {
            let by_rule = config.rules.get(doc.id).copied();
            let by_cat = config.categories.get(&doc.category).copied();
            by_rule.or(by_cat) != Some(RuleSetting::Off)
        };
        let allowlist = if config.allowlist.is_empty() {
            None
        } else {
            Some(AhoCorasick::new(&config.allowlist).map_err(|e| ConfigError::new("allowlist", e.to_string()))?)
        };
        let rules = rules::build(&BuildContext { config: &config, enabled: &enabled, allowlist: allowlist.as_ref(), word_lm })?;
        Ok(Checker {
            rules,
            rule_settings: config.rules,
            category_settings: config.categories,
            allowlist,
        })
    }

    /// Parses a JSON config and builds a checker from it.
    pub fn from_json(json: &str) -> Result<Checker, ConfigError> {
        Checker::new(Config::from_json(json)?)
    }

    /// Checks `text`. Findings are sorted by position, then rule id; none lies inside an allowlisted term.
    pub fn check(&self, text: &str) -> Vec<Diagnostic> {
        let doc = Document::new(text);
        let mut out = Vec::new();
        for rule in &self.rules {
            rule.check(&doc, &mut out);
        }
        let allowed: Vec<_> = match &self.allowlist {
            Some(ac) => ac.find_overlapping_iter(text).map(|m| m.range()).collect(),
            None => Vec::new(),
        };
        out.retain_mut(|d| {
            if allowed.iter().any(|r| r.start <= d.span.start && d.span.end <= r.end) {
                return false;
            }
            match self.setting_for(d) {
                Some(RuleSetting::Off) => false,
                Some(s) => {
                    d.severity = s.severity().unwrap_or(d.severity);
                    true
                }
                None => true,
            }
        });
        out.sort_by(|a, b| {
            (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
        });
        // One item per fix: rules that agree on the span and the correction (a site-lexicon
        // entry and a built-in typo rule, say) show as one finding, at the highest severity.
        out.dedup_by(|later, kept| {
            let same = later.span == kept.span
                && (later.rule == kept.rule || (!later.suggestions.is_empty() && later.suggestions == kept.suggestions));
            if same && later.severity > kept.severity {
                std::mem::swap(later, kept);
            }
            same
        });
        out
    }

    /// True if any finding would be an error: what a submit gate or a CLI exit code needs.
    pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
        diagnostics.iter().any(|d| d.severity == Severity::Error)
    }

    fn setting_for(&self, d: &Diagnostic) -> Option<RuleSetting> {
        self.rule_settings
            .get(d.rule)
            .or_else(|| self.category_settings.get(&d.category))
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconEntry;

    fn ids(c: &Checker, text: &str) -> Vec<&'static str> {
        c.check(text).into_iter().map(|d| d.rule).collect()
    }

    #[test]
    fn checker_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Checker>();
    }

    #[test]
    fn default_config_runs_starter_rules_sorted() {
        let c = Checker::new(Config::default()).unwrap();
        let d = c.check("成份复杂,要高度重视。。");
        let got: Vec<_> = d.iter().map(|d| d.rule).collect();
        assert_eq!(got, ["typo/variant-word", "punctuation/half-width", "punctuation/doubled"]);
        assert!(d.windows(2).all(|w| w[0].span.start <= w[1].span.start));
    }

    #[test]
    fn rules_and_categories_can_be_turned_off_and_rule_wins() {
        let c = Checker::from_json(r#"{"rules": {"punctuation/doubled": "off"}}"#).unwrap();
        assert!(ids(&c, "重视。。").is_empty());
        let c = Checker::from_json(
            r#"{"categories": {"punctuation": "off"}, "rules": {"punctuation/doubled": "info"}}"#,
        )
        .unwrap();
        let d = c.check("重视。。发展,政府");
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].rule, d[0].severity), ("punctuation/doubled", Severity::Info));
    }

    #[test]
    fn category_severity_applies_to_lexicon_findings() {
        let mut config = Config::default();
        config.lexicon.push(LexiconEntry::new("某某"));
        config.categories.insert(Category::Sensitive, RuleSetting::Error);
        let d = Checker::new(config).unwrap().check("某某到场");
        assert_eq!(d[0].severity, Severity::Error);
        assert!(Checker::has_errors(&d));
    }

    #[test]
    fn allowlist_suppresses_findings_inside_terms() {
        let mut config = Config::default();
        config.lexicon.push(LexiconEntry::new("某某"));
        config.allowlist.push("某某路".into());
        let c = Checker::new(config).unwrap();
        assert!(ids(&c, "位于某某路").is_empty());
        assert_eq!(ids(&c, "某某到场"), ["sensitive/custom"]);
    }

    #[test]
    fn findings_agreeing_on_span_and_fix_are_merged_keeping_the_highest_severity() {
        let mut config = Config::default();
        let mut low = LexiconEntry::new("成份");
        low.severity = Severity::Info;
        low.suggestion = Some("成分".into());
        config.lexicon.push(low);
        let mut other = LexiconEntry::new("份");
        other.suggestion = Some("分".into());
        config.lexicon.push(other);
        let d = Checker::new(config).unwrap().check("成份复杂");
        // typo/variant-word (warning) and the lexicon entry (info) agree: one finding, at warning.
        let on_word: Vec<_> = d.iter().filter(|d| d.span == (0..6)).collect();
        assert_eq!(on_word.len(), 1, "{d:?}");
        assert_eq!(on_word[0].severity, Severity::Warning);
    }

    #[test]
    fn bad_config_is_an_error_naming_the_field() {
        let e = Checker::from_json(r#"{"lexicon": [{"term": "甲", "severity": "fatal"}]}"#)
            .err()
            .unwrap();
        assert_eq!(e.path, "lexicon[0].severity");
    }

    #[test]
    fn every_rule_doc_is_complete_and_ids_are_unique() {
        let docs = crate::registry::rules();
        for d in &docs {
            assert!(d.id.starts_with(&format!("{}/", d.category.as_str())), "{}", d.id);
            for field in [d.summary, d.what, d.why, d.source, d.wrong, d.right] {
                assert!(!field.trim().is_empty(), "{} has an empty doc field", d.id);
            }
            assert_ne!(d.wrong, d.right, "{}", d.id);
        }
        let mut ids: Vec<_> = docs.iter().map(|d| d.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), docs.len());
    }
}
