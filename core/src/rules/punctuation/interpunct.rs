//! `punctuation/interpunct`: a bullet or katakana dot used as the 间隔号 in a name (列夫•托尔斯泰).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::char_before;
use crate::rules::{Document, Rule};
use crate::text::is_han;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/interpunct",
    category: Category::Punctuation,
    severity: Severity::Warning,
    summary: "间隔号用错字符",
    what: "两个汉字之间用了“•”（U+2022）、“・”（U+30FB）、“‧”（U+2027）或“∙”（U+2219）作间隔。规范的间隔号是“·”（U+00B7）。",
    why: "GB/T 15834—2011 4.14 规定间隔号的形式为“·”，用于外国人名、少数民族人名内部的分界，书名与篇（章、卷）名之间的分界等。项目符号“•”和日文中点“・”字形相近，但不是间隔号，检索、朗读时也会出错。",
    source: "GB/T 15834—2011 4.14",
    wrong: "列夫•托尔斯泰",
    right: "列夫·托尔斯泰",
};

pub(crate) struct Interpunct;

impl Rule for Interpunct {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (i, c) in text.char_indices() {
            if !matches!(c, '•' | '・' | '‧' | '∙') {
                continue;
            }
            let end = i + c.len_utf8();
            if char_before(text, i).is_some_and(is_han) && text[end..].chars().next().is_some_and(is_han) {
                let msg = format!("间隔号应为“·”（U+00B7），不用“{c}”");
                out.push(DOC.diag(i..end, msg, vec!["·".to_string()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_look_alike_dots() {
        assert_eq!(flags(&Interpunct, "列夫•托尔斯泰"), vec![("•".into(), Some("·".into()))]);
        assert_eq!(flags(&Interpunct, "阿沛・阿旺晋美"), vec![("・".into(), Some("·".into()))]);
    }

    #[test]
    fn leaves_real_interpuncts_and_bullets_alone() {
        assert_clean(&Interpunct, "列夫·托尔斯泰\n• 第一项工作\n《三国志·蜀书》");
    }
}
