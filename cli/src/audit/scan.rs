//! Checking every page in parallel: read, extract, check, and keep only what the report needs
//! (the page text is dropped as soon as its findings are located), so memory stays flat.

use super::baseline::Baseline;
use super::extract::{self, HtmlExtractor, Kind};
use super::input::InputFile;
use chrono::NaiveDate;
use indicatif::ProgressBar;
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use shenjiao_core::{Category, Checker, Diagnostic, Severity};
use std::collections::HashMap;

/// Characters of context kept on each side of a finding (within its line).
const CONTEXT_CHARS: usize = 24;

/// Larger files are reported unreadable instead of parsed: no real page is this big, and a
/// hostile one must not stall the audit.
const MAX_FILE_BYTES: u64 = 32 << 20;

/// Column name for pages that name none and sit at the top of the export.
pub(crate) const NO_COLUMN: &str = "未分栏目";

/// A finding located in a page, ready for every output format.
#[derive(Serialize, Clone, Debug)]
pub(crate) struct Finding {
    pub rule: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// 1-based line and column (Unicode scalars) in the extracted text; in the file itself for TXT.
    pub line: usize,
    pub column: usize,
    pub end_column: usize,
    pub text: String,
    pub before: String,
    pub after: String,
    pub message: String,
    pub suggestions: Vec<String>,
    /// Stable across runs and edits elsewhere in the page: what baselines match on.
    pub fingerprint: String,
    #[serde(skip)]
    pub suppressed: bool,
}

/// One file's outcome.
#[derive(Serialize, Debug)]
pub(crate) struct PageResult {
    pub path: String,
    pub kind: Kind,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub column: String,
    pub source: Option<String>,
    /// Characters of checkable text.
    pub chars: usize,
    /// Enough text to be a piece of published information (not an empty list page or 暂无信息).
    pub has_content: bool,
    /// False for pages published before `--since`: they count for column timeliness only.
    pub audited: bool,
    /// A column's list page (`index.html`, `index_3.html`, `default.htm` with no date of its own):
    /// it shows that the column exists, but it is not a piece of information and is not checked.
    pub listing: bool,
    pub findings: Vec<Finding>,
    /// Why the file could not be read; such a file has no findings.
    pub error: Option<String>,
    /// The export folder, and whether the page named its column itself (meta tag, front matter).
    #[serde(skip)]
    pub folder: Option<String>,
    #[serde(skip)]
    pub column_named: bool,
}

impl PageResult {
    pub(crate) fn active(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| !f.suppressed)
    }
}

pub(crate) struct ScanOptions<'a> {
    pub checker: &'a Checker,
    pub since: Option<NaiveDate>,
    pub baseline: &'a Baseline,
    pub min_content_chars: usize,
}

/// Audits every file, in parallel, in input order.
pub(crate) fn scan(files: &[InputFile], opts: &ScanOptions, progress: &ProgressBar) -> Vec<PageResult> {
    let html = HtmlExtractor::new();
    let mut pages: Vec<PageResult> = files
        .par_iter()
        .map(|f| {
            let r = scan_one(f, opts, &html);
            progress.inc(1);
            r
        })
        .collect();
    name_folder_columns(&mut pages);
    pages
}

/// DOCX attachments and TXT files rarely name their column; the HTML pages in the same export
/// folder do. Such files take the column most pages of their folder name.
fn name_folder_columns(pages: &mut [PageResult]) {
    let mut votes: HashMap<&str, HashMap<&str, usize>> = HashMap::new();
    for p in pages.iter().filter(|p| p.column_named) {
        if let Some(folder) = &p.folder {
            *votes.entry(folder).or_default().entry(&p.column).or_default() += 1;
        }
    }
    let names: HashMap<String, String> = votes
        .into_iter()
        .filter_map(|(folder, v)| {
            let best = v.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))?;
            Some((folder.to_string(), best.0.to_string()))
        })
        .collect();
    for p in pages.iter_mut().filter(|p| !p.column_named) {
        if let Some(name) = p.folder.as_ref().and_then(|f| names.get(f)) {
            p.column = name.clone();
        }
    }
}

fn scan_one(file: &InputFile, opts: &ScanOptions, html: &HtmlExtractor) -> PageResult {
    let folder_column = || file.folder.clone().unwrap_or_else(|| NO_COLUMN.to_string());
    let mut result = PageResult {
        path: file.rel.clone(),
        kind: file.kind,
        title: None,
        date: None,
        column: String::new(),
        source: None,
        chars: 0,
        has_content: false,
        audited: false,
        listing: false,
        findings: Vec::new(),
        error: None,
        folder: file.folder.clone(),
        column_named: false,
    };
    let extracted = std::fs::metadata(&file.path)
        .map_err(|e| e.to_string())
        .and_then(|m| {
            if m.len() > MAX_FILE_BYTES {
                return Err(format!("{} bytes: larger than the {} MiB limit", m.len(), MAX_FILE_BYTES >> 20));
            }
            std::fs::read(&file.path).map_err(|e| e.to_string())
        })
        .and_then(|bytes| extract::extract(file.kind, &bytes, html));
    let page = match extracted {
        Ok(p) => p,
        Err(e) => {
            result.column = folder_column();
            result.error = Some(e);
            return result;
        }
    };
    let named = page.column.filter(|c| !c.trim().is_empty());
    result.column_named = named.is_some();
    result.column = named.unwrap_or_else(folder_column);
    result.title = page.title;
    result.date = page.date;
    result.source = page.source;
    if file.kind == Kind::Html && page.date.is_none() && is_listing_name(&file.path) {
        result.listing = true;
        return result;
    }
    result.chars = page.text.chars().filter(|c| !c.is_whitespace()).count();
    result.has_content = result.chars >= opts.min_content_chars;
    result.audited = match (opts.since, page.date) {
        (Some(since), Some(date)) => date >= since,
        _ => true,
    };
    if result.audited {
        let diags = opts.checker.check(&page.text);
        result.findings = locate(&file.rel, &page.text, &diags);
        for f in &mut result.findings {
            f.suppressed = opts.baseline.contains(&f.fingerprint);
        }
    }
    result
}

/// `index.html`, `index_12.shtml`, `default.htm`: the names CMSs give column list pages.
fn is_listing_name(path: &std::path::Path) -> bool {
    let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { return false };
    let stem = stem.to_ascii_lowercase();
    let paged = stem.strip_prefix("index_").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    stem == "index" || stem == "default" || paged
}

/// Line, column and context of each finding, in one pass over the text (findings are sorted).
fn locate(path: &str, text: &str, diags: &[Diagnostic]) -> Vec<Finding> {
    let mut line = 1;
    let mut line_start = 0;
    let mut scanned = 0;
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::with_capacity(diags.len());
    for d in diags {
        let start = d.span.start;
        if start < scanned {
            // Overlapping findings can go back; recount from the top of the text.
            (line, line_start, scanned) = (1, 0, 0);
        }
        for (i, b) in text.as_bytes()[scanned..start].iter().enumerate() {
            if *b == b'\n' {
                line += 1;
                line_start = scanned + i + 1;
            }
        }
        scanned = start;
        let before_all = &text[line_start..start];
        let column = before_all.chars().count() + 1;
        let before = tail_chars(before_all, CONTEXT_CHARS);
        let rest = &text[d.span.end..];
        let after: String = rest[..rest.find('\n').unwrap_or(rest.len())].chars().take(CONTEXT_CHARS).collect();
        let matched = text[d.span.clone()].to_string();
        let key = format!("{path}\0{}\0{matched}\0{before}\0{after}", d.rule);
        let n = seen.entry(key.clone()).or_default();
        *n += 1;
        let digest = Sha256::digest(format!("{key}\0{n}").as_bytes());
        let fingerprint = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        out.push(Finding {
            rule: d.rule,
            category: d.category,
            severity: d.severity,
            line,
            column,
            end_column: column + text[start..d.span.end].chars().count(),
            text: matched,
            before: before.trim_start().to_string(),
            after: after.trim_end().to_string(),
            message: d.message.clone(),
            suggestions: d.suggestions.clone(),
            fingerprint,
            suppressed: false,
        });
    }
    out
}

fn tail_chars(s: &str, n: usize) -> &str {
    let start = s.char_indices().rev().nth(n.saturating_sub(1)).map_or(0, |(i, _)| i);
    &s[start..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use shenjiao_core::Config;

    #[test]
    fn findings_are_located_with_context_and_stable_fingerprints() {
        let checker = Checker::new(Config::default()).unwrap();
        let text = "第一行没有问题。\n😀𠀀各单位要高度重视。。另有,问题\n再次重视。。";
        let diags = checker.check(text);
        let f = locate("a/b.html", text, &diags);
        let doubled: Vec<_> = f.iter().filter(|f| f.text == "。。").collect();
        assert_eq!(doubled.len(), 2);
        assert_eq!((doubled[0].line, doubled[0].column, doubled[0].end_column), (2, 11, 13));
        assert_eq!(doubled[0].before, "😀𠀀各单位要高度重视");
        assert_eq!(doubled[0].after, "另有,问题");
        assert_eq!((doubled[1].line, doubled[1].column), (3, 5));
        assert_eq!(doubled[1].after, "");
        // Same finding, text added above it: same fingerprint. Another path: another fingerprint.
        let moved = format!("新增一段。\n{text}");
        let again = locate("a/b.html", &moved, &checker.check(&moved));
        assert!(again.iter().any(|g| g.fingerprint == doubled[0].fingerprint && g.line == 3));
        let other = locate("a/c.html", text, &diags);
        assert!(other.iter().all(|g| g.fingerprint != doubled[0].fingerprint));
    }

    #[test]
    fn identical_findings_in_one_page_get_distinct_fingerprints() {
        let checker = Checker::new(Config::default()).unwrap();
        let text = "重视。。\n重视。。";
        let f = locate("p", text, &checker.check(text));
        assert_eq!(f.len(), 2);
        assert_ne!(f[0].fingerprint, f[1].fingerprint);
    }

    #[test]
    fn unnamed_files_take_their_folders_column() {
        let page = |folder: &str, column: &str, named: bool| PageResult {
            path: String::new(),
            kind: Kind::Html,
            title: None,
            date: None,
            column: column.into(),
            source: None,
            chars: 0,
            has_content: true,
            audited: true,
            listing: false,
            findings: Vec::new(),
            error: None,
            folder: Some(folder.into()),
            column_named: named,
        };
        let mut pages = vec![
            page("zcwj", "政策文件", true),
            page("zcwj", "政策文件", true),
            page("zcwj", "通知公告", true),
            page("zcwj", "zcwj", false),
            page("other", "other", false),
        ];
        name_folder_columns(&mut pages);
        assert_eq!(pages[3].column, "政策文件");
        assert_eq!(pages[2].column, "通知公告", "a page's own column is kept");
        assert_eq!(pages[4].column, "other");
    }

    #[test]
    fn list_page_names() {
        use std::path::Path;
        for yes in ["a/index.html", "INDEX_2.shtml", "default.htm"] {
            assert!(is_listing_name(Path::new(yes)), "{yes}");
        }
        for no in ["t20240305_1.html", "index_a.html", "index_.html", "reindex.html", "indexes.html"] {
            assert!(!is_listing_name(Path::new(no)), "{no}");
        }
    }

    #[test]
    fn tail_chars_counts_scalars() {
        assert_eq!(tail_chars("ab😀𠀀", 2), "😀𠀀");
        assert_eq!(tail_chars("ab", 5), "ab");
        assert_eq!(tail_chars("", 3), "");
    }
}
