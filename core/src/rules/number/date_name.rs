//! `number/date-name`: names built on a month and day written as a decimal (3.15消费者权益日).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::{char_before, run_after};
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "number/date-name",
    category: Category::Number,
    severity: Severity::Warning,
    summary: "含月日的专名写法不规范",
    what: "“一二九运动”“一二八事变”等涉及一月、十一月、十二月的汉字专名没有间隔号和引号；月日数字用圆点隔开、后接“事件”“消费者权益日”“运动”“大地震”“讲话”“精神”等名称，且没有引号，如“3.15消费者权益日”“5.12汶川大地震”。",
    why: "GB/T 15835—2011 5.1.5：含有月日的专名采用阿拉伯数字表示时，应采用间隔号“·”将月、日分开，并在数字前后加引号，如“3·15”消费者权益日、“5·12”汶川地震。",
    source: "GB/T 15835—2011 5.1.5",
    wrong: "3.15消费者权益日",
    right: "“3·15”消费者权益日",
};

/// Words after which "M.D" is the name of a day or an event, not a decimal number.
const NAMES: [&str; 10] =
    ["事件", "消费者权益日", "国际", "运动", "大地震", "地震", "汶川", "讲话", "重要讲话", "事故"];

/// Names from January, November or December written in Chinese numerals: without the 间隔号
/// they are ambiguous (一二九 could be 1月29日 or 12月9日), so the standard dots and quotes them.
const CHINESE_NAMES: [(&str, &str); 3] =
    [("一二九运动", "“一二·九”运动"), ("一二八事变", "“一·二八”事变"), ("一二一运动", "“一二·一”运动")];

pub(crate) struct DateName;

impl Rule for DateName {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (name, fix) in CHINESE_NAMES {
            for (i, _) in text.match_indices(name) {
                if crate::rules::scan::char_before(text, i) != Some('“') {
                    let msg = format!("含月日的专名应写作{fix}，用间隔号分开月日并加引号");
                    out.push(DOC.diag(i..i + name.len(), msg, vec![fix.to_string()]));
                }
            }
        }
        for (i, c) in text.char_indices() {
            if c != '.' && c != '．' && c != '·' {
                continue;
            }
            let Some(m_start) = (1..=2)
                .map(|k| i.saturating_sub(k))
                .rfind(|&s| text.is_char_boundary(s) && text[s..i].chars().all(|c| c.is_ascii_digit()) && s < i)
            else {
                continue;
            };
            if char_before(text, m_start).is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '“') {
                continue;
            }
            let after = i + c.len_utf8();
            let (d_end, n) = run_after(text, after, |c| c.is_ascii_digit());
            let (m, d): (u32, u32) = (text[m_start..i].parse().unwrap_or(0), text[after..d_end].parse().unwrap_or(0));
            if !(1..=2).contains(&n) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                continue;
            }
            if !NAMES.iter().any(|w| text[d_end..].starts_with(w)) || (c == '·' && text[d_end..].starts_with('”')) {
                continue;
            }
            let fix = format!("“{m}·{d}”");
            let msg = format!("含月日的专名应写作{fix}：月日间用间隔号，并加引号");
            out.push(DOC.diag(m_start..d_end, msg, vec![fix]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_dotted_day_names() {
        assert_eq!(flags(&DateName, "3.15消费者权益日"), vec![("3.15".into(), Some("“3·15”".into()))]);
        assert_eq!(flags(&DateName, "5.12汶川大地震"), vec![("5.12".into(), Some("“5·12”".into()))]);
        assert_eq!(flags(&DateName, "7·23事故"), vec![("7·23".into(), Some("“7·23”".into()))]);
        assert_eq!(flags(&DateName, "纪念一二九运动"), vec![("一二九运动".into(), Some("“一二·九”运动".into()))]);
    }

    #[test]
    fn leaves_quoted_names_and_decimals_alone() {
        assert_clean(&DateName, "“3·15”消费者权益日\n“一二·九”运动\n增长3.15%\n第1.2条\n版本10.3.15事件日志");
    }
}
