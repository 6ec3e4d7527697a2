//! `punctuation/straight-quotes`: ASCII double quotes (") in Chinese text.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::char_before;
use crate::rules::{Document, Rule};
use crate::text::is_han;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/straight-quotes",
    category: Category::Punctuation,
    severity: Severity::Error,
    summary: "中文语句中使用了英文直引号",
    what: "段落中紧挨汉字或中文标点的英文双引号“\"”。按出现顺序交替建议前引号“和后引号”。前后都不是汉字的（代码、英文引文、英寸记号）不报。",
    why: "GB/T 15834—2011 4.8 规定引号的形式为双引号“”和单引号‘’，分前后；英文直引号不分前后，不是中文标点，是从英文输入法或网页复制时常见的差错。",
    source: "GB/T 15834—2011 4.8",
    wrong: "新增\"双随机、一公开\"栏目",
    right: "新增“双随机、一公开”栏目",
};

fn chinese(c: Option<char>) -> bool {
    c.is_some_and(|c| is_han(c) || "，。、；：？！（）《》".contains(c))
}

pub(crate) struct StraightQuotes;

impl Rule for StraightQuotes {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for p in doc.paragraphs() {
            let mut nth = 0;
            for (i, c) in text[p.clone()].char_indices() {
                if c != '"' {
                    continue;
                }
                let at = p.start + i;
                let fix = if nth % 2 == 0 { '“' } else { '”' };
                nth += 1;
                if chinese(char_before(text, at)) || chinese(text[at + 1..].chars().next()) {
                    let msg = format!("中文语句中应使用中文引号“{fix}”，不用英文直引号");
                    out.push(DOC.diag(at..at + 1, msg, vec![fix.to_string()]));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_straight_quotes_around_chinese() {
        assert_eq!(
            flags(&StraightQuotes, "新增\"双随机、一公开\"栏目"),
            vec![("\"".into(), Some("“".into())), ("\"".into(), Some("”".into()))]
        );
    }

    #[test]
    fn leaves_code_and_english_alone() {
        assert_clean(&StraightQuotes, "He said \"yes\".\n{\"key\": 1}\n新增“双随机、一公开”栏目\n显示器尺寸为27\"");
    }
}
