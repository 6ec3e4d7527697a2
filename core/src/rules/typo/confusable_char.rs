//! `typo/confusable-char`: the plausibility detector. A character is flagged when swapping in a
//! homophone or a similar-shaped character turns an implausible reading into a clearly more
//! plausible one under a word-frequency model (总休方案 → 总体方案, 招标投杆 → 招标投标).

use crate::charlm::CharLm;
use crate::config::TypoConfig;
use crate::confusion::{Confusion, Kind};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::text::{is_digit, is_han, QUOTE_PAIRS};
use crate::worddict::{CharHash, Entry, WordDict, MAX_WORD};
use std::sync::Arc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/confusable-char",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "疑似音同、音近或形近错字",
    what: "对每个汉字，尝试换成与它音同、音近或形近的字；如果替换后组成常用词，且按词频模型整句读法明显更通顺（似然比超过阈值），就报告所在的词并给出替换建议。例如“总休方案”中“总休”不成词，换成“总体”后成为常用词。常用词内部的字只在换字后构成更长的固定说法时才报告（“长效机智”→“长效机制”）。人名、地名、叠词和“依法依规”式并列结构内部不报告。错字往往成串出现：一句中已发现键入错字（本规则、常见别字、严重差错或重复字词的结果，不含异形词、繁体字和的地得）时，整句按较低阈值（配置 `typo.second_look`）再查一遍（“实地观磨了生产车问”中“观磨”确定后，“车问”→“车间”也会报告），没有这类错字的句子不受影响。候选字还包括只在模糊音（z/zh、s/sh、n/l、in/ing 等）下同音的字（“迅束”→“迅速”），这类替换要求更强的证据（`typo.folded_sound_penalty`）。阈值可在配置 `typo` 一节调整。",
    why: "政务文稿中的错别字绝大多数是拼音或五笔输入时选错了同音字、形近字（总休、堂务委员会、招标投杆），这类错误组不成词，靠固定词表几乎查不出来。国办《政府网站与政务新媒体检查指标》把错别字列为检查项，错字会被通报。",
    source: "国办《政府网站与政务新媒体检查指标》；词频据 jieba 词典",
    wrong: "研究制定总休方案，做好招标投杆工作",
    right: "研究制定总体方案，做好招标投标工作",
};

/// Common single-character surnames: a name after a title (副市长刘芳) is left alone.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

/// Words that stand right before or after a person's name in official text.
const TITLES: &[&str] = &[
    "同志", "书记", "副书记", "市长", "副市长", "省长", "副省长", "县长", "副县长", "区长", "副区长", "镇长", "乡长", "村长",
    "主任", "副主任", "局长", "副局长", "部长", "厅长", "处长", "科长", "主席", "副主席", "委员", "代表", "记者", "通讯员",
    "校长", "院长", "经理", "总经理", "董事长", "教授", "联系人", "负责人", "组长", "副组长", "队长", "社长", "总理", "副总理",
    "指挥长", "副指挥长", "总指挥", "秘书长", "副秘书长", "会长", "副会长", "理事长", "常委", "政委", "所长", "站长", "行长",
    "检察长", "庭长", "馆长", "台长", "总监", "巡视员", "调研员", "督察长", "支书", "专干", "干事", "主任委员", "党组书记",
    // Roles of the people government news quotes, and the credits under a 政务新媒体 post.
    "网格员", "网格长", "楼栋长", "民警", "辅警", "医生", "护士", "村医", "老师", "教师", "社工", "志愿者", "党员", "村民",
    "居民", "市民", "职工", "干部", "法官", "检察官", "律师", "工作人员", "调解员", "讲解员", "技术员", "农技员", "信息员",
    "编辑", "责编", "审核", "校对", "摄影", "撰稿", "供稿",
];

/// Longest run of Han characters checked as one clause.
const MAX_CLAUSE: usize = 200;

/// A short quoted term yields only to a term at least this frequent: reviewed official vocabulary
/// (放管服 and 枫桥经验 are floored at 3000), not one listed for coverage (“一地办理” is not “异地办理”).
const QUOTED_TERM_MIN_FREQ: u32 = 2000;

/// ln P(b | a) from which the bigram table counts a pair as common (P ≥ 5 %).
const COMMON_PAIR_LOGP: f32 = -3.0;

/// How far (in chars) around a character the plausibility model looks.
const RADIUS: usize = 5;

/// A place name at least this frequent (城市, 山区) is a likelier reading after a confusable
/// character than a coined name; a county such as 和县 is not.
const COMMON_PLACE_FREQ: u32 = 1000;

/// How far below the best gain a replacement may be and still be suggested, if the context
/// prefers it.
const SUGGESTION_MARGIN: f32 = 2.0;

pub(crate) struct ConfusableChar {
    dict: Arc<WordDict>,
    confusion: Arc<Confusion>,
    lm: Arc<CharLm>,
    cfg: TypoConfig,
}

/// The best replacement found for one position.
#[derive(Clone, Copy, Debug)]
struct Cand {
    at: usize,
    to: char,
    kind: Kind,
    gain: f32,
    /// The dictionary word the replacement creates: (start, len) in chars.
    word: (usize, usize),
}

/// Corrections whose words overlap: (start, end) in chars, and each (candidate, char replaced).
type Group = (usize, usize, Vec<(Cand, char)>);

/// One Han run being checked, with the state of the corrections made so far.
struct Clause<'t> {
    chars: Vec<char>,
    /// Byte offset of each char in the text, plus the end.
    offsets: Vec<usize>,
    protected: Vec<bool>,
    /// Length in chars of the frequent word of the segmentation the char is inside (0: none):
    /// only a longer phrase can outvote it.
    trusted: Vec<usize>,
    in_word: Vec<bool>,
    /// The char starts a token of the segmentation.
    word_start: Vec<bool>,
    /// A short quoted term (“浙里办”): a correction must turn the whole of it into a known term.
    whole_term: bool,
    original: &'t str,
}

impl ConfusableChar {
    pub(crate) fn new(dict: Arc<WordDict>, confusion: Arc<Confusion>, lm: Arc<CharLm>, cfg: TypoConfig) -> ConfusableChar {
        ConfusableChar { dict, confusion, lm, cfg }
    }

    /// ln P of `x` at `i` between its neighbours in the clause, under the bigram model.
    fn context(&self, chars: &[char], i: usize, x: char) -> f32 {
        let before = if i > 0 { self.lm.logp(chars[i - 1], x) } else { 0.0 };
        let after = chars.get(i + 1).map_or(0.0, |&next| self.lm.logp(x, next));
        before + after
    }

    /// Best-path log-probability of `chars` (max over segmentations into dictionary words;
    /// a character missing from the dictionary counts as a rare one-character word).
    fn plausibility(&self, chars: &[char]) -> f32 {
        let n = chars.len();
        let mut best = vec![f32::NEG_INFINITY; n + 1];
        best[0] = 0.0;
        for k in 0..n {
            if best[k] == f32::NEG_INFINITY {
                continue;
            }
            let mut h = CharHash::new();
            for j in k + 1..=n.min(k + MAX_WORD) {
                h = h.push(u32::from(chars[j - 1]));
                let lp = match self.dict.entry(h.finish()) {
                    Some(e) => e.logp,
                    None if j == k + 1 => self.dict.unknown_char_logp,
                    None => continue,
                };
                if best[k] + lp > best[j] {
                    best[j] = best[k] + lp;
                }
            }
        }
        best[n]
    }

    fn penalty(&self, kind: Kind) -> f32 {
        match kind {
            Kind::SameSound => 0.0,
            Kind::Shape => self.cfg.shape_penalty,
            Kind::NearSound => self.cfg.near_sound_penalty,
            Kind::FuzzySound => self.cfg.fuzzy_sound_penalty,
            Kind::FoldedSound => self.cfg.folded_sound_penalty,
        }
    }

    /// The best replacement at `i` given the current chars, if any clears the threshold.
    fn best_at(&self, cl: &Clause, i: usize, changed: &[bool]) -> Option<Cand> {
        if changed[i] || cl.protected[i] {
            return None;
        }
        let n = cl.chars.len();
        let c = cl.chars[i];
        let confusable = self.confusion.candidates(c);
        if confusable.is_empty() {
            return None;
        }
        let mut cands: Vec<(char, Kind, (usize, usize))> = Vec::new();
        // A character inside a frequent word is examined only against longer dictionary
        // phrases (长效机智 → 长效机制): a real-word error that the context decides.
        let shortest = if cl.trusted[i] > 0 { 3.max(cl.trusted[i] + 1) } else { 2 };
        for len in shortest..=4usize.min(n) {
            for s in i.saturating_sub(len - 1)..=i {
                if s + len > n {
                    continue;
                }
                let window = &cl.chars[s..s + len];
                let completions = self.dict.completions(window, i - s);
                // Intersect the two sorted lists from the shorter side.
                let hits: Vec<(char, Kind)> = if completions.len() <= confusable.len() {
                    completions
                        .iter()
                        .filter_map(|&x| confusable.binary_search_by_key(&x, |e| e.0).ok().map(|k| confusable[k]))
                        .collect()
                } else {
                    confusable
                        .iter()
                        .filter(|&&(x, _)| completions.binary_search(&x).is_ok())
                        .copied()
                        .collect()
                };
                if cl.trusted[i] > 0 && !hits.is_empty() && self.dict.entry(CharHash::of(window.iter().map(|&w| u32::from(w)))).is_some() {
                    continue;
                }
                if cl.whole_term && (s, len) != (0, n) {
                    continue;
                }
                for (x, kind) in hits {
                    let key = CharHash::of(window.iter().enumerate().map(|(k, &w)| u32::from(if k == i - s { x } else { w })));
                    let freq = self.dict.entry(key).map_or(0, |e| e.freq);
                    if freq < self.cfg.min_word_freq
                        || (cl.trusted[i] > 0 && freq < self.cfg.trusted_word_freq)
                        || (cl.whole_term && freq < QUOTED_TERM_MIN_FREQ)
                    {
                        continue;
                    }
                    match cands.iter_mut().find(|e| e.0 == x) {
                        Some(e) if len > e.2 .1 => e.2 = (s, len),
                        Some(_) => {}
                        None => cands.push((x, kind, (s, len))),
                    }
                }
            }
        }
        // A lone character may stand for a confusable one-character word, if the context says so
        // and the character written makes a pair the bigram table has never seen.
        let single = self.cfg.min_single_context < 100.0
            && !cl.in_word[i]
            && !cl.whole_term
            && ((i > 0 && !self.lm.seen(cl.chars[i - 1], c)) || (i + 1 < n && !self.lm.seen(c, cl.chars[i + 1])));
        if single {
            for &(x, kind) in confusable.iter().filter(|e| e.1 == Kind::SameSound) {
                let freq = self.dict.entry(CharHash::of([u32::from(x)])).map_or(0, |e| e.freq);
                if freq >= self.cfg.trusted_word_freq && !cands.iter().any(|e| e.0 == x) {
                    cands.push((x, kind, (i, 1)));
                }
            }
        }
        if cands.is_empty() {
            return None;
        }
        let a = i.saturating_sub(RADIUS);
        let b = (i + RADIUS + 1).min(n);
        let mut work: Vec<char> = cl.chars[a..b].to_vec();
        let before = self.plausibility(&work);
        let mut extra = if cl.in_word[i] { self.cfg.real_word_penalty } else { 0.0 };
        let attested = (i > 0 && self.dict.pair_attested(cl.chars[i - 1], c))
            || (i + 1 < n && self.dict.pair_attested(c, cl.chars[i + 1]));
        // A pair the bigram table finds common is a word the list lacks (客服 is newer than
        // jieba's dictionary): only a longer phrase may replace a character of it.
        let common_before = i > 0 && self.lm.logp(cl.chars[i - 1], c) >= COMMON_PAIR_LOGP;
        let common_after = i + 1 < n && self.lm.logp(c, cl.chars[i + 1]) >= COMMON_PAIR_LOGP;
        if attested {
            extra += self.cfg.attested_pair_penalty;
        }
        // Every scored replacement with its context gain: the evidence that this character is
        // wrong is the best gain, but which replacement to suggest, among those close to it, is
        // the context's call (关闭伐门 → 阀门, not the commoner but out-of-place 法门).
        let mut scored: Vec<(Cand, f32)> = Vec::new();
        let context_before = self.context(&cl.chars, i, c);
        for (x, kind, word) in cands {
            let breaks_common = (common_before && word.0 < i) || (common_after && word.0 + word.1 > i + 1);
            if breaks_common && word.1 < 3 {
                continue;
            }
            let context = self.context(&cl.chars, i, x) - context_before;
            if word.1 == 1 && context < self.cfg.min_single_context {
                continue;
            }
            work[i - a] = x;
            let gain = if word.1 == 1 {
                // The one-character word must be at least as common as the one written: context
                // alone does not turn 湛江到海南 into 湛江倒海南.
                let word_gain = self.plausibility(&work) - before;
                if word_gain < 0.0 {
                    continue;
                }
                word_gain - self.penalty(kind) - extra + context
            } else {
                // Context can pay for a weaker kind of confusion (a shape, another tone), but not
                // add evidence of its own (the bigram table is too noisy to outvote the word
                // model), nor excuse a merely similar sound (s/sh, in/ing) or the evidence that
                // what is written is a real word (易制毒 must not read 易制度).
                let payable = if matches!(kind, Kind::FuzzySound | Kind::FoldedSound) { 0.0 } else { self.penalty(kind) };
                // A set phrase of four or more characters (工作机智 → 工作机制) is strong evidence
                // against the real word written inside it: it pays half the real-word penalty.
                let extra = if word.1 >= 4 && cl.in_word[i] { extra - self.cfg.real_word_penalty / 2.0 } else { extra };
                let fixed = self.penalty(kind) - payable + extra;
                self.plausibility(&work) - before - fixed - (payable - self.cfg.context_weight * context.max(0.0)).max(0.0)
            };
            scored.push((Cand { at: i, to: x, kind, gain, word }, context));
        }
        let top = scored.iter().max_by(|a, b| a.0.gain.total_cmp(&b.0.gain))?.0;
        if top.gain < self.cfg.min_gain {
            return None;
        }
        // Only as close a kind of confusion may be preferred: context does not turn 传答 (传达,
        // same sound) into 传给 (a similar shape).
        let preferred = |s: &(Cand, f32)| s.0.gain + self.cfg.context_weight * s.1;
        scored
            .iter()
            .filter(|s| s.0.gain >= top.gain - SUGGESTION_MARGIN && self.penalty(s.0.kind) <= self.penalty(top.kind))
            .max_by(|a, b| preferred(a).total_cmp(&preferred(b)))
            .map(|s| Cand { gain: top.gain, ..s.0 })
    }

    /// Two or three characters that start with a surname and are not a common word other than a
    /// name (刘芳, 王建国; not 高速, 方便).
    fn name_like(&self, item: &[char]) -> bool {
        (2..=3).contains(&item.len())
            && SURNAMES.contains(item[0])
            && self.dict.entry(CharHash::of(item.iter().map(|&c| u32::from(c)))).is_none_or(|e| e.person || e.freq < self.cfg.min_word_freq)
    }

    /// A name before 等 and a count (授予王丽娟等10名同志, 张伟等三人) is a person's.
    fn protect_names_before_a_count(&self, cl: &mut Clause, next: Option<char>) {
        let n = cl.chars.len();
        for p in 2..n {
            let counted = match cl.chars.get(p + 1) {
                Some(c) => "一二两三四五六七八九十几数多百余".contains(*c),
                None => next.is_some_and(is_digit),
            };
            if cl.chars[p] != '等' || !counted {
                continue;
            }
            if let Some(len) = [3, 2].into_iter().find(|&len| p >= len && self.name_like(&cl.chars[p - len..p])) {
                cl.protected[p - len..p].iter_mut().for_each(|x| *x = true);
            }
        }
    }

    /// True if a character confusable with `window[at]` makes `window` a dictionary word whose
    /// entry `accept` takes.
    fn confusable_makes_word(&self, window: &[char], at: usize, accept: impl Fn(&Entry) -> bool) -> bool {
        let completions = self.dict.completions(window, at);
        self.confusion.candidates(window[at]).iter().any(|&(x, _)| {
            let key = CharHash::of(window.iter().enumerate().map(|(k, &c)| u32::from(if k == at { x } else { c })));
            completions.binary_search(&x).is_ok() && self.dict.entry(key).is_some_and(&accept)
        })
    }

    /// Unprotects a character of a parallel pattern when a confusable one makes the four
    /// characters a frequent set phrase (涉黑涉饿 → 涉黑涉恶, 戒骄戒燥 → 戒骄戒躁).
    fn reopen_set_phrase_fixes(&self, cl: &mut Clause) {
        let n = cl.chars.len();
        for p in 0..n.saturating_sub(3) {
            if cl.chars[p] != cl.chars[p + 2] {
                continue;
            }
            for at in [1, 3] {
                if self.confusable_makes_word(&cl.chars[p..p + 4], at, |e| e.freq >= self.cfg.trusted_word_freq) {
                    cl.protected[p + at] = false;
                }
            }
        }
    }

    /// Leaves alone the two characters before an administrative suffix (南屿市, 青禾县, 石桥村):
    /// places are coined freely, and a wrong province or prefecture name is
    /// `typo/serious-near-miss`'s to find. The suffix must stand on its own or begin an
    /// administrative compound (市委, 县政府), and the stem must not make a word with it (城市, 农村).
    fn protect_place_stems(&self, cl: &mut Clause) {
        const SUFFIXES: &str = "市县区镇乡村";
        const COMPOUNDS: &[&str] = &["市委", "市长", "市政", "市级", "市民", "市直", "市属", "市区", "县委", "县长", "县政", "县级", "县域", "县城", "区委", "区长", "区政", "区级", "镇长", "镇政", "镇级", "乡长", "乡政", "村委", "村民", "村级", "村里"];
        let n = cl.chars.len();
        let word = |s: usize, e: usize| self.dict.entry(CharHash::of(cl.chars[s..e].iter().map(|&c| u32::from(c)))).is_some();
        for p in 2..n {
            if !SUFFIXES.contains(cl.chars[p]) || word(p - 1, p + 1) || word(p - 2, p + 1) || word(p - 2, p) {
                continue;
            }
            let compound = || COMPOUNDS.iter().any(|w| w.chars().eq(cl.chars[p..p + 2].iter().copied()));
            if p + 2 <= n && word(p, p + 2) && !compound() {
                continue;
            }
            // 泉市 → 全市, 晓区 → 小区: a confusable character that makes a common word with the
            // suffix is a likelier reading than a coined name; a rarer place name (和县) is not.
            let common = |e: &Entry| e.freq >= self.cfg.trusted_word_freq && (!e.place || e.freq >= COMMON_PLACE_FREQ);
            if !self.confusable_makes_word(&cl.chars[p - 1..=p], 0, common) {
                cl.protected[p - 2..p].iter_mut().for_each(|x| *x = true);
            }
        }
    }

    fn check_clause(&self, cl: &mut Clause, out: &mut Vec<Diagnostic>) {
        let n = cl.chars.len();
        let mut changed = vec![false; n];
        let mut best: Vec<Option<Cand>> = (0..n).map(|i| self.best_at(cl, i, &changed)).collect();
        let mut found: Vec<(Cand, char)> = Vec::new();
        while let Some(c) = best.iter().flatten().copied().max_by(|x, y| x.gain.total_cmp(&y.gain)) {
            let from = cl.chars[c.at];
            cl.chars[c.at] = c.to;
            changed[c.at] = true;
            found.push((c, from));
            // Neighbours are re-scored against the corrected text.
            let lo = c.at.saturating_sub(RADIUS);
            let hi = (c.at + RADIUS + 1).min(n);
            for (j, slot) in best.iter_mut().enumerate().take(hi).skip(lo) {
                *slot = self.best_at(cl, j, &changed);
            }
        }
        // Re-choice: each correction is re-chosen with all the others in place, so an early
        // pick (身态 → 神态) can give way to the reading the later ones make plain (生态环境).
        for f in found.iter_mut() {
            let (c, from) = *f;
            cl.chars[c.at] = from;
            changed[c.at] = false;
            let again = self.best_at(cl, c.at, &changed).unwrap_or(c);
            cl.chars[c.at] = again.to;
            changed[c.at] = true;
            f.0 = again;
        }
        found.sort_by_key(|f| f.0.word.0);
        // Corrections whose words overlap become one finding.
        let mut groups: Vec<Group> = Vec::new();
        for f in found {
            let (s, e) = (f.0.word.0, f.0.word.0 + f.0.word.1);
            match groups.last_mut() {
                Some(g) if s < g.1 => {
                    g.1 = g.1.max(e);
                    g.2.push(f);
                }
                _ => groups.push((s, e, vec![f])),
            }
        }
        for (s, e, fs) in groups {
            let span = cl.offsets[s]..cl.offsets[e];
            let wrong = &cl.original[span.clone()];
            let right: String = cl.chars[s..e].iter().collect();
            let kinds: Vec<String> = fs.iter().map(|(c, from)| format!("“{from}”→“{}”{}", c.to, c.kind.label())).collect();
            let real_word = fs.iter().any(|(c, _)| cl.trusted[c.at] > 0 || cl.in_word[c.at]);
            let message = if self.dict.contains(wrong) || real_word {
                format!("“{wrong}”在此处不如“{right}”通顺，疑为“{right}”（{}），请核对", kinds.join("，"))
            } else if fs.len() == 1 {
                format!("“{wrong}”不成词，疑为“{right}”（{}）", fs[0].0.kind.label())
            } else {
                format!("“{wrong}”不成词，疑为“{right}”（{}）", kinds.join("，"))
            };
            out.push(DOC.diag(span, message, vec![right]));
        }
    }
}

impl Rule for ConfusableChar {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        let words = doc.words(&self.dict);
        // Per char start: protected (inside a person or place name) and inside a multi-char word.
        let mut protected_bytes: Vec<std::ops::Range<usize>> = Vec::new();
        let mut trusted_bytes: Vec<std::ops::Range<usize>> = Vec::new();
        let mut word_bytes: Vec<std::ops::Range<usize>> = Vec::new();
        let trusted = self.cfg.trusted_word_freq;
        for w in words {
            let s = &text[w.clone()];
            if s.chars().nth(1).is_none() {
                continue;
            }
            if let Some(e) = self.dict.lookup(s) {
                if e.person || e.place {
                    protected_bytes.push(w.clone());
                } else if trusted > 0 && e.freq >= trusted {
                    trusted_bytes.push(w.clone());
                }
                word_bytes.push(w.clone());
            }
        }
        let containing = |ranges: &[std::ops::Range<usize>], b: usize| {
            let k = ranges.partition_point(|r| r.end <= b);
            ranges.get(k).filter(|r| r.start <= b).cloned()
        };
        let inside = |ranges: &[std::ops::Range<usize>], b: usize| containing(ranges, b).is_some();
        let mut iter = text.char_indices().peekable();
        let mut previous: Option<Vec<char>> = None;
        while let Some(&(start, c)) = iter.peek() {
            if !is_han(c) {
                iter.next();
                continue;
            }
            let mut cl = Clause { chars: Vec::new(), offsets: Vec::new(), protected: Vec::new(), trusted: Vec::new(), in_word: Vec::new(), word_start: Vec::new(), whole_term: false, original: text };
            let mut end = start;
            while let Some(&(b, c)) = iter.peek() {
                // A run without punctuation is checked in pieces, so the greedy correction
                // loop stays linear on pathological input.
                if !is_han(c) || cl.chars.len() >= MAX_CLAUSE {
                    break;
                }
                cl.chars.push(c);
                cl.offsets.push(b);
                cl.protected.push(inside(&protected_bytes, b));
                cl.trusted.push(containing(&trusted_bytes, b).map_or(0, |r| text[r].chars().count()));
                cl.in_word.push(inside(&word_bytes, b));
                cl.word_start.push(words.binary_search_by_key(&b, |w| w.start).is_ok());
                end = b + c.len_utf8();
                iter.next();
            }
            cl.offsets.push(end);
            let mut after = text[end..].chars();
            let (next, next2) = (after.next(), after.next());
            // 发文机关代字 before a document number (国办发〔2024〕12号) is an abbreviation.
            let doc_number = matches!(next, Some('〔' | '[' | '［' | '【'))
                || (matches!(next, Some('(' | '（')) && next2.is_some_and(|c| c.is_ascii_digit()));
            let before = text[..start].chars().next_back();
            // A short quoted term or title (“三夏”“浙里办”“无废城市”《镇村志》) is a coinage or a name: two
            // characters are left alone, three or four only yield to a known term (“放管拂”).
            let quoted = before.zip(next).is_some_and(|pair| QUOTE_PAIRS.contains(&pair));
            cl.whole_term = quoted && (3..=4).contains(&cl.chars.len());
            let quoted = quoted && cl.chars.len() <= 2;
            // A short run right after a number is a unit phrase (31日止, 3个).
            let after_number = cl.chars.len() <= 2 && before.is_some_and(is_digit);
            if doc_number || quoted || after_number {
                previous = Some(cl.chars);
                continue;
            }
            // Items of an enumeration that start alike (乱倒垃圾、乱泼污水; 早发现、早报告) are
            // parallel on purpose: the second item's head is the first one's repeated.
            if before == Some('、') {
                if let Some(prev) = &previous {
                    let tail = &prev[prev.len().saturating_sub(4)..];
                    if tail.len() >= 2 && tail[..tail.len() - 1].contains(&cl.chars[0]) {
                        cl.protected.iter_mut().take(2).for_each(|p| *p = true);
                    }
                }
            }
            // A credit or a byline (编辑：刘芳, 记者 王强) puts the title in the run before.
            const CREDIT_SEPARATORS: [char; 4] = ['：', ':', ' ', '\u{3000}'];
            let credited = before.is_some_and(|c| CREDIT_SEPARATORS.contains(&c))
                && previous.as_ref().is_some_and(|p| {
                    let run_before = text[..start].trim_end_matches(CREDIT_SEPARATORS).chars().rev();
                    run_before.take(p.len()).eq(p.iter().rev().copied()) && title_ends_at(p, p.len())
                });
            if credited && SURNAMES.contains(cl.chars[0]) {
                cl.protected.iter_mut().take(3).for_each(|p| *p = true);
            }
            // A list of people (王建国、刘芳、陈明): a short item that starts with a surname, next to
            // another such item that is no common word, is a name.
            let following = text[end..].strip_prefix('、').map(|rest| rest.chars().take_while(|&c| is_han(c)).collect::<Vec<char>>());
            let neighbours = [previous.as_deref().filter(|_| before == Some('、')), following.as_deref()];
            if self.name_like(&cl.chars) && neighbours.into_iter().flatten().any(|item| self.name_like(item)) {
                cl.protected.iter_mut().for_each(|p| *p = true);
            }
            self.protect_names_before_a_count(&mut cl, next);
            protect_names_and_reduplication(&mut cl);
            self.reopen_set_phrase_fixes(&mut cl);
            self.protect_place_stems(&mut cl);
            protect_capital_numerals(&mut cl);
            if cl.chars.len() >= 2 {
                self.check_clause(&mut cl, out);
            }
            previous = Some(std::mem::take(&mut cl.chars));
        }
    }
}

/// True if a title from [`TITLES`] ends at char `end` or starts at char `start` of `chars`.
fn title_ends_at(chars: &[char], end: usize) -> bool {
    TITLES.iter().any(|t| {
        let n = t.chars().count();
        end >= n && t.chars().eq(chars[end - n..end].iter().copied())
    })
}

fn title_starts_at(chars: &[char], start: usize) -> bool {
    TITLES.iter().any(|t| chars.get(start..).is_some_and(|rest| rest.len() >= t.chars().count() && t.chars().zip(rest).all(|(a, &b)| a == b)))
}

/// Leaves alone a likely person's name (a surname right after or before a title: 副市长刘芳,
/// 王建国同志), reduplicated characters (件件, 事事) and parallel patterns (依法依规).
fn protect_names_and_reduplication(cl: &mut Clause) {
    let n = cl.chars.len();
    for p in 0..n {
        if !SURNAMES.contains(cl.chars[p]) {
            continue;
        }
        let given = if title_starts_at(&cl.chars, p + 2) {
            1
        } else if title_starts_at(&cl.chars, p + 3) || title_ends_at(&cl.chars, p) {
            2
        } else {
            continue;
        };
        for q in p..(p + 1 + given).min(n) {
            cl.protected[q] = true;
        }
    }
    for p in 0..n {
        if (p > 0 && cl.chars[p - 1] == cl.chars[p]) || cl.chars.get(p + 1) == Some(&cl.chars[p]) {
            cl.protected[p] = true;
        }
        // Parallel four-character patterns A?A? (依法依规, 乱搭乱建, 压紧压实) are coined on
        // purpose; their second halves are rarely dictionary words. `reopen_set_phrase_fixes`
        // reopens the one a confusable character turns into a set phrase (涉黑涉饿 → 涉黑涉恶).
        // The pattern must start where the segmentation does: 职工|在|工做 is no pattern.
        if p + 3 < n && cl.chars[p] == cl.chars[p + 2] && cl.chars[p + 1] != cl.chars[p + 3] && cl.word_start[p] {
            cl.protected[p..p + 4].iter_mut().for_each(|x| *x = true);
        }
    }
}

/// Financial capital numerals (叁仟伍佰零肆圆) are written on purpose.
fn protect_capital_numerals(cl: &mut Clause) {
    const CAPITAL: &str = "壹贰叁肆伍陆柒捌玖拾佰仟";
    const WITH: &str = "零万亿圆元角分整";
    if cl.chars.iter().filter(|&&c| CAPITAL.contains(c)).count() < 2 {
        return;
    }
    for (c, p) in cl.chars.iter().zip(cl.protected.iter_mut()) {
        if CAPITAL.contains(*c) || WITH.contains(*c) {
            *p = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};
    use std::sync::OnceLock;

    fn rule() -> &'static ConfusableChar {
        static RULE: OnceLock<ConfusableChar> = OnceLock::new();
        RULE.get_or_init(|| {
            ConfusableChar::new(Arc::new(WordDict::builtin()), Arc::new(Confusion::builtin()), Arc::new(CharLm::builtin()), TypoConfig::default())
        })
    }

    #[test]
    fn flags_non_word_typos_with_a_suggestion() {
        // Quoted terms are skipped only when short: a quoted phrase is still checked.
        assert_eq!(flags(rule(), "“研究制定总休方案”"), vec![("总休".into(), Some("总体".into()))]);
        assert_eq!(flags(rule(), "研究制定总休方案"), vec![("总休".into(), Some("总体".into()))]);
        assert_eq!(flags(rule(), "做好招标投杆工作"), vec![("招标投杆".into(), Some("招标投标".into()))]);
        assert_eq!(flags(rule(), "召开堂务委员会会议"), vec![("堂务委员".into(), Some("常务委员".into()))]);
        // Fuzzy pinyin (s = sh) that no confusion table lists, at its higher penalty.
        assert_eq!(flags(rule(), "全市上下要迅束行动"), vec![("迅束行动".into(), Some("迅速行动".into()))]);
        assert_clean(rule(), "全市上下要迅速行动，收束思绪，约束行为");
    }

    #[test]
    fn a_long_set_phrase_outweighs_the_real_word_inside_it() {
        assert_eq!(flags(rule(), "要进一步健全完善防汛应急工作机智，确保人员转移及时到位"), vec![("工作机智".into(), Some("工作机制".into()))]);
        assert_clean(rule(), "他处理问题很机智，工作机制也很健全。");
    }

    #[test]
    fn flags_real_word_errors_that_break_a_fixed_phrase() {
        assert_eq!(flags(rule(), "建立长效机智"), vec![("长效机智".into(), Some("长效机制".into()))]);
        let mut out = Vec::new();
        rule().check(&Document::new("健全体制机智"), &mut out);
        assert_eq!(out[0].message, "“体制机智”在此处不如“体制机制”通顺，疑为“体制机制”（“智”→“制”音同），请核对");
        // The real word alone, where no longer phrase decides, is left alone.
        assert!(flags(rule(), "他很机智").is_empty());
    }

    #[test]
    fn a_list_of_people_is_names_but_a_list_of_words_is_checked() {
        assert_clean(rule(), "评标委员会成员为王建国、刘芳、陈明、李晓燕、张伟。");
        assert_eq!(flags(rule(), "服务要做到高效、安权、方便"), vec![("安权".into(), Some("安全".into()))]);
    }

    #[test]
    fn a_name_before_a_count_is_a_name() {
        // Below second-look thresholds 王丽 would read as 王砾 without the count after it.
        let low = TypoConfig { min_gain: 2.0, real_word_penalty: 1.0, attested_pair_penalty: 1.0, ..TypoConfig::default() };
        let low = ConfusableChar::new(Arc::new(WordDict::builtin()), Arc::new(Confusion::builtin()), Arc::new(CharLm::builtin()), low);
        assert_clean(&low, "经研究，决定授予王丽娟等10名同志荣誉称号，表彰王丽娟等三名同志。");
    }

    #[test]
    fn neighbouring_typos_are_corrected_together() {
        assert_eq!(
            flags(rule(), "身态环茎部门要加强监管"),
            vec![("身态环茎".into(), Some("生态环境".into()))]
        );
    }

    #[test]
    fn bigram_context_pays_off_penalties_but_adds_no_evidence() {
        // 中 → 众 is another tone (a penalty); the context 群众 | 最 pays for it.
        let text = "打通群中最后一公里";
        assert_eq!(flags(rule(), text), vec![("群中".into(), Some("群众".into()))]);
        let without = TypoConfig { context_weight: 0.0, ..TypoConfig::default() };
        let no_context = ConfusableChar::new(Arc::new(WordDict::builtin()), Arc::new(Confusion::builtin()), Arc::new(CharLm::builtin()), without);
        assert!(flags(&no_context, text).is_empty());
        // A merely similar sound is not bought by context: 补证 (reissue a licence) stays; nor is
        // the evidence that the text is a real word (制毒, 加碘 in statute titles).
        assert!(flags(rule(), "驾驶证期满换证、补证等业务可网上办理").is_empty());
        assert!(flags(rule(), "易制毒化学品管理条例，食盐加碘消除碘缺乏危害管理条例").is_empty());
    }

    #[test]
    fn a_lone_character_yields_to_a_one_character_word_only_on_strong_context() {
        // Off by default (拟认定 would read 你认定 in official text); learner text may enable it.
        assert!(flags(rule(), "他也再一家公司担任职务").is_empty());
        let learner = TypoConfig { min_single_context: 14.0, ..TypoConfig::default() };
        let learner = ConfusableChar::new(Arc::new(WordDict::builtin()), Arc::new(Confusion::builtin()), Arc::new(CharLm::builtin()), learner);
        assert_eq!(flags(&learner, "他也再一家公司担任职务"), vec![("再".into(), Some("在".into()))]);
        assert!(flags(&learner, "要从根上解决问题，我们将再接再厉，请再次确认，他再一次来到这里").is_empty());
        assert!(flags(&learner, "台风将在广东湛江到海南文昌一带沿海登陆").is_empty());
    }

    #[test]
    fn a_pair_the_bigram_table_finds_common_is_a_word_the_list_lacks() {
        // 客服 is not in the word list (克服 is, and is far more frequent), but P(服 | 客) is high.
        assert!(flags(rule(), "冒充客服退款是高发的诈骗类型").is_empty());
        assert_eq!(flags(rule(), "研究制定总休方案"), vec![("总休".into(), Some("总体".into()))]);
    }

    #[test]
    fn neutral_tone_counts_as_the_same_sound() {
        assert_eq!(flags(rule(), "我门看美国电影"), vec![("我门".into(), Some("我们".into()))]);
    }

    #[test]
    fn short_quoted_terms_yield_only_to_a_known_term() {
        assert_eq!(flags(rule(), "深化“放管拂”改革"), vec![("放管拂".into(), Some("放管服".into()))]);
        assert!(flags(rule(), "市民可通过“浙里办”查询").is_empty());
        assert!(flags(rule(), "推进“无废城市”建设").is_empty());
        assert!(flags(rule(), "编写的《镇村志》丛书已出版").is_empty());
        assert!(flags(rule(), "即可实现“一地办理”").is_empty());
    }

    #[test]
    fn parallel_items_and_unit_phrases_are_left_alone() {
        assert!(flags(rule(), "禁止在公共场所乱倒垃圾、乱泼污水").is_empty());
        assert!(flags(rule(), "申报时间截至2024年12月31日止").is_empty());
    }

    #[test]
    fn message_explains_itself() {
        let mut out = Vec::new();
        rule().check(&Document::new("研究制定总休方案"), &mut out);
        assert_eq!(out[0].message, "“总休”不成词，疑为“总体”（形近）");
    }

    #[test]
    fn long_runs_without_punctuation_are_checked_in_pieces() {
        // 9 chars a copy, so piece boundaries (every 200 chars) fall inside copies; a copy cut
        // between 总 and 休 may be missed, the others must be found.
        let text = "研究制定总休方案书".repeat(100);
        let found = flags(rule(), &text);
        assert!((99..=100).contains(&found.len()), "{}", found.len());
        assert!(found.iter().all(|f| f.1.as_deref() == Some("总体")), "{found:?}");
        let start = std::time::Instant::now();
        let _ = flags(rule(), &"总休".repeat(20_000));
        assert!(start.elapsed().as_secs() < 20, "40,000 chars of typos take {:?}", start.elapsed());
    }

    #[test]
    fn spans_survive_emoji_crlf_and_extension_b() {
        assert_eq!(flags(rule(), "😀𠀀总休方案\r\n"), vec![("总休".into(), Some("总体".into()))]);
        assert!(flags(rule(), "\u{200b}😀").is_empty());
    }

    #[test]
    fn leaves_official_text_alone() {
        assert_clean(
            rule(),
            "为进一步提升政府网站建设水平和政务新媒体管理效能，按照相关文件要求，我们对本局的工作进行了全面自查自评。\n\
             成立了由单位主要领导任组长，分管领导任副组长，各相关科室负责人为成员的工作领导小组。\n\
             定期召开专题会议，研究部署政府网站和政务新媒体建设管理工作，及时解决工作中出现的问题。\n\
             采用防火墙、入侵检测系统等技术手段，有效防范网络攻击。\n\
             督促各单位严格按照“先审查后公开”原则，规范信息采集、审核、报送、发布等环节程序。\n\
             副市长刘芳出席会议并作工作部署。\n\
             防汛抗旱指挥部副指挥长蒋德明要求加强巡查值守。\n\
             社区网格员刘芳每天走访独居老人。编辑：刘芳 审核：王强\n\
             评标委员会成员为王建国、刘芳、陈明、李晓燕、张伟。\n\
             《南屿市国民经济和社会发展第十四个五年规划纲要》，青禾县城区道路提升改造工程，南屿市人民政府。\n\
             县人民医院获评“三级乙等综合医院”，县里召开政银企对接会，开展森林防灭火演练。\n\
             做到件件有回复、事事有落实。\n\
             对检查发现的违规问题，依法依规进行处理，乱搭乱建必须拆除。\n\
             对网络上出现的不实信息，要及时发布权威信息予以澄清。\n\
             开展老年人助餐服务试点工作。\n\
             国办发〔2024〕12号，国办发(2024)12号，金额叁仟伍佰零肆圆整。\n\
             关于做好“三夏”生产、防汛工作的通知。\n\
             让我们更加紧密地团结在以习近平同志为核心的党中央周围。",
        );
    }
}
