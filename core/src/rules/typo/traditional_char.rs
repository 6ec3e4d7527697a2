//! `typo/traditional-char`: traditional or variant characters in simplified text.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use std::collections::HashMap;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/traditional-char",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "简化字文本中夹用繁体字或异体字",
    what: "查找不在《通用规范汉字表》8105字之内、而表中给出了对应规范字的繁体字和异体字，如“國”“們”“滿”，建议改用规范字。表中本身收录的字（如用于“乾坤”的“乾”、用于“瞭望”的“瞭”）不报告。",
    why: "《中华人民共和国国家通用语言文字法》第十七条规定，除文物古迹、姓氏中的异体字、书法篆刻等情形外，应当使用规范汉字；《通用规范汉字表》是规范汉字的依据。党政机关公文和政府网站应使用规范汉字。",
    source: "《通用规范汉字表》(2013)；国家通用语言文字法 第十七条",
    wrong: "全國人民代表大會",
    right: "全国人民代表大会",
};

const MAP: &str = include_str!("../../../data/hanzi/nonstandard.tsv");

pub(crate) struct TraditionalChar {
    map: HashMap<char, (&'static str, bool)>,
}

impl TraditionalChar {
    pub(crate) fn new() -> TraditionalChar {
        let mut map = HashMap::with_capacity(3600);
        for line in MAP.lines().filter(|l| !l.starts_with('#')) {
            let mut c = line.split('\t');
            let (Some(ch), Some(std), kind) = (c.next(), c.next(), c.next()) else { continue };
            let mut chars = ch.chars();
            if let (Some(ch), None) = (chars.next(), chars.next()) {
                map.insert(ch, (std, kind == Some("t")));
            }
        }
        TraditionalChar { map }
    }
}

impl Rule for TraditionalChar {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for (i, c) in doc.text.char_indices() {
            let Some(&(std, traditional)) = self.map.get(&c) else { continue };
            let Some(first) = std.chars().next() else { continue };
            let what = if traditional { "繁体字" } else { "异体字" };
            let others = if std.chars().count() > 1 { format!("（视词义也可能是“{}”）", std) } else { String::new() };
            out.push(DOC.diag(
                i..i + c.len_utf8(),
                format!("“{c}”是{what}，不在《通用规范汉字表》内，应写作“{first}”{others}"),
                std.chars().map(String::from).collect(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_traditional_and_variant_chars() {
        let r = TraditionalChar::new();
        assert_eq!(
            flags(&r, "全國人民😀們"),
            vec![("國".into(), Some("国".into())), ("們".into(), Some("们".into()))]
        );
        let mut out = Vec::new();
        r.check(&Document::new("滿意"), &mut out);
        assert!(out[0].message.contains("繁体字"), "{}", out[0].message);
    }

    #[test]
    fn leaves_standard_chars_alone() {
        assert_clean(
            &TraditionalChar::new(),
            "乾坤朗朗，登高瞭望。\n全国人民代表大会常务委员会。\n𠀀😀\u{200b}\r\n毕昇发明活字印刷术。",
        );
    }
}
