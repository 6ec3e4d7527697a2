//! 敏感词 rules: the site's own lexicon.

use super::{BuildContext, Rule};
use crate::config::ConfigError;
use crate::registry::RuleDoc;

mod custom;

pub(crate) const DOCS: &[&RuleDoc] = &[&custom::DOC];

pub(crate) fn build(cx: &BuildContext, rules: &mut Vec<Box<dyn Rule>>) -> Result<(), ConfigError> {
    if (cx.enabled)(&custom::DOC) && !cx.config.lexicon.is_empty() {
        rules.push(Box::new(custom::Custom::new(&cx.config.lexicon)?));
    }
    Ok(())
}
