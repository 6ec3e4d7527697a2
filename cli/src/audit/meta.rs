//! Page metadata that sits in the text itself: dates in any common Chinese form, and the byline
//! (发布时间、来源、字号、打印本页 …) that is page furniture, not article content.

use chrono::NaiveDate;

/// What a byline line told us.
#[derive(Default, Debug, Clone, PartialEq, Eq)]
pub(crate) struct Byline {
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
}

/// Words that only appear in bylines and page toolbars, never in article prose of that length.
const BYLINE_MARKERS: [&str; 16] = [
    "发布时间", "发布日期", "发稿时间", "成文日期", "信息来源", "来源：", "来源:", "作者：", "字号", "打印本页",
    "关闭窗口", "分享到", "浏览次数", "阅读次数", "访问量", "【打印】",
];

/// Longest line still treated as a byline: real bylines are short, a paragraph mentioning 来源 is not.
const MAX_BYLINE_CHARS: usize = 80;

/// If `line` is a byline or toolbar line, returns what it says; `None` for article text.
pub(crate) fn parse_byline(line: &str) -> Option<Byline> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.chars().count() > MAX_BYLINE_CHARS {
        return None;
    }
    // Bylines never end a sentence; prose that mentions 信息来源 does.
    if trimmed.ends_with(['。', '！', '？', '；']) || !BYLINE_MARKERS.iter().any(|m| trimmed.contains(m)) {
        return None;
    }
    let date = ["发布时间", "发布日期", "发稿时间", "成文日期", "日期"]
        .iter()
        .find_map(|m| trimmed.find(m).and_then(|i| parse_date(&trimmed[i..])))
        .or_else(|| parse_date(trimmed));
    let source = ["来源：", "来源:"].iter().find_map(|m| {
        let i = trimmed.find(m)?;
        let rest = trimmed[i + m.len()..].trim_start();
        let end = rest
            .char_indices()
            .find(|&(j, c)| {
                c == '|' || c == '｜' || c == '【' || c == '\u{3000}' || rest[j..].starts_with("  ")
                    || BYLINE_MARKERS.iter().any(|m| rest[j..].starts_with(m))
                    || ["发布", "作者", "浏览", "字号"].iter().any(|m| rest[j..].starts_with(m))
            })
            .map_or(rest.len(), |(j, _)| j);
        let s = rest[..end].trim();
        (!s.is_empty()).then(|| s.to_string())
    });
    Some(Byline { date, source })
}

/// Finds the first date in `s`: `2024-03-05`, `2024/3/5`, `2024.03.05`, `2024年3月5日` (time ignored).
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let chars: Vec<char> = s.chars().collect();
    let digits = |from: usize, max: usize| -> (u32, usize) {
        let mut v = 0u32;
        let mut n = 0;
        while n < max && from + n < chars.len() {
            match chars[from + n].to_digit(10) {
                Some(d) if chars[from + n].is_ascii_digit() => v = v * 10 + d,
                _ => break,
            }
            n += 1;
        }
        (v, n)
    };
    let mut i = 0;
    while i + 4 <= chars.len() {
        let starts_number = chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit());
        if starts_number {
            let (year, n) = digits(i, 4);
            let mut j = i + n;
            if n == 4 && j < chars.len() && matches!(chars[j], '-' | '/' | '.' | '年') {
                let sep = chars[j];
                let (month, mn) = digits(j + 1, 2);
                j += 1 + mn;
                let month_sep = if sep == '年' { '月' } else { sep };
                if mn > 0 && j < chars.len() && chars[j] == month_sep {
                    let (day, dn) = digits(j + 1, 2);
                    let after = j + 1 + dn;
                    let ends = after >= chars.len() || !chars[after].is_ascii_digit();
                    if dn > 0 && ends {
                        if let Some(d) = NaiveDate::from_ymd_opt(year as i32, month, day) {
                            return Some(d);
                        }
                    }
                }
            }
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn dates_in_common_forms() {
        assert_eq!(parse_date("2024-03-05 10:20:00"), d(2024, 3, 5));
        assert_eq!(parse_date("发布时间：2024年3月5日"), d(2024, 3, 5));
        assert_eq!(parse_date("2024/12/31"), d(2024, 12, 31));
        assert_eq!(parse_date("日期:2024.1.9 来源"), d(2024, 1, 9));
        assert_eq!(parse_date("第12024-01-01号"), None, "no date inside a longer number");
        assert_eq!(parse_date("2024-02-30"), None);
        assert_eq!(parse_date("2024-03"), None);
        assert_eq!(parse_date("2024年3-5"), None);
        assert_eq!(parse_date("𠀀😀2025年10月1日"), d(2025, 10, 1));
    }

    #[test]
    fn bylines_give_date_and_source() {
        let b = parse_byline("发布时间：2024-03-05 10:20  来源：市政府办公室  字号：大 中 小").unwrap();
        assert_eq!(b.date, d(2024, 3, 5));
        assert_eq!(b.source.as_deref(), Some("市政府办公室"));
        let b = parse_byline("来源:市统计局|发布日期:2023年7月1日").unwrap();
        assert_eq!(b.source.as_deref(), Some("市统计局"));
        assert_eq!(b.date, d(2023, 7, 1));
        assert_eq!(parse_byline("【打印本页】【关闭窗口】"), Some(Byline::default()));
    }

    #[test]
    fn article_prose_is_not_a_byline() {
        assert_eq!(parse_byline("各单位要高度重视，确保信息来源可靠、数据准确、发布及时，切实做好政府网站内容保障工作，不断提升政府网站的权威性和公信力。"), None);
        assert_eq!(parse_byline("现将有关事项通知如下。"), None);
        assert_eq!(parse_byline("要确保信息来源可靠、发布及时。"), None);
        assert_eq!(parse_byline(""), None);
    }
}
