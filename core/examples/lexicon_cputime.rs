//! On-CPU time of loading a 100k-term lexicon and matching 1 MB, for machines shared with other
//! jobs where criterion's wall-clock numbers swing. Linux only (reads /proc/thread-self/schedstat).
//!
//! `cargo run --profile bench -p shenjiao-core --example lexicon_cputime`

#[path = "../benches/support/lexicon_data.rs"]
mod data;
use data::{config, corpus, lexicon};
use shenjiao_core::Checker;

fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .expect("/proc/thread-self/schedstat (Linux)")
}

fn median_and_best(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(|a, b| a.total_cmp(b));
    (v[v.len() / 2], v[0])
}

fn main() {
    let entries = lexicon(100_000);
    let mut loads = Vec::new();
    for _ in 0..7 {
        let c = config(entries.clone());
        let t = cpu_ns();
        let checker = Checker::new(c).expect("loads");
        loads.push((cpu_ns() - t) as f64 / 1e6);
        drop(checker);
    }
    let (median, best) = median_and_best(loads);
    println!("load 100k terms: median {median:.1} ms CPU (best {best:.1})");
    let checker = Checker::new(config(entries.clone())).expect("loads");
    for (name, text) in [("planted", corpus(&entries)), ("prose", corpus(&[]))] {
        let mut secs = Vec::new();
        for _ in 0..15 {
            let t = cpu_ns();
            std::hint::black_box(checker.check(&text).len());
            secs.push((cpu_ns() - t) as f64 / 1e9);
        }
        let mib = text.len() as f64 / (1024.0 * 1024.0);
        let (median, best) = median_and_best(secs);
        println!("match 1 MB {name}: median {:.1} MiB/s CPU (best {:.1})", mib / median, mib / best);
    }
}
