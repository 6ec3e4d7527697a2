//! 错别字 rules.

use super::{BuildContext, Rule};
use crate::config::ConfigError;
use crate::diagnostic::Diagnostic;
use crate::charlm::CharLm;
use crate::confusion::Confusion;
use crate::worddict::WordDict;
use std::sync::Arc;
use crate::registry::RuleDoc;

mod confusable_char;
mod context_model;
mod de_adverbial;
mod de_attributive;
mod de_modal;
mod de_particle;
mod duplicated;
mod jiezhi_date;
mod known_misspelling;
mod serious_near_miss;
mod traditional_char;
mod variant_word;

pub(crate) const DOCS: &[&RuleDoc] = &[
    &confusable_char::DOC,
    &known_misspelling::DOC,
    &de_particle::DOC,
    &de_adverbial::DOC,
    &de_attributive::DOC,
    &de_modal::DOC,
    &jiezhi_date::DOC,
    &duplicated::DOC,
    &traditional_char::DOC,
    &serious_near_miss::DOC,
    &variant_word::DOC,
    &context_model::DOC];

/// Runs the family's rules in priority order and drops a finding that overlaps one already
/// made by a higher-priority rule, so an editor sees 国务员 once (as the serious near-miss),
/// not once per detector. Then each sentence with a slip gets the second look.
struct Prioritized {
    rules: Vec<Box<dyn Rule>>,
    /// `typo/confusable-char` at the thresholds of [`crate::config::SecondLook`].
    second_look: Option<confusable_char::ConfusableChar>,
    /// The checker's allowlist: a finding inside it is no evidence of a slip.
    allowlist: Option<aho_corasick::AhoCorasick>,
    /// `typo/context-model`, when a word language model is attached: it speaks last.
    context_model: Option<context_model::ContextModel>,
}

/// The rules whose findings are slips of the keyboard and so suggest more in the same sentence.
/// A variant or a traditional character is a habit or a paste; 的/地/得 and 截止 are habits too.
const SLIPS: &[&str] = &[confusable_char::DOC.id, known_misspelling::DOC.id, serious_near_miss::DOC.id, duplicated::DOC.id];

impl Prioritized {
    /// Starts of the first-look slips, sorted, leaving out those inside an allowlisted term.
    fn slips(&self, text: &str, found: &[Diagnostic]) -> Vec<usize> {
        let mut slips: Vec<&Diagnostic> = found.iter().filter(|d| SLIPS.contains(&d.rule)).collect();
        // The allowlist is scanned only when there is a slip it could excuse (most texts have none).
        if let Some(ac) = self.allowlist.as_ref().filter(|_| !slips.is_empty()) {
            let allowed: Vec<_> = ac.find_overlapping_iter(text).map(|m| m.range()).collect();
            slips.retain(|d| !allowed.iter().any(|r| r.start <= d.span.start && d.span.end <= r.end));
        }
        let mut starts: Vec<usize> = slips.iter().map(|d| d.span.start).collect();
        starts.sort_unstable();
        starts
    }

    /// Reads each sentence with a slip again at the second look's thresholds, adding what does
    /// not overlap a first-look finding.
    fn second_look(&self, doc: &super::Document, first: usize, out: &mut Vec<Diagnostic>) {
        let Some(second) = &self.second_look else { return };
        let slips = self.slips(doc.text, &out[first..]);
        if slips.is_empty() {
            return;
        }
        let mut found = Vec::new();
        // First-look findings do not overlap, so sorted by start they are sorted by end too.
        let mut taken: Vec<std::ops::Range<usize>> = out[first..].iter().map(|d| d.span.clone()).collect();
        taken.sort_unstable_by_key(|r| r.start);
        for sentence in doc.sentences() {
            let k = slips.partition_point(|&b| b < sentence.start);
            if !slips.get(k).is_some_and(|&b| b < sentence.end) {
                continue;
            }
            found.clear();
            second.check(&super::Document::new(&doc.text[sentence.clone()]), &mut found);
            for mut d in found.drain(..) {
                d.span = d.span.start + sentence.start..d.span.end + sentence.start;
                let j = taken.partition_point(|r| r.end <= d.span.start);
                if !taken.get(j).is_some_and(|r| overlap(r, &d.span)) {
                    out.push(d);
                }
            }
        }
    }
}

impl Rule for Prioritized {
    fn check(&self, doc: &super::Document, out: &mut Vec<Diagnostic>) {
        let first = out.len();
        let mut found = Vec::new();
        for rule in &self.rules {
            found.clear();
            rule.check(doc, &mut found);
            for d in found.drain(..) {
                if !out[first..].iter().any(|o| overlap(&o.span, &d.span)) {
                    out.push(d);
                }
            }
        }
        self.second_look(doc, first, out);
        if let Some(model) = &self.context_model {
            found.clear();
            model.check(doc, &out[first..], &mut found);
            out.append(&mut found);
        }
    }
}

fn overlap(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

pub(crate) fn build(cx: &BuildContext, out: &mut Vec<Box<dyn Rule>>) -> Result<(), ConfigError> {
    // Highest priority first: see `Prioritized`.
    let mut rules: Vec<Box<dyn Rule>> = Vec::new();
    let mut second_look = None;
    let confusion = Arc::new(Confusion::builtin());
    let needs_dict = [
        &serious_near_miss::DOC,
        &confusable_char::DOC,
        &known_misspelling::DOC,
        &de_particle::DOC,
        &de_adverbial::DOC,
        &de_attributive::DOC,
        &de_modal::DOC,
        &duplicated::DOC,
        &variant_word::DOC,
        &context_model::DOC,
    ].into_iter().any(|d| (cx.enabled)(d));
    let dict = needs_dict.then(|| Arc::new(WordDict::builtin()));
    if let Some(dict) = &dict {
        if (cx.enabled)(&serious_near_miss::DOC) {
            rules.push(Box::new(serious_near_miss::SeriousNearMiss::new(confusion.clone(), dict.clone())));
        }
        if (cx.enabled)(&known_misspelling::DOC) {
            rules.push(Box::new(known_misspelling::KnownMisspelling::new(dict.clone())));
        }
        if (cx.enabled)(&duplicated::DOC) {
            rules.push(Box::new(duplicated::Duplicated::new(dict.clone())));
        }
        if (cx.enabled)(&de_particle::DOC) {
            rules.push(Box::new(de_particle::DeParticle::new(dict.clone())));
        }
        if (cx.enabled)(&de_adverbial::DOC) {
            rules.push(Box::new(de_adverbial::DeAdverbial::new(dict.clone())));
        }
        if (cx.enabled)(&de_attributive::DOC) {
            rules.push(Box::new(de_attributive::DeAttributive::new(dict.clone())));
        }
        if (cx.enabled)(&de_modal::DOC) {
            rules.push(Box::new(de_modal::DeModal::new(dict.clone())));
        }
        if (cx.enabled)(&confusable_char::DOC) {
            let lm = Arc::new(CharLm::builtin());
            second_look = cx.config.typo.for_second_look().map(|cfg| confusable_char::ConfusableChar::new(dict.clone(), confusion.clone(), lm.clone(), cfg));
            rules.push(Box::new(confusable_char::ConfusableChar::new(dict.clone(), confusion.clone(), lm, cx.config.typo.clone())));
        }
        if (cx.enabled)(&variant_word::DOC) {
            let with_draft = cx.config.packs.iter().any(|p| p == "yixingci-draft");
            rules.push(Box::new(variant_word::VariantWord::new(dict.clone(), with_draft)));
        }
    }
    if (cx.enabled)(&jiezhi_date::DOC) {
        rules.push(Box::new(jiezhi_date::JiezhiDate));
    }
    if (cx.enabled)(&traditional_char::DOC) {
        rules.push(Box::new(traditional_char::TraditionalChar::new()));
    }
    let context_model = match (cx.word_lm, &dict) {
        (Some(lm), Some(dict)) if (cx.enabled)(&context_model::DOC) => {
            Some(context_model::ContextModel::new(lm.clone(), confusion.clone(), dict.clone(), cx.config.typo.context_model_min_gain))
        }
        _ => None,
    };
    if !rules.is_empty() || context_model.is_some() {
        out.push(Box::new(Prioritized { rules, second_look, allowlist: cx.allowlist.cloned(), context_model }));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::{Checker, Config};

    /// Untrusted text: every typo rule over pseudo-random mixes of Han, Extension B, emoji,
    /// zero-width and combining chars, CRLF and punctuation must not panic and must give spans
    /// on char boundaries.
    #[test]
    fn typo_rules_survive_arbitrary_text() {
        let plain = Checker::from_json(r#"{"categories": {"punctuation": "off"}}"#).unwrap();
        // And typo/context-model, with a toy word model at a threshold that lets it speak.
        let lm = std::sync::Arc::new(crate::WordLm::from_arpa(crate::wordlm::tests::TOY).unwrap());
        let with_lm = Checker::with_word_lm(Config::from_json(r#"{"typo": {"context_model_min_gain": 0}}"#).unwrap(), lm).unwrap();
        let alphabet: Vec<char> = "总休体堂常务委员会招标投杆中华人民共合国的的得很好國們😀𠀀\u{200b}\u{301}\r\n，。 a1乱搭依法依规刘芳副市长件我们再在学校门口见面“”「」"
            .chars()
            .collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for round in 0..600 {
            let checker = if round % 2 == 0 { &plain } else { &with_lm };
            let mut text = String::new();
            for _ in 0..(seed % 40) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                text.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            let found = checker.check(&text);
            for d in &found {
                assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end), "{text:?} {d:?}");
                assert!(d.span.start < d.span.end && d.span.end <= text.len());
            }
            // One finding per typo: the family's findings never overlap (fixes apply together).
            let typo: Vec<_> = found.iter().filter(|d| d.rule.starts_with("typo/")).collect();
            assert!(typo.windows(2).all(|w| w[0].span.end <= w[1].span.start), "{text:?} {typo:?}");
            seed = seed.rotate_left(7) ^ 0x2545_f491_4f6c_dd1d;
        }
    }

    #[test]
    fn every_typo_rule_flags_its_wrong_example_and_not_its_right_one() {
        // typo/context-model runs only with a word language model: a toy one here.
        let lm = std::sync::Arc::new(crate::WordLm::from_arpa(crate::wordlm::tests::TOY).unwrap());
        let c = Checker::with_word_lm(Config::default(), lm).unwrap();
        for doc in super::DOCS {
            let wrong: Vec<_> = c.check(doc.wrong).into_iter().filter(|d| d.rule == doc.id).collect();
            assert!(!wrong.is_empty(), "{} does not flag its own example {}", doc.id, doc.wrong);
            let right: Vec<_> = c.check(doc.right).into_iter().filter(|d| d.category == crate::Category::Typo).collect();
            assert!(right.is_empty(), "{}: typo findings in the right example: {right:?}", doc.id);
        }
    }

    #[test]
    fn one_finding_per_typo_highest_priority_first() {
        let c = Checker::new(Config::default()).unwrap();
        let d = c.check("报国务员批准，按装天燃气管道");
        let got: Vec<_> = d.iter().map(|d| d.rule).collect();
        assert_eq!(got, ["typo/serious-near-miss", "typo/known-misspelling", "typo/known-misspelling"]);
    }

    #[test]
    fn a_sentence_with_a_typo_is_read_again_at_lower_thresholds() {
        let c = Checker::new(Config::default()).unwrap();
        let fixes = |text: &str| -> Vec<String> {
            c.check(text).into_iter().filter(|d| d.category == crate::Category::Typo).map(|d| d.suggestions[0].clone()).collect()
        };
        // 车问 alone is not evidence enough; beside a sure typo (观磨) it is.
        assert_eq!(fixes("会后，与会人员实地观摩了部分企业的生产车问和研发中心。"), Vec::<String>::new());
        assert_eq!(fixes("会后，与会人员实地观磨了部分企业的生产车问和研发中心。"), ["观摩", "车间"]);
        // Only in the same sentence.
        assert_eq!(fixes("与会人员实地观磨了部分企业。生产车问和研发中心已建成。"), ["观摩"]);
        // A variant form (成份) is no slip of the keyboard and gives no second look.
        assert_eq!(fixes("与会人员了解了产品成份，参观了生产车问和研发中心。"), ["成分"]);
        // Nor does a finding inside an allowlisted term.
        let allowing = Checker::from_json(r#"{"allowlist": ["观磨"]}"#).unwrap();
        assert!(allowing.check("会后，与会人员实地观磨了部分企业的生产车问和研发中心。").is_empty());
        let off = Checker::from_json(r#"{"typo": {"second_look": null}}"#).unwrap();
        let d = off.check("会后，与会人员实地观磨了部分企业的生产车问和研发中心。");
        assert_eq!(d.iter().filter(|d| d.category == crate::Category::Typo).count(), 1, "{d:?}");
    }

    #[test]
    fn allowlisted_terms_and_place_names_are_not_flagged() {
        let c = Checker::from_json(r#"{"allowlist": ["总休"]}"#).unwrap();
        assert!(c.check("研究制定总休方案").iter().all(|d| d.rule != "typo/confusable-char"));
        let c = Checker::new(Config::default()).unwrap();
        assert!(c.check("研究制定总休方案").iter().any(|d| d.rule == "typo/confusable-char"));
        let clean = "齐齐哈尔市、哈尔滨市和呼和浩特市的代表参加了会议。";
        assert!(c.check(clean).is_empty(), "{:?}", c.check(clean));
    }
}
