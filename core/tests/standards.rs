//! The standards rules (punctuation, number, format) against the examples of the rule table they
//! were built from, and against clean official prose.

use shenjiao_core::{Category, Checker, Config, Diagnostic, Severity};

const TABLE: &str = include_str!("../data/standards/checkable_rules_gb15834_gb15835_gb9704.tsv");
const CLEAN: &str = include_str!("data/standards_clean.txt");

fn checker() -> &'static Checker {
    static CHECKER: std::sync::OnceLock<Checker> = std::sync::OnceLock::new();
    CHECKER.get_or_init(|| Checker::new(Config::default()).expect("default config"))
}

fn standards_findings(text: &str) -> Vec<Diagnostic> {
    checker()
        .check(text)
        .into_iter()
        .filter(|d| matches!(d.category, Category::Punctuation | Category::Number | Category::Format))
        .collect()
}

/// (table id, a wrong example taken from that row, the rule that must flag it, its first suggestion).
const WRONG: &[(&str, &str, &str, Option<&str>)] = &[
    ("P01", "他说了很多...", "punctuation/ellipsis", Some("……")),
    ("P02", "猪肝、大豆、油菜……等", "punctuation/ellipsis-with-etc", Some("等")),
    ("P03", "…………………", "punctuation/ellipsis", Some("……")),
    ("P04", "北京—中国的首都", "punctuation/dash", Some("——")),
    ("P05", "他说：“我读过“三国”。”", "punctuation/nested-quotes", Some("‘")),
    ("P06", "《《中国工人》发刊词》", "punctuation/nested-quotes", Some("〈")),
    ("P07", "《红楼梦》、《三国演义》", "punctuation/comma-between-titles", Some("》《")),
    ("P08", "召开《全县安全生产工作会议》", "punctuation/book-title-misuse", Some("全县安全生产工作会议")),
    ("P12", "他说：会议决定：下周开工。", "punctuation/nested-colon", Some("，")),
    ("P09", "2023-2024年", "punctuation/range-mark", Some("—")),
    ("P09", "5~10℃", "punctuation/range-mark", Some("～")),
    ("P10", "15～30%", "number/range-unit", Some("15%～30%")),
    ("P10", "9～16亿", "number/range-unit", Some("9亿～16亿")),
    ("P10", "13～17万元", "number/range-unit", Some("13万元～17万元")),
    ("P11", "真的吗？？？？", "punctuation/repeated-question", Some("？")),
    ("P14", "列夫•托尔斯泰", "punctuation/interpunct", Some("·")),
    ("P15", "开会,研究部署工作.", "punctuation/half-width", Some("，")),
    ("P16", "工作。。", "punctuation/doubled", Some("。")),
    ("P17", "《中华人民共和国安全生产法", "punctuation/unpaired", None),
    ("P18", "三、五天", "punctuation/approx-comma", Some("三五")),
    ("P18", "十六、七岁", "punctuation/approx-comma", Some("六七")),
    ("P19", "关于开展安全检查的通知。", "format/title", Some("")),
    ("N01", "二0二四年", "number/year-zero", Some("二〇二四")),
    ("N01", "二零二四年", "number/year-zero", Some("二〇二四")),
    ("N01", "二O二四年", "number/year-zero", Some("二〇二四")),
    ("N02", "三千〇五十二", "number/quantity-zero", Some("零")),
    ("N03", "二〇二四年6月3日", "number/mixed-date", Some("2024年6月3日")),
    ("N04", "24年6月", "number/two-digit-year", Some("2024年")),
    ("N06", ".46", "number/decimal-point", Some("0.46")),
    ("N06", "0。46", "number/decimal-point", Some("0.46")),
    ("N08", "4千", "number/mixed-numerals", Some("4000")),
    ("N08", "1百零8", "number/mixed-numerals", None),
    ("N09", "3.15消费者权益日", "number/date-name", Some("“3·15”")),
    ("N09", "一二九运动", "number/date-name", Some("“一二·九”运动")),
    ("N10", "3、4个月", "number/approx-arabic", Some("三四")),
    ("N10", "20几个", "number/approx-arabic", Some("二十几")),
    ("D01", "国办发[2024]12号", "format/doc-number", Some("〔2024〕12号")),
    ("D01", "国办发【2024】12号", "format/doc-number", Some("〔2024〕12号")),
    ("D01", "国办发(2024)12号", "format/doc-number", Some("〔2024〕12号")),
    ("D01", "国办发〔24〕12号", "format/doc-number", Some("〔2024〕12号")),
    ("D01", "国办发〔2024〕第12号", "format/doc-number", Some("〔2024〕12号")),
    ("D01", "国办发〔2024〕012号", "format/doc-number", Some("〔2024〕12号")),
    ("D02", "2024年06月03日", "format/date-form", Some("2024年6月3日")),
    ("D02", "2024.6.3", "format/date-form", Some("2024年6月3日")),
    ("D02", "24年6月3日", "number/two-digit-year", Some("2024年")),
    ("D03", "（一）、加强领导", "format/heading-numbering", Some("（一）")),
    ("D03", "1、完善制度", "format/heading-numbering", Some("1.")),
    ("D04", "附件:1、xx表。", "format/attachment", Some("附件：1.")),
    ("D05", "各乡镇人民政府,县直各单位:", "punctuation/half-width", Some("，")),
    ("D06", "抄送:县委办,县人大办", "format/closing-notes", Some("办。")),
    ("D07", "此件公开发布", "format/closing-notes", Some("（此件公开发布）")),
    ("D08", "秘密*一年", "format/classification-star", Some("★")),
    ("D10", "关于xx的请示报告", "format/title", Some("请示")),
];

/// Rows not shipped as rules, and why.
const NOT_SHIPPED: &[(&str, &str)] = &[
    ("P13", "rare; 和 inside a 间隔号 title is not reliably a coordination"),
    ("P20", "placement of a period around brackets needs sentence parsing"),
    ("N05", "七八年 is also a correct approximate number"),
    ("N07", "needs whole-document consistency, not a per-sentence check"),
    ("N11", "needs a list of fixed expressions"),
    ("N12", "layout only"),
    ("N13", "only for 票据 context"),
    ("D09", "page footers are not in the checked text"),
    ("D11", "the title line cannot be identified reliably in plain text"),
    ("D12", "umbrella rule, covered by the P and N rules"),
];

fn rows() -> Vec<Vec<&'static str>> {
    TABLE.lines().filter(|l| !l.starts_with('#') && !l.starts_with("id\t")).map(|l| l.split('\t').collect()).collect()
}

#[test]
fn every_table_row_is_shipped_or_explained() {
    for row in rows() {
        let id = row[0];
        let shipped = WRONG.iter().any(|w| w.0 == id);
        let skipped = NOT_SHIPPED.iter().any(|s| s.0 == id);
        assert!(shipped ^ skipped, "{id}: shipped={shipped} skipped={skipped}");
    }
    assert_eq!(rows().len(), 45);
}

#[test]
fn wrong_examples_from_the_table_are_flagged_with_the_right_fix() {
    let rows = rows();
    for &(id, wrong, rule, fix) in WRONG {
        let row = rows.iter().find(|r| r[0] == id).unwrap_or_else(|| panic!("{id} not in table"));
        assert!(row[4].contains(wrong), "{id}: {wrong} is not the table's example {}", row[4]);
        let found = standards_findings(wrong);
        let hit = found.iter().find(|d| d.rule == rule);
        let Some(d) = hit else { panic!("{id}: {rule} did not flag {wrong}; got {found:?}") };
        assert_eq!(d.suggestions.first().map(String::as_str), fix, "{id}: {wrong}");
    }
}

#[test]
fn right_examples_from_the_table_are_clean() {
    for row in rows() {
        for right in row[5].split(['；', '/']) {
            let right = right.split('(').next().unwrap_or("").trim();
            if right.is_empty() || right == "—" || right.starts_with("— ") || row[0] == "D11" {
                continue;
            }
            let bad: Vec<_> =
                standards_findings(right).into_iter().filter(|d| d.severity >= Severity::Warning).collect();
            assert!(bad.is_empty(), "{}: {right} flagged {bad:?}", row[0]);
        }
    }
}

#[test]
fn clean_official_sentences_get_no_standards_findings() {
    let mut dirty = Vec::new();
    for line in CLEAN.lines().filter(|l| !l.trim().is_empty()) {
        let found: Vec<_> = standards_findings(line).into_iter().map(|d| (d.rule, d.severity)).collect();
        if found.iter().any(|f| f.1 >= Severity::Warning) {
            dirty.push(format!("{line} -> {found:?}"));
        }
    }
    assert!(dirty.is_empty(), "{}", dirty.join("\n"));
}

#[test]
fn spans_survive_emoji_extension_b_zero_width_and_crlf() {
    let text = "😀𠀀\u{200B}国办发[2024]12号\r\n𠀀2024年6月3日（星期二）\r\n二0二四年…";
    let found = standards_findings(text);
    for d in &found {
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end), "{d:?}");
    }
    let texts: Vec<&str> = found.iter().map(|d| &text[d.span.clone()]).collect();
    for want in ["[2024]12号", "星期二", "二0二四", "…"] {
        assert!(texts.contains(&want), "{want} not in {texts:?}");
    }
}

#[test]
fn hostile_input_never_panics() {
    let c = checker();
    let chars = [
        '年', '月', '日', '号', '〔', '〕', '[', '.', '。', '…', '-', '～', '0', '9', '二', '〇', '十', '（', '星',
        '期', '周', '、', '“', '”', '《', '》', '%', '万', '千', '附', '件', ':', '\r', '\n', '😀', '𠀀',
    ];
    // A fixed pseudo-random walk over the characters the rules look at.
    let mut x: u32 = 12345;
    for _ in 0..300 {
        let mut s = String::new();
        for _ in 0..40 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            s.push(chars[(x >> 16) as usize % chars.len()]);
        }
        for d in c.check(&s) {
            assert!(s.is_char_boundary(d.span.start) && s.is_char_boundary(d.span.end) && d.span.start < d.span.end);
        }
    }
}

const PLANTED: &str = include_str!("data/standards_planted.tsv");

#[test]
fn every_planted_violation_is_flagged_by_its_rule_with_its_fix() {
    let mut missed = Vec::new();
    let mut total = 0;
    for row in PLANTED.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let cols: Vec<&str> = row.split('\t').collect();
        let (line, rule, fix) = (cols[0], cols[1], cols.get(2).copied().unwrap_or(""));
        total += 1;
        let found = standards_findings(line);
        let ok = found.iter().any(|d| d.rule == rule && d.suggestions.first().map_or("", String::as_str) == fix);
        if !ok {
            missed.push(format!("{line}: want {rule} -> {fix:?}, got {found:?}"));
        }
    }
    assert!(total >= 100, "{total}");
    assert!(missed.is_empty(), "{} of {total} missed:\n{}", missed.len(), missed.join("\n"));
}
