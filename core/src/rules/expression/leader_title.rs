//! `expression/leader-title` and `expression/leader-name`: a leader named with another's title, and a
//! misspelt name next to the title its holder has, from the site's leader pack.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::confusion::Confusion;
use crate::leaders::{LeaderPack, LeaderStatus};
use crate::nearmiss::{NearMissMatcher, NearMissPolicy};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;

pub(crate) static TITLE_DOC: RuleDoc = RuleDoc {
    id: "expression/leader-title",
    category: Category::Expression,
    severity: Severity::Error,
    summary: "领导人姓名与职务不符",
    what: "根据领导人数据包（配置的 leaders 字段），查找紧挨着姓名的职务（职务在前或在后，如“市长郝示范”），该职务属于数据包中的其他人、而不是此人的，报告并建议此人的职务。职务是此人某一职务的简称（“虚构省省长”简称“省长”）时不报告。只认数据包里出现过的职务。",
    why: "领导人姓名与职务搭配错误属于政府网站检查中的严重表述错误。职务随人事任免而变，只能依据站点维护、标明日期的数据包检查。",
    source: "站点领导人数据包",
    wrong: "（数据包：甄虚构任虚构省省长）虚构省委书记甄虚构主持会议",
    right: "（数据包：甄虚构任虚构省省长）虚构省省长甄虚构主持会议",
};

pub(crate) static NAME_DOC: RuleDoc = RuleDoc {
    id: "expression/leader-name",
    category: Category::Expression,
    severity: Severity::Error,
    summary: "领导人姓名写错",
    what: "根据领导人数据包（配置的 leaders 字段）查找写错的领导人姓名，建议正确姓名：在数据包中的具体职务（含地名或机构，如“虚构省省长”）紧后面或紧前面，与任职者姓名只差一个字的，如“虚构省省长甄虚钩”；在其他位置，三字以上的姓名只差一个音同、音近或形近的字的，如“甄虚沟”。“市长”“省委书记”这类不带地名的职务后面可能是别的地方的领导，不按职务检查；数据包里的其他人名不报告。",
    why: "领导人姓名写错是政府网站检查中最严重的表述错误之一，常导致网站被通报。",
    source: "站点领导人数据包",
    wrong: "（数据包：甄虚构任虚构省省长）虚构省省长甄虚钩主持会议",
    right: "（数据包：甄虚构任虚构省省长）虚构省省长甄虚构主持会议",
};

struct Person {
    name: Vec<char>,
    name_str: String,
    titles: Vec<String>,
}

/// Names and titles of the people in office or formerly in office.
struct Index {
    people: Vec<Person>,
    titles: Vec<String>,
    /// People holding each title.
    holders: Vec<Vec<usize>>,
    title_ac: AhoCorasick,
    name_ac: AhoCorasick,
}

impl Index {
    fn new(pack: &LeaderPack) -> Option<Index> {
        let people: Vec<Person> = pack
            .people
            .iter()
            .filter(|p| p.status != LeaderStatus::Fallen)
            .map(|p| Person { name: p.name.chars().collect(), name_str: p.name.clone(), titles: p.titles.clone() })
            .collect();
        let mut titles: Vec<String> = Vec::new();
        let mut holders: Vec<Vec<usize>> = Vec::new();
        for (i, p) in people.iter().enumerate() {
            for t in &p.titles {
                match titles.iter().position(|x| x == t) {
                    Some(j) => holders[j].push(i),
                    None => {
                        titles.push(t.clone());
                        holders.push(vec![i]);
                    }
                }
            }
        }
        if people.is_empty() || titles.is_empty() {
            return None;
        }
        let build = |p: Vec<&str>| AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(p).ok();
        let title_ac = build(titles.iter().map(String::as_str).collect())?;
        let name_ac = build(people.iter().map(|p| p.name_str.as_str()).collect())?;
        Some(Index { people, titles, holders, title_ac, name_ac })
    }

    /// A title fits a person if it is one of theirs, or one of theirs ends with it (省长 for 虚构省省长), or it ends with one of theirs.
    fn fits(&self, person: usize, title: &str) -> bool {
        self.people[person].titles.iter().any(|t| t == title || t.ends_with(title) || title.ends_with(t.as_str()))
    }
}

/// Titles found in the text, with their ranges.
fn titles_in(ix: &Index, text: &str) -> Vec<(usize, Range<usize>)> {
    ix.title_ac.find_iter(text).map(|m| (m.pattern().as_usize(), m.range())).collect()
}

pub(crate) struct LeaderTitle(Index);


impl LeaderTitle {
    pub(crate) fn new(pack: &LeaderPack) -> Option<LeaderTitle> {
        Index::new(pack).map(LeaderTitle)
    }
}

impl Rule for LeaderTitle {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let ix = &self.0;
        let text = doc.text;
        let titles = titles_in(ix, text);
        for m in ix.name_ac.find_iter(text) {
            let person = m.pattern().as_usize();
            let adjacent = titles.iter().find(|(_, r)| r.end == m.start() || r.start == m.end());
            let Some((t, range)) = adjacent else { continue };
            let title = &ix.titles[*t];
            if ix.fits(person, title) {
                continue;
            }
            let p = &ix.people[person];
            let own = p.titles.first().cloned();
            let message = match &own {
                Some(own) => format!("据领导人数据包，{}的职务是“{own}”，不是“{title}”", p.name_str),
                None => format!("据领导人数据包，“{title}”不是{}的职务", p.name_str),
            };
            out.push(TITLE_DOC.diag(range.clone(), message, own.into_iter().collect()));
        }
    }
}

pub(crate) struct LeaderName {
    index: Index,
    /// Names of three or more characters, for near-misses away from any title (the shared
    /// near-miss engine of `typo/serious-near-miss`).
    near: NearMissMatcher,
    confusion: Confusion,
}

impl LeaderName {
    pub(crate) fn new(pack: &LeaderPack) -> Option<LeaderName> {
        let index = Index::new(pack)?;
        let policy = NearMissPolicy { min_len: 3, two_diffs_from: usize::MAX, missing_from: 0 };
        let near = NearMissMatcher::new(index.people.iter().map(|p| p.name_str.as_str()), policy);
        Some(LeaderName { index, near, confusion: Confusion::builtin() })
    }
}

/// Exactly one char differs.
fn one_substitution(a: &[char], b: &[char]) -> bool {
    a.len() == b.len() && a.iter().zip(b).filter(|(x, y)| x != y).count() == 1
}

impl Rule for LeaderName {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let ix = &self.index;
        let start = out.len();
        let text = doc.text;
        for (t, range) in titles_in(ix, text) {
            // After a bare 市长 a different mayor is as likely as a typo; only a specific title
            // (虚构市市长) identifies whose name must follow.
            if ix.titles[t].chars().count() <= 4 {
                continue;
            }
            for &h in &ix.holders[t] {
                let p = &ix.people[h];
                let n = p.name.len();
                let after: Vec<(usize, char)> = text[range.end..].char_indices().take(n).collect();
                let before: Vec<(usize, char)> = text[..range.start].char_indices().rev().take(n).collect();
                let candidates = [
                    (after.len() == n).then(|| {
                        let end = after.last().map_or(range.end, |&(i, c)| range.end + i + c.len_utf8());
                        (range.end..end, after.iter().map(|&(_, c)| c).collect::<Vec<_>>())
                    }),
                    (before.len() == n).then(|| {
                        let start = before.last().map_or(range.start, |&(i, _)| i);
                        (start..range.start, before.iter().rev().map(|&(_, c)| c).collect::<Vec<_>>())
                    }),
                ];
                for (span, chars) in candidates.into_iter().flatten() {
                    let known = ix.people.iter().any(|q| q.name == chars);
                    if !known && chars.iter().all(|c| crate::text::is_han(*c)) && one_substitution(&chars, &p.name) {
                        out.push(NAME_DOC.diag(
                            span,
                            format!("据领导人数据包，{}是{}，姓名疑似写错", ix.titles[t], p.name_str),
                            vec![p.name_str.clone()],
                        ));
                    }
                }
            }
        }
        // Away from titles, only a confusable character (same sound or similar shape) counts:
        // another person's name can differ from a leader's in any other way.
        let conf = &self.confusion;
        for hit in self.near.find(text, |a, b| conf.kind(a, b).is_some()) {
            let written: Vec<char> = text[hit.span.clone()].chars().collect();
            let seen = out[start..].iter().any(|d| d.span.start < hit.span.end && hit.span.start < d.span.end);
            if seen || ix.people.iter().any(|q| q.name == written) {
                continue;
            }
            let name = self.near.name(hit.name).to_string();
            out.push(NAME_DOC.diag(hit.span, format!("“{}”疑为领导人“{name}”的姓名写错（据领导人数据包）", written.iter().collect::<String>()), vec![name]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    fn pack() -> LeaderPack {
        serde_json::from_str(include_str!("../../../../tests/data/leaders_fictional.json")).unwrap()
    }

    #[test]
    fn wrong_title_gets_the_persons_title() {
        let rule = LeaderTitle::new(&pack()).unwrap();
        assert_eq!(
            flags(&rule, "虚构省委书记甄虚构主持会议"),
            vec![("虚构省委书记".into(), Some("虚构省省长".into()))]
        );
        assert_eq!(flags(&rule, "市长林拟安讲话")[0].1.as_deref(), Some("虚构省委书记"));
    }

    #[test]
    fn right_titles_and_short_forms_are_fine() {
        assert_clean(
            &LeaderTitle::new(&pack()).unwrap(),
            "虚构省省长甄虚构主持会议\n省长甄虚构、省委书记林拟安出席\n虚构市市长郝示范讲话\n郝示范市长指出",
        );
    }

    #[test]
    fn misspelt_names_next_to_titles() {
        let rule = LeaderName::new(&pack()).unwrap();
        assert_eq!(flags(&rule, "虚构省省长甄虚钩主持会议"), vec![("甄虚钩".into(), Some("甄虚构".into()))]);
        assert_eq!(flags(&rule, "虚构市市长郝示饭指出"), vec![("郝示饭".into(), Some("郝示范".into()))]);
        assert!(flags(&rule, "市长郝示伟指出").is_empty(), "a bare title does not say who is meant");
        assert_eq!(flags(&rule, "市长郝示饭指出").len(), 1, "饭 sounds like 范");
        assert_eq!(flags(&rule, "会上，甄虚沟强调"), vec![("甄虚沟".into(), Some("甄虚构".into()))]);
        assert!(flags(&rule, "会上，甄虚伟强调").is_empty(), "伟 is neither a homophone nor a look-alike of 构");
    }

    #[test]
    fn right_names_and_other_text_after_titles_are_fine() {
        assert_clean(
            &LeaderName::new(&pack()).unwrap(),
            "虚构省省长甄虚构主持会议\n省长甄虚构出席\n副市长出席会议并讲话\n市长郝示范讲话",
        );
    }
}
