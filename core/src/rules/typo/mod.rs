//! 错别字 rules.

use super::{BuildContext, Rule};
use crate::config::ConfigError;
use crate::registry::RuleDoc;

mod variant_word;

pub(crate) const DOCS: &[&RuleDoc] = &[&variant_word::DOC];

pub(crate) fn build(cx: &BuildContext, rules: &mut Vec<Box<dyn Rule>>) -> Result<(), ConfigError> {
    if (cx.enabled)(&variant_word::DOC) {
        rules.push(Box::new(variant_word::VariantWord::new()));
    }
    Ok(())
}
