//! 公文格式 rules, from GB/T 9704—2012《党政机关公文格式》.
//!
//! `doc-number` (国办发〔2024〕12号), `date-form` (2024年6月3日, no 06), `heading-numbering` (一、（一）1.（1）),
//! `attachment` (附件：1.), `closing-notes` (抄送 …。, （此件公开发布）), `classification-star` (秘密★1年), `title`
//! (no 。 at the end, no 请示报告). Plain text has no layout, so rules that need to know which line is the
//! title or the 落款 either look at a whole line's shape or only hint (info).

use super::{BuildContext, Rule};
use crate::config::ConfigError;
use crate::registry::RuleDoc;

mod attachment;
mod classification_star;
mod closing_notes;
mod date_form;
mod doc_number;
mod heading_numbering;
mod title;

pub(crate) const DOCS: &[&RuleDoc] = &[
    &doc_number::DOC,
    &date_form::DOC,
    &heading_numbering::DOC,
    &attachment::DOC,
    &closing_notes::DOC,
    &classification_star::DOC,
    &title::DOC,
];

pub(crate) fn build(cx: &BuildContext, rules: &mut Vec<Box<dyn Rule>>) -> Result<(), ConfigError> {
    if (cx.enabled)(&doc_number::DOC) {
        rules.push(Box::new(doc_number::DocNumber));
    }
    if (cx.enabled)(&date_form::DOC) {
        rules.push(Box::new(date_form::DateForm));
    }
    if (cx.enabled)(&heading_numbering::DOC) {
        rules.push(Box::new(heading_numbering::HeadingNumbering));
    }
    if (cx.enabled)(&attachment::DOC) {
        rules.push(Box::new(attachment::Attachment));
    }
    if (cx.enabled)(&closing_notes::DOC) {
        rules.push(Box::new(closing_notes::ClosingNotes));
    }
    if (cx.enabled)(&classification_star::DOC) {
        rules.push(Box::new(classification_star::ClassificationStar));
    }
    if (cx.enabled)(&title::DOC) {
        rules.push(Box::new(title::Title));
    }
    Ok(())
}
