//! 规范表述 rules: forbidden or incorrect wording, classification markers, privacy leaks,
//! law titles and draft placeholders.

use super::{BuildContext, Rule};
use crate::config::{ConfigError, RuleSetting};
use crate::registry::RuleDoc;

mod ad_absolute;
mod classified_marker;
mod digits;
mod duplicated_level;
mod formulation;
mod law_title;
mod leader_fallen;
mod leader_title;
mod pack;
mod placeholder;
mod privacy_bank_card;
mod privacy_id_number;
mod privacy_mobile;
mod xinhua;
mod xinhua_caution;

pub(crate) const DOCS: &[&RuleDoc] = &[
    &formulation::DOC,
    &xinhua::DOC,
    &xinhua_caution::DOC,
    &duplicated_level::DOC,
    &classified_marker::DOC,
    &privacy_id_number::DOC,
    &privacy_mobile::DOC,
    &privacy_bank_card::DOC,
    &law_title::DOC,
    &placeholder::DOC,
    &ad_absolute::DOC,
    &leader_fallen::DOC,
    &leader_title::TITLE_DOC,
    &leader_title::NAME_DOC,
];

/// A rule of an optional pack runs only when the config names the pack or sets the rule's severity.
fn pack_enabled(cx: &BuildContext, pack: &str, doc: &RuleDoc) -> bool {
    let by_rule = cx.config.rules.get(doc.id).copied();
    if by_rule == Some(RuleSetting::Off) {
        return false;
    }
    by_rule.is_some() || cx.config.packs.iter().any(|p| p == pack)
}

pub(crate) fn build(cx: &BuildContext, rules: &mut Vec<Box<dyn Rule>>) -> Result<(), ConfigError> {
    if (cx.enabled)(&formulation::DOC) {
        rules.push(Box::new(formulation::build()));
    }
    if (cx.enabled)(&xinhua::DOC) {
        rules.push(Box::new(xinhua::build()));
    }
    if (cx.enabled)(&xinhua_caution::DOC) {
        rules.push(Box::new(xinhua_caution::build()));
    }
    if (cx.enabled)(&duplicated_level::DOC) {
        rules.push(Box::new(duplicated_level::DuplicatedLevel));
    }
    if (cx.enabled)(&classified_marker::DOC) {
        rules.push(Box::new(classified_marker::ClassifiedMarker::new()));
    }
    if (cx.enabled)(&privacy_id_number::DOC) {
        rules.push(Box::new(privacy_id_number::PrivacyIdNumber));
    }
    if (cx.enabled)(&privacy_mobile::DOC) {
        rules.push(Box::new(privacy_mobile::PrivacyMobile));
    }
    if (cx.enabled)(&privacy_bank_card::DOC) {
        rules.push(Box::new(privacy_bank_card::PrivacyBankCard));
    }
    if (cx.enabled)(&law_title::DOC) {
        rules.push(Box::new(law_title::LawTitle::new()));
    }
    if (cx.enabled)(&placeholder::DOC) {
        rules.push(Box::new(placeholder::Placeholder));
    }
    if pack_enabled(cx, "ad-law", &ad_absolute::DOC) {
        rules.push(Box::new(ad_absolute::build()));
    }
    if let Some(pack) = &cx.config.leaders {
        if (cx.enabled)(&leader_fallen::DOC) {
            rules.extend(leader_fallen::LeaderFallen::new(pack).map(|r| Box::new(r) as Box<dyn Rule>));
        }
        if (cx.enabled)(&leader_title::TITLE_DOC) {
            rules.extend(leader_title::LeaderTitle::new(pack).map(|r| Box::new(r) as Box<dyn Rule>));
        }
        if (cx.enabled)(&leader_title::NAME_DOC) {
            rules.extend(leader_title::LeaderName::new(pack).map(|r| Box::new(r) as Box<dyn Rule>));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::Checker;

    fn rules(json: &str, text: &str) -> Vec<&'static str> {
        Checker::from_json(json).unwrap().check(text).into_iter().map(|d| d.rule).collect()
    }

    #[test]
    fn ad_law_pack_is_off_until_named() {
        let text = "本县大米是第一品牌";
        assert!(!rules("{}", text).contains(&"expression/ad-absolute"));
        assert!(rules(r#"{"packs": ["ad-law"]}"#, text).contains(&"expression/ad-absolute"));
        assert!(rules(r#"{"rules": {"expression/ad-absolute": "info"}}"#, text).contains(&"expression/ad-absolute"));
        assert!(!rules(r#"{"packs": ["ad-law"], "rules": {"expression/ad-absolute": "off"}}"#, text)
            .contains(&"expression/ad-absolute"));
    }
}
