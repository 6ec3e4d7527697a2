//! Precision guard: clean official prose must produce no error or warning finding.
use shenjiao_core::{Checker, Config, Severity};

#[test]
fn official_prose_is_clean() {
    let text = include_str!("data/official_prose.txt");
    let checker = Checker::new(Config::default()).unwrap();
    let noisy: Vec<_> = checker
        .check(text)
        .into_iter()
        .filter(|d| d.severity >= Severity::Warning)
        .map(|d| format!("{} {:?} {}", d.rule, &text[d.span.clone()], d.message))
        .collect();
    assert!(noisy.is_empty(), "false alarms on clean prose:\n{}", noisy.join("\n"));
}

#[test]
fn crlf_and_zero_width_variants_of_clean_prose_stay_clean() {
    let text = include_str!("data/official_prose.txt").replace('\n', "\r\n").replace("工作", "工\u{200B}作");
    let checker = Checker::new(Config::default()).unwrap();
    assert!(checker.check(&text).iter().all(|d| d.severity < Severity::Warning));
}
