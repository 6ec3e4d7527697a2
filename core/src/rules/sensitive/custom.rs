//! `sensitive/custom`: terms from the site's own lexicon, found through evasion tricks.

use crate::config::ConfigError;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::lexicon::LexiconEntry;
use crate::matcher::Matcher;
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "sensitive/custom",
    category: Category::Sensitive,
    severity: Severity::Warning,
    summary: "命中站点自定义词库",
    what: "查找站点自己维护的词库（配置中的 lexicon、命令行 --lexicon TSV 文件、JS API 传入的词条）中的词语，并识破常见规避写法：全角半角与大小写（ＳＢ、sb）、繁体字和异体字（臺灣）、零宽字符、字间插入的空格标点符号（法 轮 功、法*轮*功，但不跨越句末标点和换行）、重复字（法法轮轮功）。每个词条可单独关闭这些归一化，可列出例外语境（如词条“六合”的例外“六合区”）和词边界要求，可自带类别、严重程度、建议替换、说明和来源。同一位置有多个词条时取最长者。",
    why: "各单位需要屏蔽的词语（已落马人员姓名、本单位规定的禁用说法等）各不相同，且随时变化，必须由站点自己维护、随时加载，不能写死在程序里。有意规避过滤的人会插入空格符号或改用繁体，逐字精确匹配拦不住。",
    source: "站点词库",
    wrong: "（词库含“某某公司”）本次采购由某 某 公 司承办",
    right: "本次采购由中标单位承办",
};

pub(crate) struct Custom {
    entries: Vec<LexiconEntry>,
    matcher: Matcher,
}

impl Custom {
    pub(crate) fn new(entries: &[LexiconEntry]) -> Result<Custom, ConfigError> {
        let matcher = Matcher::new(entries)
            .map_err(|(i, m)| ConfigError::new(format!("lexicon[{i}].term"), m))?;
        Ok(Custom { entries: entries.to_vec(), matcher })
    }
}

impl Rule for Custom {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for f in self.matcher.find(doc.text) {
            let e = &self.entries[f.entry];
            let written = &doc.text[f.span.clone()];
            let mut message = format!("命中站点词库：“{}”", e.term);
            if written != e.term {
                message.push_str(&format!("（原文写作“{written}”，疑为变形写法）"));
            }
            for extra in [&e.note, &e.source].into_iter().flatten().filter(|n| !n.is_empty()) {
                message.push('。');
                message.push_str(extra);
            }
            let mut d = DOC.diag(f.span, message, e.suggestion.iter().cloned().collect());
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
        Custom::new(&[a, LexiconEntry::new("某某"), LexiconEntry::new("某某公司")]).unwrap()
    }

    #[test]
    fn flags_terms_longest_first() {
        assert_eq!(
            flags(&rule(), "本次采购由某某公司承办，某某参加"),
            vec![("某某公司".into(), None), ("某某".into(), None)]
        );
        let mut out = Vec::new();
        rule().check(&Document::new("所谓臺灣 政府"), &mut out);
        assert_eq!(out[0].category, Category::Expression);
        assert_eq!(out[0].severity, Severity::Error);
        assert_eq!(out[0].suggestions, vec!["台湾当局".to_string()]);
        assert!(out[0].message.contains("臺灣 政府"), "{}", out[0].message);
    }

    #[test]
    fn leaves_text_without_terms_alone() {
        assert_clean(&rule(), "台湾当局\n本次采购由中标单位承办\n张某，某公司职员");
    }
}
