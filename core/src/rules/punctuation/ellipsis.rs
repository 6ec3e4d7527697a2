//! `punctuation/ellipsis`: ellipses written as "...", "…", "⋯" or longer than two "…".

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::{char_before, same_char_runs};
use crate::rules::{Document, Rule};
use crate::text::is_han;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/ellipsis",
    category: Category::Punctuation,
    severity: Severity::Error,
    summary: "省略号形式不规范",
    what: "省略号应写作两个“…”（U+2026）连用的“……”。报告：中文语句里的三个以上英文句点“...”“......”、全角点“．．．”、单个或三个“…”、“⋯”（U+22EF）、三个以上间隔号“···”，以及五个以上“…”连用（多于12点）。整段省略用的“…………”（四个）不报。“。。。”由 punctuation/doubled 报告。",
    why: "GB/T 15834—2011 4.11 规定省略号的形式为“……”，占两个字的位置；附录A 省略号补充规则规定不能用多于两个省略号（多于12点）连在一起，整段、整行省略时可连用两个。",
    source: "GB/T 15834—2011 4.11、附录A",
    wrong: "他说了很多...",
    right: "他说了很多……",
};

fn is_chinese_context(c: Option<char>) -> bool {
    c.is_some_and(|c| is_han(c) || "，。、；：？！“”‘’《》（）【】".contains(c))
}

pub(crate) struct Ellipsis;

impl Rule for Ellipsis {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (start, end, c, n) in same_char_runs(text, |c| matches!(c, '…' | '⋯' | '.' | '．' | '·')) {
            let message = match c {
                '…' if n == 1 || n == 3 => format!("省略号应为两个“…”连用的“……”，这里是{n}个"),
                '…' if n >= 5 => format!("省略号连用了{n}个“…”，不能多于两个省略号（12点）"),
                '⋯' => "“⋯”不是规范的省略号，应写作“……”".to_string(),
                '.' | '．' | '·' if n >= 3 => {
                    let near_chinese =
                        is_chinese_context(char_before(text, start)) || is_chinese_context(text[end..].chars().next());
                    if !near_chinese {
                        continue;
                    }
                    format!("中文里的省略号应写作“……”，不用{n}个“{c}”")
                }
                _ => continue,
            };
            out.push(DOC.diag(start..end, message, vec!["……".to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_wrong_ellipses() {
        let fix = Some("……".to_string());
        assert_eq!(flags(&Ellipsis, "他说了很多..."), vec![("...".into(), fix.clone())]);
        assert_eq!(flags(&Ellipsis, "他说了很多......"), vec![("......".into(), fix.clone())]);
        assert_eq!(flags(&Ellipsis, "他说了很多…"), vec![("…".into(), fix.clone())]);
        assert_eq!(flags(&Ellipsis, "他说了很多………"), vec![("………".into(), fix.clone())]);
        assert_eq!(flags(&Ellipsis, "…………………"), vec![("…………………".into(), fix.clone())]);
        assert_eq!(flags(&Ellipsis, "等⋯⋯"), vec![("⋯⋯".into(), fix.clone())]);
        assert_eq!(flags(&Ellipsis, "等．．．"), vec![("．．．".into(), fix)]);
    }

    #[test]
    fn spans_stay_on_char_boundaries_next_to_emoji() {
        assert_eq!(flags(&Ellipsis, "😀…𠀀").len(), 1);
    }

    #[test]
    fn leaves_correct_ellipses_and_latin_text_alone() {
        assert_clean(
            &Ellipsis,
            "猪肝、大豆、油菜……\n\
             …………\n\
             Wait... what?\n\
             版本1.2.3已发布。\n\
             网址：https://www.gov.cn/zhengce/\n\
             第1.2条",
        );
    }
}
