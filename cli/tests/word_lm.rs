//! `--lm FILE`: the optional word language model behind `typo/context-model`.

use assert_cmd::Command;
use serde_json::Value;

/// A toy ARPA model in which 在 precedes 学校 and 学校 precedes 门口.
const TOY: &str = "\\data\\\nngram 1=8\nngram 2=5\n\n\\1-grams:\n\
-1.0\t我们\t-1.0\n-1.2\t在\t-1.0\n-3.0\t再\t-1.0\n-3.0\t学校\t-1.0\n-3.2\t见面\t-1.0\n-3.0\t门口\t-1.0\n-4.5\t学\t-1.0\n-4.5\t校\t-1.0\n\n\
\\2-grams:\n-0.5\t我们 在\n-0.3\t在 学校\n-0.4\t学校 门口\n-0.4\t门口 见面\n-0.2\t再 见面\n\n\\end\\\n";

fn temp(name: &str, body: &str) -> String {
    let dir = std::env::temp_dir().join(format!("shenjiao-lm-{}-{:?}", std::process::id(), std::thread::current().id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path.to_str().unwrap().to_string()
}

fn context_findings(stdin: &str, extra: &[&str]) -> Vec<Value> {
    let out = Command::cargo_bin("shenjiao").unwrap().args(["check", "--per-line", "--format", "jsonl"]).args(extra).arg("-").write_stdin(stdin).output().unwrap();
    let line: Value = serde_json::from_str(String::from_utf8(out.stdout).unwrap().lines().next().unwrap()).unwrap();
    line["diagnostics"].as_array().unwrap().iter().filter(|d| d["rule"] == "typo/context-model").cloned().collect()
}

#[test]
fn lm_turns_on_context_model_with_scalar_offsets() {
    let lm = temp("toy.arpa", TOY);
    let found = context_findings("😀我们再学校门口见面\n", &["--lm", &lm]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0]["start"].as_u64(), found[0]["end"].as_u64()), (Some(3), Some(4)));
    assert_eq!(found[0]["suggestions"], serde_json::json!(["在"]));
    assert!(context_findings("😀我们再学校门口见面\n", &[]).is_empty(), "no model, no rule");
    assert!(context_findings("我们在学校门口见面\n", &["--lm", &lm]).is_empty());
}

#[test]
fn a_bad_model_is_a_usage_error_naming_the_line() {
    let bad = temp("bad.arpa", "\\data\\\n\\1-grams:\n-1.0\t甲\nnope\t乙\n");
    let out = Command::cargo_bin("shenjiao").unwrap().args(["check", "--lm", &bad, "-"]).write_stdin("甲").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("line 4") && err.contains("bad.arpa"), "{err}");
}

#[test]
fn eval_csc_takes_the_model_too() {
    let lm = temp("toy.arpa", TOY);
    let rows = temp("rows.tsv", "我们再学校门口见面\t我们在学校门口见面\n我们在学校门口见面\t我们在学校门口见面\n");
    let out = Command::cargo_bin("shenjiao").unwrap().args(["eval", "csc", "--json", "--lm", &lm, &rows]).output().unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_str(&String::from_utf8(out.stdout).unwrap()).unwrap();
    assert_eq!(v["correction"]["tp"], 1, "{v}");
    assert_eq!(v["false_alarm"]["flagged"], 0, "{v}");
}

#[test]
fn audit_takes_the_model_too() {
    let lm = temp("toy.arpa", TOY);
    let page = temp("page.txt", "我们再学校门口见面。\n");
    let run = |extra: &[&str]| -> String {
        let out = Command::cargo_bin("shenjiao").unwrap().args(["audit", &page, "--now", "2026-09-30", "--json", "-"]).args(extra).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(run(&["--lm", &lm]).contains("typo/context-model"));
    assert!(!run(&[]).contains("typo/context-model"));
}
