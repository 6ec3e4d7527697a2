//! Site-lexicon matcher: load time of a 100k-term lexicon and match throughput.
//!
//! `cargo bench -p shenjiao-core --bench lexicon`. Only `sensitive/custom` runs, through the
//! public `Checker` API, so the numbers include normalisation and span mapping.

use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use shenjiao_core::Checker;

#[path = "support/lexicon_data.rs"]
mod data;
use data::{config, corpus, lexicon};

fn bench(c: &mut Criterion) {
    let entries = lexicon(100_000);
    let text = corpus(&entries);
    let mut g = c.benchmark_group("lexicon_100k");
    g.sample_size(10);
    // The config (100k owned entries) is built outside the timed part, as a caller would have it.
    g.bench_function("load", |b| {
        b.iter_batched(|| config(entries.clone()), |c| Checker::new(c).expect("loads"), BatchSize::LargeInput)
    });
    let checker = Checker::new(config(entries.clone())).expect("loads");
    let found = checker.check(&text).len();
    assert!(found > 100, "planted terms found: {found}");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("match_1MB_planted", |b| b.iter(|| checker.check(black_box(&text))));
    let clean = corpus(&[]);
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("match_1MB_prose", |b| b.iter(|| checker.check(black_box(&clean))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
