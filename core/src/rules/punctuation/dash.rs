//! `punctuation/dash`: 破折号 written as "--", "－－", "―", or one or three "—".

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::{char_before, same_char_runs};
use crate::rules::{Document, Rule};
use crate::text::is_han;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/dash",
    category: Category::Punctuation,
    severity: Severity::Warning,
    summary: "破折号形式不规范",
    what: "破折号应为两个“—”（U+2014）连用的“——”。报告中文语句里的“--”“－－”“———”（三个及以上）和“―”（U+2015）。两个汉字之间的单个“—”可能是表示地域起止的一字线（北京—上海），也可能是写短了的破折号，只作提示（info）。数字之间的“—”（2023—2024年）是一字线，不报。",
    why: "GB/T 15834—2011 4.10 规定破折号的形式为“——”，占两个字的位置；4.13 规定一字线“—”用于时间、地域的起止，二者不能混用，也不能用连字符、减号代替。",
    source: "GB/T 15834—2011 4.10、4.13",
    wrong: "北京--中国的首都",
    right: "北京——中国的首都",
};

fn chinese_side(c: Option<char>) -> bool {
    c.is_some_and(|c| is_han(c) || "，。；：？！“”‘’《》（）".contains(c))
}

pub(crate) struct Dash;

impl Rule for Dash {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (start, end, c, n) in same_char_runs(text, |c| matches!(c, '-' | '－' | '—' | '―')) {
            let before = char_before(text, start);
            let after = text[end..].chars().next();
            if !(chinese_side(before) || chinese_side(after)) {
                continue;
            }
            let fix = vec!["——".to_string()];
            let d = match (c, n) {
                ('-' | '－', 2..=4) => {
                    DOC.diag(start..end, format!("破折号应写作“——”，不用“{}”", &text[start..end]), fix)
                }
                ('—', 3..) => DOC.diag(start..end, format!("破折号是两个“—”，这里连用了{n}个"), fix),
                ('―', _) => {
                    DOC.diag(start..end, "“―”（U+2015）不是规范的破折号字符，应为“——”（U+2014）".to_string(), fix)
                }
                ('—', 1) if before.is_some_and(is_han) && after.is_some_and(is_han) => {
                    let mut d = DOC.diag(
                        start..end,
                        "单个“—”是一字线，只用于时间、地域的起止（北京—上海）；如果这里是破折号，应写作“——”"
                            .to_string(),
                        fix,
                    );
                    d.severity = Severity::Info;
                    d
                }
                _ => continue,
            };
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_wrong_dashes() {
        let fix = Some("——".to_string());
        assert_eq!(flags(&Dash, "北京--中国的首都"), vec![("--".into(), fix.clone())]);
        assert_eq!(flags(&Dash, "北京－－中国的首都"), vec![("－－".into(), fix.clone())]);
        assert_eq!(flags(&Dash, "北京———中国的首都"), vec![("———".into(), fix.clone())]);
        assert_eq!(flags(&Dash, "北京――中国的首都"), vec![("――".into(), fix)]);
    }

    #[test]
    fn a_single_dash_between_han_is_only_a_hint() {
        let mut out = Vec::new();
        Dash.check(&Document::new("北京—中国的首都"), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Info);
    }

    #[test]
    fn leaves_correct_dashes_ranges_and_codes_alone() {
        assert_clean(
            &Dash,
            "北京——中国的首都\n\
             2023—2024年\n\
             电话：010-12345678\n\
             型号：CR400AF-A\n\
             GB/T 15834—2011\n\
             2024-06-03\n\
             — 1 —",
        );
    }
}
