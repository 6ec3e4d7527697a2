//! Site lexicon entries: terms a site wants flagged, from config JSON or a TSV file.

use crate::config::ConfigError;
use crate::diagnostic::{Category, Severity};
pub use crate::normalize::Normalize;
use serde::{Deserialize, Serialize};

/// One term of a site's lexicon. Only `term` is required.
///
/// ```json
/// { "term": "六合彩", "severity": "error", "note": "赌博", "exceptions": ["六合区"],
///   "normalize": { "traditional": false }, "word_boundary": false }
/// ```
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
    /// Where the entry comes from (a notice, a list); shown in the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Contexts in which the term is fine: a match that overlaps an occurrence of one of these
    /// (normalised the same way) is not reported, e.g. `六合区` for the term `六合`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<String>,
    /// Require that the match is not glued to letters or digits (or Han characters, for a term
    /// that starts or ends with one). Absent: only for ends that are Latin letters or digits, so
    /// `SB` does not match inside `USB`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub word_boundary: Option<bool>,
    /// Which evasion-defeating normalisations apply; all of them unless switched off.
    #[serde(default, skip_serializing_if = "is_default")]
    pub normalize: Normalize,
}

fn is_default(n: &Normalize) -> bool {
    *n == Normalize::default()
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
            source: None,
            exceptions: Vec::new(),
            word_boundary: None,
            normalize: Normalize::default(),
        }
    }

    /// `Err((field, message))` when the entry cannot be used.
    pub(crate) fn validate(&self) -> Result<(), (String, String)> {
        if self.term.trim().is_empty() {
            return Err(("term".into(), "empty term".into()));
        }
        if self.suggestion.as_deref() == Some(self.term.as_str()) {
            return Err(("suggestion".into(), format!("suggestion equals the term `{}`", self.term)));
        }
        for (i, e) in self.exceptions.iter().enumerate() {
            if e.trim().is_empty() {
                return Err((format!("exceptions[{i}]"), "empty exception".into()));
            }
        }
        Ok(())
    }

    /// Parses lexicon TSV: `term<TAB>category<TAB>severity<TAB>suggestion<TAB>note<TAB>exceptions<TAB>options`.
    ///
    /// Only `term` is required; the columns after `suggestion` are optional extensions.
    /// `exceptions` is `|`-separated; `options` is a comma-separated list of `exact`,
    /// `boundary`, `no-boundary`, `no-width`, `no-traditional`, `no-zero-width`,
    /// `no-separators`, `no-repeats`. `#` starts a comment; blank lines are skipped. Errors
    /// name the 1-based line and the column, e.g. `line 3: category`.
    pub fn parse_tsv(tsv: &str) -> Result<Vec<LexiconEntry>, ConfigError> {
        let mut out = Vec::new();
        for (n, raw) in tsv.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim_end_matches(['\r', ' ']);
            if line.trim().is_empty() {
                continue;
            }
            let path = |field: &str| format!("line {}: {field}", n + 1);
            if out.is_empty() && line.split('\t').take(2).eq(["term", "category"]) {
                continue; // a header row
            }
            let mut cols = line.split('\t');
            let mut entry = LexiconEntry::new(cols.next().unwrap_or("").trim());
            if let Some(c) = cols.next().map(|c| c.trim().to_ascii_lowercase()).filter(|c| !c.is_empty()) {
                entry.category = Category::parse(&c).ok_or_else(|| {
                    ConfigError::new(path("category"), format!("unknown category `{c}`"))
                })?;
            }
            if let Some(s) = cols.next().map(|s| s.trim().to_ascii_lowercase()).filter(|s| !s.is_empty()) {
                entry.severity = Severity::parse(&s).ok_or_else(|| {
                    ConfigError::new(path("severity"), format!("unknown severity `{s}` (error, warning or info)"))
                })?;
            }
            entry.suggestion = cols.next().map(str::trim).filter(|s| !s.is_empty()).map(String::from);
            entry.note = cols.next().map(str::trim).filter(|s| !s.is_empty()).map(String::from);
            if let Some(ex) = cols.next() {
                entry.exceptions =
                    ex.split('|').map(str::trim).filter(|e| !e.is_empty()).map(String::from).collect();
            }
            if let Some(opts) = cols.next() {
                for opt in opts.split(',').map(str::trim).filter(|o| !o.is_empty()) {
                    apply_option(&mut entry, opt).map_err(|m| ConfigError::new(path("options"), m))?;
                }
            }
            if cols.next().is_some() {
                return Err(ConfigError::new(path("columns"), "more than 7 tab-separated columns"));
            }
            entry.validate().map_err(|(f, m)| ConfigError::new(path(&f), m))?;
            out.push(entry);
        }
        Ok(out)
    }
}

fn apply_option(entry: &mut LexiconEntry, opt: &str) -> Result<(), String> {
    let n = &mut entry.normalize;
    match opt {
        "exact" => *n = Normalize::EXACT,
        "boundary" => entry.word_boundary = Some(true),
        "no-boundary" => entry.word_boundary = Some(false),
        "no-width" => n.width = false,
        "no-traditional" => n.traditional = false,
        "no-zero-width" => n.zero_width = false,
        "no-separators" => n.separators = false,
        "no-repeats" => n.repeats = false,
        _ => {
            return Err(format!(
                "unknown option `{opt}` (exact, boundary, no-boundary, no-width, no-traditional, no-zero-width, no-separators, no-repeats)"
            ))
        }
    }
    Ok(())
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
        assert_eq!(v[1].normalize, Normalize::default());
    }

    #[test]
    fn tsv_header_row_and_capitalised_names_are_accepted() {
        let v = LexiconEntry::parse_tsv("term\tcategory\tseverity\tsuggestion\n甲乙\tSensitive\tError\t丙\n").unwrap();
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].category, v[0].severity), (Category::Sensitive, Severity::Error));
    }

    #[test]
    fn tsv_extension_columns() {
        let tsv = "六合\tsensitive\terror\t\t赌博\t六合区|六合路\tno-traditional,boundary\nabc\t\t\t\t\t\texact\r\n";
        let v = LexiconEntry::parse_tsv(tsv).unwrap();
        assert_eq!(v[0].note.as_deref(), Some("赌博"));
        assert_eq!(v[0].exceptions, ["六合区", "六合路"]);
        assert!(!v[0].normalize.traditional && v[0].normalize.repeats);
        assert_eq!(v[0].word_boundary, Some(true));
        assert_eq!(v[1].normalize, Normalize::EXACT);
        assert_eq!(v[1].severity, Severity::Warning);
    }

    #[test]
    fn tsv_error_names_line_and_column() {
        let e = LexiconEntry::parse_tsv("甲\n乙\tpolitics\n").unwrap_err();
        assert_eq!(e.path, "line 2: category");
        let e = LexiconEntry::parse_tsv("甲\tsensitive\tfatal\n").unwrap_err();
        assert_eq!(e.path, "line 1: severity");
        let e = LexiconEntry::parse_tsv("甲\t\t\t\t\t\tfuzzy\n").unwrap_err();
        assert_eq!(e.path, "line 1: options");
        let e = LexiconEntry::parse_tsv("甲\t\t\t\t\t \n").unwrap();
        assert!(e[0].exceptions.is_empty());
    }

    #[test]
    fn json_entries_stay_backward_compatible() {
        let e: LexiconEntry =
            serde_json::from_str(r#"{"term": "某某", "severity": "error", "note": "站点禁用"}"#).unwrap();
        assert_eq!(e.normalize, Normalize::default());
        assert!(e.exceptions.is_empty() && e.word_boundary.is_none());
        let e: LexiconEntry = serde_json::from_str(
            r#"{"term": "臺灣", "normalize": {"traditional": false}, "exceptions": ["x"], "word_boundary": true}"#,
        )
        .unwrap();
        assert!(!e.normalize.traditional && e.normalize.width);
        assert!(serde_json::from_str::<LexiconEntry>(r#"{"term": "a", "normalize": {"fuzzy": true}}"#).is_err());
    }
}
