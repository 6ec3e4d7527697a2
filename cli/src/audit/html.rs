//! The self-contained HTML report: one file, inline CSS and SVG, no script, no external assets.
//! Everything that comes from the audited pages is escaped; a Content-Security-Policy that
//! forbids scripts backs that up.

use super::report::Report;
use super::sarif::uri_path;
use super::svg::bar_chart;
use shenjiao_core::Category;
use std::fmt::Write;

/// Serious findings listed in the page; the JSON has all of them.
pub(crate) const MAX_SERIOUS_ROWS: usize = 2000;

/// Escapes text for element content and quoted attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;border-left:4px solid #b5121b;padding-left:8px;margin:28px 0 12px}
section{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:4px 18px 16px;margin-bottom:16px}
.muted{color:#656d76;fill:#656d76}.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{flex:1 1 150px;border:1px solid #d0d7de;border-radius:6px;padding:10px 12px;background:#fbfbfc}
.card b{display:block;font-size:24px}.card.bad b{color:#b5121b}.card span{color:#656d76;font-size:13px}
.paste{background:#fffbe6;border:1px dashed #d4a72c;padding:8px 14px;line-height:1.9;user-select:all}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:8px}
svg.chart{max-width:100%;height:auto;font-size:13px}svg.chart text{fill:#1f2328}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid #eaeef2;padding:6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
mark{background:#ffd7d5;color:#82071e;padding:0 1px}.sev-error{color:#b5121b}.sev-warning{color:#9a6700}
.ctx{max-width:420px}.path{font-size:12px;color:#656d76;word-break:break-all}
"#;

pub(crate) fn render(r: &Report, link_base: &str) -> String {
    let t = &r.totals;
    let mut h = String::with_capacity(64 * 1024);
    let period = match r.period.since {
        Some(s) => format!("检查范围：{} 至 {}", s, r.period.now),
        None => format!("检查日期：{}", r.period.now),
    };
    let _ = write!(
        h,
        r#"<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>网站内容自查自评报告</title><style>{STYLE}</style></head>
<body><main><header><h1>网站内容自查自评报告</h1><p class="muted">{} · 由 shenjiao {} 生成</p></header>"#,
        escape(&period),
        escape(r.version)
    );

    h.push_str(r#"<section id="statistics"><h2>自查自评统计（可直接复制）</h2><div class="paste">"#);
    for s in &r.statistics {
        let _ = write!(h, "<p>{}</p>", escape(s));
    }
    h.push_str("</div></section>");

    let errors = r.by_severity.get("error").copied().unwrap_or(0);
    let cards: [(&str, &str, usize, bool); 12] = [
        ("content_pages", "发布信息（条）", t.content_pages, false),
        ("pages", "检查页面（个）", t.pages, false),
        ("findings", "发现问题（处）", t.findings, t.findings > 0),
        ("errors", "严重问题（处）", errors, errors > 0),
        ("pages_with_findings", "有问题的信息（条）", t.pages_with_findings, false),
        ("column_warnings", "栏目更新预警（个）", t.column_warnings, t.column_warnings > 0),
        ("chars", "检查字数", t.chars, false),
        ("columns", "栏目（个）", t.columns, false),
        ("suppressed_by_baseline", "基线已确认（处）", t.suppressed_by_baseline, false),
        ("pages_before_since", "期前信息（未检查）", t.pages_before_since, false),
        ("listing_pages", "栏目列表页（未检查）", t.listing_pages, false),
        ("unreadable", "无法读取的文件", t.unreadable, t.unreadable > 0),
    ];
    h.push_str(r#"<section id="totals"><h2>总体情况</h2><div class="cards">"#);
    for (key, label, n, bad) in cards {
        let _ = write!(h, r#"<div class="card{}" data-total="{key}"><b>{n}</b><span>{label}</span></div>"#, if bad { " bad" } else { "" });
    }
    h.push_str("</div></section>");

    let cat_rows: Vec<(String, usize)> =
        Category::ALL.iter().map(|c| (c.label_zh().to_string(), r.by_category.get(c.as_str()).copied().unwrap_or(0))).collect();
    let sev_rows: Vec<(String, usize)> = [("error", "严重"), ("warning", "一般"), ("info", "提示")]
        .iter()
        .map(|(k, l)| (l.to_string(), r.by_severity.get(k).copied().unwrap_or(0)))
        .collect();
    let col_rows: Vec<(String, usize)> = r.by_column.iter().take(15).map(|c| (c.column.clone(), c.counts.findings)).collect();
    let month_rows: Vec<(String, usize)> = r.by_month.iter().map(|(m, b)| (m.clone(), b.findings)).collect();
    h.push_str(r#"<section id="charts"><h2>问题分布</h2><div class="charts">"#);
    for (id, title, rows, color) in [
        ("chart-category", "按类别", &cat_rows, "#b5121b"),
        ("chart-severity", "按严重程度", &sev_rows, "#9a6700"),
        ("chart-column", "按栏目（前15）", &col_rows, "#0969da"),
        ("chart-month", "按发布月份", &month_rows, "#1a7f37"),
    ] {
        let _ = write!(h, r#"<figure id="{id}"><figcaption>{title}</figcaption>{}</figure>"#, bar_chart(title, rows, color));
    }
    h.push_str("</div></section>");

    let _ = write!(h, r#"<section id="column-warnings"><h2>栏目更新预警（{}个）</h2>"#, r.column_warnings.len());
    if r.column_warnings.is_empty() {
        h.push_str("<p>未发现超期未更新栏目和空白栏目。</p>");
    } else {
        h.push_str("<table><tr><th>栏目</th><th>类型</th><th>最近更新</th><th>说明</th></tr>");
        for w in &r.column_warnings {
            let kind = match w.kind {
                "stale" => "超期未更新",
                "empty" => "空白栏目",
                _ => "无法判断",
            };
            let _ = write!(
                h,
                r#"<tr data-kind="{}"><td>{}</td><td>{kind}</td><td>{}</td><td>{}</td></tr>"#,
                escape(w.kind),
                escape(&w.column),
                w.last_update.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
                escape(&w.message)
            );
        }
        h.push_str("</table>");
    }
    h.push_str("</section>");

    let _ = write!(h, r#"<section id="serious"><h2>严重问题（{errors}处）</h2>"#);
    if errors == 0 {
        h.push_str("<p>未发现严重问题。</p>");
    } else {
        h.push_str("<table><tr><th>#</th><th>信息</th><th>栏目 / 日期</th><th>问题</th><th>原文</th><th>建议</th></tr>");
        for (i, (p, f)) in r.serious().take(MAX_SERIOUS_ROWS).enumerate() {
            let href = format!("{link_base}{}", uri_path(&p.path));
            let suggestion = match f.suggestions.first() {
                Some(s) if s.is_empty() => "删除".to_string(),
                Some(s) => s.clone(),
                None => "—".to_string(),
            };
            let _ = write!(
                h,
                r#"<tr class="finding" data-rule="{rule}" data-category="{cat}"><td class="n">{n}</td><td><a href="{href}">{title}</a><div class="path">{path} · {place}</div></td><td>{col}<br><span class="muted">{date}</span></td><td><span class="sev-error">{catzh}</span> {msg}</td><td class="ctx">{before}<mark>{text}</mark>{after}</td><td>{sug}</td></tr>"#,
                rule = escape(f.rule),
                cat = f.category.as_str(),
                n = i + 1,
                href = escape(&href),
                title = escape(p.title.as_deref().unwrap_or(&p.path)),
                path = escape(&p.path),
                place = if p.kind.positions_match_source() { format!("第{}行", f.line) } else { format!("正文第{}段", f.line) },
                col = escape(&p.column),
                date = p.date.map(|d| d.to_string()).unwrap_or_else(|| "未注明日期".into()),
                catzh = f.category.label_zh(),
                msg = escape(&f.message),
                before = escape(&f.before),
                text = escape(&f.text),
                after = escape(&f.after),
                sug = escape(&suggestion),
            );
        }
        h.push_str("</table>");
        if errors > MAX_SERIOUS_ROWS {
            let _ = write!(h, r#"<p class="muted">仅列出前{MAX_SERIOUS_ROWS}处，完整清单见 JSON 报告。</p>"#);
        }
    }
    h.push_str("</section>");

    h.push_str(r#"<section id="by-column"><h2>各栏目情况</h2><table><tr><th>栏目</th><th>检查信息</th><th>问题</th><th>严重</th><th>最近更新</th></tr>"#);
    for c in &r.by_column {
        let _ = write!(
            h,
            r#"<tr data-column="{name}"><td>{name}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td>{}</td></tr>"#,
            c.counts.pages,
            c.counts.findings,
            c.counts.errors,
            c.last_update.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
            name = escape(&c.column),
        );
    }
    h.push_str("</table></section>");

    h.push_str(r#"<section id="by-rule"><h2>按规则</h2><table><tr><th>规则</th><th>问题数</th></tr>"#);
    for (rule, n) in &r.by_rule {
        let _ = write!(h, r#"<tr><td><code>{}</code></td><td class="n">{n}</td></tr>"#, escape(rule));
    }
    h.push_str("</table></section>");
    if !r.unreadable.is_empty() {
        h.push_str(r#"<section id="unreadable"><h2>无法读取的文件</h2><ul>"#);
        for u in &r.unreadable {
            let _ = write!(h, "<li>{}：{}</li>", escape(&u.path), escape(&u.error));
        }
        h.push_str("</ul></section>");
    }
    h.push_str("</main></body></html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(escape(r#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assert_eq!(escape("中文😀"), "中文😀");
    }
}
