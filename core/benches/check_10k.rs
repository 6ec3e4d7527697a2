//! Native speed target: a 10,000-character official text with every rule on in ≤ 20 ms.
//!
//! The text is the project's clean official prose (tests/data), repeated to 10,000 chars, with a
//! few typos so the detectors do real work. Run: `cargo bench -p shenjiao-core --bench check_10k`.
//! If `./dev lm` has built the optional word model, the same text is also checked with it.

use criterion::{criterion_group, criterion_main, Criterion};
use shenjiao_core::{Checker, Config, WordLm};
use std::sync::Arc;
use std::hint::black_box;

const PROSE: [&str; 3] = [
    include_str!("../../tests/data/dev_clean.txt"),
    include_str!("../../tests/data/clean_validation.txt"),
    include_str!("../../tests/data/heldout_clean.txt"),
];

fn official_text(chars: usize) -> String {
    let typos = "研究制定总休方案，做好招标投杆工作。根据中华人民共合国宪法。\n";
    let mut text = String::new();
    while text.chars().count() < chars {
        text.push_str(typos);
        for p in PROSE {
            text.push_str(p);
        }
    }
    text.chars().take(chars).collect()
}

fn bench(c: &mut Criterion) {
    let text = official_text(10_000);
    assert_eq!(text.chars().count(), 10_000);
    let checker = Checker::new(Config::default()).expect("default config");
    assert!(!checker.check(&text).is_empty(), "the injected typos are found");
    c.bench_function("check 10k chars, all rules", |b| b.iter(|| checker.check(black_box(&text))));
    let model = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/wordlm/open-gram.arpa");
    if let Ok(arpa) = std::fs::read_to_string(&model) {
        let lm = Arc::new(WordLm::from_arpa(&arpa).expect("the model ./dev lm built"));
        let with_lm = Checker::with_word_lm(Config::default(), lm).expect("default config");
        c.bench_function("check 10k chars, all rules + word model (native only)", |b| b.iter(|| with_lm.check(black_box(&text))));
        c.bench_function("WordLm::from_arpa (open-gram, 57 MB)", |b| b.iter(|| WordLm::from_arpa(black_box(&arpa))));
    }
    c.bench_function("Checker::new (default config, loads dictionaries)", |b| {
        b.iter(|| Checker::new(black_box(Config::default())))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
