//! 错别字 rules.

use super::{BuildContext, Rule};
use crate::config::ConfigError;
use crate::confusion::Confusion;
use std::sync::Arc;
use crate::registry::RuleDoc;

mod serious_near_miss;
mod variant_word;

pub(crate) const DOCS: &[&RuleDoc] = &[&serious_near_miss::DOC, &variant_word::DOC];

pub(crate) fn build(cx: &BuildContext, rules: &mut Vec<Box<dyn Rule>>) -> Result<(), ConfigError> {
    let confusion = Arc::new(Confusion::builtin());
    if (cx.enabled)(&serious_near_miss::DOC) {
        rules.push(Box::new(serious_near_miss::SeriousNearMiss::new(confusion.clone())));
    }
    if (cx.enabled)(&variant_word::DOC) {
        rules.push(Box::new(variant_word::VariantWord::new()));
    }
    Ok(())
}
