//! `punctuation/doubled`: the same 点号 written twice in a row (。。 ，，).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::same_char_runs;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/doubled",
    category: Category::Punctuation,
    severity: Severity::Error,
    summary: "点号重复",
    what: "同一个点号（，。、；：）连续出现两次或更多，如“。。”“，，”。三个及以上句号连用按误用的省略号处理，建议改为“……”。问号、叹号的叠用（不超过三个）属于修辞用法，不在此检查。",
    why: "GB/T 15834—2011《标点符号用法》中每个点号表示一处停顿，没有重复使用的用法；省略号的形式是“……”（4.11），不能用“。。。”代替。重复点号是政府网站检查中常见的低级差错。",
    source: "GB/T 15834—2011 4.1–4.7、4.11",
    wrong: "各单位要高度重视。。",
    right: "各单位要高度重视。",
};

const POINT_MARKS: [char; 5] = ['，', '。', '、', '；', '：'];

pub(crate) struct Doubled;

impl Rule for Doubled {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (start, end, c, count) in same_char_runs(text, |c| POINT_MARKS.contains(&c)) {
            if count < 2 {
                continue;
            }
            let (message, fix) = if c == '。' && count >= 3 {
                ("“。。。”不是规范的省略号，省略号应写作“……”".to_string(), "……".to_string())
            } else {
                (format!("点号“{c}”重复了{count}次，只保留一个"), c.to_string())
            };
            out.push(DOC.diag(start..end, message, vec![fix]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_doubled_marks() {
        assert_eq!(flags(&Doubled, "各单位要高度重视。。"), vec![("。。".into(), Some("。".into()))]);
        assert_eq!(flags(&Doubled, "加强领导，，明确责任"), vec![("，，".into(), Some("，".into()))]);
        assert_eq!(flags(&Doubled, "省、、市、县"), vec![("、、".into(), Some("、".into()))]);
    }

    #[test]
    fn three_full_stops_are_a_bad_ellipsis() {
        assert_eq!(flags(&Doubled, "等等。。。"), vec![("。。。".into(), Some("……".into()))]);
    }

    #[test]
    fn leaves_official_text_alone() {
        assert_clean(
            &Doubled,
            "现将自查情况报告如下。\n\
             按照省、市统一要求，结合本单位实际情况，对栏目进行了全面梳理和优化。\n\
             真的吗？？？\n\
             他说：“会议决定：下周开工。”\n\
             猪肝、大豆、油菜……",
        );
    }

    #[test]
    fn different_marks_next_to_each_other_are_not_this_rule() {
        assert!(flags(&Doubled, "好。，").is_empty());
    }
}
