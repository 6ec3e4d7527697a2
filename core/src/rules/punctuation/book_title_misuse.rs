//! `punctuation/book-title-misuse`: 书名号 around the name of a meeting, event, organisation or award.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/book-title-misuse",
    category: Category::Punctuation,
    severity: Severity::Info,
    summary: "书名号可能用于非作品名称",
    what: "书名号里的名称以“会议”“大会”“座谈会”“培训班”“论坛”“活动”“委员会”“办公室”等结尾，可能是会议、活动、机构名称而不是作品名。只作提示：以这些词结尾的文件、报告、图书名也存在，需要人来判断。",
    why: "GB/T 15834—2011 附录A 书名号补充规则：不能视为作品的课程、课题、奖品奖状、商标、证照、组织机构、会议、活动等名称，不应用书名号。",
    source: "GB/T 15834—2011 附录A",
    wrong: "召开《全县安全生产工作会议》",
    right: "召开全县安全生产工作会议",
};

const SUFFIXES: [&str; 10] =
    ["工作会议", "座谈会", "推进会", "动员会", "大会", "培训班", "论坛", "活动", "委员会", "办公室"];

pub(crate) struct BookTitleMisuse;

impl Rule for BookTitleMisuse {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        let mut open: Option<usize> = None;
        for (i, c) in text.char_indices() {
            match c {
                '《' => open = Some(i),
                '\n' => open = None,
                '》' => {
                    let Some(o) = open.take() else { continue };
                    let inner = &text[o + '《'.len_utf8()..i];
                    if inner.contains(['〈', '《']) || !SUFFIXES.iter().any(|s| inner.ends_with(s)) {
                        continue;
                    }
                    let msg = format!("“{inner}”像是会议、活动或机构名称，这类名称不用书名号");
                    out.push(DOC.diag(o..i + '》'.len_utf8(), msg, vec![inner.to_string()]));
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn hints_at_meetings_in_book_title_marks() {
        assert_eq!(
            flags(&BookTitleMisuse, "召开《全县安全生产工作会议》"),
            vec![("《全县安全生产工作会议》".into(), Some("全县安全生产工作会议".into()))]
        );
    }

    #[test]
    fn leaves_works_alone() {
        assert_clean(
            &BookTitleMisuse,
            "《政府工作报告》\n《关于召开全县安全生产工作会议的通知》\n《中华人民共和国安全生产法》",
        );
    }
}
