//! The CLI's public contract: `--per-line --format jsonl` shape and offsets, exit codes, lexicon TSV.

use assert_cmd::Command;
use serde_json::Value;

fn shenjiao() -> Command {
    Command::cargo_bin("shenjiao").unwrap()
}

fn jsonl(stdin: &str, extra: &[&str]) -> (Vec<Value>, i32) {
    let out = shenjiao()
        .args(["check", "--per-line", "--format", "jsonl"])
        .args(extra)
        .arg("-")
        .write_stdin(stdin)
        .output()
        .unwrap();
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    (lines, out.status.code().unwrap())
}

#[test]
fn per_line_jsonl_has_the_documented_shape() {
    let (lines, code) = jsonl("各单位要高度重视。。\n", &[]);
    assert_eq!(code, 1, "an error finding exits 1");
    assert_eq!(lines.len(), 1);
    let doc = lines[0].as_object().unwrap();
    assert_eq!(doc.keys().collect::<Vec<_>>(), ["line", "diagnostics"]);
    assert_eq!(doc["line"], 1);
    let d = doc["diagnostics"][0].as_object().unwrap();
    assert_eq!(
        d.keys().collect::<Vec<_>>(),
        ["rule", "category", "severity", "start", "end", "text", "message", "suggestions"]
    );
    assert_eq!(d["rule"], "punctuation/doubled");
    assert_eq!(d["category"], "punctuation");
    assert_eq!(d["severity"], "error");
    assert_eq!((d["start"].as_u64(), d["end"].as_u64()), (Some(8), Some(10)));
    assert_eq!(d["text"], "。。");
    assert_eq!(d["suggestions"], serde_json::json!(["。"]));
}

#[test]
fn one_object_per_input_line_in_order_including_clean_and_empty_lines() {
    let (lines, code) = jsonl("现将有关事项通知如下。\n\n重视。。\n", &[]);
    assert_eq!(code, 1);
    let nums: Vec<_> = lines.iter().map(|l| l["line"].as_u64().unwrap()).collect();
    assert_eq!(nums, [1, 2, 3]);
    assert_eq!(lines[0]["diagnostics"], serde_json::json!([]));
    assert_eq!(lines[1]["diagnostics"], serde_json::json!([]));
    assert_eq!(lines[2]["diagnostics"][0]["start"], 2);
}

#[test]
fn offsets_are_unicode_scalars_with_emoji_extension_b_and_crlf() {
    let (lines, _) = jsonl("😀𠀀重视。。\r\n👨‍👩‍👧发展,政府\r\n", &[]);
    assert_eq!(lines.len(), 2);
    let d = &lines[0]["diagnostics"][0];
    assert_eq!((d["start"].as_u64(), d["end"].as_u64()), (Some(4), Some(6)), "emoji and 𠀀 count as one each");
    // 👨‍👩‍👧 is 5 scalars (3 emoji + 2 ZWJ); the comma follows 发展.
    let d = &lines[1]["diagnostics"][0];
    assert_eq!(d["rule"], "punctuation/half-width");
    assert_eq!((d["start"].as_u64(), d["end"].as_u64()), (Some(7), Some(8)));
    assert_eq!(d["text"], ",");
}

#[test]
fn clean_text_exits_zero() {
    let (lines, code) = jsonl("现将自查情况报告如下。\n", &[]);
    assert_eq!(code, 0);
    assert_eq!(lines[0]["diagnostics"], serde_json::json!([]));
}

#[test]
fn warnings_alone_exit_zero() {
    let (lines, code) = jsonl("该项目成份复杂\n", &[]);
    assert_eq!(lines[0]["diagnostics"][0]["severity"], "warning");
    assert_eq!(code, 0);
}

#[test]
fn lexicon_tsv_adds_terms() {
    let dir = tempdir();
    let lex = dir.join("site.tsv");
    std::fs::write(&lex, "# 站点词库\n某某公司\tsensitive\terror\t中标单位\n张某\n").unwrap();
    let (lines, code) = jsonl("由某某公司承办，张某参加\n", &["--lexicon", lex.to_str().unwrap()]);
    assert_eq!(code, 1);
    let ds = lines[0]["diagnostics"].as_array().unwrap();
    assert_eq!(ds.len(), 2);
    assert_eq!(ds[0]["text"], "某某公司");
    assert_eq!(ds[0]["suggestions"], serde_json::json!(["中标单位"]));
    assert_eq!(ds[1]["text"], "张某");
    assert_eq!(ds[1]["severity"], "warning");
}

#[test]
fn bad_lexicon_and_config_exit_two_naming_the_problem() {
    let dir = tempdir();
    let lex = dir.join("bad.tsv");
    std::fs::write(&lex, "甲\n乙\tpolitics\n").unwrap();
    let out = shenjiao().args(["check", "--lexicon", lex.to_str().unwrap(), "-"]).write_stdin("x").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("line 2: category") && err.contains("politics"), "{err}");

    let cfg = dir.join("bad.json");
    std::fs::write(&cfg, r#"{"rules": {"punctuation/doubled": "loud"}}"#).unwrap();
    let out = shenjiao().args(["check", "--config", cfg.to_str().unwrap(), "-"]).write_stdin("x").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("rules.punctuation/doubled"), "{err}");
}

#[test]
fn usage_errors_exit_two() {
    shenjiao().args(["check", "--format", "xml", "-"]).assert().code(2);
    shenjiao().args(["explain", "punctuation/nope"]).assert().code(2);
    let out = shenjiao().args(["check", "/nonexistent/file.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn text_format_prints_file_line_col_rule_message_and_fix() {
    let dir = tempdir();
    let f = dir.join("a.txt");
    std::fs::write(&f, "第一行。\r\n随着发展,政府\n").unwrap();
    let out = shenjiao().args(["check", f.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(!s.contains('\x1b'), "no colour when not a TTY");
    let want = format!("{}:2:5 error [punctuation/half-width] “,”", f.display());
    assert!(s.starts_with(&want), "{s}");
    assert!(s.trim_end().ends_with("→ ，"), "{s}");
}

#[test]
fn rules_and_explain() {
    let out = shenjiao().arg("rules").output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.lines().any(|l| l.starts_with("punctuation/doubled")));
    let out = shenjiao().args(["explain", "punctuation/doubled"]).output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    for part in ["错误示例", "正确示例", "GB/T 15834"] {
        assert!(s.contains(part), "{s}");
    }
}

fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("shenjiao-cli-{}-{:?}", std::process::id(), std::thread::current().id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
