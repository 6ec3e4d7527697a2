//! Small scanners over digits, Chinese numerals and dates, shared by the punctuation, number and
//! format rules. Everything here looks at a bounded window around a position, so a rule that calls
//! it once per candidate character stays linear in the text length.

use super::scan::{char_at, char_before, run_after, run_before};
use std::ops::Range;

/// Value of a Chinese digit 〇一…九 (not 十).
pub(crate) fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Parses a small Chinese number (1–99) written the ordinary way: 三, 十, 十二, 二十, 三十一.
pub(crate) fn parse_cn_small(s: &str) -> Option<u32> {
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [d] => cn_digit(*d).filter(|&v| v > 0).or((*d == '十').then_some(10)),
        ['十', u] => cn_digit(*u).filter(|&v| v > 0).map(|v| 10 + v),
        [t, '十'] => cn_digit(*t).filter(|&v| v > 1).map(|v| v * 10),
        [t, '十', u] => {
            let t = cn_digit(*t).filter(|&v| v > 1)?;
            let u = cn_digit(*u).filter(|&v| v > 0)?;
            Some(t * 10 + u)
        }
        _ => None,
    }
}

/// Writes 1–99 as ordinary Chinese numerals (二十五).
pub(crate) fn cn_small(n: u32) -> Option<String> {
    const D: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let (t, u) = ((n / 10) as usize, (n % 10) as usize);
    Some(match (t, u) {
        (0, 0) => return None,
        (0, u) => D[u].to_string(),
        (1, 0) => "十".to_string(),
        (1, u) => format!("十{}", D[u]),
        (t, 0) if t < 10 => format!("{}十", D[t]),
        (t, u) if t < 10 => format!("{}十{}", D[t], D[u]),
        _ => return None,
    })
}

/// One numeric part of a date (year, month or day).
#[derive(Clone, Debug)]
pub(crate) struct DatePart {
    pub value: u32,
    pub span: Range<usize>,
    /// Written in Chinese numerals rather than Arabic digits.
    pub chinese: bool,
    /// Arabic with a leading zero (06).
    pub padded: bool,
}

/// A date written with 年/月/日 (the year and day are optional): 2024年6月3日, 六月三十日.
#[derive(Clone, Debug)]
pub(crate) struct DateRef {
    /// From the first char of the year (or month) to the end of 日/号 (or 月).
    pub span: Range<usize>,
    pub year: Option<DatePart>,
    pub month: DatePart,
    pub day: Option<DatePart>,
    /// Preceded by 农历/阴历/夏历: a lunar date, where 二月三十 exists and weekdays do not apply.
    pub lunar: bool,
}

/// True when 农历, 阴历 or 夏历 stands within a few chars before `start`.
fn lunar_before(text: &str, start: usize) -> bool {
    let from = text[..start].char_indices().rev().nth(7).map_or(0, |(i, _)| i);
    ["农历", "阴历", "夏历"].iter().any(|w| text[from..start].contains(w))
}

fn is_cn_numeral(c: char) -> bool {
    cn_digit(c).is_some() || c == '十'
}

fn is_year_char(c: char) -> bool {
    matches!(c, '〇' | '零' | '○') || (cn_digit(c).is_some_and(|v| v > 0))
}

fn arabic_part(text: &str, span: Range<usize>) -> Option<DatePart> {
    let s = text.get(span.clone())?;
    Some(DatePart { value: s.parse().ok()?, padded: s.len() > 1 && s.starts_with('0'), span, chinese: false })
}

/// The number (Arabic 1–2 digits or Chinese 1–3 numerals) ending at `end`, if a non-numeral precedes it.
fn small_number_before(text: &str, end: usize) -> Option<DatePart> {
    let (s, n) = run_before(text, end, 2, |c| c.is_ascii_digit())?;
    if n > 0 {
        return arabic_part(text, s..end);
    }
    let (s, n) = run_before(text, end, 3, is_cn_numeral)?;
    if n == 0 {
        return None;
    }
    let value = parse_cn_small(&text[s..end])?;
    Some(DatePart { value, span: s..end, chinese: true, padded: false })
}

fn small_number_after(text: &str, start: usize) -> Option<DatePart> {
    let (e, n) = run_after(text, start, |c| c.is_ascii_digit());
    if n > 0 {
        return if n <= 2 { arabic_part(text, start..e) } else { None };
    }
    let (e, n) = run_after(text, start, is_cn_numeral);
    if n == 0 || n > 3 {
        return None;
    }
    let value = parse_cn_small(&text[start..e])?;
    Some(DatePart { value, span: start..e, chinese: true, padded: false })
}

fn year_before(text: &str, end: usize) -> Option<DatePart> {
    let (s, n) = run_before(text, end, 4, |c| c.is_ascii_digit())?;
    if n == 4 {
        return arabic_part(text, s..end);
    }
    if n > 0 {
        return None;
    }
    let (s, n) = run_before(text, end, 4, is_year_char)?;
    if n != 4 {
        return None;
    }
    let value = text[s..end].chars().try_fold(0u32, |acc, c| {
        let d = if c == '○' { 0 } else { cn_digit(c)? };
        Some(acc * 10 + d)
    })?;
    Some(DatePart { value, span: s..end, chinese: true, padded: false })
}

/// Every 年月日-style date in `text` that names at least a month followed by a day.
/// Dates without a day (2024年6月) are included when a year precedes the month.
pub(crate) fn dates(text: &str) -> Vec<DateRef> {
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        if c != '月' {
            continue;
        }
        let Some(month) = small_number_before(text, i) else { continue };
        let after = i + '月'.len_utf8();
        let day = small_number_after(text, after).and_then(|d| {
            let next = char_at(text, d.span.end)?;
            matches!(next, '日' | '号').then_some(d)
        });
        let year = (char_before(text, month.span.start) == Some('年'))
            .then(|| year_before(text, month.span.start - '年'.len_utf8()))
            .flatten();
        if year.is_none() && char_before(text, month.span.start).is_some_and(|c| c.is_ascii_digit() || is_cn_numeral(c))
        {
            continue;
        }
        let start = year.as_ref().map_or(month.span.start, |y| y.span.start);
        let end = day.as_ref().map_or(after, |d| d.span.end + '日'.len_utf8());
        if day.is_none() && year.is_none() {
            continue;
        }
        out.push(DateRef { span: start..end, year, month, day, lunar: lunar_before(text, start) });
    }
    out
}

/// True for leap years of the Gregorian calendar.
#[allow(clippy::manual_is_multiple_of)] // is_multiple_of needs Rust 1.87; the workspace declares 1.80
pub(crate) fn is_leap(y: u32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` (1–12); with no year, February gets 29.
pub(crate) fn days_in_month(year: Option<u32>, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// Day of the week of a valid Gregorian date: 0 = Monday … 6 = Sunday.
pub(crate) fn weekday(y: u32, m: u32, d: u32) -> u32 {
    // Days since 1970-01-01 (a Thursday), by Howard Hinnant's days_from_civil.
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    (days + 3).rem_euclid(7) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_small_numbers_round_trip() {
        for n in 1..100 {
            let s = cn_small(n).unwrap();
            assert_eq!(parse_cn_small(&s), Some(n), "{s}");
        }
        assert_eq!(parse_cn_small("一十"), None);
        assert_eq!(parse_cn_small("三四"), None);
    }

    #[test]
    fn weekdays_match_the_calendar() {
        assert_eq!(weekday(2024, 6, 3), 0); // Monday
        assert_eq!(weekday(1970, 1, 1), 3); // Thursday
        assert_eq!(weekday(2000, 2, 29), 1); // Tuesday
        assert_eq!(weekday(1949, 10, 1), 5); // Saturday
        assert_eq!(weekday(2025, 1, 1), 2); // Wednesday
    }

    #[test]
    fn finds_dates_in_both_numeral_systems() {
        let text = "于2024年6月3日、二〇二四年十二月三十一日和8月1日召开，6月底前完成。";
        let d = dates(text);
        assert_eq!(d.len(), 3);
        assert_eq!(&text[d[0].span.clone()], "2024年6月3日");
        assert_eq!(d[1].year.as_ref().unwrap().value, 2024);
        assert_eq!((d[1].month.value, d[1].day.as_ref().unwrap().value), (12, 31));
        assert_eq!(&text[d[2].span.clone()], "8月1日");
    }

    #[test]
    fn lunar_dates_are_marked() {
        assert!(dates("农历二月三十日")[0].lunar);
        assert!(!dates("2024年2月3日")[0].lunar);
    }

    #[test]
    fn ranges_of_months_are_not_dates() {
        assert!(dates("六七月间").is_empty());
        assert!(dates("2024月3日").is_empty());
    }

    #[test]
    fn leap_years() {
        assert!(is_leap(2024) && is_leap(2000) && !is_leap(1900) && !is_leap(2023));
        assert_eq!(days_in_month(Some(2023), 2), 28);
        assert_eq!(days_in_month(None, 2), 29);
    }
}

/// Units that may follow a number in a range, longest first within a shared prefix.
const UNITS: &[&str] = &[
    "%",
    "‰",
    "℃",
    "°C",
    "万元",
    "亿元",
    "万人",
    "万亩",
    "万吨",
    "万户",
    "万",
    "亿",
    "元",
    "学年",
    "年度",
    "年",
    "月",
    "日",
    "小时",
    "时",
    "分钟",
    "秒",
    "天",
    "周岁",
    "岁",
    "个",
    "人次",
    "人",
    "次",
    "名",
    "家",
    "项",
    "倍",
    "平方公里",
    "公里",
    "千米",
    "平方米",
    "立方米",
    "厘米",
    "毫米",
    "米",
    "吨",
    "千克",
    "公斤",
    "克",
    "亩",
    "户",
    "辆",
    "台",
    "套",
    "件",
    "所",
    "座",
    "篇",
    "款",
    "页",
    "章",
    "期",
    "届",
    "级",
    "km",
    "kg",
    "cm",
    "mm", "度",
];

/// Units that may follow 万/亿 in "13万元".
const AFTER_WAN: &[&str] =
    &["元", "美元", "人次", "人", "吨", "户", "亩", "辆", "件", "台", "册", "千瓦", "平方米", "千米", "公里"];

/// The unit at the start of `s`, from [`UNITS`].
pub(crate) fn unit_at(s: &str) -> Option<&'static str> {
    UNITS.iter().copied().find(|u| s.starts_with(u))
}

/// After "万"/"亿", the measure word that belongs with it (元 in 13万元), if any.
pub(crate) fn measure_after_wan(s: &str) -> &'static str {
    AFTER_WAN.iter().copied().find(|u| s.starts_with(u)).unwrap_or("")
}

/// An Arabic number (digits with an optional decimal part) starting at `start`; returns its end.
pub(crate) fn arabic_number_at(text: &str, start: usize) -> Option<usize> {
    let (mut end, n) = run_after(text, start, |c| c.is_ascii_digit());
    if n == 0 {
        return None;
    }
    if text[end..].starts_with('.') {
        let (e, m) = run_after(text, end + 1, |c| c.is_ascii_digit());
        if m > 0 {
            end = e;
        }
    }
    Some(end)
}

/// A numeric range such as "15～30%", "2023-2024年" or "5℃～10℃".
#[derive(Clone, Debug)]
pub(crate) struct NumRange {
    /// First number.
    pub a: Range<usize>,
    /// Unit after the first number, if any (empty range when none).
    pub unit_a: Range<usize>,
    /// The separator, with any spaces around it.
    pub sep: Range<usize>,
    /// The separator char.
    pub sep_char: char,
    /// Second number.
    pub b: Range<usize>,
    /// Unit after the second number (empty range when none).
    pub unit_b: Range<usize>,
}

/// Separators that can stand between the two ends of a range, correct or not.
pub(crate) fn is_range_sep(c: char) -> bool {
    matches!(c, '-' | '~' | '－' | '～' | '—' | '–' | '〜' | '至' | '到')
}

/// Every `number [unit] sep number [unit]` in `text`. Numbers that are part of a longer code
/// (010-1234-5678, v1.2-3, 8:30-9:00, 2024-06-03) are skipped.
pub(crate) fn number_ranges(text: &str) -> Vec<NumRange> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let Some(c) = char_at(text, pos) else { break };
        if !c.is_ascii_digit() {
            pos += c.len_utf8();
            continue;
        }
        let a_end = arabic_number_at(text, pos).unwrap_or(pos + 1);
        let a = pos..a_end;
        pos = a_end;
        let prev = char_before(text, a.start);
        if prev.is_some_and(|p| {
            p.is_ascii_alphanumeric() || matches!(p, '.' | '-' | ':' | '/' | '_' | '～' | '~' | '—' | '－')
        }) {
            continue;
        }
        let unit_a_len = unit_at(&text[a_end..]).map_or(0, str::len);
        let unit_a = a_end..a_end + unit_a_len;
        let sep_start = unit_a.end;
        let (s1, _) = run_after(text, sep_start, |c| c == ' ');
        let Some(sep_char) = char_at(text, s1).filter(|&c| is_range_sep(c)) else { continue };
        let (sep_end, _) = run_after(text, s1 + sep_char.len_utf8(), |c| c == ' ');
        let Some(b_end) = arabic_number_at(text, sep_end) else { continue };
        let b = sep_end..b_end;
        let unit_b_len = unit_at(&text[b_end..]).map_or(0, str::len);
        let unit_b = b_end..b_end + unit_b_len;
        let next = char_at(text, unit_b.end);
        if unit_b_len == 0
            && next.is_some_and(|n| n.is_ascii_alphanumeric() || matches!(n, '-' | '.' | ':' | '/' | '_'))
        {
            pos = b_end;
            continue;
        }
        pos = b_end;
        out.push(NumRange { a, unit_a, sep: sep_start..sep_end, sep_char, b, unit_b });
    }
    out
}
