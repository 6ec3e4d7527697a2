//! `punctuation/unpaired`: brackets and quotes that open without closing, or close without opening.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/unpaired",
    category: Category::Punctuation,
    severity: Severity::Error,
    summary: "成对标点不配对",
    what: "在一个段落内检查成对的标号：（）()《》〈〉“”‘’【】〔〕。只有前半或只有后半、或前后半不是同一对（如“（一)”）都会报告。按标准，引文跨段时每段开头用前引号、只在最后一段末尾用后引号，这种写法不报。段首的“1)”“a)”式序号不报。",
    why: "GB/T 15834—2011 规定引号（4.8）、括号（4.9）、书名号（4.15）都是成对使用的标号。缺半个书名号会让法规名称残缺，全角半角括号混用也属标点错误。",
    source: "GB/T 15834—2011 4.8、4.9、4.15",
    wrong: "依据《中华人民共和国安全生产法的规定",
    right: "依据《中华人民共和国安全生产法》的规定",
};

const PAIRS: [(char, char); 8] =
    [('（', '）'), ('(', ')'), ('《', '》'), ('〈', '〉'), ('“', '”'), ('‘', '’'), ('【', '】'), ('〔', '〕')];

fn closer_of(open: char) -> Option<char> {
    PAIRS.iter().find(|p| p.0 == open).map(|p| p.1)
}

fn opener_of(close: char) -> Option<char> {
    PAIRS.iter().find(|p| p.1 == close).map(|p| p.0)
}

/// `’` between two Latin letters is an apostrophe (don’t), not a closing quote.
fn is_apostrophe(para: &str, i: usize) -> bool {
    let before = para[..i].chars().next_back();
    let after = para[i + '’'.len_utf8()..].chars().next();
    before.is_some_and(|c| c.is_ascii_alphabetic()) && after.is_some_and(|c| c.is_ascii_alphabetic())
}

/// `1)`, `a)`, `一)` at the start of a paragraph is a list marker, not half a pair.
fn is_list_marker(para: &str, i: usize) -> bool {
    let head = para[..i].trim_start();
    let n = head.chars().count();
    (1..=3).contains(&n) && head.chars().all(|c| c.is_alphanumeric())
}

pub(crate) struct Unpaired;

impl Unpaired {
    fn check_paragraph(
        &self,
        text: &str,
        para: std::ops::Range<usize>,
        next_para_starts_with: Option<char>,
        out: &mut Vec<Diagnostic>,
    ) {
        let p = &text[para.clone()];
        let mut stack: Vec<(usize, char)> = Vec::new();
        for (i, c) in p.char_indices() {
            if closer_of(c).is_some() {
                stack.push((i, c));
            } else if let Some(open) = opener_of(c) {
                if c == '’' && is_apostrophe(p, i) {
                    continue;
                }
                if c == ')' && !stack.iter().any(|s| s.1 == '(') && is_list_marker(p, i) {
                    continue;
                }
                match stack.iter().rposition(|s| s.1 == open) {
                    Some(pos) => {
                        // Anything opened after the matching opener was never closed.
                        for (j, o) in stack.drain(pos..).skip(1) {
                            out.push(unclosed(para.start + j, o));
                        }
                    }
                    None => {
                        let at = para.start + i;
                        out.push(DOC.diag(at..at + c.len_utf8(), format!("后半“{c}”没有对应的前半“{open}”"), vec![]));
                    }
                }
            }
        }
        for (j, o) in stack {
            // A quotation running over paragraphs: each paragraph opens with “, only the last closes.
            if o == '“' && next_para_starts_with == Some('“') {
                continue;
            }
            out.push(unclosed(para.start + j, o));
        }
    }
}

fn unclosed(at: usize, open: char) -> Diagnostic {
    let close = closer_of(open).unwrap_or(open);
    DOC.diag(at..at + open.len_utf8(), format!("前半“{open}”没有对应的后半“{close}”"), vec![])
}

impl Rule for Unpaired {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let paras: Vec<_> = doc.paragraphs().collect();
        for (k, para) in paras.iter().enumerate() {
            let next = paras.get(k + 1).and_then(|r| doc.text[r.clone()].trim_start().chars().next());
            self.check_paragraph(doc.text, para.clone(), next, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    fn flagged(text: &str) -> Vec<String> {
        flags(&Unpaired, text).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn flags_missing_halves() {
        assert_eq!(flagged("依据《中华人民共和国安全生产法的规定"), vec!["《"]);
        assert_eq!(flagged("依据中华人民共和国安全生产法》的规定"), vec!["》"]);
        assert_eq!(flagged("他说：“我们要落实责任。"), vec!["“"]);
    }

    #[test]
    fn flags_mixed_width_parentheses() {
        assert_eq!(flagged("（一)高度重视"), vec!["（", ")"]);
    }

    #[test]
    fn flags_crossed_pairs_once_each() {
        assert_eq!(flagged("《关于（试行》的通知"), vec!["（"]);
    }

    #[test]
    fn allows_multi_paragraph_quotations() {
        assert!(flagged("“第一段引文。\n“第二段引文。”").is_empty());
        assert_eq!(flagged("“第一段引文。\n第二段没有引号。"), vec!["“"]);
    }

    #[test]
    fn spans_are_in_the_whole_text_across_crlf() {
        let text = "第一段。\r\n依据《安全生产法";
        let mut out = Vec::new();
        Unpaired.check(&Document::new(text), &mut out);
        assert_eq!(&text[out[0].span.clone()], "《");
    }

    #[test]
    fn leaves_official_text_alone() {
        assert_clean(
            &Unpaired,
            "（一）高度重视，强化组织领导\n\
             (二)加强网站安全管理\n\
             1)严格落实安全制度。\n\
             根据《中华人民共和国政府信息公开条例》（国务院令第711号）规定，新增“双随机、一公开”“统计年报”栏目。\n\
             他说：“我读过‘三国’。”\n\
             【通知】关于印发《〈中国工人〉发刊词》的说明\n\
             国办发〔2024〕12号\n\
             Don’t panic.",
        );
    }
}
