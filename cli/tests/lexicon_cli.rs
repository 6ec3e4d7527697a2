//! `shenjiao check --per-line --format jsonl --lexicon`: evasion variants of site-lexicon terms.

use assert_cmd::Command;
use serde_json::Value;

fn run(lexicon: &str, input: &str) -> Vec<Value> {
    let dir = std::env::temp_dir().join(format!("shenjiao-lex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("site.tsv");
    std::fs::write(&path, lexicon).unwrap();
    let out = Command::cargo_bin("shenjiao")
        .unwrap()
        .args(["check", "--per-line", "--format", "jsonl", "--lexicon"])
        .arg(&path)
        .write_stdin(input)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn evasion_variants_are_found_with_scalar_offsets() {
    let lines = run(
        "甄虚构\tsensitive\terror\t\t虚构的落马人员\n六合彩\tsensitive\terror\t\t赌博\t六合区\n",
        "😀甄 虚 构出席\n臺灣甄*虚*构\n南京市六合区\n买六合彩\n甄。虚构\n",
    );
    let found: Vec<Vec<(String, u64, u64, String)>> = lines
        .iter()
        .map(|l| {
            l["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["rule"] == "sensitive/custom")
                .map(|d| {
                    (
                        d["text"].as_str().unwrap().to_string(),
                        d["start"].as_u64().unwrap(),
                        d["end"].as_u64().unwrap(),
                        d["severity"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .collect();
    assert_eq!(found[0], [("甄 虚 构".to_string(), 1, 6, "error".to_string())]);
    assert_eq!(found[1], [("甄*虚*构".to_string(), 2, 7, "error".to_string())]);
    assert!(found[2].is_empty(), "exception 六合区");
    assert_eq!(found[3][0].0, "六合彩");
    assert!(found[4].is_empty(), "never across a sentence end");
}

#[test]
fn leader_pack_loads_at_run_time() {
    let pack = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/leaders_fictional.json");
    let out = Command::cargo_bin("shenjiao")
        .unwrap()
        .args(["check", "--per-line", "--format", "jsonl", "--leaders", pack])
        .write_stdin("虚构省省长甄虚钩主持会议\n市委书记贾示例出席\n虚构省省长甄虚构主持会议\n")
        .output()
        .unwrap();
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let rules = |i: usize| -> Vec<String> {
        lines[i]["diagnostics"].as_array().unwrap().iter().map(|d| d["rule"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(rules(0), ["expression/leader-name"]);
    assert_eq!(lines[0]["diagnostics"][0]["suggestions"][0], "甄虚构");
    assert_eq!(rules(1), ["expression/leader-fallen"]);
    assert!(rules(2).is_empty());
}
