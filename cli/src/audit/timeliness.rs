//! Column timeliness (栏目更新): columns not updated within their limit, and blank columns.
//!
//! The 政府网站与政务新媒体检查指标 treat 动态、要闻 columns not updated for 2 weeks and 通知公告、
//! 政策文件 columns not updated for 6 months as 不合格 items, and 空白栏目 likewise. The limits and
//! which column names they apply to are configurable (`--audit-config`).

use super::scan::PageResult;
use crate::UsageError;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// `--audit-config` JSON. Every field is optional; unknown fields are errors.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct Settings {
    /// Update limits, checked in order; a column takes the first limit whose keyword it contains.
    pub timeliness: Vec<Limit>,
    /// Columns the site is meant to have: one with no page of content is a 空白栏目.
    pub columns: Vec<String>,
    /// Pages with fewer non-space characters (e.g. only 暂无信息) are not content.
    pub min_content_chars: usize,
}

#[derive(Deserialize, Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub(crate) struct Limit {
    /// How the report names this kind of column, e.g. 动态要闻类.
    pub label: String,
    /// A column belongs to this limit if its name contains any of these.
    pub keywords: Vec<String>,
    /// Days without a new page before the column is overdue.
    pub max_days: u32,
}

impl Default for Settings {
    fn default() -> Settings {
        let limit = |label: &str, keywords: &[&str], max_days| Limit {
            label: label.into(),
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
            max_days,
        };
        Settings {
            timeliness: vec![
                limit("动态要闻类", &["动态", "要闻", "新闻"], 14),
                limit("通知公告、政策文件类", &["通知公告", "通知", "公告", "政策文件", "规范性文件"], 183),
            ],
            columns: Vec::new(),
            min_content_chars: 10,
        }
    }
}

impl Settings {
    pub(crate) fn load(path: &Path) -> Result<Settings, UsageError> {
        let json = std::fs::read_to_string(path).map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
        Settings::from_json(&json).map_err(|e| UsageError(format!("{}: {e}", path.display())))
    }

    pub(crate) fn from_json(json: &str) -> Result<Settings, String> {
        let de = &mut serde_json::Deserializer::from_str(json);
        let s: Settings = serde_path_to_error::deserialize(de).map_err(|e| format!("field `{}`: {}", e.path(), e.inner()))?;
        for (i, l) in s.timeliness.iter().enumerate() {
            if l.keywords.iter().all(|k| k.trim().is_empty()) {
                return Err(format!("field `timeliness[{i}].keywords`: needs at least one non-empty keyword"));
            }
            if l.max_days == 0 {
                return Err(format!("field `timeliness[{i}].max_days`: must be at least 1"));
            }
        }
        Ok(s)
    }
}

/// A column-level warning.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub(crate) struct ColumnWarning {
    pub column: String,
    /// `stale` (overdue), `undated` (has content but no page date) or `empty` (空白栏目).
    pub kind: &'static str,
    pub label: Option<String>,
    pub max_days: Option<u32>,
    pub last_update: Option<NaiveDate>,
    pub days_since_update: Option<i64>,
    pub message: String,
}

/// Every column seen, with its pages, content and last update.
#[derive(Serialize, Debug, Clone, Default)]
pub(crate) struct ColumnState {
    pub pages: usize,
    pub content_pages: usize,
    pub last_update: Option<NaiveDate>,
}

/// Looks at all pages, whatever `--since` says: a column's last update may predate the period.
pub(crate) fn columns(pages: &[PageResult], settings: &Settings) -> BTreeMap<String, ColumnState> {
    let mut cols: BTreeMap<String, ColumnState> = settings.columns.iter().map(|c| (c.clone(), ColumnState::default())).collect();
    for p in pages.iter().filter(|p| p.error.is_none()) {
        let c = cols.entry(p.column.clone()).or_default();
        c.pages += 1;
        if p.has_content {
            c.content_pages += 1;
            c.last_update = c.last_update.max(p.date);
        }
    }
    cols
}

pub(crate) fn check(cols: &BTreeMap<String, ColumnState>, settings: &Settings, now: NaiveDate) -> Vec<ColumnWarning> {
    let mut out = Vec::new();
    for (name, c) in cols {
        let limit = settings
            .timeliness
            .iter()
            .find(|l| l.keywords.iter().any(|k| !k.is_empty() && name.contains(k.as_str())));
        let mut w = ColumnWarning {
            column: name.clone(),
            kind: "",
            label: limit.map(|l| l.label.clone()),
            max_days: limit.map(|l| l.max_days),
            last_update: c.last_update,
            days_since_update: c.last_update.map(|d| (now - d).num_days()),
            message: String::new(),
        };
        if c.content_pages == 0 {
            w.kind = "empty";
            w.message = format!("空白栏目：“{name}”栏目没有任何内容");
        } else if let Some(l) = limit {
            match w.days_since_update {
                Some(days) if days > i64::from(l.max_days) => {
                    w.kind = "stale";
                    w.message = format!(
                        "栏目超期未更新：“{name}”（{}）最近更新于{}，已{days}天未更新，超过{}",
                        l.label,
                        w.last_update.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
                        span_zh(l.max_days)
                    );
                }
                Some(_) => continue,
                None => {
                    w.kind = "undated";
                    w.message = format!("无法判断更新情况：“{name}”（{}）的页面均未注明发布日期", l.label);
                }
            }
        } else {
            continue;
        }
        out.push(w);
    }
    out
}

/// 14 → 2周, 183 → 6个月, 30 → 1个月, 10 → 10天.
pub(crate) fn span_zh(days: u32) -> String {
    match days {
        d if d % 7 == 0 && d < 56 => format!("{}周", d / 7),
        d if d >= 28 && (d % 30 <= 3 || d % 30 >= 28) => format!("{}个月", (d + 15) / 30),
        d => format!("{d}天"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::extract::Kind;

    fn page(column: &str, date: Option<&str>, chars: usize) -> PageResult {
        PageResult {
            path: format!("{column}/x.html"),
            kind: Kind::Html,
            title: None,
            date: date.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            column: column.into(),
            source: None,
            chars,
            has_content: chars >= 10,
            audited: true,
            listing: false,
            findings: Vec::new(),
            error: None,
            folder: None,
            column_named: true,
        }
    }

    #[test]
    fn stale_empty_and_fresh_columns() {
        let settings = Settings { columns: vec!["政策解读".into(), "工作动态".into()], ..Settings::default() };
        let pages = [
            page("工作动态", Some("2024-06-01"), 100),
            page("工作动态", Some("2024-06-10"), 100),
            page("工作动态", Some("2024-06-28"), 3), // only 暂无信息: not an update
            page("通知公告", Some("2024-01-01"), 100),
            page("要闻", Some("2024-06-20"), 100),
            page("机构职能", None, 100),
            page("互动交流", Some("2024-06-01"), 2),
        ];
        let now = NaiveDate::from_ymd_opt(2024, 6, 30).unwrap();
        let cols = columns(&pages, &settings);
        assert_eq!(cols["工作动态"].pages, 3);
        assert_eq!(cols["工作动态"].last_update, NaiveDate::from_ymd_opt(2024, 6, 10));
        let w = check(&cols, &settings, now);
        let got: Vec<_> = w.iter().map(|w| (w.column.as_str(), w.kind, w.days_since_update)).collect();
        assert_eq!(got, [("互动交流", "empty", None), ("工作动态", "stale", Some(20)), ("政策解读", "empty", None)]);
        assert!(w[1].message.contains("超过2周"), "{}", w[1].message);
        // 通知公告 is 181 days old: within 6 months. One more month and it is overdue.
        let later = check(&cols, &settings, NaiveDate::from_ymd_opt(2024, 7, 31).unwrap());
        assert!(later.iter().any(|w| w.column == "通知公告" && w.kind == "stale" && w.message.contains("6个月")));
    }

    #[test]
    fn limits_are_configurable_and_validated() {
        let s = Settings::from_json(r#"{"timeliness": [{"label": "动态", "keywords": ["动态"], "max_days": 30}], "columns": ["A"]}"#).unwrap();
        assert_eq!(s.timeliness.len(), 1);
        assert_eq!(s.min_content_chars, 10);
        let e = Settings::from_json(r#"{"timeliness": [{"label": "x", "keywords": ["a"], "max_day": 3}]}"#).unwrap_err();
        assert!(e.contains("timeliness[0]"), "{e}");
        let e = Settings::from_json(r#"{"timeliness": [{"label": "x", "keywords": [""], "max_days": 3}]}"#).unwrap_err();
        assert!(e.contains("timeliness[0].keywords"), "{e}");
        assert!(Settings::from_json(r#"{"colums": []}"#).is_err());
    }

    #[test]
    fn spans_in_chinese() {
        assert_eq!(span_zh(14), "2周");
        assert_eq!(span_zh(183), "6个月");
        assert_eq!(span_zh(180), "6个月");
        assert_eq!(span_zh(90), "3个月");
        assert_eq!(span_zh(10), "10天");
    }
}
