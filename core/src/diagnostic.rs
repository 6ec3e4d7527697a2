//! What a rule reports: [`Diagnostic`], with its [`Category`] and [`Severity`].

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// The family a rule belongs to. Rule ids start with the category name (`typo/…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// 错别字: wrong characters, variant word forms.
    Typo,
    /// 敏感词: terms from a site's own lexicon.
    Sensitive,
    /// 规范表述: built-in rules on forbidden or incorrect formulations.
    Expression,
    /// 标点: GB/T 15834—2011.
    Punctuation,
    /// 数字: GB/T 15835—2011.
    Number,
    /// 公文格式: GB/T 9704—2012 and document metadata.
    Format,
    /// 三审: the review workflow.
    Review,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 7] = [
        Category::Typo,
        Category::Sensitive,
        Category::Expression,
        Category::Punctuation,
        Category::Number,
        Category::Format,
        Category::Review,
    ];

    /// The stable lowercase name used in rule ids and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Typo => "typo",
            Category::Sensitive => "sensitive",
            Category::Expression => "expression",
            Category::Punctuation => "punctuation",
            Category::Number => "number",
            Category::Format => "format",
            Category::Review => "review",
        }
    }

    /// Parses the lowercase name; `None` for anything else.
    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// The Chinese label shown to editors.
    pub fn label_zh(self) -> &'static str {
        match self {
            Category::Typo => "错别字",
            Category::Sensitive => "敏感词",
            Category::Expression => "规范表述",
            Category::Punctuation => "标点",
            Category::Number => "数字",
            Category::Format => "格式",
            Category::Review => "三审",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a finding is. `Error` blocks submission; the order is `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A hint; never blocks.
    Info,
    /// Should be looked at before publishing.
    Warning,
    /// Must be fixed before publishing.
    Error,
}

impl Severity {
    /// The stable lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses the lowercase name; `None` for anything else.
    pub fn parse(name: &str) -> Option<Severity> {
        [Severity::Info, Severity::Warning, Severity::Error]
            .into_iter()
            .find(|s| s.as_str() == name)
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding in a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Stable rule id, such as `punctuation/doubled`.
    pub rule: &'static str,
    /// The rule family. Usually the rule's own category; site-lexicon entries carry their own.
    pub category: Category,
    /// Severity after the config's overrides.
    pub severity: Severity,
    /// Byte range in the checked text; both ends lie on `char` boundaries.
    pub span: Range<usize>,
    /// What is wrong, in Chinese, specific to this occurrence.
    pub message: String,
    /// Replacement strings for `span`, best first. Empty when only a human can fix it.
    pub suggestions: Vec<String>,
    /// The standard or list the rule rests on.
    pub source: &'static str,
}
