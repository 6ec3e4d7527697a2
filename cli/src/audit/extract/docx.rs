//! DOCX (Office Open XML): paragraphs of `word/document.xml`, title from `docProps/core.xml`.

use super::{take_bylines, Extracted};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::io::{Cursor, Read};

/// Refuse to inflate more than this per part: a zip bomb must not take the audit down.
const MAX_PART_BYTES: u64 = 64 << 20;

pub(super) fn extract(bytes: &[u8]) -> Result<Extracted, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("not a DOCX (zip): {e}"))?;
    let document = read_part(&mut zip, "word/document.xml")?.ok_or("not a DOCX: no word/document.xml")?;
    let mut out = Extracted::default();
    if let Some(core) = read_part(&mut zip, "docProps/core.xml")? {
        out.title = element_text(&core, "title").filter(|t| !t.trim().is_empty());
    }
    let paragraphs = paragraphs(&document)?;
    out.text = take_bylines(paragraphs.lines(), &mut out, false);
    Ok(out)
}

fn read_part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, String> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("{name}: {e}")),
    };
    let mut s = String::new();
    file.take(MAX_PART_BYTES)
        .read_to_string(&mut s)
        .map_err(|e| format!("{name}: {e}"))?;
    Ok(Some(s))
}

/// Text of the first element with this local name (e.g. `dc:title`).
fn element_text(xml: &str, local: &str) -> Option<String> {
    let mut r = Reader::from_str(xml);
    let mut inside = false;
    let mut text = String::new();
    loop {
        match r.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == local => inside = true,
            Event::End(e) if e.local_name().as_ref() == local => return Some(text),
            Event::Text(t) if inside => text.push_str(&t.xml10_content()),
            Event::GeneralRef(g) if inside => text.push_str(&resolve_ref(&g.xml10_content())),
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// Visible body text: `w:t` runs, tabs and breaks; one line per `w:p`. Deleted text
/// (`w:delText`, tracked changes) and field codes (`w:instrText`) are not published text.
fn paragraphs(xml: &str) -> Result<String, String> {
    let mut r = Reader::from_str(xml);
    let mut out = String::new();
    let mut in_text = false;
    loop {
        let event = r.read_event().map_err(|e| format!("word/document.xml: {e}"))?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text = true,
                "tab" => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                "p" => out.push('\n'),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => out.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => {
                out.push_str(&t.xml10_content());
            }
            Event::GeneralRef(g) if in_text => {
                out.push_str(&resolve_ref(&g.xml10_content()));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// `&amp;`, `&#x4E00;` …: the five XML entities and character references.
fn resolve_ref(name: &str) -> String {
    let c = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => name
            .strip_prefix("#x")
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
            .and_then(char::from_u32),
    };
    c.map_or_else(String::new, String::from)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// A minimal DOCX with one `w:p` per paragraph (shared with the audit tests' generator).
    pub(crate) fn docx(title: &str, paragraphs: &[&str]) -> Vec<u8> {
        let mut body = String::new();
        for p in paragraphs {
            body.push_str(&format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"));
        }
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        w.start_file("word/document.xml", opts).unwrap();
        write!(w, r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#).unwrap();
        w.start_file("docProps/core.xml", opts).unwrap();
        write!(w, r#"<?xml version="1.0"?><cp:coreProperties xmlns:cp="c" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title></cp:coreProperties>"#).unwrap();
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn paragraphs_title_and_byline() {
        let bytes = docx(
            "年度报告",
            &["发布时间：2024-05-06 来源：市数据局", "第一段&amp;内容。", "第二段<w:tab/>含制表符。"],
        );
        let e = extract(&bytes).unwrap();
        assert_eq!(e.title.as_deref(), Some("年度报告"));
        assert_eq!(e.date, chrono::NaiveDate::from_ymd_opt(2024, 5, 6));
        assert_eq!(e.source.as_deref(), Some("市数据局"));
        assert_eq!(e.text, "第一段&内容。\n第二段\t含制表符。");
    }

    #[test]
    fn deleted_text_and_field_codes_are_skipped() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除。。</w:delText></w:r></w:del><w:r><w:instrText>HYPERLINK ",,"</w:instrText></w:r></w:p></w:body></w:document>"#;
        assert_eq!(paragraphs(xml).unwrap(), "保留\n");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(extract(b"not a zip").is_err());
        assert!(extract(&[]).is_err());
    }
}
