//! `typo/context-model`: a confusable character the word language model finds much less
//! probable in its context than another (下个里拜三 → 礼拜三). Runs only when a
//! [`WordLm`] is attached ([`crate::Checker::with_word_lm`]), after every other typo rule,
//! and only where they changed nothing nearby.

use crate::confusion::{Confusion, Kind};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::Document;
use crate::text::{is_han, QUOTE_PAIRS};
use crate::worddict::WordDict;
use crate::wordlm::WordLm;
use std::sync::Arc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/context-model",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "按词语语言模型，某字在上下文中明显不如其音近、形近字通顺",
    what: "只在加载了词语语言模型（ARPA 格式的二元语法模型，如 `./dev lm` 由 SunPinyin 的 open-gram 模型生成的文件；命令行 `--lm FILE`，Rust `Checker::with_word_lm`，Node `new Checker(config, { wordLm })`）时运行。对每个有音同、音近或形近字的汉字，比较前后各 4 个字的窗口在模型下最优切分的概率：换成另一个字后对数概率高出 `typo.context_model_min_gain`（默认 10，学习者文本可用 7）以上，且前后一字内没有其他错别字规则的修改，就报告并建议该字。人名、地名、引号内 4 字以内的短语、平行结构（兜准兜牢兜好）、本工具词典有而模型没见过的词（网格员、收悉）中的字，以及模型不认识的字，都不报告。它补的是词表和搭配表够不到的错误：“下个里拜三”“来一平红酒”“可别望了”这类每个字都成词、只有上下文才能判断的错误。",
    why: "《党政机关公文处理工作条例》第十九条要求公文文字表述准确。国办《政府网站与政务新媒体检查指标》把错别字列为检查项。音同、形近字替换后仍是真词的错误，靠词表判断不了，需要统计上下文；模型体积数十 MB，不能随网页组件下发，所以网页组件不带，只在服务器端复核、命令行自查和 Node 中可选启用。",
    source: "《党政机关公文处理工作条例》第十九条；SunPinyin open-gram 语言模型（CC BY-SA 3.0），见 core/data/wordlm/SOURCE.md",
    wrong: "会议定于下个里拜三召开",
    right: "会议定于下个礼拜三召开",
};

/// Characters the other typo rules changed make their neighbours unreliable context: the model
/// only speaks at least this many characters away from them.
const KEEP_AWAY: usize = 1;
/// Longest quoted term (in characters) left alone as a coinage or a name.
const MAX_QUOTED: usize = 4;
/// Characters of context on each side of the character being judged.
const WINDOW: usize = 4;

pub(crate) struct ContextModel {
    lm: Arc<WordLm>,
    confusion: Arc<Confusion>,
    dict: Arc<WordDict>,
    min_gain: f32,
}

struct Fix {
    gain: f32,
    at: usize,
    to: char,
    kind: Kind,
}

impl ContextModel {
    pub(crate) fn new(lm: Arc<WordLm>, confusion: Arc<Confusion>, dict: Arc<WordDict>, min_gain: f32) -> ContextModel {
        ContextModel { lm, confusion, dict, min_gain }
    }

    /// Nats a swap must make up for, by how alike the two characters are.
    fn penalty(kind: Kind) -> f32 {
        match kind {
            Kind::SameSound => 0.0,
            Kind::NearSound => 1.0,
            Kind::Shape | Kind::FuzzySound => 2.0,
            // Alike only under fuzzy pinyin: two steps weaker again, as in the plausibility detector.
            Kind::FoldedSound => 4.0,
        }
    }

    fn best_at(&self, chars: &[char], i: usize) -> Option<Fix> {
        // A character the model does not know pays the unknown-word price in its window, which
        // any known look-alike beats (蹦跶 → 蹦达): no evidence either way.
        if !self.lm.knows(chars[i].encode_utf8(&mut [0; 4])) {
            return None;
        }
        let (lo, hi) = (i.saturating_sub(WINDOW), (i + WINDOW + 1).min(chars.len()));
        let mut window = chars[lo..hi].to_vec();
        let mut best: Option<Fix> = None;
        let mut base = None;
        for &(to, kind) in self.confusion.candidates(chars[i]) {
            if !self.lm.knows(to.encode_utf8(&mut [0; 4])) {
                continue;
            }
            let base = *base.get_or_insert_with(|| self.lm.score(&window));
            window[i - lo] = to;
            let gain = self.lm.score(&window) - base - Self::penalty(kind);
            window[i - lo] = chars[i];
            if best.as_ref().is_none_or(|b| gain > b.gain) {
                best = Some(Fix { gain, at: i, to, kind });
            }
        }
        best
    }

    /// Adds findings to `out`. `earlier` holds the other typo rules' findings on `doc`.
    pub(crate) fn check(&self, doc: &Document, earlier: &[Diagnostic], out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        let (offsets, chars): (Vec<usize>, Vec<char>) = text.char_indices().unzip();
        let index = |b: usize| offsets.partition_point(|&o| o < b);
        let mut blocked = vec![false; chars.len()];
        for d in earlier.iter().filter(|d| d.category == Category::Typo) {
            let (s, e) = (index(d.span.start), index(d.span.end));
            let wrong: Vec<char> = text[d.span.clone()].chars().collect();
            let right: Vec<char> = d.suggestions.first().map(|s| s.chars().collect()).unwrap_or_default();
            // A finding is one fix: nothing inside its span is judged again.
            blocked[s..e].iter_mut().for_each(|b| *b = true);
            for k in s..e {
                let changed = wrong.len() != right.len() || wrong[k - s] != right[k - s];
                if changed {
                    blocked[k.saturating_sub(KEEP_AWAY)..(k + KEEP_AWAY + 1).min(chars.len())].iter_mut().for_each(|b| *b = true);
                }
            }
        }
        for w in doc.words(&self.dict) {
            let word = &text[w.clone()];
            let Some(entry) = self.dict.lookup(word) else { continue };
            // Names, and words of the official vocabulary the model never saw (网格员, 收悉,
            // 政银企): there its probabilities are of the wrong words.
            let unseen = word.chars().nth(1).is_some() && !self.lm.knows(word);
            if entry.person || entry.place || unseen {
                blocked[index(w.start)..index(w.end)].iter_mut().for_each(|b| *b = true);
            }
        }
        // A short quoted term is a coinage or a name (“浙里办”“闽侨杯”). The closing mark is looked
        // for only a few characters ahead (linear time), and a matched pair is skipped whole, so
        // the text between two pairs of straight quotes is not read as quoted.
        let mut k = 0;
        while k < chars.len() {
            let Some(&(_, close)) = QUOTE_PAIRS.iter().find(|q| q.0 == chars[k]) else {
                k += 1;
                continue;
            };
            match (k + 1..chars.len()).take(MAX_QUOTED + 1).find(|&j| chars[j] == close) {
                Some(j) => {
                    blocked[k..j].iter_mut().for_each(|b| *b = true);
                    k = j + 1;
                }
                None => k += 1,
            }
        }
        let mut fixes: Vec<Fix> = (0..chars.len())
            .filter(|&i| !blocked[i] && is_han(chars[i]) && !parallel(&chars, i))
            .filter_map(|i| self.best_at(&chars, i))
            .filter(|f| f.gain >= self.min_gain)
            .collect();
        fixes.sort_by(|a, b| b.gain.total_cmp(&a.gain));
        let mut taken = vec![false; chars.len()];
        for f in fixes {
            // Two fixes side by side would each be judged in the other's wrong context.
            if taken[f.at.saturating_sub(1)..(f.at + 2).min(chars.len())].contains(&true) {
                continue;
            }
            taken[f.at] = true;
            let from = chars[f.at];
            let (lo, hi) = (f.at.saturating_sub(2), (f.at + 3).min(chars.len()));
            let before: String = chars[lo..hi].iter().collect();
            let after: String = chars[lo..hi].iter().enumerate().map(|(k, &c)| if lo + k == f.at { f.to } else { c }).collect();
            let message = format!(
                "“{from}”疑为“{}”（{}）：按语言模型，“{after}”比“{before}”通顺得多，请核对",
                f.to,
                f.kind.label()
            );
            let start = offsets[f.at];
            out.push(DOC.diag(start..start + from.len_utf8(), message, vec![f.to.to_string()]));
        }
    }
}

/// True if the character heads a parallel pattern (兜准兜牢兜好, 早发现早报告): repeated two
/// characters before or after, on purpose.
fn parallel(chars: &[char], i: usize) -> bool {
    (i >= 2 && chars[i - 2] == chars[i]) || chars.get(i + 2) == Some(&chars[i])
}

#[cfg(test)]
mod tests {
    use crate::wordlm::tests::TOY;
    use crate::{Checker, Config, WordLm};
    use std::sync::Arc;

    fn checker(min_gain: f32) -> Checker {
        let mut config = Config::default();
        config.typo.context_model_min_gain = min_gain;
        Checker::with_word_lm(config, Arc::new(WordLm::from_arpa(TOY).unwrap())).unwrap()
    }

    fn fixes(c: &Checker, text: &str) -> Vec<(String, String)> {
        c.check(text)
            .into_iter()
            .filter(|d| d.rule == "typo/context-model")
            .map(|d| (text[d.span].to_string(), d.suggestions[0].clone()))
            .collect()
    }

    #[test]
    fn flags_a_real_word_the_model_finds_improbable_here() {
        let c = checker(3.0);
        assert_eq!(fixes(&c, "我们再学校见面"), [("再".to_string(), "在".to_string())]);
        // Spans stay exact after emoji, Extension B, zero-width characters and CRLF.
        let text = "😀𠀀\u{200b}\r\n我们再学校见面";
        let d: Vec<_> = c.check(text).into_iter().filter(|d| d.rule == "typo/context-model").collect();
        assert_eq!(&text[d[0].span.clone()], "再");
        assert!(d[0].message.contains("我们在学"), "{}", d[0].message);
    }

    #[test]
    fn leaves_probable_text_alone_and_respects_the_threshold() {
        let c = checker(3.0);
        assert!(fixes(&c, "我们在学校见面").is_empty());
        assert!(fixes(&checker(50.0), "我们再学校见面").is_empty());
        // Without a model the rule does not run at all.
        let plain = Checker::new(Config::default()).unwrap();
        assert!(plain.check("我们再学校见面").iter().all(|d| d.rule != "typo/context-model"));
    }

    #[test]
    fn leaves_quoted_terms_parallel_patterns_and_words_the_model_never_saw() {
        let c = checker(3.0);
        assert_eq!(fixes(&c, "我们再学校门口"), [("再".to_string(), "在".to_string())]);
        assert!(fixes(&c, "我们「再」学校门口").is_empty());
        assert!(fixes(&c, "我们“再”学校门口").is_empty());
        // Between two pairs of straight quotes is not inside either.
        assert_eq!(fixes(&c, "我们\"甲\"再学校\"乙\""), [("再".to_string(), "在".to_string())]);
        // A character the model does not know (载) gives it no evidence.
        assert!(fixes(&c, "我们载学校门口").is_empty());
        // 再审 is a word of shenjiao's dictionary the toy model lacks: its characters are left alone.
        assert!(fixes(&c, "我们再审学校门口").is_empty());
        let chars: Vec<char> = "兜准兜牢兜好".chars().collect();
        assert!(super::parallel(&chars, 4) && super::parallel(&chars, 0));
        assert!(!super::parallel(&"我们再学校".chars().collect::<Vec<_>>(), 2));
    }

    #[test]
    fn keeps_away_from_other_typo_findings_and_out_of_their_spans() {
        use crate::rules::typo::confusable_char::DOC as OTHER;
        let model = super::ContextModel::new(
            Arc::new(WordLm::from_arpa(TOY).unwrap()),
            Arc::new(crate::confusion::Confusion::builtin()),
            Arc::new(crate::worddict::WordDict::builtin()),
            3.0,
        );
        let text = "我们再学校门口";
        let at = |s: &str| text.find(s).unwrap();
        let run = |earlier: Vec<crate::Diagnostic>| -> Vec<String> {
            let mut out = Vec::new();
            model.check(&crate::rules::Document::new(text), &earlier, &mut out);
            out.into_iter().map(|d| text[d.span].to_string()).collect()
        };
        // Control: another fix far away (门口 → 门扣) leaves 再 to the model.
        assert_eq!(run(vec![OTHER.diag(at("门口")..at("门口") + 6, String::new(), vec!["门扣".into()])]), ["再"]);
        // A changed character right beside it (们 → 门): 再 is not judged in that context.
        assert!(run(vec![OTHER.diag(at("们")..at("们") + 3, String::new(), vec!["门".into()])]).is_empty());
        // Inside another finding's span, even where that finding changes nothing at 再.
        assert!(run(vec![OTHER.diag(0..at("学"), String::new(), vec!["我们再".into()])]).is_empty());
    }
}
