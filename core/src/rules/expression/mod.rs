//! 规范表述 rules: forbidden or incorrect wording, classification markers, privacy leaks,
//! law titles and draft placeholders.

use super::{BuildContext, Rule};
use crate::config::{ConfigError, RuleSetting};
use crate::registry::RuleDoc;

mod duplicated_level;
mod formulation;
mod pack;
mod xinhua;
mod xinhua_caution;

pub(crate) const DOCS: &[&RuleDoc] = &[
    &formulation::DOC,
    &xinhua::DOC,
    &xinhua_caution::DOC,
    &duplicated_level::DOC,
];

/// A rule of an optional pack runs only when the config names the pack or sets the rule's severity.
#[allow(dead_code)]
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
    Ok(())
}
