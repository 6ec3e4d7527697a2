//! Writes a synthetic government-site export for the audit's tests, browser check and benchmark:
//! HTML pages with 政府网站 meta tags and real-looking boilerplate, plus DOCX, Markdown and TXT
//! files, with known errors planted in article text (and decoys planted in navigation, scripts
//! and footers, which the audit must ignore). Deterministic: the same `n` gives the same files.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;

/// Clean official prose; none of it may be flagged.
const SENTENCES: [&str; 16] = [
    "为深入贯彻落实党中央、国务院决策部署，进一步提升政府网站建设管理水平，现将有关事项通知如下。",
    "各地区、各部门要高度重视，切实加强组织领导，明确责任分工，确保各项工作落到实处。",
    "会议强调，要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。",
    "今年以来，全市累计新增就业岗位一万二千余个，城镇登记失业率保持在合理区间。",
    "下一步，我们将持续优化营商环境，推动政务服务事项“一网通办”。",
    "请各单位于本月底前将工作总结报送市政府办公室。",
    "本办法自发布之日起施行，有效期五年。",
    "各有关单位要加强统筹协调，形成工作合力，确保按期完成目标任务。",
    "市政府常务会议审议通过了《关于加快推进数字政府建设的实施意见》。",
    "活动现场，工作人员向群众发放宣传资料，耐心解答群众咨询。",
    "要严格落实安全生产责任制，坚决防范和遏制重特大事故发生。",
    "全年完成固定资产投资同比增长百分之六点五，重点项目建设进展顺利。",
    "各县（市、区）人民政府要结合实际，制定具体实施方案。",
    "本次培训采取集中授课与现场教学相结合的方式进行。",
    "与会人员围绕政策落实中的难点问题进行了深入交流。",
    "通过开展专项检查，进一步规范了政府信息公开工作。",
];

/// Planted in article text: one doubled 。 (punctuation, error), one half-width comma between
/// Chinese (punctuation, error), one variant word 成份 (typo, warning).
const DOUBLED: &str = "请各单位认真抓好落实。。";
const COMMA: &str = "要统筹发展,提升服务水平。";
const VARIANT: &str = "要认真分析问题成份，逐项整改到位。";

/// Text in boilerplate that carries errors the audit must not see.
pub const DECOY: &str = "导航栏目。。首页,网站地图";

#[derive(Default, Debug, Clone)]
pub struct Manifest {
    pub pages: usize,
    pub html: usize,
    pub docx: usize,
    pub markdown: usize,
    pub text: usize,
    pub doubled: usize,
    pub commas: usize,
    pub variants: usize,
}

/// Columns: (export folder, 栏目 name).
const COLUMNS: [(&str, &str); 5] = [
    ("dtyw", "工作动态"),
    ("tzgg", "通知公告"),
    ("zcwj", "政策文件"),
    ("zcjd", "政策解读"),
    ("ldhd", "领导活动"),
];

/// Civil date `days` before 2026-09-30, as YYYY-MM-DD (proleptic Gregorian, no crate needed).
pub fn date_before(days: i64) -> String {
    // Days from 1970-01-01 to 2026-09-30 is 20726.
    let z = 20726 - days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

// `is_multiple_of` needs Rust 1.87; the workspace's rust-version is 1.80.
#[allow(clippy::manual_is_multiple_of)]
fn paragraphs(i: usize, m: &mut Manifest) -> Vec<String> {
    let count = 4 + i % 5;
    let mut ps: Vec<String> = (0..count).map(|k| SENTENCES[(i * 7 + k * 5) % SENTENCES.len()].to_string()).collect();
    if i % 3 == 0 {
        ps.push(DOUBLED.into());
        m.doubled += 1;
    }
    if i % 5 == 1 {
        ps.push(COMMA.into());
        m.commas += 1;
    }
    if i % 7 == 2 {
        ps.push(VARIANT.into());
        m.variants += 1;
    }
    ps
}

fn html_page(title: &str, column: &str, date: &str, ps: &[String]) -> String {
    let body: String = ps.iter().map(|p| format!("<p style=\"text-indent:2em\">{p}</p>\n")).collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}_某某市人民政府</title>
<meta name="SiteName" content="某某市人民政府">
<meta name="ColumnName" content="{column}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 09:30">
<meta name="ContentSource" content="某某市人民政府办公室">
<style>.nav li{{float:left}} /* {DECOY} */</style>
<script>var tip = "{DECOY}";</script>
</head><body>
<div class="header"><img src="/logo.png" alt="某某市人民政府">{DECOY}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/dtyw/">{DECOY}</a></li></ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; {column}</div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：{date}　来源：某某市人民政府办公室　【字号：大 中 小】</div>
<div class="TRS_Editor">
{body}</div>
<div class="share">分享到：{DECOY}</div>
</div>
<div class="footer"><p>主办：某某市人民政府办公室 {DECOY}</p><script>document.write("{DECOY}")</script></div>
</body></html>
"#
    )
}

/// A minimal DOCX: `docProps/core.xml` title and one `w:p` per paragraph.
pub fn docx_bytes<S: AsRef<str>>(title: &str, ps: &[S]) -> Vec<u8> {
    let body: String = ps
        .iter()
        .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>", p.as_ref()))
        .collect();
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    let doc = format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#);
    let core = format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title></cp:coreProperties>"#);
    for (name, xml) in [("word/document.xml", doc), ("docProps/core.xml", core)] {
        w.start_file(name, opts).expect("zip entry");
        w.write_all(xml.as_bytes()).expect("zip write");
    }
    w.finish().expect("zip finish").into_inner()
}

/// Writes `n` pages under `dir` plus an empty 互动交流 column; returns what was planted.
pub fn generate(dir: &Path, n: usize) -> std::io::Result<Manifest> {
    let mut m = Manifest::default();
    for (folder, _) in COLUMNS {
        std::fs::create_dir_all(dir.join(folder))?;
    }
    std::fs::create_dir_all(dir.join("hdjl"))?;
    std::fs::write(
        dir.join("hdjl/index.html"),
        r#"<html><head><meta name="ColumnName" content="互动交流"><title>互动交流</title></head><body><div class="nav">首页,导航。。</div><div class="content"><p>暂无信息</p></div></body></html>"#,
    )?;
    for i in 0..n {
        let ps = paragraphs(i, &mut m);
        let slot = i % 10;
        // 工作动态 has pages every day; 通知公告 stopped eight months ago (overdue). DOCX and TXT
        // files do not name their column: the HTML pages of their folder do.
        let (folder, column) = COLUMNS[[0, 0, 0, 0, 1, 2, 2, 3, 4, 4][slot]];
        let age = if folder == "tzgg" { 240 + (i / 10) % 60 } else { (i / 10) % 90 };
        let date = date_before(age as i64);
        let title = format!("{column}第{i}号信息");
        let name = format!("{folder}/{i:06}");
        match slot {
            6 => {
                let mut all = vec![format!("发布时间：{date}  来源：某某市司法局")];
                all.extend(ps);
                std::fs::write(dir.join(format!("{name}.docx")), docx_bytes(&title, &all))?;
                m.docx += 1;
            }
            7 => {
                let md = format!("---\ntitle: {title}\ndate: {date}\ncolumn: {column}\nsource: 某某市发展改革委\n---\n# {title}\n\n{}\n", ps.join("\n\n"));
                std::fs::write(dir.join(format!("{name}.md")), md)?;
                m.markdown += 1;
            }
            8 => {
                let txt = format!("{title}\n发布时间：{date} 来源：某某市人民政府办公室\n{}\n", ps.join("\n"));
                std::fs::write(dir.join(format!("{name}.txt")), txt)?;
                m.text += 1;
            }
            _ => {
                std::fs::write(dir.join(format!("{name}.html")), html_page(&title, column, &date, &ps))?;
                m.html += 1;
            }
        }
        m.pages += 1;
    }
    Ok(m)
}
