//! `shenjiao audit` end to end on small synthetic site exports: the report's numbers (JSON), the
//! SARIF shape, the HTML showing the same totals, column timeliness, baselines, `--since`, and
//! boilerplate (navigation, scripts, footers) left unchecked.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use support::site_gen;

const NAV: &str = r#"<div class="header">某某市人民政府,导航。。</div><ul class="nav"><li>首页。。</li></ul>
<script>var msg = "脚本。。,";</script><style>/* 样式。。 */</style>"#;
const FOOTER: &str = r#"<div class="footer">版权所有。。主办,某某市</div>"#;

fn page(column: &str, date: &str, title: &str, body: &str) -> String {
    format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><title>{title}_某某市</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date}">
<meta name="ColumnName" content="{column}"><meta name="ContentSource" content="市政府办公室"></head>
<body>{NAV}<div class="article"><div class="info">发布时间：{date} 来源：市政府办公室</div>
<div id="zoom">{body}</div></div>{FOOTER}</body></html>"#
    )
}

/// The hand-made export: 9 files, one unreadable; 6 findings (5 errors, 1 warning) on 5 pages.
fn site(root: &Path) {
    let w = |rel: &str, content: &[u8]| {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
    };
    w("dtyw/1.html", page("工作动态", "2026-09-20", "全市召开数字政府建设推进会", "<p>会议要求，各单位要高度重视。。</p><p>会议强调，要坚持以人民为中心的发展思想。</p>").as_bytes());
    // The title carries markup: it must come out escaped in the HTML report.
    w("dtyw/2.html", page("工作动态", "2026-08-01", "&lt;script&gt;alert(1)&lt;/script&gt;推进会", "<p>要统筹发展,提升服务水平。</p>").as_bytes());
    w("tzgg/1.html", page("通知公告", "2026-01-10", "关于开展安全检查的通知", "<p>各单位要高度重视。。</p>").as_bytes());
    w("zcwj/b.html", page("政策文件", "2026-09-05", "关于印发实施办法的通知", "<p>本办法自发布之日起施行，有效期五年。</p>").as_bytes());
    w(
        "zcwj/a.docx",
        &site_gen::docx_bytes("实施细则", &["发布时间：2026-09-01 来源：市司法局", "要认真分析问题成份，逐项整改到位。", "报送市人民政付办公室。"]),
    );
    w("zcjd/c.md", "---\ntitle: 政策解读\ndate: 2026-09-10\ncolumn: 政策解读\n---\n# 政策解读\n\n新规明确了适用范围。\n\n```\n代码。。,\n```\n".as_bytes());
    w("领导活动/d.txt", "领导调研\n发布时间：2026-09-15 来源：市政府办公室\n调研中强调，要抓好落实。。\n".as_bytes());
    w("hdjl/index.html", r#"<html><head><meta name="ColumnName" content="互动交流"></head><body><div class="content">暂无信息</div></body></html>"#.as_bytes());
    w("broken.docx", b"this is not a zip file");
    w("logo.png", b"\x89PNG");
}

struct Run {
    code: i32,
    stdout: String,
}

fn audit(args: &[&str]) -> Run {
    let out = Command::cargo_bin("shenjiao").unwrap().arg("audit").args(args).output().unwrap();
    Run { code: out.status.code().unwrap(), stdout: String::from_utf8(out.stdout).unwrap() }
}

struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        site(&dir.path().join("site"));
        std::fs::write(dir.path().join("typos.tsv"), "人民政付\ttypo\terror\t人民政府\n").unwrap();
        Fixture { dir }
    }
    fn path(&self, rel: &str) -> String {
        self.dir.path().join(rel).to_string_lossy().into_owned()
    }
    /// Runs the audit on the export with `extra` args; returns (exit code, JSON report).
    fn json(&self, extra: &[&str]) -> (i32, Value) {
        let (site, lex) = (self.path("site"), self.path("typos.tsv"));
        let mut args = vec![site.as_str(), "--lexicon", lex.as_str(), "--now", "2026-09-30", "--json", "-"];
        args.extend_from_slice(extra);
        let r = audit(&args);
        (r.code, serde_json::from_str(&r.stdout).expect("JSON report"))
    }
}

#[test]
fn json_report_numbers() {
    let f = Fixture::new();
    let (code, r) = f.json(&[]);
    assert_eq!(code, 1, "error findings exit 1");
    let t = &r["totals"];
    assert_eq!(t["files"], 9);
    assert_eq!(t["unreadable"], 1);
    assert_eq!(t["pages"], 7);
    assert_eq!(t["listing_pages"], 1, "hdjl/index.html is a column list page, not information");
    assert_eq!(t["content_pages"], 7);
    assert_eq!(t["findings"], 6);
    assert_eq!(t["pages_with_findings"], 5);
    assert_eq!(t["columns"], 6);
    assert_eq!(r["by_severity"], serde_json::json!({"error": 5, "info": 0, "warning": 1}));
    assert_eq!(r["by_category"]["punctuation"], 4);
    assert_eq!(r["by_category"]["typo"], 2);
    assert_eq!(r["by_category"]["expression"], 0);
    assert_eq!(r["by_month"]["2026-09"]["findings"], 4);
    assert_eq!(r["by_month"]["2026-01"]["findings"], 1);
    assert_eq!(r["unreadable"][0]["path"], "broken.docx");
    // The DOCX names no column: it takes its folder's (from zcwj/b.html).
    let col = |name: &str| r["by_column"].as_array().unwrap().iter().find(|c| c["column"] == name).cloned().unwrap();
    assert_eq!(col("政策文件")["pages"], 2);
    assert_eq!(col("政策文件")["findings"], 2);
    assert_eq!(col("领导活动")["findings"], 1, "a folder name is the column of last resort");
    let s = r["statistics"].as_array().unwrap();
    assert_eq!(s[0], "截至2026年9月30日，网站共发布信息7条，共计198字。");
    assert_eq!(s[1], "经检查，发现严重错别字1处、严重表述错误0处，其他严重问题4处（标点4处），一般性问题1处，涉及信息5条。");
    assert_eq!(
        s[2],
        "栏目更新方面，共检查栏目6个，发现通知公告、政策文件类栏目超过6个月未更新1个（“通知公告”），空白栏目1个（“互动交流”）。"
    );
    // The TXT finding is located in the file itself: line 3, column 12.
    let txt = r["pages"].as_array().unwrap().iter().find(|p| p["kind"] == "text").unwrap();
    let finding = &txt["findings"][0];
    assert_eq!((finding["line"].as_u64(), finding["column"].as_u64()), (Some(3), Some(12)));
    assert_eq!(finding["before"], "调研中强调，要抓好落实");
    assert_eq!(txt["date"], "2026-09-15");
    assert_eq!(txt["source"], "市政府办公室");
}

#[test]
fn navigation_scripts_footers_and_code_are_not_checked() {
    let f = Fixture::new();
    let (_, r) = f.json(&[]);
    for p in r["pages"].as_array().unwrap() {
        for d in p["findings"].as_array().unwrap() {
            let ctx = format!("{}{}{}", d["before"], d["text"], d["after"]);
            for decoy in ["导航", "首页", "脚本", "样式", "版权", "主办", "代码", "发布时间"] {
                assert!(!ctx.contains(decoy), "{decoy} checked in {}: {ctx}", p["path"]);
            }
        }
    }
}

#[test]
fn since_limits_the_period_but_not_column_timeliness() {
    let f = Fixture::new();
    let (_, r) = f.json(&["--since", "2026-07-01"]);
    assert_eq!(r["totals"]["pages_before_since"], 1);
    assert_eq!(r["totals"]["pages"], 6);
    assert_eq!(r["totals"]["findings"], 5);
    assert_eq!(r["statistics"][0], "本季度（2026年7月1日至2026年9月30日）共发布信息6条，共计177字。");
    let kinds: Vec<_> = r["column_warnings"].as_array().unwrap().iter().map(|w| (w["column"].clone(), w["kind"].clone())).collect();
    assert!(kinds.contains(&("通知公告".into(), "stale".into())), "{kinds:?}");
}

#[test]
fn timeliness_thresholds_and_expected_columns_are_configurable() {
    let f = Fixture::new();
    let cfg = f.path("audit.json");
    std::fs::write(&cfg, r#"{"timeliness": [{"label": "动态类", "keywords": ["动态"], "max_days": 7}], "columns": ["工作动态", "信息公开目录"]}"#).unwrap();
    let (_, r) = f.json(&["--audit-config", &cfg]);
    let w: Vec<(String, String, Option<i64>)> = r["column_warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["column"].as_str().unwrap().into(), w["kind"].as_str().unwrap().into(), w["days_since_update"].as_i64()))
        .collect();
    assert_eq!(
        w,
        [
            ("互动交流".into(), "empty".into(), None),
            ("信息公开目录".into(), "empty".into(), None),
            ("工作动态".into(), "stale".into(), Some(10)),
        ]
    );
    assert!(r["statistics"][2].as_str().unwrap().contains("动态类栏目超过1周未更新1个（“工作动态”）"));
    std::fs::write(&cfg, r#"{"timeliness": [{"label": "x", "keywords": ["动态"], "max_days": 0}]}"#).unwrap();
    let bad = audit(&[&f.path("site"), "--audit-config", &cfg]);
    assert_eq!(bad.code, 2);
}

#[test]
fn baseline_suppresses_accepted_findings() {
    let f = Fixture::new();
    let base = f.path("baseline.json");
    let (code, first) = f.json(&["--write-baseline", &base]);
    assert_eq!((code, first["totals"]["findings"].as_u64()), (1, Some(6)));
    let (code, r) = f.json(&["--baseline", &base]);
    assert_eq!(code, 0, "nothing new: exit 0");
    assert_eq!(r["totals"]["findings"], 0);
    assert_eq!(r["totals"]["suppressed_by_baseline"], 6);
    assert_eq!(r["pages"].as_array().unwrap().len(), 0);
    assert_eq!(r["statistics"][1], "经检查，未发现严重错别字和严重表述错误。");
    assert!(r["statistics"][3].as_str().unwrap().contains("另有6处问题此前已确认"));
    // A new error on an accepted page is still reported.
    let p = Path::new(&f.path("site")).join("dtyw/1.html");
    let html = std::fs::read_to_string(&p).unwrap().replace("<p>会议强调", "<p>新增内容。。</p><p>会议强调");
    std::fs::write(&p, html).unwrap();
    let (code, r) = f.json(&["--baseline", &base]);
    assert_eq!((code, r["totals"]["findings"].as_u64(), r["totals"]["suppressed_by_baseline"].as_u64()), (1, Some(1), Some(6)));
    assert_eq!(r["pages"][0]["findings"][0]["before"], "新增内容");
}

#[test]
fn sarif_has_the_2_1_0_shape() {
    let f = Fixture::new();
    let (_, r) = f.json(&[]);
    let base = f.path("baseline.json");
    std::fs::write(&base, format!(r#"{{"version": 1, "findings": [{{"fingerprint": {}}}]}}"#, r["pages"][0]["findings"][0]["fingerprint"])).unwrap();
    let out = audit(&[&f.path("site"), "--lexicon", &f.path("typos.tsv"), "--now", "2026-09-30", "--baseline", &base, "--sarif", "-"]);
    let s: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(s["version"], "2.1.0");
    assert!(s["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run = &s["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "shenjiao");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    for res in results {
        let i = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], res["ruleId"]);
        assert!(["error", "warning", "note"].contains(&res["level"].as_str().unwrap()));
        assert!(!res["message"]["text"].as_str().unwrap().is_empty());
        assert!(res["locations"].as_array().is_some_and(|l| l.len() == 1));
    }
    let engine: Vec<_> = results.iter().filter(|r| !r["ruleId"].as_str().unwrap().starts_with("audit/")).collect();
    let suppressed = engine.iter().filter(|r| r.get("suppressions").is_some()).count();
    assert_eq!((engine.len(), suppressed), (6, 1), "5 reported + 1 accepted in the baseline");
    assert_eq!(run["properties"]["totals"]["findings"], 5);
    let columns: Vec<_> = results.iter().filter(|r| r["ruleId"].as_str().unwrap().starts_with("audit/")).map(|r| r["ruleId"].as_str().unwrap()).collect();
    assert_eq!(columns, ["audit/empty-column", "audit/stale-column"]);
    // TXT: a real region in the file; the URI is percent-encoded and relative to SITEROOT.
    let txt = results.iter().find(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "%E9%A2%86%E5%AF%BC%E6%B4%BB%E5%8A%A8/d.txt").unwrap();
    let region = &txt["locations"][0]["physicalLocation"]["region"];
    assert_eq!((region["startLine"].as_u64(), region["startColumn"].as_u64(), region["endColumn"].as_u64()), (Some(3), Some(12), Some(14)));
    assert!(run["originalUriBaseIds"]["SITEROOT"]["uri"].as_str().unwrap().starts_with("file:///"));
    // HTML: positions are in the extracted text, so no region is claimed in the file.
    let html = results.iter().find(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "dtyw/2.html").unwrap();
    assert!(html["locations"][0]["physicalLocation"].get("region").is_none());
    assert_eq!(html["properties"]["category"], "punctuation");
}

#[test]
fn html_report_is_self_contained_escaped_and_matches_json() {
    let f = Fixture::new();
    let (_, r) = f.json(&[]);
    let out = f.path("report.html");
    let (site, lex) = (f.path("site"), f.path("typos.tsv"));
    let run = audit(&[&site, "--lexicon", &lex, "--now", "2026-09-30", "--html", &out, "--base-url", "https://www.example.gov.cn/"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("共发布信息7条"), "summary on stdout when no output goes there");
    let html = std::fs::read_to_string(&out).unwrap();
    for (key, v) in r["totals"].as_object().unwrap() {
        assert!(html.contains(&format!(r#"data-total="{key}"><b>{v}</b>"#)) || !html.contains(&format!(r#"data-total="{key}""#)), "{key}");
    }
    assert!(html.contains(r#"data-total="findings"><b>6</b>"#));
    assert!(html.contains(r#"data-total="errors"><b>5</b>"#));
    for s in r["statistics"].as_array().unwrap() {
        assert!(html.contains(&format!("<p>{}</p>", s.as_str().unwrap())), "{s}");
    }
    assert!(html.contains("严重问题（5处）"));
    assert_eq!(html.matches(r#"<tr class="finding""#).count(), 5);
    assert!(html.contains(r#"<a href="https://www.example.gov.cn/dtyw/1.html">全市召开数字政府建设推进会</a>"#));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;推进会"));
    assert!(!html.contains("<script"), "no script at all, and page text is escaped");
    assert!(!html.contains("<link") && !html.contains("src="), "no external assets");
    assert!(html.contains("Content-Security-Policy"));
    assert_eq!(html.matches("<svg").count(), 4);
    assert!(html.contains(r#"<g data-label="标点" data-value="4">"#));
    assert!(html.contains(r#"<tr data-kind="stale"><td>通知公告</td>"#));
    assert!(html.contains(r#"<tr data-kind="empty"><td>互动交流</td>"#));
}

#[test]
fn generated_export_numbers_match_what_was_planted() {
    let dir = tempfile::tempdir().unwrap();
    let m = site_gen::generate(dir.path(), 300).unwrap();
    let out = audit(&[dir.path().to_str().unwrap(), "--now", "2026-09-30", "--json", "-", "--jobs", "2"]);
    let r: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(r["totals"]["content_pages"], m.pages);
    assert_eq!(r["totals"]["unreadable"], 0);
    assert_eq!(r["totals"]["undated"], 0);
    assert_eq!(r["totals"]["listing_pages"], 1, "the empty 互动交流 index page");
    // Counted by category and severity, so rules added later do not break the planted numbers.
    assert_eq!(r["by_category"]["punctuation"], m.doubled + m.commas);
    assert_eq!(r["by_severity"]["error"], m.doubled + m.commas);
    assert_eq!(r["by_category"]["typo"], m.variants);
    assert_eq!(r["totals"]["findings"], m.doubled + m.commas + m.variants);
    let kinds: Vec<_> = r["column_warnings"].as_array().unwrap().iter().map(|w| format!("{}:{}", w["column"].as_str().unwrap(), w["kind"].as_str().unwrap())).collect();
    assert_eq!(kinds, ["互动交流:empty", "通知公告:stale"]);
    let cols: Vec<_> = r["by_column"].as_array().unwrap().iter().map(|c| c["column"].as_str().unwrap().to_string()).collect();
    for c in ["工作动态", "通知公告", "政策文件", "政策解读", "领导活动", "互动交流"] {
        assert!(cols.contains(&c.to_string()), "{c} in {cols:?}");
    }
    assert_eq!(cols.len(), 6, "DOCX and TXT files take their folder's column: {cols:?}");
}

#[test]
fn files_from_lists_inputs_and_bad_dates_are_usage_errors() {
    let f = Fixture::new();
    let list = f.path("list.txt");
    std::fs::write(&list, format!("{}\n\n{}\n", f.path("site/dtyw/1.html"), f.path("site/领导活动/d.txt"))).unwrap();
    let r = audit(&["--files-from", &list, "--now", "2026-09-30", "--json", "-"]);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!((v["totals"]["files"].as_u64(), v["totals"]["findings"].as_u64()), (Some(2), Some(2)));
    // Listed files have no export folder: their column comes from the page or is 未分栏目.
    let cols: Vec<_> = v["by_column"].as_array().unwrap().iter().map(|c| c["column"].as_str().unwrap()).collect();
    assert_eq!(cols, ["工作动态", "未分栏目"]);
    assert_eq!(audit(&[&f.path("site"), "--now", "2026-13-01"]).code, 2);
    assert_eq!(audit(&[&f.path("site/missing")]).code, 2);
    assert_eq!(audit(&[]).code, 2);
}
