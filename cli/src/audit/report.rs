//! The audit's numbers, computed once and shared by the JSON, SARIF, HTML and text outputs, so
//! every format shows the same totals.

use super::scan::{Finding, PageResult};
use super::stats;
use super::timeliness::{ColumnState, ColumnWarning};
use chrono::NaiveDate;
use serde::Serialize;
use shenjiao_core::{Category, Severity};
use std::collections::BTreeMap;

/// Month bucket for pages without a date.
pub(crate) const UNDATED: &str = "未注明日期";

#[derive(Serialize, Debug, Default)]
pub(crate) struct Totals {
    /// Files read (HTML, Markdown, TXT, DOCX).
    pub files: usize,
    /// Pages checked: in the period (`--since`) and readable.
    pub pages: usize,
    /// Of those, pages with content: the 发布信息 count of the statistics.
    pub content_pages: usize,
    pub pages_before_since: usize,
    /// Column list pages (index.html …): they show a column exists; not information, not checked.
    pub listing_pages: usize,
    pub unreadable: usize,
    pub undated: usize,
    /// Non-space characters checked.
    pub chars: usize,
    pub pages_with_findings: usize,
    /// Findings reported (baseline-suppressed ones excluded).
    pub findings: usize,
    pub suppressed_by_baseline: usize,
    pub columns: usize,
    pub column_warnings: usize,
}

#[derive(Serialize, Debug, Default, Clone)]
pub(crate) struct Bucket {
    pub pages: usize,
    pub findings: usize,
    pub errors: usize,
}

#[derive(Serialize, Debug)]
pub(crate) struct ColumnRow {
    pub column: String,
    #[serde(flatten)]
    pub counts: Bucket,
    pub last_update: Option<NaiveDate>,
}

#[derive(Serialize, Debug)]
pub(crate) struct Period {
    pub now: NaiveDate,
    pub since: Option<NaiveDate>,
}

/// Everything the outputs show. Serialized as is for `--json`.
#[derive(Serialize, Debug)]
pub(crate) struct Report {
    pub tool: &'static str,
    pub version: &'static str,
    pub period: Period,
    pub totals: Totals,
    /// Findings per category, every category present (0 included).
    pub by_category: BTreeMap<&'static str, usize>,
    pub by_severity: BTreeMap<&'static str, usize>,
    /// Findings per rule id, as the current rule set names them.
    pub by_rule: BTreeMap<&'static str, usize>,
    pub by_column: Vec<ColumnRow>,
    /// `YYYY-MM` (or 未注明日期) → pages and findings published that month.
    pub by_month: BTreeMap<String, Bucket>,
    pub column_warnings: Vec<ColumnWarning>,
    /// 自查自评 sentences, ready to paste.
    pub statistics: Vec<String>,
    /// Pages with findings (suppressed findings left out), in input order.
    pub pages: Vec<PageResult>,
    pub unreadable: Vec<Unreadable>,
}

#[derive(Serialize, Debug)]
pub(crate) struct Unreadable {
    pub path: String,
    pub error: String,
}

impl Report {
    pub(crate) fn build(
        mut pages: Vec<PageResult>,
        columns: &BTreeMap<String, ColumnState>,
        column_warnings: Vec<ColumnWarning>,
        period: Period,
    ) -> Report {
        let mut t = Totals { files: pages.len(), columns: columns.len(), column_warnings: column_warnings.len(), ..Totals::default() };
        let mut by_category: BTreeMap<&'static str, usize> = Category::ALL.iter().map(|c| (c.as_str(), 0)).collect();
        let mut by_severity: BTreeMap<&'static str, usize> =
            [Severity::Error, Severity::Warning, Severity::Info].iter().map(|s| (s.as_str(), 0)).collect();
        let mut by_rule = BTreeMap::new();
        let mut by_column: BTreeMap<String, Bucket> = columns.keys().map(|c| (c.clone(), Bucket::default())).collect();
        let mut by_month: BTreeMap<String, Bucket> = BTreeMap::new();
        let mut unreadable = Vec::new();
        for p in &pages {
            if let Some(e) = &p.error {
                t.unreadable += 1;
                unreadable.push(Unreadable { path: p.path.clone(), error: e.clone() });
                continue;
            }
            if p.listing {
                t.listing_pages += 1;
                continue;
            }
            if !p.audited {
                t.pages_before_since += 1;
                continue;
            }
            t.pages += 1;
            t.content_pages += usize::from(p.has_content);
            t.chars += p.chars;
            t.undated += usize::from(p.date.is_none());
            let month = p.date.map_or_else(|| UNDATED.to_string(), |d| d.format("%Y-%m").to_string());
            let (mut found, mut errors) = (0, 0);
            for f in &p.findings {
                if f.suppressed {
                    t.suppressed_by_baseline += 1;
                    continue;
                }
                found += 1;
                errors += usize::from(f.severity == Severity::Error);
                *by_category.entry(f.category.as_str()).or_default() += 1;
                *by_severity.entry(f.severity.as_str()).or_default() += 1;
                *by_rule.entry(f.rule).or_default() += 1;
            }
            t.findings += found;
            t.pages_with_findings += usize::from(found > 0);
            for b in [by_column.entry(p.column.clone()).or_default(), by_month.entry(month).or_default()] {
                b.pages += 1;
                b.findings += found;
                b.errors += errors;
            }
        }
        let mut by_column: Vec<ColumnRow> = by_column
            .into_iter()
            .map(|(column, counts)| ColumnRow { last_update: columns.get(&column).and_then(|c| c.last_update), column, counts })
            .collect();
        by_column.sort_by(|a, b| b.counts.findings.cmp(&a.counts.findings).then(b.counts.pages.cmp(&a.counts.pages)).then(a.column.cmp(&b.column)));
        pages.retain(|p| p.audited && p.error.is_none() && p.active().next().is_some());
        for p in &mut pages {
            p.findings.retain(|f| !f.suppressed);
        }
        let mut report = Report {
            tool: "shenjiao audit",
            version: env!("CARGO_PKG_VERSION"),
            period,
            totals: t,
            by_category,
            by_severity,
            by_rule,
            by_column,
            by_month,
            column_warnings,
            statistics: Vec::new(),
            pages,
            unreadable,
        };
        report.statistics = stats::sentences(&report);
        report
    }

    /// Error-severity findings with their page, in input order: the report's 严重问题 list.
    pub(crate) fn serious(&self) -> impl Iterator<Item = (&PageResult, &Finding)> {
        self.pages
            .iter()
            .flat_map(|p| p.findings.iter().filter(|f| f.severity == Severity::Error).map(move |f| (p, f)))
    }

    /// Counts of active findings matching `pred`.
    pub(crate) fn count(&self, pred: impl Fn(&Finding) -> bool) -> usize {
        self.pages.iter().flat_map(|p| p.findings.iter()).filter(|f| pred(f)).count()
    }
}
