//! Site lexicon entries: terms a site wants flagged, from config JSON or a TSV file.

use crate::config::ConfigError;
use crate::diagnostic::{Category, Severity};
use serde::{Deserialize, Serialize};

/// One term of a site's lexicon.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconEntry {
    /// The text to find.
    pub term: String,
    /// Category of the finding; `sensitive` unless set.
    #[serde(default = "default_category")]
    pub category: Category,
    /// Severity of the finding; `warning` unless set.
    #[serde(default = "default_severity")]
    pub severity: Severity,
    /// Replacement offered to the editor. Empty or absent: the term should just be removed or rewritten.
    #[serde(default)]
    pub suggestion: Option<String>,
    /// Why the site lists the term; shown in the message.
    #[serde(default)]
    pub note: Option<String>,
}

fn default_category() -> Category {
    Category::Sensitive
}

fn default_severity() -> Severity {
    Severity::Warning
}

impl LexiconEntry {
    /// An entry with default category and severity.
    pub fn new(term: impl Into<String>) -> LexiconEntry {
        LexiconEntry {
            term: term.into(),
            category: default_category(),
            severity: default_severity(),
            suggestion: None,
            note: None,
        }
    }

    /// `Err((field, message))` when the entry cannot be used.
    pub(crate) fn validate(&self) -> Result<(), (&'static str, String)> {
        if self.term.trim().is_empty() {
            return Err(("term", "empty term".into()));
        }
        if self.suggestion.as_deref() == Some(self.term.as_str()) {
            return Err(("suggestion", format!("suggestion equals the term `{}`", self.term)));
        }
        Ok(())
    }

    /// Parses lexicon TSV: `term<TAB>category<TAB>severity<TAB>suggestion`.
    ///
    /// Only `term` is required; `#` starts a comment; blank lines are skipped. Errors name the
    /// 1-based line and the column, e.g. `line 3: category`.
    pub fn parse_tsv(tsv: &str) -> Result<Vec<LexiconEntry>, ConfigError> {
        let mut out = Vec::new();
        for (n, raw) in tsv.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim_end_matches(['\r', ' ']);
            if line.trim().is_empty() {
                continue;
            }
            let path = |field: &str| format!("line {}: {field}", n + 1);
            let mut cols = line.split('\t');
            let mut entry = LexiconEntry::new(cols.next().unwrap_or("").trim());
            if let Some(c) = cols.next().map(str::trim).filter(|c| !c.is_empty()) {
                entry.category = Category::parse(c).ok_or_else(|| {
                    ConfigError::new(path("category"), format!("unknown category `{c}`"))
                })?;
            }
            if let Some(s) = cols.next().map(str::trim).filter(|s| !s.is_empty()) {
                entry.severity = Severity::parse(s).ok_or_else(|| {
                    ConfigError::new(path("severity"), format!("unknown severity `{s}` (error, warning or info)"))
                })?;
            }
            entry.suggestion = cols.next().map(str::trim).filter(|s| !s.is_empty()).map(String::from);
            if cols.next().is_some() {
                return Err(ConfigError::new(path("columns"), "more than 4 tab-separated columns"));
            }
            entry.validate().map_err(|(f, m)| ConfigError::new(path(f), m))?;
            out.push(entry);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_with_comments_and_defaults() {
        let tsv = "# 站点词库\n某某\n台湾政府\texpression\terror\t台湾当局  # 规范表述\n\n";
        let v = LexiconEntry::parse_tsv(tsv).unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].category, Category::Sensitive);
        assert_eq!(v[0].suggestion, None);
        assert_eq!(v[1].severity, Severity::Error);
        assert_eq!(v[1].suggestion.as_deref(), Some("台湾当局"));
    }

    #[test]
    fn tsv_error_names_line_and_column() {
        let e = LexiconEntry::parse_tsv("甲\n乙\tpolitics\n").unwrap_err();
        assert_eq!(e.path, "line 2: category");
        let e = LexiconEntry::parse_tsv("甲\tsensitive\tfatal\n").unwrap_err();
        assert_eq!(e.path, "line 1: severity");
    }
}
