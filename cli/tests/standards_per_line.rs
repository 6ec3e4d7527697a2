//! The standards rules through the public `check --per-line --format jsonl` contract.

use assert_cmd::Command;
use serde_json::Value;

fn run(lines: &[&str]) -> Vec<Value> {
    let input = lines.join("\n") + "\n";
    let out = Command::cargo_bin("shenjiao")
        .unwrap()
        .args(["check", "--per-line", "--format", "jsonl"])
        .write_stdin(input)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), lines.len(), "one object per input line");
    rows
}

#[test]
fn planted_violations_come_back_with_rule_span_and_fix() {
    // (line, rule, flagged text, first suggestion, start in scalars)
    let cases: &[(&str, &str, &str, &str, u64)] = &[
        ("😀国办发[2024]12号", "format/doc-number", "[2024]12号", "〔2024〕12号", 4),
        ("会议定于2024年6月3日（星期二）召开", "number/weekday-mismatch", "星期二", "星期一", 14),
        ("𠀀二0二四年", "number/year-zero", "二0二四", "二〇二四", 1),
        ("增长15～30%", "number/range-unit", "15～30%", "15%～30%", 2),
        ("2023-2024年", "punctuation/range-mark", "-", "—", 4),
        ("他说了很多...", "punctuation/ellipsis", "...", "……", 5),
        ("他说：“我读过“三国”。”", "punctuation/nested-quotes", "“", "‘", 7),
    ];
    let lines: Vec<&str> = cases.iter().map(|c| c.0).collect();
    for (row, &(line, rule, text, fix, start)) in run(&lines).iter().zip(cases) {
        let diags = row["diagnostics"].as_array().unwrap();
        let d = diags.iter().find(|d| d["rule"] == rule).unwrap_or_else(|| panic!("{rule} missing for {line}: {row}"));
        assert_eq!(d["text"], text, "{line}");
        assert_eq!(d["suggestions"][0], fix, "{line}");
        assert_eq!(d["start"].as_u64(), Some(start), "{line}");
        assert_eq!(d["end"].as_u64(), Some(start + text.chars().count() as u64), "{line}");
    }
}

#[test]
fn impossible_dates_are_errors() {
    let rows = run(&["截至2024年6月31日", "2023年2月29日", "2月30日"]);
    for row in rows {
        let d = &row["diagnostics"][0];
        assert_eq!(d["rule"], "number/impossible-date", "{row}");
        assert_eq!(d["severity"], "error");
    }
}

#[test]
fn clean_official_sentences_have_no_errors_or_warnings() {
    let clean = [
        "会议定于2024年6月3日（星期一）上午8:30在市政府第一会议室召开。",
        "根据国办发〔2024〕12号文件精神，各地要在2023—2024年完成整改任务。",
        "全市规模以上工业增加值同比增长5%～10%。",
        "请对照《实施细则》第1.2条的规定逐项落实。",
        "详情请登录https://www.example.gov.cn/zwgk/查询。",
        "城乡居民收入比缩小到2.5:1，男女比例为3:1。",
        "系统已升级至V2.3.1版本，咨询电话：010-12345678。",
        "采购设备型号为DS-2CD3T46WD-I3。",
        "20世纪80年代以来，我市经济社会发展取得了显著成就。",
        "每个村配备七八个人的志愿服务队，一二年级学生不布置书面作业。",
        "二〇二四年十二月三十一日前完成。",
        "他说：“我读过‘三国’。”",
        "北京——中国的首都",
    ];
    for row in run(&clean) {
        for d in row["diagnostics"].as_array().unwrap() {
            assert_eq!(d["severity"], "info", "{row}");
        }
    }
}
