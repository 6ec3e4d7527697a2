//! 标点 rules, from GB/T 15834—2011《标点符号用法》.

use super::{BuildContext, Rule};
use crate::config::ConfigError;
use crate::registry::RuleDoc;

mod doubled;
mod half_width;
mod unpaired;

pub(crate) const DOCS: &[&RuleDoc] = &[&doubled::DOC, &half_width::DOC, &unpaired::DOC];

pub(crate) fn build(cx: &BuildContext, rules: &mut Vec<Box<dyn Rule>>) -> Result<(), ConfigError> {
    if (cx.enabled)(&doubled::DOC) {
        rules.push(Box::new(doubled::Doubled));
    }
    if (cx.enabled)(&half_width::DOC) {
        rules.push(Box::new(half_width::HalfWidth));
    }
    if (cx.enabled)(&unpaired::DOC) {
        rules.push(Box::new(unpaired::Unpaired));
    }
    Ok(())
}
