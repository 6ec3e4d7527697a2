//! `sensitive/custom`: terms from the site's own lexicon.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::lexicon::LexiconEntry;
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use aho_corasick::{AhoCorasick, MatchKind};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "sensitive/custom",
    category: Category::Sensitive,
    severity: Severity::Warning,
    summary: "命中站点自定义词库",
    what: "查找站点自己维护的词库（配置中的 lexicon、命令行 --lexicon TSV 文件、JS API 传入的词条）中的词语。每个词条可自带类别、严重程度、建议替换和说明。同一位置有多个词条时取最长者。",
    why: "各单位需要屏蔽的词语（已落马人员姓名、本单位规定的禁用说法等）各不相同，且随时变化，必须由站点自己维护、随时加载，不能写死在程序里。",
    source: "站点词库",
    wrong: "（词库含“某某公司”）本次采购由某某公司承办",
    right: "本次采购由中标单位承办",
};

pub(crate) struct Custom {
    entries: Vec<LexiconEntry>,
    matcher: AhoCorasick,
}

impl Custom {
    pub(crate) fn new(entries: &[LexiconEntry]) -> Custom {
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(entries.iter().map(|e| e.term.as_str()))
            .expect("lexicon automaton within aho-corasick's size limits");
        Custom { entries: entries.to_vec(), matcher }
    }
}

impl Rule for Custom {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for m in self.matcher.find_iter(doc.text) {
            let e = &self.entries[m.pattern().as_usize()];
            let mut message = format!("命中站点词库：“{}”", e.term);
            if let Some(note) = e.note.as_deref().filter(|n| !n.is_empty()) {
                message.push_str("。");
                message.push_str(note);
            }
            let mut d = DOC.diag(m.range(), message, e.suggestion.iter().cloned().collect());
            d.category = e.category;
            d.severity = e.severity;
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    fn rule() -> Custom {
        let mut a = LexiconEntry::new("台湾政府");
        a.category = Category::Expression;
        a.severity = Severity::Error;
        a.suggestion = Some("台湾当局".into());
        Custom::new(&[a, LexiconEntry::new("某某"), LexiconEntry::new("某某公司")])
    }

    #[test]
    fn flags_terms_longest_first() {
        assert_eq!(
            flags(&rule(), "本次采购由某某公司承办，某某参加"),
            vec![("某某公司".into(), None), ("某某".into(), None)]
        );
        let mut out = Vec::new();
        rule().check(&Document::new("所谓台湾政府"), &mut out);
        assert_eq!(out[0].category, Category::Expression);
        assert_eq!(out[0].severity, Severity::Error);
        assert_eq!(out[0].suggestions, vec!["台湾当局".to_string()]);
    }

    #[test]
    fn leaves_text_without_terms_alone() {
        assert_clean(&rule(), "台湾当局\n本次采购由中标单位承办");
    }
}
