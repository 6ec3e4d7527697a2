//! 错别字 rules.

use super::{BuildContext, Rule};
use crate::config::ConfigError;
use crate::confusion::Confusion;
use crate::worddict::WordDict;
use std::sync::Arc;
use crate::registry::RuleDoc;

mod confusable_char;
mod de_particle;
mod duplicated;
mod known_misspelling;
mod serious_near_miss;
mod traditional_char;
mod variant_word;

pub(crate) const DOCS: &[&RuleDoc] = &[
    &confusable_char::DOC,
    &known_misspelling::DOC,
    &de_particle::DOC,
    &duplicated::DOC,
    &traditional_char::DOC,
    &serious_near_miss::DOC,
    &variant_word::DOC];

pub(crate) fn build(cx: &BuildContext, rules: &mut Vec<Box<dyn Rule>>) -> Result<(), ConfigError> {
    let confusion = Arc::new(Confusion::builtin());
    if (cx.enabled)(&traditional_char::DOC) {
        rules.push(Box::new(traditional_char::TraditionalChar::new()));
    }
    if (cx.enabled)(&serious_near_miss::DOC) {
        rules.push(Box::new(serious_near_miss::SeriousNearMiss::new(confusion.clone())));
    }
    let needs_dict = [&confusable_char::DOC, &known_misspelling::DOC, &de_particle::DOC, &duplicated::DOC, &variant_word::DOC].into_iter().any(|d| (cx.enabled)(d));
    let dict = needs_dict.then(|| Arc::new(WordDict::builtin()));
    if let Some(dict) = &dict {
        if (cx.enabled)(&confusable_char::DOC) {
            rules.push(Box::new(confusable_char::ConfusableChar::new(dict.clone(), confusion.clone(), cx.config.typo.clone())));
        }
        if (cx.enabled)(&de_particle::DOC) {
            rules.push(Box::new(de_particle::DeParticle::new(dict.clone())));
        }
        if (cx.enabled)(&duplicated::DOC) {
            rules.push(Box::new(duplicated::Duplicated::new(dict.clone())));
        }
        if (cx.enabled)(&known_misspelling::DOC) {
            rules.push(Box::new(known_misspelling::KnownMisspelling::new(dict.clone())));
        }
        if (cx.enabled)(&variant_word::DOC) {
            rules.push(Box::new(variant_word::VariantWord::new(dict.clone())));
        }
    }
    Ok(())
}
