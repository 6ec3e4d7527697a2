//! `shenjiao review`: the example records in tests/data/review and a scripted 三审.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

const NOW: &str = "2024-06-12T18:00:00+08:00";

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/review").join(name)
}

fn sj() -> Command {
    Command::cargo_bin("shenjiao").unwrap()
}

fn verify(record: &Path, text: &Path, meta: &Path) -> Command {
    let mut c = sj();
    c.args(["review", "verify", "--now", NOW, "--config"])
        .arg(data("workflow.json"))
        .arg("--record")
        .arg(record)
        .arg("--text")
        .arg(text)
        .arg("--meta")
        .arg(meta);
    c
}

#[test]
fn every_example_record_gets_its_documented_verdict() {
    let cases = std::fs::read_to_string(data("cases.tsv")).unwrap();
    let mut n = 0;
    for line in cases.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [record, text, meta, expected] = cols[..] else { panic!("bad line {line}") };
        let out = verify(&data(record), &data(text), &data(meta)).arg("--format").arg("json").output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut rules: Vec<&str> =
            json["diagnostics"].as_array().unwrap().iter().map(|d| d["rule"].as_str().unwrap()).collect();
        rules.sort();
        let want: Vec<&str> = if expected == "-" { vec![] } else { expected.split(',').collect() };
        assert_eq!(rules, want, "{line}");
        assert_eq!(out.status.code(), Some(if want.is_empty() { 0 } else { 1 }), "{line}");
        assert_eq!(json["ok"], want.is_empty());
        n += 1;
    }
    assert!(n >= 25, "only {n} cases");
}

#[test]
fn text_output_names_rule_ids_in_chinese_and_locates_text_findings() {
    verify(&data("record-missing-step.json"), &data("text.txt"), &data("meta.json"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[review/step-missing] 缺少“审核”步骤"))
        .stdout(predicate::str::contains("三审核验未通过：1 项问题。"));
    verify(&data("record-unresolved.json"), &data("text-flawed.txt"), &data("meta.json"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("text-flawed.txt:4:42: error [review/finding-unresolved] 错误“。。”"));
    verify(&data("record-valid.json"), &data("text.txt"), &data("meta.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains("三审核验通过"));
}

#[test]
fn json_offsets_are_unicode_scalars() {
    let out = verify(&data("record-unresolved.json"), &data("text-flawed.txt"), &data("meta.json"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = &json["diagnostics"][0];
    let text = std::fs::read_to_string(data("text-flawed.txt")).unwrap();
    let start = d["start"].as_u64().unwrap() as usize;
    let flagged: String = text.chars().skip(start).take(2).collect();
    assert_eq!(flagged, "。。");
    assert_eq!(d["text"], "。。");
}

#[test]
fn bad_config_or_now_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("workflow.json");
    std::fs::write(&bad, r#"{"schema":"shenjiao-review/1","steps":[]}"#).unwrap();
    sj().args(["review", "verify", "--config"])
        .arg(&bad)
        .arg("--record")
        .arg(data("record-valid.json"))
        .arg("--text")
        .arg(data("text.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("steps"));
    verify(&data("record-valid.json"), &data("text.txt"), &data("meta.json"))
        .args(["--now", "tomorrow"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--now"));
}

fn approve(record: &Path, text: &Path, step: &str, id: &str, role: &str, time: &str) -> Command {
    approve_item(record, text, step, id, role, time, "news-9")
}

fn approve_item(record: &Path, text: &Path, step: &str, id: &str, role: &str, time: &str, item: &str) -> Command {
    let mut c = sj();
    c.args(["review", "approve", "--config"])
        .arg(data("workflow.json"))
        .arg("--record")
        .arg(record)
        .arg("--text")
        .arg(text)
        .args(["--item", item, "--step", step, "--reviewer-id", id, "--reviewer-name", id, "--role", role, "--time", time]);
    c
}

#[test]
fn a_scripted_review_passes_and_a_later_edit_fails() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.json");
    let text = dir.path().join("text.txt");
    std::fs::copy(data("text-flawed.txt"), &text).unwrap();
    approve(&record, &text, "初审", "u1", "编辑", "2024-06-12T09:00:00+08:00").assert().success();
    verify(&record, &text, &data("meta.json"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("review/step-missing"))
        .stdout(predicate::str::contains("review/finding-unresolved"));

    // Fix the doubled mark, then 审核 and 审发 sign the fixed text, recording the fix.
    std::fs::copy(data("text.txt"), &text).unwrap();
    approve(&record, &text, "初审", "u1", "编辑", "2024-06-12T09:30:00+08:00")
        .args(["--fixed", "punctuation/doubled:。。"])
        .assert()
        .success();
    approve(&record, &text, "审核", "u2", "科室负责人", "2024-06-12T10:00:00+08:00").assert().success();
    approve(&record, &text, "审发", "u3", "主要负责人", "2024-06-12T11:00:00+08:00").assert().success();
    verify(&record, &text, &data("meta.json")).assert().success();

    let stored = std::fs::read_to_string(&record).unwrap();
    assert_eq!(stored.matches("\"step\"").count(), 4);
    assert!(stored.contains("\"resolution\": \"fixed\""));

    std::fs::write(&text, std::fs::read_to_string(data("text-edited.txt")).unwrap()).unwrap();
    verify(&record, &text, &data("meta.json"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("review/content-changed"));
}

#[test]
fn approve_refuses_unknown_steps_and_bad_times_and_leaves_the_record_alone() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.json");
    approve(&record, &data("text.txt"), "终审", "u1", "编辑", "2024-06-12T09:00:00+08:00")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown step"));
    approve(&record, &data("text.txt"), "初审", "u1", "编辑", "2024-06-12 09:00")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("time"));
    assert!(!record.exists());
    approve(&record, &data("text.txt"), "初审", "u1", "编辑", "2024-06-12T09:00:00+08:00").assert().success();
    let before = std::fs::read_to_string(&record).unwrap();
    approve_item(&record, &data("text.txt"), "审核", "u2", "科室负责人", "2024-06-12T10:00:00+08:00", "news-10")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("news-9"));
    approve(&record, &data("text.txt"), "审核", "u2", "科室负责人", "2024-06-12T10:00:00+08:00")
        .args(["--tier", "C"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("tier"));
    assert_eq!(std::fs::read_to_string(&record).unwrap(), before);
}

#[test]
fn hash_prints_the_content_hash_of_the_normalised_text() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("t.txt");
    std::fs::write(&text, "关于做好防汛工作的通知\r\n各单位：  \n").unwrap();
    sj().args(["review", "hash", "--text"])
        .arg(&text)
        .assert()
        .success()
        .stdout("6dd447362f2555c7d6a98ac0659052e26ab3167176828c89dd8ce8b17bbd0c84\n");
}

#[test]
fn review_rules_are_listed_and_explained() {
    sj().arg("rules").assert().success().stdout(predicate::str::contains("review/chain-broken"));
    sj().args(["explain", "review/same-reviewer"])
        .assert()
        .success()
        .stdout(predicate::str::contains("同一人签署了两个审核步骤"));
}
