//! `number/mixed-date`: one date written half in Chinese numerals, half in Arabic (二〇二四年6月3日).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::numerals::{cn_digit, cn_small, dates, DatePart};
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "number/mixed-date",
    category: Category::Number,
    severity: Severity::Error,
    summary: "同一日期中汉字数字与阿拉伯数字混用",
    what: "一个“年月日”日期里，年、月、日有的用汉字数字、有的用阿拉伯数字，如“二〇二四年6月3日”“2024年六月三日”。建议统一为阿拉伯数字（公文成文日期的规定形式），也给出全汉字形式。",
    why: "GB/T 15835—2011 4.3：同一场合出现的数字，应遵循同类别同形式的原则；年月日是一个整体，不能混用两种数字。GB/T 9704—2012 7.3.5.4 规定成文日期用阿拉伯数字将年、月、日标全。",
    source: "GB/T 15835—2011 4.3；GB/T 9704—2012 7.3.5.4",
    wrong: "二〇二四年6月3日",
    right: "2024年6月3日",
};

fn year_cn(y: u32) -> String {
    let d = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    format!("{y:04}").chars().map(|c| c.to_digit(10).map_or(c, |v| d[v as usize])).collect()
}

fn part_text(p: Option<&DatePart>, unit: &str, f: impl Fn(u32) -> Option<String>) -> Option<String> {
    match p {
        None => Some(String::new()),
        Some(p) => Some(format!("{}{unit}", f(p.value)?)),
    }
}

pub(crate) struct MixedDate;

impl Rule for MixedDate {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for d in dates(text) {
            let parts: Vec<&DatePart> =
                [d.year.as_ref(), Some(&d.month), d.day.as_ref()].into_iter().flatten().collect();
            if parts.len() < 2 || parts.iter().all(|p| p.chinese) || parts.iter().all(|p| !p.chinese) {
                continue;
            }
            // A Chinese-numeral year must really be four digits to be rewritten.
            if d.year
                .as_ref()
                .is_some_and(|y| y.chinese && !text[y.span.clone()].chars().all(|c| cn_digit(c).is_some() || c == '○'))
            {
                continue;
            }
            let day_unit = d.day.as_ref().map_or("", |p| text.get(p.span.end..p.span.end + 3).unwrap_or("日"));
            let arabic = [
                part_text(d.year.as_ref(), "年", |v| Some(v.to_string())),
                part_text(Some(&d.month), "月", |v| Some(v.to_string())),
                part_text(d.day.as_ref(), day_unit, |v| Some(v.to_string())),
            ];
            let chinese = [
                part_text(d.year.as_ref(), "年", |v| Some(year_cn(v))),
                part_text(Some(&d.month), "月", cn_small),
                part_text(d.day.as_ref(), day_unit, cn_small),
            ];
            let join = |xs: [Option<String>; 3]| xs.into_iter().collect::<Option<Vec<_>>>().map(|v| v.concat());
            let fixes: Vec<String> = [join(arabic), join(chinese)].into_iter().flatten().collect();
            let msg = "同一日期中汉字数字与阿拉伯数字混用，应统一（公文用阿拉伯数字）".to_string();
            out.push(DOC.diag(d.span.clone(), msg, fixes));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_mixed_dates() {
        assert_eq!(
            flags(&MixedDate, "二〇二四年6月3日印发"),
            vec![("二〇二四年6月3日".into(), Some("2024年6月3日".into()))]
        );
        assert_eq!(
            flags(&MixedDate, "于2024年六月三日召开"),
            vec![("2024年六月三日".into(), Some("2024年6月3日".into()))]
        );
        assert_eq!(flags(&MixedDate, "六月3日"), vec![("六月3日".into(), Some("6月3日".into()))]);
    }

    #[test]
    fn leaves_consistent_dates_alone() {
        assert_clean(
            &MixedDate,
            "2024年6月3日\n二〇二四年六月三日\n二〇二四年十二月三十一日\n6月底前完成\n2024年第二季度",
        );
    }
}
