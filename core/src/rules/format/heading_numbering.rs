//! `format/heading-numbering`: structure numbers written 「（一）、」「1、」「(1)」「一.」.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "format/heading-numbering",
    category: Category::Format,
    severity: Severity::Error,
    summary: "结构层次序数写法不规范",
    what: "段首的结构层次序数：“（一）、”“（1）、”括号后又加顿号（错误）；“一.”“一．”汉字数字后用了圆点（警告）；“(一)”“(1)”用了半角括号、“1、”阿拉伯数字后用顿号（提示：GB/T 9704 的写法是“（一）”“1.”，但这两种写法在实际公文中很常见）。",
    why: "GB/T 9704—2012 7.3.3：文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注。带括号的序数后不再加标点；“一”后用顿号，“1”后用下脚点。",
    source: "GB/T 9704—2012 7.3.3",
    wrong: "（一）、加强领导；1、完善制度",
    right: "（一）加强领导；1.完善制度",
};

fn is_cn(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

pub(crate) struct HeadingNumbering;

impl HeadingNumbering {
    fn check_para(text: &str, base: usize, out: &mut Vec<Diagnostic>) {
        let head = text.trim_start_matches([' ', '\u{3000}', '\t']);
        let off = base + text.len() - head.len();
        let chars: Vec<(usize, char)> = head.char_indices().take(6).collect();
        let num_len = |from: usize, f: fn(char) -> bool| chars[from..].iter().take_while(|(_, c)| f(*c)).count();
        let Some(&(_, first)) = chars.first() else { return };
        let push = |out: &mut Vec<Diagnostic>, len: usize, fix: String, msg: &str, sev: Severity| {
            let mut d = DOC.diag(off..off + len, msg.to_string(), vec![fix]);
            d.severity = sev;
            out.push(d);
        };
        if first == '（' || first == '(' {
            let n = num_len(1, |c| is_cn(c) || c.is_ascii_digit());
            if n == 0 || n > 2 {
                return;
            }
            let Some(&(ci, close)) = chars.get(1 + n) else { return };
            if close != '）' && close != ')' {
                return;
            }
            let inner: String = chars[1..=n].iter().map(|x| x.1).collect();
            let fix = format!("（{inner}）");
            let after = chars.get(2 + n).map(|x| x.1);
            if after == Some('、') || after == Some('.') || after == Some('，') {
                let len = ci + close.len_utf8() + after.map_or(0, char::len_utf8);
                push(out, len, fix, "带括号的序数后不再加标点", Severity::Error);
            } else if first == '(' && close == ')' && after.is_some_and(crate::text::is_han) {
                push(out, ci + 1, fix, "公文结构层次序数应使用全角括号", Severity::Info);
            }
            return;
        }
        let n = num_len(0, is_cn);
        if (1..=2).contains(&n) {
            if let Some(&(di, dot @ ('.' | '．'))) = chars.get(n) {
                let inner: String = chars[..n].iter().map(|x| x.1).collect();
                push(out, di + dot.len_utf8(), format!("{inner}、"), "汉字序数后应使用顿号“、”", Severity::Warning);
            }
            return;
        }
        let n = num_len(0, |c| c.is_ascii_digit());
        if (1..=2).contains(&n) && chars.get(n).map(|x| x.1) == Some('、') {
            let next = chars.get(n + 1).map(|x| x.1);
            // "1、2年级" and "1、2号楼" are lists of numbers, not a heading.
            if next.is_some_and(|c| c.is_ascii_digit()) {
                return;
            }
            let inner: String = chars[..n].iter().map(|x| x.1).collect();
            let len = chars[n].0 + '、'.len_utf8();
            push(out, len, format!("{inner}."), "第三层序数的规范写法是“1.”", Severity::Info);
        }
    }
}

impl Rule for HeadingNumbering {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for p in doc.paragraphs() {
            Self::check_para(&doc.text[p.clone()], p.start, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_wrong_heading_numbers() {
        assert_eq!(flags(&HeadingNumbering, "（一）、加强领导"), vec![("（一）、".into(), Some("（一）".into()))]);
        assert_eq!(flags(&HeadingNumbering, "（1）、完善制度"), vec![("（1）、".into(), Some("（1）".into()))]);
        assert_eq!(flags(&HeadingNumbering, "(1)完善制度"), vec![("(1)".into(), Some("（1）".into()))]);
        assert_eq!(flags(&HeadingNumbering, "（1），完善制度"), vec![("（1），".into(), Some("（1）".into()))]);
        assert_eq!(flags(&HeadingNumbering, "一.总体情况"), vec![("一.".into(), Some("一、".into()))]);
        assert_eq!(flags(&HeadingNumbering, "1、完善制度"), vec![("1、".into(), Some("1.".into()))]);
    }

    #[test]
    fn arabic_with_dunhao_is_only_a_hint() {
        let mut out = Vec::new();
        HeadingNumbering.check(&Document::new("  1、完善制度"), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Info);
        assert_eq!(out[0].span, 2..6);
    }

    #[test]
    fn leaves_standard_numbering_alone() {
        assert_clean(
            &HeadingNumbering,
            "一、总体情况\n（一）高度重视，强化组织领导\n1.严格落实安全制度。\n（1）建立台账\n一二年级\n一、二年级学生\n1、2号楼\n二〇二四年",
        );
    }
}
