//! `typo/de-adverbial`: 的 where an adverbial needs 地 (慢慢的习惯 → 慢慢地习惯,
//! 积极的向上级反映 → 积极地向上级反映).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::text::is_han;
use crate::worddict::WordDict;
use std::sync::Arc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/de-adverbial",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "“的”误用作状语标记“地”",
    what: "只查两种能可靠判断的搭配：一是只作状语的叠字副词（慢慢、悄悄、默默、渐渐、牢牢等）后接“的”再接词语，如“慢慢的习惯”；二是表方式的修饰语（耐心、积极、及时、认真、一以贯之等，或“很/非常”加形容词）后接“的”，再接单独成词的介词或趋向动词（把、被、向、跟、给、从、将、去）或只能作谓语的动词（做好、抓好、抓紧、单字的抓、干、做、办），如“耐心的向群众解释”“认真的做好”“一以贯之的抓下去”——名词前的“的”后面不会紧跟这些词。建议改为“地”。“的”后接名词（“认真的态度”）、接也能作名词的双音动词（“积极的推动作用”“认真的处理态度”）、接“在读”“将来”等词，以及动词后的“的”字结构（“我喜欢的从网上买”），不报告。",
    why: "《现代汉语词典》：“地”用在词或词组后，表示它前面的词或词组是状语。的、地、得混用是出版物和公文中最常见的用字差错之一，也是网站检查中常被点名的问题。",
    source: "《现代汉语词典》（第7版）“地”“的”条",
    wrong: "工作人员耐心的向群众解释政策，群众的意见慢慢的少了",
    right: "工作人员耐心地向群众解释政策，群众的意见慢慢地少了",
};

/// Reduplicated adverbs that modify verbs, not nouns (高高, 深深 are left out: 高高的山).
const REDUPLICATED: &[&str] = &["慢慢", "悄悄", "默默", "渐渐", "偷偷", "狠狠", "暗暗", "紧紧", "牢牢", "早早", "好好", "稳稳"];

/// Words that can only start a verb phrase: after 的 they show the 的 should be 地.
const VERB_PHRASE_HEADS: &[&str] = &["把", "被", "向", "跟", "给", "从", "将", "去"];

/// Verbs of official prose that, after a manner word and 的, can only head a verb phrase
/// (认真的做好 → 认真地做好): resultative compounds and lone verbs. Two-character verbs that also
/// head noun phrases (推动作用, 落实机制, 处理态度) are left out.
const VERB_HEADS: &[&str] = &["做好", "抓好", "办好", "管好", "搞好", "抓紧", "稳住", "管住", "做到", "抓", "干", "做", "办"];

/// Set phrases that are adverbials of manner (一以贯之地抓下去, 坚定不移地推进).
const MANNER_PHRASES: &[&str] = &[
    "一以贯之", "持之以恒", "坚定不移", "毫不动摇", "扎扎实实", "实实在在", "认认真真", "踏踏实实", "不折不扣", "全力以赴",
    "千方百计", "有条不紊", "创造性", "尽心尽力", "一丝不苟", "坚持不懈", "锲而不舍",
];

/// Manner words that, before 的 and a verb-phrase head, can only be adverbials. A verb there
/// would make a headless relative clause (我喜欢的从你手中买走), so verbs are not listed.
const MANNER: &[&str] = &[
    "耐心", "积极", "认真", "主动", "及时", "详细", "仔细", "热情", "努力", "用心", "深入", "迅速", "快速", "逐步",
    "不断", "大力", "全面", "切实", "严格", "高兴", "开心", "顺利", "专心", "由衷", "反复", "自觉", "尽快", "很快",
    "轻轻", "静静", "坚决", "果断", "妥善", "有序", "稳妥", "彻底", "充分", "广泛", "科学", "依法", "如实", "准确",
];

/// Degree words: 很 + adjective + 的 + verb-phrase head (很开心的上车) is an adverbial too.
const DEGREE: &[&str] = &["很", "非常", "十分", "特别", "更加", "格外"];

pub(crate) struct DeAdverbial {
    dict: Arc<WordDict>,
}

impl DeAdverbial {
    pub(crate) fn new(dict: Arc<WordDict>) -> DeAdverbial {
        DeAdverbial { dict }
    }
}

impl Rule for DeAdverbial {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        let words = doc.words(&self.dict);
        for k in 1..words.len().saturating_sub(1) {
            if &text[words[k].clone()] != "的" {
                continue;
            }
            let prev = &text[words[k - 1].clone()];
            let next = &text[words[k + 1].clone()];
            if !next.chars().all(is_han) || next.is_empty() {
                continue;
            }
            let adverb = REDUPLICATED.contains(&prev) && !next.starts_with(['一', '两', '几']);
            let graded = k >= 2 && DEGREE.contains(&&text[words[k - 2].clone()]) && prev.chars().all(is_han);
            let verb_next = VERB_PHRASE_HEADS.contains(&next) || VERB_HEADS.contains(&next);
            let head = verb_next && (MANNER.contains(&prev) || MANNER_PHRASES.contains(&prev) || graded);
            if adverb || head {
                out.push(DOC.diag(words[k].clone(), format!("“{prev}的{next}”中“{prev}”作状语，应用“地”"), vec!["地".to_string()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};
    use std::sync::OnceLock;

    fn rule() -> &'static DeAdverbial {
        static RULE: OnceLock<DeAdverbial> = OnceLock::new();
        RULE.get_or_init(|| DeAdverbial::new(Arc::new(WordDict::builtin())))
    }

    #[test]
    fn flags_de_before_a_verb_phrase() {
        assert_eq!(flags(rule(), "工作人员耐心的向群众解释政策"), vec![("的".into(), Some("地".into()))]);
        assert_eq!(flags(rule(), "群众的意见慢慢的少了"), vec![("的".into(), Some("地".into()))]);
        assert_eq!(flags(rule(), "😀请各单位及时的把材料报送至办公室\r\n"), vec![("的".into(), Some("地".into()))]);
        assert_eq!(flags(rule(), "请广大市民认真的做好垃圾分类投放"), vec![("的".into(), Some("地".into()))]);
        assert_eq!(flags(rule(), "必须一以贯之的抓下去"), vec![("的".into(), Some("地".into()))]);
    }

    #[test]
    fn leaves_correct_de_alone() {
        assert_clean(
            rule(),
            "工作人员耐心地向群众解释政策。\n\
             坚持认真的态度，保持高高的标准。\n\
             我们的向导是本地人，他们的将来由自己决定。\n\
             学校的在读学生和毕业生都可以申请。\n\
             这是群众最关心的问题，也是我们必须解决的难题。\n\
             对你说的对与不对，我们都会认真核实。\n\
             各地要把好事办好，把实事办实。\n\
             我把我喜欢的从你手中买走，好好的一个人不能耽误了。\n\
             认真的做法值得推广，坚定不移的决心，一以贯之的作风，积极的抓手。\n\
             发挥了非常重要的推动作用，积极的推动作用，持之以恒的推进力度，一以贯之的落实机制。\n\
             认真的处理态度，全面的执行监督，十分关键的推进阶段。",
        );
    }
}
