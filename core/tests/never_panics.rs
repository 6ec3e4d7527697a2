//! Untrusted input: any text and any config string must give findings or an error, never a panic,
//! and every span must be a non-empty, in-bounds byte range on char boundaries.
use proptest::prelude::*;
use shenjiao_core::{Checker, Config, LexiconEntry};

/// Characters that exercise the rules' edges: CJK, marks the rules look at, multi-unit chars,
/// fillers, line ends, and anything else.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(
            "中国人民共和政府网站成份笔划定单规某公司台湾当局年月日〇零一二三四五六七八九十齐哈尔省州市再在得地慢"
                .chars()
                .collect::<Vec<_>>()
        ),
        4 => prop::sample::select(
            "，。、；：？！,.;:?!（）()《》〈〉“”‘’\"'【】〔〕[]…—-～~·\u{200B}\u{FEFF}\u{A0}\u{3000} \r\n\t😀𠀀👨\u{200D}0123456789Xx"
                .chars()
                .collect::<Vec<_>>()
        ),
        1 => any::<char>(),
    ]
}

fn build_checker() -> Checker {
    let mut config = Config::default();
    // Lone-character replacements are off by default; turn them on so they are fuzzed too.
    config.typo.min_single_context = 14.0;
    for term in ["某某", "某某公司", "台湾政府", "中", "。", "第2号", "维生素C片"] {
        config.lexicon.push(LexiconEntry::new(term));
    }
    config.allowlist.push("某某路".into());
    Checker::new(config).unwrap()
}

static CHECKER: std::sync::LazyLock<Checker> = std::sync::LazyLock::new(build_checker);

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_well_formed_findings(chars in prop::collection::vec(tricky_char(), 0..200)) {
        let text: String = chars.into_iter().collect();
        let found = CHECKER.check(&text);
        let mut last = 0;
        for d in &found {
            prop_assert!(d.span.start < d.span.end && d.span.end <= text.len(), "{:?}", d);
            prop_assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
            prop_assert!(d.span.start >= last, "sorted by position");
            last = d.span.start;
            prop_assert!(!d.message.is_empty());
        }
    }

    #[test]
    fn any_config_string_is_ok_or_a_named_error(s in "\\PC{0,80}") {
        let _ = Checker::from_json(&s);
    }

}

proptest! {
    // Each accepted config builds a full checker (dictionaries included), so fewer cases.
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn any_json_shaped_config_is_ok_or_a_named_error(
        key in prop::sample::select(vec!["rules", "categories", "allowlist", "lexicon", "typo", "x"]),
        value in prop::sample::select(vec!["{}", "[]", "null", "1", "\"off\"", "{\"punctuation/doubled\":\"off\"}", "[{\"term\":\"\"}]", "[\"\"]", "{\"typo\":\"warning\"}"]),
    ) {
        let json = format!("{{\"{key}\": {value}}}");
        if let Err(e) = Checker::from_json(&json) {
            prop_assert!(!e.path.is_empty() || !e.message.is_empty());
        }
    }
}
