//! `typo/confusable-char`: the plausibility detector. A character is flagged when swapping in a
//! homophone or a similar-shaped character turns an implausible reading into a clearly more
//! plausible one under a word-frequency model (总休方案 → 总体方案, 招标投杆 → 招标投标).

use crate::config::TypoConfig;
use crate::confusion::{Confusion, Kind};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::text::is_han;
use crate::worddict::{CharHash, WordDict, MAX_WORD};
use std::sync::Arc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/confusable-char",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "疑似音同、音近或形近错字",
    what: "对每个汉字，尝试换成与它音同、音近或形近的字；如果替换后组成常用词，且按词频模型整句读法明显更通顺（似然比超过阈值），就报告该字并给出替换建议。例如“总休方案”中“总休”不成词，换成“总体”后成为常用词。人名、地名内部不报告；阈值可在配置 `typo` 一节调整。",
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
];

/// How far (in chars) around a character the plausibility model looks.
const RADIUS: usize = 5;

pub(crate) struct ConfusableChar {
    dict: Arc<WordDict>,
    confusion: Arc<Confusion>,
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
    in_word: Vec<bool>,
    original: &'t str,
}

impl ConfusableChar {
    pub(crate) fn new(dict: Arc<WordDict>, confusion: Arc<Confusion>, cfg: TypoConfig) -> ConfusableChar {
        ConfusableChar { dict, confusion, cfg }
    }

    /// Best-path log-probability of `chars[a..b]` (max over segmentations into dictionary words).
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
        }
    }

    /// The best replacement at `i` given the current chars, if any clears the threshold.
    fn best_at(&self, cl: &Clause, i: usize, changed: &[bool]) -> Option<Cand> {
        if changed[i] || cl.protected[i] {
            return None;
        }
        let n = cl.chars.len();
        let c = cl.chars[i];
        let mut cands: Vec<(char, Kind, (usize, usize))> = Vec::new();
        for len in 2..=4usize.min(n) {
            for s in i.saturating_sub(len - 1)..=i {
                if s + len > n {
                    continue;
                }
                let window = &cl.chars[s..s + len];
                for &(_, x) in self.dict.completions(window, i - s) {
                    if x == c {
                        continue;
                    }
                    let Some(kind) = self.confusion.kind(c, x) else { continue };
                    let key = CharHash::of(window.iter().enumerate().map(|(k, &w)| u32::from(if k == i - s { x } else { w })));
                    let freq = self.dict.entry(key).map_or(0, |e| e.freq);
                    if freq < self.cfg.min_word_freq {
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
        if cands.is_empty() {
            return None;
        }
        let a = i.saturating_sub(RADIUS);
        let b = (i + RADIUS + 1).min(n);
        let mut work: Vec<char> = cl.chars[a..b].to_vec();
        let before = self.plausibility(&work);
        let extra = if cl.in_word[i] { self.cfg.real_word_penalty } else { 0.0 };
        let mut best: Option<Cand> = None;
        for (x, kind, word) in cands {
            work[i - a] = x;
            let gain = self.plausibility(&work) - before - self.penalty(kind) - extra;
            if gain >= self.cfg.min_gain && best.is_none_or(|b| gain > b.gain) {
                best = Some(Cand { at: i, to: x, kind, gain, word });
            }
        }
        best
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
            let message = if self.dict.contains(wrong) {
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
        let mut word_bytes: Vec<std::ops::Range<usize>> = Vec::new();
        for w in words {
            let s = &text[w.clone()];
            if s.chars().nth(1).is_none() {
                continue;
            }
            if let Some(e) = self.dict.lookup(s) {
                if e.person || e.place {
                    protected_bytes.push(w.clone());
                }
                word_bytes.push(w.clone());
            }
        }
        let inside = |ranges: &[std::ops::Range<usize>], b: usize| {
            let k = ranges.partition_point(|r| r.end <= b);
            ranges.get(k).is_some_and(|r| r.start <= b)
        };
        let mut iter = text.char_indices().peekable();
        while let Some(&(start, c)) = iter.peek() {
            if !is_han(c) {
                iter.next();
                continue;
            }
            let mut cl = Clause { chars: Vec::new(), offsets: Vec::new(), protected: Vec::new(), in_word: Vec::new(), original: text };
            let mut end = start;
            while let Some(&(b, c)) = iter.peek() {
                if !is_han(c) {
                    break;
                }
                cl.chars.push(c);
                cl.offsets.push(b);
                cl.protected.push(inside(&protected_bytes, b));
                cl.in_word.push(inside(&word_bytes, b));
                end = b + c.len_utf8();
                iter.next();
            }
            cl.offsets.push(end);
            protect_names_and_reduplication(&mut cl);
            if cl.chars.len() >= 2 {
                self.check_clause(&mut cl, out);
            }
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
/// 王建国同志) and reduplicated characters (件件, 事事), which no confusion explains.
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
            ConfusableChar::new(Arc::new(WordDict::builtin()), Arc::new(Confusion::builtin()), TypoConfig::default())
        })
    }

    #[test]
    fn flags_non_word_typos_with_a_suggestion() {
        assert_eq!(flags(rule(), "研究制定总休方案"), vec![("总休".into(), Some("总体".into()))]);
        assert_eq!(flags(rule(), "做好招标投杆工作"), vec![("招标投杆".into(), Some("招标投标".into()))]);
        assert_eq!(flags(rule(), "召开堂务委员会会议"), vec![("堂务委员".into(), Some("常务委员".into()))]);
    }

    #[test]
    fn message_explains_itself() {
        let mut out = Vec::new();
        rule().check(&Document::new("研究制定总休方案"), &mut out);
        assert_eq!(out[0].message, "“总休”不成词，疑为“总体”（形近）");
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
             做到件件有回复、事事有落实。\n\
             让我们更加紧密地团结在以习近平同志为核心的党中央周围。",
        );
    }
}
