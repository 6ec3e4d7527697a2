//! `punctuation/nested-quotes`: double quotes inside double quotes, 书名号 inside 书名号.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/nested-quotes",
    category: Category::Punctuation,
    severity: Severity::Error,
    summary: "引号、书名号套用层次错误",
    what: "在一个段落内跟踪引号和书名号的嵌套：双引号“”里面又用双引号，或书名号《》里面又用《》，报告内层的一对，建议改为单引号‘’或单书名号〈〉。成对关系不完整的段落交给 punctuation/unpaired，不在此报告。",
    why: "GB/T 15834—2011 4.8：引号里面还要用引号时，外面一层用双引号，里面一层用单引号；4.15：书名号里边还要用书名号时，外面一层用双书名号，里边一层用单书名号。",
    source: "GB/T 15834—2011 4.8、4.15",
    wrong: "他说：“我读过“三国”。”",
    right: "他说：“我读过‘三国’。”",
};

const KINDS: [(char, char, char, char); 2] = [('“', '”', '‘', '’'), ('《', '》', '〈', '〉')];

pub(crate) struct NestedQuotes;

impl NestedQuotes {
    fn check_kind(
        para: &str,
        base: usize,
        (open, close, inner_open, inner_close): (char, char, char, char),
        out: &mut Vec<Diagnostic>,
    ) {
        let opens = para.matches(open).count();
        if opens < 2 || opens != para.matches(close).count() {
            return;
        }
        // Open marks of both levels: (byte offset, char, directly inside an outer-level mark).
        // A third level (“…‘…“…”…’…”) is right again, so only an outer mark whose nearest open
        // mark is also outer-level is wrong.
        let mut stack: Vec<(usize, char, bool)> = Vec::new();
        for (i, c) in para.char_indices() {
            if c == open {
                let nested = stack.last().is_some_and(|t| t.1 == open);
                stack.push((i, c, nested));
            } else if c == inner_open {
                stack.push((i, c, false));
            } else if c == inner_close {
                if stack.last().is_some_and(|t| t.1 == inner_open) {
                    stack.pop();
                }
            } else if c == close {
                let Some((o, _, nested)) = stack.pop().filter(|t| t.1 == open) else { return };
                if nested {
                    let what = if open == '“' { "引号" } else { "书名号" };
                    let msg = |m: char, fix: char| format!("{what}里面还要用{what}时，内层应改用“{fix}”，不用“{m}”");
                    out.push(DOC.diag(
                        base + o..base + o + open.len_utf8(),
                        msg(open, inner_open),
                        vec![inner_open.to_string()],
                    ));
                    out.push(DOC.diag(
                        base + i..base + i + close.len_utf8(),
                        msg(close, inner_close),
                        vec![inner_close.to_string()],
                    ));
                }
            }
        }
    }
}

impl Rule for NestedQuotes {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for para in doc.paragraphs() {
            for kind in KINDS {
                Self::check_kind(&doc.text[para.clone()], para.start, kind, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_inner_double_quotes() {
        assert_eq!(
            flags(&NestedQuotes, "他说：“我读过“三国”。”"),
            vec![("“".into(), Some("‘".into())), ("”".into(), Some("’".into()))]
        );
    }

    #[test]
    fn flags_inner_book_titles() {
        assert_eq!(
            flags(&NestedQuotes, "《《中国工人》发刊词》"),
            vec![("《".into(), Some("〈".into())), ("》".into(), Some("〉".into()))]
        );
    }

    #[test]
    fn leaves_correct_nesting_and_sequences_alone() {
        assert_clean(
            &NestedQuotes,
            "他说：“我读过‘三国’。”\n\
             《〈中国工人〉发刊词》\n\
             新增“双随机、一公开”“统计年报”栏目。\n\
             根据《中华人民共和国政府信息公开条例》《国务院办公厅关于印发〈政府网站发展指引〉的通知》\n\
             “第一段引文。\n\
             他说：“我们要‘坚持“两个毫不动摇”’。”\n\
             Don’t “panic” now.",
        );
    }

    #[test]
    fn spans_are_in_the_whole_text() {
        let text = "😀第一段。\n他说：“我读过“三国”。”";
        let mut out = Vec::new();
        NestedQuotes.check(&Document::new(text), &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(&text[out[0].span.clone()], "“");
        assert!(out[0].span.start > text.find('\n').unwrap());
    }
}
