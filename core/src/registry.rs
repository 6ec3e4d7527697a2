//! The rule registry: every rule's id, category, default severity and documentation.

use crate::diagnostic::{Category, Diagnostic, Severity};
use serde::Serialize;
use std::ops::Range;

/// The documentation of one rule, in the spirit of ruff's and clippy's lint docs.
#[derive(Debug, Serialize)]
pub struct RuleDoc {
    /// Stable id, `category/name`.
    pub id: &'static str,
    /// The rule family.
    pub category: Category,
    /// Severity unless the config overrides it.
    pub severity: Severity,
    /// One line, in Chinese.
    pub summary: &'static str,
    /// What the rule checks.
    pub what: &'static str,
    /// Why it matters, with the clause or list it rests on.
    pub why: &'static str,
    /// Short citation of the source, repeated on every diagnostic.
    pub source: &'static str,
    /// Text the rule flags.
    pub wrong: &'static str,
    /// The corrected text, which the rule leaves alone.
    pub right: &'static str,
}

impl RuleDoc {
    /// A diagnostic of this rule at its default severity.
    pub(crate) fn diag(
        &'static self,
        span: Range<usize>,
        message: String,
        suggestions: Vec<String>,
    ) -> Diagnostic {
        Diagnostic {
            rule: self.id,
            category: self.category,
            severity: self.severity,
            span,
            message,
            suggestions,
            source: self.source,
        }
    }

    /// The doc as Markdown-ish plain text, as `shenjiao explain` prints it.
    pub fn to_text(&self) -> String {
        format!(
            "{id}  [{cat} · {sev}]\n{summary}\n\n检查内容\n  {what}\n\n依据\n  {why}\n  来源：{source}\n\n错误示例\n  {wrong}\n\n正确示例\n  {right}\n",
            id = self.id,
            cat = self.category.as_str(),
            sev = self.severity.as_str(),
            summary = self.summary,
            what = self.what,
            why = self.why,
            source = self.source,
            wrong = self.wrong,
            right = self.right,
        )
    }
}

/// Every rule shenjiao knows, grouped by category.
pub fn rules() -> Vec<&'static RuleDoc> {
    crate::rules::docs()
}

/// The doc of the rule with this id.
pub fn lookup(id: &str) -> Option<&'static RuleDoc> {
    rules().into_iter().find(|d| d.id == id)
}
