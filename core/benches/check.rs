//! Checking a 10,000-character official text with the default config (every default rule on).
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use shenjiao_core::{Checker, Config};

fn official_text(chars: usize) -> String {
    let base = include_str!("official_prose.txt");
    base.chars().cycle().take(chars).collect()
}

fn bench_check(c: &mut Criterion) {
    let checker = Checker::new(Config::default()).expect("default config");
    let mut group = c.benchmark_group("check");
    for chars in [10_000usize] {
        let text = official_text(chars);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("official_prose_chars", chars), &text, |b, t| {
            b.iter(|| checker.check(std::hint::black_box(t)))
        });
    }
    group.finish();
    c.bench_function("checker_new_default", |b| b.iter(|| Checker::new(Config::default()).unwrap()));
}

criterion_group!(benches, bench_check);
criterion_main!(benches);
