//! 三审 rules. They check a review record, not the text, so `build` adds no text rule; the
//! checks live in `crate::review` and only their docs are registered here, so that
//! `shenjiao rules` lists them and `shenjiao explain review/…` prints them.

use super::{BuildContext, Rule};
use crate::config::ConfigError;
use crate::registry::RuleDoc;

pub(crate) const DOCS: &[&RuleDoc] = crate::review::DOCS;

pub(crate) fn build(_cx: &BuildContext, _rules: &mut Vec<Box<dyn Rule>>) -> Result<(), ConfigError> {
    Ok(())
}
