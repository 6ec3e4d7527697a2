//! HTML pages: the 政府网站 meta tags, the article container, and everything else left out.

use super::{take_bylines, Extracted, TextBuilder};
use crate::audit::meta::parse_date;
use scraper::{node::Node, Html, Selector};

/// Containers that hold the article body on common government CMSs (TRS, 开普云 UCAP, 大汉 …),
/// most specific first; `body` is the fallback.
const ARTICLE_SELECTORS: [&str; 11] = [
    "#zoom", ".TRS_Editor", "#UCAP-CONTENT", ".article-content", ".pages_content", "#content", "article",
    ".article", ".content", "main", "body",
];

/// Elements whose text is never article text.
const SKIP_TAGS: [&str; 17] = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "select", "button",
    "iframe", "svg", "object", "textarea", "head", "title",
];

/// `id`/`class` fragments that mark boilerplate blocks (menus, breadcrumbs, share bars …).
const BOILERPLATE_HINTS: [&str; 16] = [
    "nav", "menu", "footer", "header", "breadcrumb", "crumb", "share", "sidebar", "copyright", "position",
    "location", "toolbar", "search", "login", "banner", "friendlink",
];

/// Block elements: their text starts and ends a paragraph.
const BLOCK_TAGS: [&str; 31] = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "section",
    "article", "blockquote", "pre", "dd", "dt", "dl", "center", "hr", "figure", "figcaption", "main", "address",
    "caption", "tbody",
];

/// Deepest element nesting parsed. html5ever's scope checks walk the stack of open elements, so
/// a hostile page of 100,000 nested `<div>`s takes minutes; real pages stay far below this.
const MAX_NESTING: usize = 4096;

/// Elements that never hold children or are closed implicitly: they do not deepen the estimate.
const SHALLOW_TAGS: [&str; 24] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "p", "li", "td", "th", "tr", "option", "dt", "dd", "rt", "rp",
];

/// An upper estimate of element nesting from the tags alone, in one linear pass.
fn nesting_estimate(src: &str) -> usize {
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    while let Some(off) = src[i..].find('<') {
        i += off + 1;
        let rest = &src.as_bytes()[i..];
        match rest.first() {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_len = rest.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                let name = &rest[..name_len];
                let end = rest.iter().position(|&c| c == b'>').unwrap_or(rest.len());
                let self_closing = end > 0 && rest[end - 1] == b'/';
                if !self_closing && !SHALLOW_TAGS.iter().any(|t| t.as_bytes().eq_ignore_ascii_case(name)) {
                    depth += 1;
                    max = max.max(depth);
                }
            }
            _ => {}
        }
    }
    max
}

/// Parses pages; build once and share between threads.
pub(crate) struct HtmlExtractor {
    meta: Selector,
    title: Selector,
    containers: Vec<Selector>,
}

impl HtmlExtractor {
    pub(crate) fn new() -> HtmlExtractor {
        let sel = |s: &str| Selector::parse(s).ok();
        HtmlExtractor {
            meta: sel("meta[name]").unwrap_or_else(|| unreachable!("constant selector")),
            title: sel("title").unwrap_or_else(|| unreachable!("constant selector")),
            containers: ARTICLE_SELECTORS.iter().filter_map(|s| sel(s)).collect(),
        }
    }

    pub(crate) fn extract(&self, source: &str) -> Result<Extracted, String> {
        let depth = nesting_estimate(source);
        if depth > MAX_NESTING {
            return Err(format!("HTML nested about {depth} elements deep (limit {MAX_NESTING}); not parsed"));
        }
        let doc = Html::parse_document(source);
        let mut out = Extracted::default();
        for m in doc.select(&self.meta) {
            let (Some(name), Some(content)) = (m.value().attr("name"), m.value().attr("content")) else { continue };
            let content = content.trim();
            if content.is_empty() {
                continue;
            }
            match name.to_ascii_lowercase().as_str() {
                "articletitle" => out.title = Some(content.to_string()),
                "pubdate" | "firstpublishedtime" => out.date = out.date.or_else(|| parse_date(content)),
                "columnname" => out.column = Some(content.to_string()),
                "contentsource" => out.source = Some(content.to_string()),
                _ => {}
            }
        }
        if out.title.is_none() {
            out.title = doc.select(&self.title).next().and_then(|t| {
                let full: String = t.text().collect();
                // "标题_某某市人民政府" / "标题 - 网站名": the site name is not part of the title.
                let cut = full.split(['_', '|']).next().unwrap_or("");
                let cut = cut.split(" - ").next().unwrap_or("").trim();
                (!cut.is_empty()).then(|| cut.to_string())
            });
        }
        let root = self.containers.iter().find_map(|s| doc.select(s).next());
        let mut text = TextBuilder::default();
        if let Some(root) = root {
            // Explicit stack, not recursion: a hostile page can nest elements arbitrarily deep.
            let mut stack = vec![(*root, false)];
            while let Some((node, closing)) = stack.pop() {
                match node.value() {
                    Node::Element(el) => {
                        let block = BLOCK_TAGS.contains(&el.name());
                        if closing {
                            if block {
                                text.break_line();
                            }
                            continue;
                        }
                        if node.id() != root.id() && is_boilerplate(el) {
                            continue;
                        }
                        if block {
                            text.break_line();
                        }
                        stack.push((node, true));
                        let children: Vec<_> = node.children().collect();
                        stack.extend(children.into_iter().rev().map(|c| (c, false)));
                    }
                    Node::Text(t) if !closing => text.push_text(t),
                    _ => {}
                }
            }
        }
        let body = text.finish();
        let mut body = take_bylines(body.lines(), &mut out, false);
        if let Some(title) = &out.title {
            // Titles are published text too; add it unless the article container already shows it.
            let shown = body.lines().take(3).any(|l| l.trim() == title.as_str());
            if !shown {
                body = format!("{title}\n{body}");
            }
        }
        out.text = body;
        Ok(out)
    }
}

fn is_boilerplate(el: &scraper::node::Element) -> bool {
    if SKIP_TAGS.contains(&el.name()) {
        return true;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    let style = el.attr("style").unwrap_or("").to_ascii_lowercase().replace(' ', "");
    if style.contains("display:none") {
        return true;
    }
    let mut names = el.id().into_iter().chain(el.classes());
    names.any(|n| {
        let n = n.to_ascii_lowercase();
        BOILERPLATE_HINTS.iter().any(|h| n.contains(h))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    const PAGE: &str = r#"<!doctype html><html><head>
<meta charset="utf-8"><title>关于开展安全检查的通知_某某市人民政府</title>
<meta name="ArticleTitle" content="关于开展安全检查的通知">
<meta name="PubDate" content="2024-03-05 10:20">
<meta name="ColumnName" content="通知公告">
<meta name="ContentSource" content="市应急管理局">
<style>p { color: red } 。。</style>
<script>var s = "重视。。,";</script>
</head><body>
<div class="header"><a href="/">首页</a>,,导航。。</div>
<nav><ul><li>首页</li><li>通知公告。。</li></ul></nav>
<div class="position">当前位置：首页 &gt; 通知公告</div>
<div class="article">
  <h1>关于开展安全检查的通知</h1>
  <div class="info">发布时间：2024-03-05　来源：市应急管理局　【字号：大 中 小】</div>
  <div id="zoom"><p>各区县：</p><p>为切实做好
     安全生产工作，现将有关事项通知如下。</p>
  <p style="display: none">隐藏。。</p><p>一、检查范围<br>全市各单位。</p></div>
  <div class="share">分享到：微信,,微博</div>
</div>
<div class="footer">版权所有。。 主办单位,某某市</div>
</body></html>"#;

    #[test]
    fn meta_tags_and_article_container() {
        let e = HtmlExtractor::new().extract(PAGE).unwrap();
        assert_eq!(e.title.as_deref(), Some("关于开展安全检查的通知"));
        assert_eq!(e.date, NaiveDate::from_ymd_opt(2024, 3, 5));
        assert_eq!(e.column.as_deref(), Some("通知公告"));
        assert_eq!(e.source.as_deref(), Some("市应急管理局"));
        // #zoom is the body; the title is prepended because the container does not show it.
        assert_eq!(e.text, "关于开展安全检查的通知\n各区县：\n为切实做好安全生产工作，现将有关事项通知如下。\n一、检查范围\n全市各单位。");
    }

    #[test]
    fn without_meta_or_container_bylines_and_boilerplate_are_dropped() {
        let page = r#"<html><head><title>工作动态 | 某局</title></head><body>
<ul class="main-menu"><li>机构。。</li></ul>
<h1>全市召开工作会议</h1><p>发布日期：2023年7月1日 来源：某局办公室</p>
<p>会议要求，各单位要高度重视。</p><script>alert("。。")</script>
<div id="footer-links">友情链接。。</div></body></html>"#;
        let e = HtmlExtractor::new().extract(page).unwrap();
        assert_eq!(e.title.as_deref(), Some("工作动态"));
        assert_eq!(e.date, NaiveDate::from_ymd_opt(2023, 7, 1));
        assert_eq!(e.source.as_deref(), Some("某局办公室"));
        assert_eq!(e.column, None);
        assert_eq!(e.text, "工作动态\n全市召开工作会议\n会议要求，各单位要高度重视。");
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let deep = "<div>".repeat(3_000) + "深层文本。" + &"</div>".repeat(10);
        let e = HtmlExtractor::new().extract(&deep).unwrap();
        assert!(e.text.contains("深层文本。"));
        // Far deeper: refused in a linear pre-pass instead of a quadratic parse.
        let hostile = "<div>".repeat(200_000) + "文本";
        let t = std::time::Instant::now();
        assert!(HtmlExtractor::new().extract(&hostile).unwrap_err().contains("deep"));
        assert!(t.elapsed() < std::time::Duration::from_secs(5));
        // Many shallow tags are fine: implicitly closed <p>, void <br>, self-closed elements.
        let flat = "<div>".to_string() + &"<p>段落<br><img src=x /><span/>".repeat(20_000) + "</div>";
        assert_eq!(nesting_estimate(&flat), 1);
        assert_eq!(nesting_estimate("<DIV><P>a<BR><Div>"), 2);
        assert_eq!(nesting_estimate("<div><div></div><div><a></a></div></div><!-- <x> -->"), 3);
        for s in ["", "<", "<meta name=PubDate content='2024-99-99'>", "<p>😀𠀀\u{200b}</p>"] {
            let _ = HtmlExtractor::new().extract(s);
        }
    }
}
