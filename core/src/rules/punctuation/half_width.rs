//! `punctuation/half-width`: ASCII , ; : ? ! between Chinese characters.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::text::is_han;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/half-width",
    category: Category::Punctuation,
    severity: Severity::Error,
    summary: "中文语句中使用了半角标点",
    what: "两个汉字之间出现半角（英文）标点“, ; : ? !”，其后可带空格（含不换行空格 &nbsp; 和全角空格），这些空格一并替换。数字、外文、网址中的半角标点前后不是汉字，不在此检查。",
    why: "中文文本中的点号应使用全角形式（GB/T 15834—2011 第3章所列标点均为全角形式）。半角逗号、冒号混入中文是从外文输入法或网页复制时最常见的差错，检查通报中按标点错误计。",
    source: "GB/T 15834—2011 第3章",
    wrong: "随着信息技术的飞速发展,政府网站已成为重要桥梁",
    right: "随着信息技术的飞速发展，政府网站已成为重要桥梁",
};

fn full_width(c: char) -> Option<char> {
    Some(match c {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        _ => return None,
    })
}

pub(crate) struct HalfWidth;

impl Rule for HalfWidth {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        let mut prev: Option<char> = None;
        for (i, c) in text.char_indices() {
            let before = prev;
            prev = Some(c);
            let Some(fw) = full_width(c) else { continue };
            if !before.is_some_and(is_han) {
                continue;
            }
            let rest = &text[i + 1..];
            // Spaces typed after an ASCII mark belong to it; a full-width mark needs none.
            let spaces = rest.len() - rest.trim_start_matches([' ', '\u{A0}', '\u{3000}']).len();
            if !rest[spaces..].chars().next().is_some_and(is_han) {
                continue;
            }
            let message = format!("中文语句中应使用全角“{fw}”，不用半角“{c}”");
            out.push(DOC.diag(i..i + 1 + spaces, message, vec![fw.to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_ascii_marks_between_han() {
        assert_eq!(
            flags(&HalfWidth, "随着信息技术的飞速发展,政府网站已成为重要桥梁"),
            vec![(",".into(), Some("，".into()))]
        );
        assert_eq!(flags(&HalfWidth, "已办结X;办理中"), vec![]); // X is not han
        assert_eq!(flags(&HalfWidth, "已办结;办理中"), vec![(";".into(), Some("；".into()))]);
        assert_eq!(flags(&HalfWidth, "联系人: 张三"), vec![(": ".into(), Some("：".into()))]);
        assert_eq!(flags(&HalfWidth, "联系人:张三"), vec![(":".into(), Some("：".into()))]);
        assert_eq!(flags(&HalfWidth, "是吗? 是的"), vec![("? ".into(), Some("？".into()))]);
        assert_eq!(flags(&HalfWidth, "发展,\u{A0}政府"), vec![(",\u{A0}".into(), Some("，".into()))]);
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
             现将自查情况报告如下。",
        );
    }
}
