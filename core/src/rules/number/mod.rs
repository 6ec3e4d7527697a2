//! Rules of this category. None yet; its issue adds them here.

use super::{BuildContext, Rule};
use crate::config::ConfigError;
use crate::registry::RuleDoc;

pub(crate) const DOCS: &[&RuleDoc] = &[];

pub(crate) fn build(_cx: &BuildContext, _rules: &mut Vec<Box<dyn Rule>>) -> Result<(), ConfigError> {
    Ok(())
}
