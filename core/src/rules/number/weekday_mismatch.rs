//! `number/weekday-mismatch`: a weekday in brackets that is not the weekday of the date before it.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::numerals::{dates, days_in_month, weekday};
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "number/weekday-mismatch",
    category: Category::Number,
    severity: Severity::Error,
    summary: "星期与日期不符",
    what: "带年份的完整日期后紧跟（可在括号里）“星期X”“周X”“礼拜X”，而按公历推算该日不是这一天，如“2024年6月3日（星期二）”（实为星期一）。只在年份、月、日都写明且日期存在时检查。",
    why: "通知中的日期和星期不一致会让读者无所适从（到底是哪一天开会），是会议通知、放假安排中常见的差错。",
    source: "公历历法",
    wrong: "2024年6月3日（星期二）",
    right: "2024年6月3日（星期一）",
};

const NAMES: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];

pub(crate) struct WeekdayMismatch;

impl Rule for WeekdayMismatch {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for d in dates(text).into_iter().filter(|d| !d.lunar) {
            let (Some(y), Some(day)) = (d.year.as_ref(), d.day.as_ref()) else { continue };
            let (y, m, day) = (y.value, d.month.value, day.value);
            if !(1..=12).contains(&m) || day == 0 || day > days_in_month(Some(y), m) {
                continue;
            }
            let rest = &text[d.span.end..];
            let after_open = rest.trim_start_matches([' ', '\u{3000}', '，', ',']).trim_start_matches(['（', '(']);
            let Some(prefix) = ["星期", "礼拜", "周"].into_iter().find(|p| after_open.starts_with(p)) else {
                continue;
            };
            let name_at = text.len() - after_open.len() + prefix.len();
            let Some(named) = text[name_at..].chars().next() else { continue };
            let named_idx = match named {
                '天' => 6,
                c => match NAMES.iter().position(|n| n.starts_with(c)) {
                    Some(k) => k,
                    None => continue,
                },
            };
            let actual = weekday(y, m, day) as usize;
            if actual == named_idx {
                continue;
            }
            let actual_name = if actual == 6 && named == '天' { "天" } else { NAMES[actual] };
            let start = name_at - prefix.len();
            let end = name_at + named.len_utf8();
            let fix = format!("{prefix}{actual_name}");
            let msg = format!("{y}年{m}月{day}日是{fix}，不是{}", &text[start..end]);
            out.push(DOC.diag(start..end, msg, vec![fix]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_wrong_weekdays() {
        assert_eq!(flags(&WeekdayMismatch, "2024年6月3日（星期二）"), vec![("星期二".into(), Some("星期一".into()))]);
        assert_eq!(flags(&WeekdayMismatch, "2024年6月3日(周三)上午"), vec![("周三".into(), Some("周一".into()))]);
        assert_eq!(
            flags(&WeekdayMismatch, "二〇二四年十月一日 星期一"),
            vec![("星期一".into(), Some("星期二".into()))]
        );
        assert_eq!(flags(&WeekdayMismatch, "2024年6月3日星期日"), vec![("星期日".into(), Some("星期一".into()))]);
        assert_eq!(flags(&WeekdayMismatch, "2024年6月3日，星期五"), vec![("星期五".into(), Some("星期一".into()))]);
    }

    #[test]
    fn leaves_right_weekdays_alone() {
        assert_clean(
            &WeekdayMismatch,
            "2024年6月3日（星期一）\n2024年6月9日（星期日）\n2024年6月9日（周天）\n6月3日（星期二）\n2024年6月3日周边地区\n2024年6月3日（星期一）至6月5日（星期三）",
        );
    }
}
