//! Untrusted input: any text and any config string must give findings or an error, never a panic,
//! and every span must be a non-empty, in-bounds byte range on char boundaries.
use proptest::prelude::*;
use shenjiao_core::{Checker, Config, LexiconEntry, WordLm};

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
    // A small word model, so `typo/context-model` is fuzzed too, at a threshold that lets it speak.
    config.typo.context_model_min_gain = 1.0;
    let arpa = "\\1-grams:\n-1.0\t中国\t-0.5\n-1.5\t在\t-0.5\n-2.0\t再\t-0.5\n-1.2\t政府\t-0.5\n-2.5\t得\t-0.5\n-2.0\t地\t-0.5\n\
                \\2-grams:\n-0.2\t中国 政府\n-0.3\t在 中国\n-0.4\t地 在\n";
    Checker::with_word_lm(config, std::sync::Arc::new(WordLm::from_arpa(arpa).unwrap())).unwrap()
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
        // The typo family gives one finding per typo: its findings never overlap.
        let typo: Vec<_> = found.iter().filter(|d| d.rule.starts_with("typo/")).collect();
        prop_assert!(typo.windows(2).all(|w| w[0].span.end <= w[1].span.start), "{:?}", typo);
    }

    #[test]
    fn any_config_string_is_ok_or_a_named_error(s in "\\PC{0,80}") {
        let _ = Checker::from_json(&s);
    }

    #[test]
    fn any_language_model_text_is_ok_or_an_error_naming_a_line(
        lines in prop::collection::vec(prop::sample::select(vec![
            "\\data\\", "ngram 1=2", "\\1-grams:", "\\2-grams:", "\\3-grams:", "\\end\\", "-1.0\t甲\t-0.2",
            "-0.5\t乙", "-0.1\t甲 乙", "-0.1\t甲 丙", "nan\t丁", "-inf\t戊", "1e40\t己", "", "\\x", "-1\t甲 乙 丙",
            "-3e38\t庚", "-1\t辛\t3e38", "-99\t<s>",
        ]), 0..12),
    ) {
        if let Err(e) = WordLm::from_arpa(&lines.join("\n")) {
            prop_assert!(e.line >= 1 && !e.message.is_empty());
        }
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
