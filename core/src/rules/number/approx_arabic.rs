//! `number/approx-arabic`: approximate numbers written with Arabic digits (20几个, 3、4个月).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::numerals::cn_small;
use crate::rules::scan::{char_before, run_before};
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "number/approx-arabic",
    category: Category::Number,
    severity: Severity::Warning,
    summary: "概数用了阿拉伯数字",
    what: "阿拉伯数字与“几”连用（20几个、10几天），或两个相邻的一位阿拉伯数字用顿号连用后接量词（3、4个月）。前面有“第”的（第3、4条）是并列，不报。",
    why: "GB/T 15835—2011 4.2.2、5.2.1：数字连用表示的概数、含“几”的概数，应采用汉字数字，如“三四个月”“二十几个”。",
    source: "GB/T 15835—2011 4.2.2、5.2.1",
    wrong: "3、4个月；20几个",
    right: "三四个月；二十几个",
};

const MEASURES: [char; 12] = ['个', '天', '人', '岁', '次', '名', '倍', '家', '户', '周', '年', '小'];

pub(crate) struct ApproxArabic;

impl Rule for ApproxArabic {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (i, _) in text.match_indices('几') {
            let Some((start, n)) = run_before(text, i, 2, |c| c.is_ascii_digit()) else { continue };
            if n == 0 || char_before(text, start).is_some_and(|c| c.is_ascii_alphanumeric() || c == '.') {
                continue;
            }
            let v: u32 = text[start..i].parse().unwrap_or(0);
            let fix: Vec<String> = cn_small(v).map(|s| format!("{s}几")).into_iter().collect();
            out.push(DOC.diag(start..i + '几'.len_utf8(), "含“几”的概数应使用汉字数字".to_string(), fix));
        }
        for (i, _) in text.match_indices('、') {
            let Some(a) = char_before(text, i).and_then(|c| c.to_digit(10)) else { continue };
            let b_at = i + '、'.len_utf8();
            let mut rest = text[b_at..].chars();
            let (Some(b), Some(m)) = (rest.next().and_then(|c| c.to_digit(10)), rest.next()) else { continue };
            let a_start = i - 1;
            let before = char_before(text, a_start);
            if b != a + 1
                || a == 0
                || !MEASURES.contains(&m)
                || before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '第')
            {
                continue;
            }
            // 1、2年级 and 3、4月 are coordinated items, not an estimate; so is 分别获得3、4个.
            let window = text[..a_start].char_indices().rev().nth(5).map_or(0, |(k, _)| k);
            if text[window..a_start].contains("分别") {
                continue;
            }
            let tail = &text[b_at + 1..];
            if tail.starts_with("年级") || (m == '小' && !tail.starts_with("小时")) {
                continue;
            }
            let fix = format!("{}{}", cn_small(a).unwrap_or_default(), cn_small(b).unwrap_or_default());
            out.push(DOC.diag(
                a_start..b_at + 1,
                "数字连用表示概数应使用汉字数字，中间不用顿号".to_string(),
                vec![fix],
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_arabic_approximations() {
        assert_eq!(flags(&ApproxArabic, "来了20几个人"), vec![("20几".into(), Some("二十几".into()))]);
        assert_eq!(flags(&ApproxArabic, "用了3、4个月"), vec![("3、4".into(), Some("三四".into()))]);
    }

    #[test]
    fn leaves_coordination_and_chinese_numerals_alone() {
        assert_clean(&ApproxArabic, "第3、4条\n甲乙两队分别获得3、4个奖项\n二十几个\n三四个月\n1、2年级\n3、4月份\n1、2号楼\n1、2小组");
    }
}
