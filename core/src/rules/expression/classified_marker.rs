//! `expression/classified-marker`: 密级标志 and 内部资料 markers in text meant for publication.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use aho_corasick::{AhoCorasick, MatchKind};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/classified-marker",
    category: Category::Expression,
    severity: Severity::Error,
    summary: "涉密或内部标志：不得公开",
    what: "查找密级标志“绝密★”“机密★”“秘密★”（含保密期限，如“机密★5年”）和“内部资料”“内部文件”“内部参考”“仅供内部使用”“不得外传”“请勿外传”“严禁外传”等内部标志。它们说明文件不应公开发布。在“严禁将内部资料上传”“加强内部资料管理”这类讲保密要求的句子里，或作定语（“内部资料的”）时不报告。",
    why: "《中华人民共和国保守国家秘密法》规定涉密信息不得在互联网及其他公共信息网络发布；《政府信息公开条例》第十四、十六条规定涉密信息和内部事务信息可以不予公开。带有密级或内部标志的稿件出现在公开发布的内容中，属于严重的发布审核失误。",
    source: "《中华人民共和国保守国家秘密法》；《中华人民共和国政府信息公开条例》",
    wrong: "机密★1年 关于2024年度干部调整的方案（内部资料，不得外传）",
    right: "关于2024年度重点工作安排的通知",
};

const PHRASES: &[&str] = &[
    "内部资料", "内部文件", "内部参考", "内部使用", "内部传阅", "不得外传", "请勿外传", "严禁外传", "禁止外传", "不准外传", "不得翻印",
];

/// Words that, earlier in the same clause, make the phrase part of a rule about secrecy, not a marker.
const RULE_CONTEXT: &[&str] = &[
    "严禁", "禁止", "不得", "不准", "防止", "杜绝", "严防", "避免", "管理", "保管", "清理", "整治", "违规", "泄露", "上传", "转发", "涉密和", "和涉密", "加强", "规范",
];

pub(crate) struct ClassifiedMarker {
    phrases: AhoCorasick,
    context: AhoCorasick,
}

impl ClassifiedMarker {
    pub(crate) fn new() -> ClassifiedMarker {
        let build = |p: &[&str]| {
            AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(p).expect("built-in phrases compile")
        };
        ClassifiedMarker { phrases: build(PHRASES), context: build(RULE_CONTEXT) }
    }
}

fn clause_start(text: &str, at: usize) -> usize {
    text[..at].rfind(['。', '，', '；', '！', '？', '\n', ',', ';', '（', '(', '、']).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    })
}

/// `绝密★`, `机密 ☆`, `秘密★10年`: the level, the star and a following term of secrecy.
fn star_markers(text: &str, out: &mut Vec<Diagnostic>) {
    for level in ["绝密", "机密", "秘密"] {
        for (i, _) in text.match_indices(level) {
            let after = &text[i + level.len()..];
            let trimmed = after.trim_start_matches([' ', '\u{3000}']);
            let Some(star) = trimmed.chars().next().filter(|c| matches!(c, '★' | '☆' | '*' | '＊')) else { continue };
            let mut end = text.len() - trimmed.len() + star.len_utf8();
            let tail = &text[end..];
            let digits = tail.trim_start_matches(|c: char| c.is_ascii_digit());
            if let Some(rest) = digits.strip_prefix('年').or_else(|| digits.strip_prefix("个月")).filter(|_| digits.len() < tail.len()) {
                end = text.len() - rest.len();
            } else if tail.starts_with("长期") {
                end += "长期".len();
            }
            out.push(DOC.diag(
                i..end,
                format!("“{}”是国家秘密的密级标志，涉密内容不得公开发布", &text[i..end]),
                Vec::new(),
            ));
        }
    }
}

impl Rule for ClassifiedMarker {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        star_markers(text, out);
        for m in self.phrases.find_iter(text) {
            let clause = &text[clause_start(text, m.start())..m.start()];
            if self.context.is_match(clause) || text[m.end()..].starts_with('的') {
                continue;
            }
            let phrase = &text[m.range()];
            if phrase == "内部使用" && !["仅", "供", "限"].iter().any(|w| clause.ends_with(w)) {
                continue; // 单位内部使用的系统: a description, not a marker
            }
            out.push(DOC.diag(
                m.range(),
                format!("“{phrase}”表明内容仅限内部，不得公开发布；请核实稿件是否可以公开"),
                Vec::new(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    fn texts(text: &str) -> Vec<String> {
        flags(&ClassifiedMarker::new(), text).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn flags_security_levels_and_internal_markers() {
        assert_eq!(texts("机密★1年 关于干部调整的方案"), ["机密★1年"]);
        assert_eq!(texts("绝密 ★ 长期"), ["绝密 ★"]);
        assert_eq!(texts("秘密☆"), ["秘密☆"]);
        assert_eq!(texts("（内部资料，不得外传）"), ["内部资料", "不得外传"]);
        assert_eq!(texts("本材料仅供内部使用"), ["内部使用"]);
        assert_eq!(texts("内部资料 请勿外传"), ["内部资料", "请勿外传"]);
    }

    #[test]
    fn leaves_rules_about_secrecy_alone() {
        assert_clean(
            &ClassifiedMarker::new(),
            "严禁将涉密文件和内部资料上传至互联网。\n\
             加强内部资料管理，做好保密工作。\n\
             内部资料的印发须经审批。\n\
             该系统供单位内部使用的部分已完成改造。\n\
             坚持保守国家秘密，筑牢保密防线。\n\
             商业秘密受法律保护。",
        );
    }
}
