//! `punctuation/half-width`: ASCII , ; : ? ! between Chinese characters.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::char_before;
use crate::rules::{Document, Rule};
use crate::text::is_han;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/half-width",
    category: Category::Punctuation,
    severity: Severity::Error,
    summary: "中文语句中使用了半角标点",
    what: "汉字（或中文的后引号、后括号、后书名号）之后出现半角（英文）标点“, ; : ? !”，其后可带空格（含不换行空格 &nbsp; 和全角空格，一并替换），再接汉字、中文前引号/前括号/前书名号或段落结尾；以及汉字后、段落结尾处的半角句点“.”。数字、外文、网址中的半角标点前后不是汉字，不在此检查；段首的“一.”式序号交给 format/heading-numbering。连用的“?!”“!!”算一处。括住汉字的半角括号“(试行)”只作提示（info）：实际文件中很常见。",
    why: "中文文本中的点号应使用全角形式（GB/T 15834—2011 第3章所列标点均为全角形式）。半角逗号、冒号混入中文是从外文输入法或网页复制时最常见的差错，检查通报中按标点错误计。",
    source: "GB/T 15834—2011 第3章",
    wrong: "随着信息技术的飞速发展,政府网站已成为重要桥梁",
    right: "随着信息技术的飞速发展，政府网站已成为重要桥梁",
};

fn full_width(c: char) -> Option<char> {
    Some(match c {
        '.' => '。',
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        _ => return None,
    })
}

/// Chinese closing marks after which a half-width point is still in Chinese text.
const CLOSERS: &str = "”’》）】〕";
/// Chinese opening marks before which a half-width point is still in Chinese text.
const OPENERS: &str = "“‘《（【〔";

/// `一.` at the start of a paragraph is a heading number (its own rule), not a full stop.
fn is_list_marker(head: &str) -> bool {
    let head = head.trim_start();
    (1..=3).contains(&head.chars().count()) && head.chars().all(|c| "一二三四五六七八九十".contains(c))
}

pub(crate) struct HalfWidth;

impl Rule for HalfWidth {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        let mut prev: Option<char> = None;
        let mut para_start = 0;
        let mut skip_to = 0;
        for (i, c) in text.char_indices() {
            let before = prev;
            prev = Some(c);
            if c == '\n' {
                para_start = i + 1;
            }
            if i < skip_to {
                continue;
            }
            if full_width(c).is_none() {
                continue;
            }
            // A straight quote counts as Chinese when Chinese text stands on its other side: 说:"我们".
            let quote_after_han = before == Some('"') && char_before(text, i - 1).is_some_and(is_han);
            if !(before.is_some_and(|b| is_han(b) || CLOSERS.contains(b)) || quote_after_han) {
                continue;
            }
            // 好吗?! and 太好了!!: the whole run of ASCII ? and ! is one finding.
            let run = if matches!(c, '?' | '!') {
                text[i..].len() - text[i..].trim_start_matches(['?', '!']).len()
            } else {
                1
            };
            let rest = &text[i + run..];
            // Spaces typed after an ASCII mark belong to it (&nbsp; and 全角空格 too); a full-width mark needs none.
            let spaces = rest.len() - rest.trim_start_matches([' ', '\u{A0}', '\u{3000}']).len();
            let next = rest[spaces..].chars().next();
            let end_of = |n: Option<char>| matches!(n, None | Some('\r' | '\n'));
            let at_end = end_of(next) || (next == Some('"') && end_of(rest[spaces + 1..].chars().next()));
            let ok = if c == '.' {
                at_end && !is_list_marker(&text[para_start..i])
            } else {
                let quote_before_han = next == Some('"') && rest[spaces + 1..].chars().next().is_some_and(is_han);
                at_end || quote_before_han || next.is_some_and(|n| is_han(n) || OPENERS.contains(n))
            };
            if !ok {
                continue;
            }
            let fix: String = text[i..i + run].chars().filter_map(full_width).collect();
            let message = format!("中文语句中应使用全角“{fix}”，不用半角“{}”", &text[i..i + run]);
            out.push(DOC.diag(i..i + run + spaces, message, vec![fix]));
            skip_to = i + run;
        }
        for p in doc.paragraphs() {
            half_width_parens(text, p, out);
        }
    }
}

/// `(试行)` around Chinese words: a hint (info), since half-width brackets are common in real
/// documents and the seed report writes its headings `(一)`.
fn half_width_parens(text: &str, p: std::ops::Range<usize>, out: &mut Vec<Diagnostic>) {
    let para = &text[p.clone()];
    let mut open: Option<usize> = None;
    for (i, c) in para.char_indices() {
        match c {
            '(' => open = Some(i),
            ')' => {
                let Some(o) = open.take() else { continue };
                if !para[o + 1..i].chars().any(is_han) {
                    continue;
                }
                for (at, fix) in [(o, "（"), (i, "）")] {
                    let msg = format!("中文语句中的括号宜用全角“{fix}”");
                    let mut d = DOC.diag(p.start + at..p.start + at + 1, msg, vec![fix.to_string()]);
                    d.severity = crate::diagnostic::Severity::Info;
                    out.push(d);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_ascii_marks_between_han() {
        assert_eq!(flags(&HalfWidth, "发展,\u{A0}政府"), vec![(",\u{A0}".into(), Some("，".into()))]);
        assert_eq!(
            flags(&HalfWidth, "随着信息技术的飞速发展,政府网站已成为重要桥梁"),
            vec![(",".into(), Some("，".into()))]
        );
        assert_eq!(flags(&HalfWidth, "已办结X;办理中"), vec![]); // X is not han
        assert_eq!(flags(&HalfWidth, "已办结;办理中"), vec![(";".into(), Some("；".into()))]);
        assert_eq!(flags(&HalfWidth, "联系人: 张三"), vec![(": ".into(), Some("：".into()))]);
        assert_eq!(flags(&HalfWidth, "联系人:张三"), vec![(":".into(), Some("：".into()))]);
        assert_eq!(flags(&HalfWidth, "是吗? 是的"), vec![("? ".into(), Some("？".into()))]);
    }

    #[test]
    fn flags_marks_at_paragraph_end_and_next_to_chinese_quotes() {
        assert_eq!(flags(&HalfWidth, "研究部署工作."), vec![(".".into(), Some("。".into()))]);
        assert_eq!(
            flags(&HalfWidth, "开会,研究部署工作."),
            vec![(",".into(), Some("，".into())), (".".into(), Some("。".into()))]
        );
        assert_eq!(flags(&HalfWidth, "他说,“好”"), vec![(",".into(), Some("，".into()))]);
        assert_eq!(flags(&HalfWidth, "《条例》,要求"), vec![(",".into(), Some("，".into()))]);
        assert_eq!(flags(&HalfWidth, "真的吗?\r\n下一段"), vec![("?".into(), Some("？".into()))]);
        assert_eq!(flags(&HalfWidth, "太好了!!"), vec![("!!".into(), Some("！！".into()))]);
        assert_eq!(
            flags(&HalfWidth, "他说:\"落实责任.\""),
            vec![(":".into(), Some("：".into())), (".".into(), Some("。".into()))]
        );
        assert_eq!(flags(&HalfWidth, "好吗?!真的"), vec![("?!".into(), Some("？！".into()))]);
    }

    #[test]
    fn half_width_brackets_around_chinese_are_hints() {
        let mut out = Vec::new();
        HalfWidth.check(&Document::new("《办法(试行)》(GDP)"), &mut out);
        assert_eq!(out.len(), 2);
        assert!(out.iter().all(|d| d.severity == Severity::Info));
        assert_eq!(out[0].suggestions, vec!["（".to_string()]);
    }

    #[test]
    fn extension_b_counts_as_han() {
        assert_eq!(flags(&HalfWidth, "𠀀,中").len(), 1);
    }

    #[test]
    fn leaves_numbers_urls_and_latin_alone() {
        assert_clean(
            &HalfWidth,
            "时间:2024年6月3日\n\
             网址：https://www.gov.cn/zhengce/\n\
             比例为3:1。\n\
             GDP增长5.2%,CPI上涨0.2%。\n\
             一.总则\n\
             附件：XX局.docx\n\
             第1.2条\n\
             现将自查情况报告如下。",
        );
    }
}
