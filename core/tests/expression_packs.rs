//! Built-in wording packs end to end, with the default config: every planted problem is flagged by
//! the expected rule with the expected first suggestion, and clean official sentences get no error
//! or warning from the `expression` and `sensitive` rules.
use shenjiao_core::{Category, Checker, Config, Severity};

#[test]
fn planted_problems_are_flagged_with_the_right_suggestion() {
    let checker = Checker::new(Config::default()).unwrap();
    let cases = include_str!("data/expression_planted.tsv");
    let mut n = 0;
    for line in cases.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut cols = line.split('\t');
        let (text, rule, suggestion) = (cols.next().unwrap(), cols.next().unwrap(), cols.next().unwrap_or(""));
        let found = checker.check(text);
        let hit = found.iter().find(|d| d.rule == rule);
        let hit = hit.unwrap_or_else(|| panic!("{rule} missed: {text}\nfound: {found:?}"));
        assert_eq!(hit.suggestions.first().map_or("", String::as_str), suggestion, "{text}");
        assert!(hit.severity >= Severity::Warning, "{text}");
        n += 1;
    }
    assert!(n >= 30, "only {n} cases");
}

#[test]
fn clean_official_sentences_stay_clean() {
    let checker = Checker::new(Config::default()).unwrap();
    for line in include_str!("data/expression_clean.txt").lines() {
        let noisy: Vec<_> = checker
            .check(line)
            .into_iter()
            .filter(|d| matches!(d.category, Category::Expression | Category::Sensitive) && d.severity >= Severity::Warning)
            .map(|d| format!("{} “{}”", d.rule, &line[d.span]))
            .collect();
        assert!(noisy.is_empty(), "{line}: {noisy:?}");
    }
}
