//! `expression/placeholder`: placeholders left in a draft (XX局, 第X条, ××, 【待补充】).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::text::is_han;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/placeholder",
    category: Category::Expression,
    severity: Severity::Warning,
    summary: "稿件中遗留占位符",
    what: "查找起草时留下、发布前忘记替换的占位符：连续的X、×（XX局、××同志、XXX）；单个X、×后接量词或机构字（第X条、X月X日、共X件、X市）；○○、□□；括号里的“待补充”“待填写”“待定”“此处…”等（【待补充】、（待核实））；TODO、TBD。数字之间的乘号（7X24小时、3×4米）、X光、X射线、X型等不报告。",
    why: "占位符留在已发布的政府网站内容中，是常见的低级错误，直接影响政府网站的严肃性；政府网站检查把此类内容不完整的信息计为表述错误。",
    source: "《政府网站与政务新媒体检查指标》（国务院办公厅）",
    wrong: "XX局2024年第二季度共发布信息X条。【待补充】",
    right: "市生态环境局2024年第二季度共发布信息326条。",
};

const XS: &[char] = &['X', 'x', 'Ｘ', 'ｘ', '×', '╳', '✕'];
/// Measure words and organ suffixes after a single X that make it a placeholder (X条, X市).
const AFTER_ONE: &str = "条款项月日年号名个人次件万亿元家所局处科室市县区镇乡村届期批份页章节点岁天时篇位台套辆场亩吨%‰厅委办部";
/// Chars after a single X that make it a real term (X光, X射线, X型).
const REAL_AFTER: &str = "光射线型轴染";
const BRACKET_WORDS: &[&str] = &["待补充", "待填写", "待定", "待确认", "待核实", "待完善", "待更新", "待替换", "此处", "请填写", "请补充", "TODO", "TBD"];
const BRACKETS: &[(char, char)] = &[('【', '】'), ('[', ']'), ('（', '）'), ('(', ')'), ('〔', '〕'), ('［', '］')];

pub(crate) struct Placeholder;

fn is_latin(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphabetic() || ('Ａ'..='Ｚ').contains(&c) || ('ａ'..='ｚ').contains(&c))
}

fn is_digit(c: Option<char>) -> bool {
    c.is_some_and(crate::text::is_digit)
}

fn x_runs(text: &str, out: &mut Vec<Diagnostic>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let is_x = XS.contains(&c);
        let is_box = c == '○' || c == '□';
        if !is_x && !is_box {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j].1 == c || (is_x && j < chars.len() && XS.contains(&chars[j].1)) {
            j += 1;
        }
        let before = i.checked_sub(1).map(|k| chars[k].1);
        let after = chars.get(j).map(|&(_, c)| c);
        let len = j - i;
        let flagged = if is_box {
            // ○○ in 二○○八年 is a misused 〇, not a placeholder.
            let numeral = |c: Option<char>| c.is_some_and(|c| "一二三四五六七八九十〇零年".contains(c));
            len >= 2 && !numeral(before) && !numeral(after)
        } else if is_latin(before) || is_latin(after) {
            false
        } else if len >= 2 {
            !(c == '×' && is_digit(before) && is_digit(after))
        } else {
            let lower = c == 'x' || c == 'ｘ';
            !lower
                && !is_digit(before)
                && after.is_some_and(|a| (AFTER_ONE.contains(a) && !REAL_AFTER.contains(a)) || (before == Some('第') && is_han(a)))
        };
        if flagged {
            let span = chars[i].0..chars.get(j).map_or(text.len(), |&(b, _)| b);
            out.push(DOC.diag(span.clone(), format!("“{}”疑似未替换的占位符，发布前请填写实际内容", &text[span]), Vec::new()));
        }
        i = j;
    }
}

fn bracketed(text: &str, out: &mut Vec<Diagnostic>) {
    for &(open, close) in BRACKETS {
        for (i, _) in text.match_indices(open) {
            let inner_start = i + open.len_utf8();
            let Some(len) = text[inner_start..].find(close) else { continue };
            let inner = &text[inner_start..inner_start + len];
            if inner.chars().count() > 20 || !BRACKET_WORDS.iter().any(|w| inner.contains(w)) {
                continue;
            }
            let span = i..inner_start + len + close.len_utf8();
            out.push(DOC.diag(span.clone(), format!("“{}”是起草时的提示语，发布前请补全或删除", &text[span]), vec![]));
        }
    }
}

impl Rule for Placeholder {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        x_runs(doc.text, out);
        bracketed(doc.text, out);
        for word in ["TODO", "TBD"] {
            for (i, _) in doc.text.match_indices(word) {
                let end = i + word.len();
                let glued = is_latin(doc.text[..i].chars().next_back()) || is_latin(doc.text[end..].chars().next());
                let in_bracket = out.iter().any(|d| d.span.start <= i && end <= d.span.end);
                if !glued && !in_bracket {
                    out.push(DOC.diag(i..end, format!("“{word}”是起草时的待办标记，发布前请处理"), vec![]));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    fn texts(text: &str) -> Vec<String> {
        flags(&Placeholder, text).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn flags_placeholders() {
        assert_eq!(texts("XX局2024年第二季度共发布信息X条。【待补充】"), ["XX", "X", "【待补充】"]);
        assert_eq!(texts("××同志任××市委书记"), ["××", "××"]);
        assert_eq!(texts("依据第X条规定，于X月X日前"), ["X", "X", "X"]);
        assert_eq!(texts("○○县人民政府"), ["○○"]);
        assert_eq!(texts("联系人：XXX"), ["XXX"]);
        assert_eq!(texts("（待核实）TODO"), ["（待核实）", "TODO"]);
        assert_eq!(texts("ＸＸ区"), ["ＸＸ"]);
    }

    #[test]
    fn leaves_real_text_alone() {
        assert_clean(
            &Placeholder,
            "实行7X24小时值班值守。\n配备X光机和X射线检测仪。\n面积为3×4米。\n二○○八年\n\
             使用Windows XP系统的XXL号服装。\n资料有待补充完善。\n张某某、李某某等人。\n共发布信息326条。",
        );
    }
}
