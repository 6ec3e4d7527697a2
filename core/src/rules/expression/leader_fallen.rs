//! `expression/leader-fallen`: a mention of someone the leader pack marks as 落马.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::leaders::{LeaderPack, LeaderStatus};
use crate::lexicon::LexiconEntry;
use crate::matcher::Matcher;
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/leader-fallen",
    category: Category::Expression,
    severity: Severity::Error,
    summary: "提及领导人数据包中标记为落马的人员",
    what: "领导人数据包（配置的 leaders 字段，站点自行维护、运行时加载）把某人标记为落马（status 为 fallen）后，稿件中出现其姓名即报告，并识破插入空格符号、繁体等变形写法。同一句中有“被查”“落马”“开除党籍”“严重违纪违法”“接受审查调查”“被判”等通报其问题的说法时不报告，因为那是正常的通报报道。",
    why: "落马官员的姓名、照片、讲话继续出现在政府网站的正面报道和领导活动栏目中，是政府网站检查和舆情中常见的严重问题。人员变动频繁，必须由站点维护有日期的数据包，不能写死在程序里。",
    source: "站点领导人数据包",
    wrong: "（数据包标记贾示例落马）市委书记贾示例出席活动并讲话",
    right: "（数据包标记贾示例落马）贾示例因严重违纪违法被开除党籍",
};

/// Words that make a sentence a report of the fall itself.
const REPORTING: &[&str] = &[
    "落马", "被查", "开除党籍", "双开", "违纪违法", "违法犯罪", "审查调查", "纪律审查", "监察调查", "立案审查", "立案调查", "被判", "判处", "受贿", "留置", "通报", "被捕", "撤职", "警示教育",
];

pub(crate) struct LeaderFallen {
    label: String,
    people: Vec<(String, Option<String>, Option<String>)>,
    matcher: Matcher,
}

impl LeaderFallen {
    /// `None` when the pack marks nobody as fallen.
    pub(crate) fn new(pack: &LeaderPack) -> Option<LeaderFallen> {
        let fallen: Vec<_> = pack.people.iter().filter(|p| p.status == LeaderStatus::Fallen).collect();
        if fallen.is_empty() {
            return None;
        }
        let entries: Vec<LexiconEntry> = fallen.iter().map(|p| LexiconEntry::new(p.name.clone())).collect();
        let matcher = Matcher::new(&entries).ok()?;
        let people = fallen.iter().map(|p| (p.name.clone(), p.since.clone(), p.note.clone())).collect();
        Some(LeaderFallen { label: pack.label(), people, matcher })
    }
}

fn sentence_of(text: &str, span: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let ends = ['。', '！', '？', '!', '?', '\n', '；', ';'];
    let start = text[..span.start].rfind(ends).map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    let end = text[span.end..].find(ends).map_or(text.len(), |i| span.end + i);
    start..end
}

impl Rule for LeaderFallen {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for f in self.matcher.find(doc.text) {
            let sentence = &doc.text[sentence_of(doc.text, &f.span)];
            if REPORTING.iter().any(|w| sentence.contains(w)) {
                continue;
            }
            let (name, since, note) = &self.people[f.entry];
            let mut message = format!("“{name}”在领导人数据包中标记为落马");
            if let Some(since) = since {
                message.push_str(&format!("（{since}）"));
            }
            if let Some(note) = note {
                message.push_str(&format!("：{note}"));
            }
            message.push_str(&format!("。请核实稿件是否应继续出现此人（{}）", self.label));
            out.push(DOC.diag(f.span, message, Vec::new()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    pub(crate) fn pack() -> LeaderPack {
        serde_json::from_str(include_str!("../../../../tests/data/leaders_fictional.json")).unwrap()
    }

    #[test]
    fn flags_mentions_of_fallen_people_even_spaced_out() {
        let rule = LeaderFallen::new(&pack()).unwrap();
        assert_eq!(flags(&rule, "市委书记贾示例出席活动并讲话").len(), 1);
        assert_eq!(flags(&rule, "贾 示 例同志指出")[0].0, "贾 示 例");
    }

    #[test]
    fn leaves_reports_of_the_fall_and_other_people_alone() {
        let rule = LeaderFallen::new(&pack()).unwrap();
        assert_clean(&rule, "贾示例因严重违纪违法被开除党籍。\n省长甄虚构出席活动。\n召开警示教育大会，通报贾示例案。");
    }
}
