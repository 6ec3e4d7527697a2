//! The 自查自评 statistics sentences, worded as quarterly self-inspection reports word them.
//!
//! Counts go by category and severity only, never by rule id, so rules added later are counted
//! without changes here: error-severity 错别字 are 严重错别字, error-severity 规范表述/敏感词
//! findings are 严重表述错误, other errors are 其他严重问题, warnings 一般性问题.

use super::report::Report;
use super::timeliness::span_zh;
use chrono::{Datelike, NaiveDate};
use shenjiao_core::{Category, Severity};

fn date_zh(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

pub(crate) fn sentences(r: &Report) -> Vec<String> {
    let t = &r.totals;
    let mut out = Vec::new();
    let period = match r.period.since {
        Some(since) => {
            let name = if (r.period.now - since).num_days() <= 92 { "本季度" } else { "本期" };
            format!("{name}（{}至{}）", date_zh(since), date_zh(r.period.now))
        }
        None => format!("截至{}，网站", date_zh(r.period.now)),
    };
    out.push(format!("{period}共发布信息{}条，共计{}字。", t.content_pages, t.chars));

    let serious = |cats: &[Category]| r.count(|f| f.severity == Severity::Error && cats.contains(&f.category));
    let typos = serious(&[Category::Typo]);
    let wording = serious(&[Category::Expression, Category::Sensitive]);
    let other_errors = r.totals_by_severity(Severity::Error) - typos - wording;
    let warnings = r.totals_by_severity(Severity::Warning);
    let infos = r.totals_by_severity(Severity::Info);
    let mut found = Vec::new();
    if typos + wording == 0 {
        found.push("未发现严重错别字和严重表述错误".to_string());
    } else {
        found.push(format!("发现严重错别字{typos}处、严重表述错误{wording}处"));
    }
    if other_errors > 0 {
        let mut parts = Vec::new();
        for c in [Category::Punctuation, Category::Number, Category::Format, Category::Review] {
            let n = serious(&[c]);
            if n > 0 {
                parts.push(format!("{}{n}处", c.label_zh()));
            }
        }
        found.push(format!("其他严重问题{other_errors}处（{}）", parts.join("、")));
    }
    if warnings > 0 {
        found.push(format!("一般性问题{warnings}处"));
    }
    if infos > 0 {
        found.push(format!("提示性问题{infos}处"));
    }
    let pages = if t.findings > 0 { format!("，涉及信息{}条", t.pages_with_findings) } else { String::new() };
    out.push(format!("经检查，{}{pages}。", found.join("，")));

    let stale: Vec<_> = r.column_warnings.iter().filter(|w| w.kind == "stale").collect();
    let empty: Vec<_> = r.column_warnings.iter().filter(|w| w.kind == "empty").collect();
    if stale.is_empty() && empty.is_empty() {
        out.push(format!("栏目更新方面，共检查栏目{}个，未发现超期未更新栏目和空白栏目。", t.columns));
    } else {
        let mut parts = Vec::new();
        let mut labels: Vec<(&str, u32)> = Vec::new();
        for w in &stale {
            if let (Some(l), Some(d)) = (w.label.as_deref(), w.max_days) {
                if !labels.contains(&(l, d)) {
                    labels.push((l, d));
                }
            }
        }
        for (label, days) in labels {
            let names: Vec<_> = stale.iter().filter(|w| w.label.as_deref() == Some(label)).map(|w| format!("“{}”", w.column)).collect();
            parts.push(format!("{label}栏目超过{}未更新{}个（{}）", span_zh(days), names.len(), names.join("、")));
        }
        if !empty.is_empty() {
            let names: Vec<_> = empty.iter().map(|w| format!("“{}”", w.column)).collect();
            parts.push(format!("空白栏目{}个（{}）", names.len(), names.join("、")));
        }
        out.push(format!("栏目更新方面，共检查栏目{}个，发现{}。", t.columns, parts.join("，")));
    }
    if t.suppressed_by_baseline > 0 {
        out.push(format!("另有{}处问题此前已确认，本次不再计入。", t.suppressed_by_baseline));
    }
    out
}

impl Report {
    fn totals_by_severity(&self, s: Severity) -> usize {
        self.by_severity.get(s.as_str()).copied().unwrap_or(0)
    }
}
