//! `shenjiao eval csc`: end to end over a small file.

use assert_cmd::Command;
use predicates::str::contains;

#[test]
fn eval_csc_prints_strict_scores_and_false_alarms() {
    let dir = std::env::temp_dir().join(format!("shenjiao-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("csc.tsv");
    std::fs::write(
        &file,
        "研究制定总休方案。\t研究制定总体方案。\n1\t现将有关事项通知如下。\t现将有关事项通知如下。\n",
    )
    .unwrap();
    Command::cargo_bin("shenjiao")
        .unwrap()
        .args(["eval", "csc"])
        .arg(&file)
        .assert()
        .success()
        .stdout(contains("P 1.0000  R 1.0000  F1 1.0000   (TP 1 FP 0 FN 0)"))
        .stdout(contains("0 of 1 error-free sentences"));
    let json = Command::cargo_bin("shenjiao").unwrap().args(["eval", "csc", "--json"]).arg(&file).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["correction"]["tp"], 1);
    assert_eq!(v["false_alarm"]["rate"], 0.0);
    Command::cargo_bin("shenjiao").unwrap().args(["eval", "csc", "/nonexistent.tsv"]).assert().code(2);
}
