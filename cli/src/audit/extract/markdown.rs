//! Markdown: YAML-style front matter for metadata, prose without code, HTML or link targets.

use super::{take_bylines, Extracted, TextBuilder};
use crate::audit::meta::parse_date;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

pub(super) fn extract(source: &str) -> Extracted {
    let mut out = Extracted::default();
    let body = front_matter(source, &mut out);
    let mut text = TextBuilder::default();
    let mut skip_depth = 0usize;
    for event in Parser::new(body) {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. } | Tag::HtmlBlock) => skip_depth += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::Image | TagEnd::HtmlBlock) => skip_depth = skip_depth.saturating_sub(1),
            Event::Text(t) if skip_depth == 0 => text.push_text(&t),
            Event::SoftBreak if skip_depth == 0 => text.push_text("\n"),
            Event::HardBreak | Event::Rule => text.break_line(),
            Event::Start(Tag::Item)
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::TableCell
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::FootnoteDefinition,
            ) => text.break_line(),
            _ => {}
        }
    }
    out.text = take_bylines(text.finish().lines(), &mut out, false);
    if out.title.is_none() {
        out.title = out.text.lines().next().map(str::to_string);
    }
    out
}

/// Reads `---` … `---` front matter (`title`, `date`, `column`/`category`, `source`, or the
/// Chinese keys) and returns the rest of the document.
fn front_matter<'a>(source: &'a str, out: &mut Extracted) -> &'a str {
    let Some(rest) = source.strip_prefix("---\n").or_else(|| source.strip_prefix("---\r\n")) else {
        return source;
    };
    let Some(end) = rest.find("\n---") else { return source };
    for line in rest[..end].lines() {
        let Some((key, value)) = line.split_once(':').or_else(|| line.split_once('：')) else { continue };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" | "标题" => out.title = Some(value.to_string()),
            "date" | "pubdate" | "发布时间" | "发布日期" => out.date = parse_date(value),
            "column" | "category" | "columnname" | "栏目" => out.column = Some(value.to_string()),
            "source" | "contentsource" | "来源" => out.source = Some(value.to_string()),
            _ => {}
        }
    }
    let after = &rest[end + 4..];
    after.split_once('\n').map_or("", |(_, body)| body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_and_prose_only() {
        let md = "---\ntitle: 政策解读：新规出台\ndate: 2024-08-01\n栏目: 政策解读\nsource: \"市发展改革委\"\n---\n# 新规出台\n\n这是**第一段**，详见[通知](http://a.example/x,y.html)。\n\n```\ncode。。,\n```\n\n<div>html,,</div>\n\n- 第一项\n- 第二项\n";
        let e = extract(md);
        assert_eq!(e.title.as_deref(), Some("政策解读：新规出台"));
        assert_eq!(e.date, chrono::NaiveDate::from_ymd_opt(2024, 8, 1));
        assert_eq!(e.column.as_deref(), Some("政策解读"));
        assert_eq!(e.source.as_deref(), Some("市发展改革委"));
        assert_eq!(e.text, "新规出台\n这是第一段，详见通知。\n第一项\n第二项");
    }

    #[test]
    fn no_front_matter_title_is_first_line() {
        let e = extract("# 全市召开会议\n会议强调\n要求落实。\n");
        assert_eq!(e.title.as_deref(), Some("全市召开会议"));
        assert_eq!(e.text, "全市召开会议\n会议强调要求落实。");
        assert_eq!(extract("---\nunterminated").text, "unterminated");
    }
}
