//! `number/impossible-date`: a date that does not exist (6月31日, 2月30日, 2023年2月29日, 13月).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::numerals::{dates, days_in_month};
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "number/impossible-date",
    category: Category::Number,
    severity: Severity::Error,
    summary: "日期不存在",
    what: "“月”“日”组成的日期中，月份不在1～12之间，或日子超过该月天数：4、6、9、11月没有31日，2月没有30日、31日，平年（能确定年份时）2月没有29日。阿拉伯数字和汉字数字的日期都检查；前面有“农历”“阴历”的不检查（农历二月可以有三十日）。",
    why: "不存在的日期会让通知的时间要求、公示期限失去效力，是政府网站检查中通报的“严重错误”之一（多由复制旧稿后改错月份造成）。",
    source: "公历历法；GB/T 15835—2011 5.1.3",
    wrong: "2024年6月31日",
    right: "2024年6月30日",
};

pub(crate) struct ImpossibleDate;

impl Rule for ImpossibleDate {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for d in dates(text).into_iter().filter(|d| !d.lunar) {
            let m = d.month.value;
            let year = d.year.as_ref().map(|y| y.value);
            let msg = if !(1..=12).contains(&m) {
                format!("不存在{m}月")
            } else if let Some(day) = d.day.as_ref().map(|p| p.value) {
                let max = days_in_month(year, m);
                if day == 0 || day > max {
                    match (m, year) {
                        (2, Some(y)) if day == 29 => format!("{y}年不是闰年，2月只有28天"),
                        _ => format!("{m}月只有{max}天，不存在{m}月{day}日"),
                    }
                } else {
                    continue;
                }
            } else {
                continue;
            };
            out.push(DOC.diag(d.span.clone(), msg, vec![]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_days_that_do_not_exist() {
        assert_eq!(flags(&ImpossibleDate, "截至6月31日"), vec![("6月31日".into(), None)]);
        assert_eq!(flags(&ImpossibleDate, "2月30日前"), vec![("2月30日".into(), None)]);
        assert_eq!(flags(&ImpossibleDate, "2023年2月29日"), vec![("2023年2月29日".into(), None)]);
        assert_eq!(flags(&ImpossibleDate, "二〇二四年九月三十一日"), vec![("二〇二四年九月三十一日".into(), None)]);
        assert_eq!(flags(&ImpossibleDate, "2024年13月1日"), vec![("2024年13月1日".into(), None)]);
        assert_eq!(flags(&ImpossibleDate, "4月31号"), vec![("4月31号".into(), None)]);
    }

    #[test]
    fn leaves_real_dates_alone() {
        assert_clean(
            &ImpossibleDate,
            "农历二月三十日\n2024年2月29日\n2月29日\n2000年2月29日\n6月30日\n12月31日\n6个月31日内\n二〇二四年十二月三十一日",
        );
    }
}
