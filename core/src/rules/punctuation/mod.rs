//! 标点 rules, from GB/T 15834—2011《标点符号用法》.
//!
//! Forms of marks: `ellipsis` (……), `dash` (——), `straight-quotes`, `half-width`, `interpunct` (·),
//! `range-mark` (一字线/浪纹线 between numbers). Pairs and nesting: `unpaired`, `nested-quotes`
//! (“‘’” and 《〈〉》). Repetition: `doubled`, `repeated-question`. Usage: `ellipsis-with-etc`,
//! `comma-between-titles`, `approx-comma`; and two info-only hints that need a human, `book-title-misuse`
//! and `nested-colon`. The rows of core/data/standards/ that are not shipped, and why, are listed in
//! core/tests/standards.rs.

use super::{BuildContext, Rule};
use crate::config::ConfigError;
use crate::registry::RuleDoc;

mod approx_comma;
mod book_title_misuse;
mod comma_between_titles;
mod dash;
mod doubled;
mod ellipsis;
mod ellipsis_with_etc;
mod half_width;
mod interpunct;
mod nested_colon;
mod nested_quotes;
mod range_mark;
mod repeated_question;
mod straight_quotes;
mod unpaired;

pub(crate) const DOCS: &[&RuleDoc] = &[
    &doubled::DOC,
    &half_width::DOC,
    &unpaired::DOC,
    &ellipsis::DOC,
    &ellipsis_with_etc::DOC,
    &dash::DOC,
    &nested_quotes::DOC,
    &comma_between_titles::DOC,
    &range_mark::DOC,
    &repeated_question::DOC,
    &interpunct::DOC,
    &approx_comma::DOC,
    &straight_quotes::DOC,
    &nested_colon::DOC,
    &book_title_misuse::DOC,
];

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
    if (cx.enabled)(&ellipsis::DOC) {
        rules.push(Box::new(ellipsis::Ellipsis));
    }
    if (cx.enabled)(&ellipsis_with_etc::DOC) {
        rules.push(Box::new(ellipsis_with_etc::EllipsisWithEtc));
    }
    if (cx.enabled)(&dash::DOC) {
        rules.push(Box::new(dash::Dash));
    }
    if (cx.enabled)(&nested_quotes::DOC) {
        rules.push(Box::new(nested_quotes::NestedQuotes));
    }
    if (cx.enabled)(&comma_between_titles::DOC) {
        rules.push(Box::new(comma_between_titles::CommaBetweenTitles));
    }
    if (cx.enabled)(&range_mark::DOC) {
        rules.push(Box::new(range_mark::RangeMark));
    }
    if (cx.enabled)(&repeated_question::DOC) {
        rules.push(Box::new(repeated_question::RepeatedQuestion));
    }
    if (cx.enabled)(&interpunct::DOC) {
        rules.push(Box::new(interpunct::Interpunct));
    }
    if (cx.enabled)(&approx_comma::DOC) {
        rules.push(Box::new(approx_comma::ApproxComma));
    }
    if (cx.enabled)(&straight_quotes::DOC) {
        rules.push(Box::new(straight_quotes::StraightQuotes));
    }
    if (cx.enabled)(&book_title_misuse::DOC) {
        rules.push(Box::new(book_title_misuse::BookTitleMisuse));
    }
    if (cx.enabled)(&nested_colon::DOC) {
        rules.push(Box::new(nested_colon::NestedColon));
    }
    Ok(())
}
