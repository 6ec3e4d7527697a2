//! Turning a published file into the text an editor is responsible for, plus its metadata.
//!
//! Each format has its own file; all of them hand back an [`Extracted`]. Bylines found in the
//! text are taken out of it (they are page furniture) and fill in missing metadata.

mod docx;
mod html;
mod markdown;
mod plain;

pub(crate) use html::HtmlExtractor;

use super::meta::{parse_byline, Byline};
use chrono::NaiveDate;

/// The kinds of file the audit reads, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Kind {
    Html,
    Markdown,
    Text,
    Docx,
}

impl Kind {
    /// The kind for a file name, or `None` for files the audit skips (images, CSS …).
    pub(crate) fn of(path: &std::path::Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" | "shtml" | "xhtml" => Some(Kind::Html),
            "md" | "markdown" => Some(Kind::Markdown),
            "txt" => Some(Kind::Text),
            "docx" => Some(Kind::Docx),
            _ => None,
        }
    }

    /// True when line and column in the extracted text are also line and column in the file.
    pub(crate) fn positions_match_source(self) -> bool {
        self == Kind::Text
    }
}

/// A page's checkable text and metadata.
#[derive(Default, Debug)]
pub(crate) struct Extracted {
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub column: Option<String>,
    pub source: Option<String>,
    /// Article text, one paragraph per line.
    pub text: String,
}

impl Extracted {
    /// Fills metadata the format did not give from a byline.
    fn absorb(&mut self, b: Byline) {
        if self.date.is_none() {
            self.date = b.date;
        }
        if self.source.is_none() {
            self.source = b.source;
        }
    }
}

/// Extracts `bytes` of the given kind. Errors are for the report, never panics.
pub(crate) fn extract(kind: Kind, bytes: &[u8], html: &HtmlExtractor) -> Result<Extracted, String> {
    match kind {
        Kind::Html => html.extract(&decode(bytes, true)?),
        Kind::Markdown => Ok(markdown::extract(&decode(bytes, false)?)),
        Kind::Text => Ok(plain::extract(&decode(bytes, false)?)),
        Kind::Docx => docx::extract(bytes),
    }
}

/// UTF-8 (with or without BOM); otherwise GB18030, the superset of the GBK/GB2312 that older
/// government sites still publish in. HTML may also name its charset.
fn decode(bytes: &[u8], is_html: bool) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(s.to_string());
    }
    let mut encoding = encoding_rs::GB18030;
    if is_html {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
        if let Some(i) = head.find("charset=") {
            let label: String = head[i + 8..]
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if let Some(e) = encoding_rs::Encoding::for_label(label.as_bytes()) {
                encoding = e;
            }
        }
    }
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors {
        return Err(format!("not UTF-8 and not valid {}", encoding.name()));
    }
    Ok(text.into_owned())
}

/// Removes byline lines from `lines` into `out`'s metadata; keeps the rest, one per line.
/// With `keep_positions`, a byline becomes an empty line so line numbers stay those of the file.
fn take_bylines<'a>(lines: impl Iterator<Item = &'a str>, out: &mut Extracted, keep_positions: bool) -> String {
    let mut text = String::new();
    for line in lines {
        if let Some(b) = parse_byline(line) {
            out.absorb(b);
            if !keep_positions {
                continue;
            }
        } else {
            text.push_str(line);
        }
        text.push('\n');
    }
    if !keep_positions {
        while text.ends_with('\n') {
            text.pop();
        }
    }
    text
}

/// Collects inline text the way a browser lays it out: runs of whitespace become one space,
/// except between two wide (CJK) characters where a source line break shows no gap at all.
#[derive(Default)]
struct TextBuilder {
    out: String,
    pending_space: bool,
}

impl TextBuilder {
    fn push_text(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_ascii_whitespace() {
                self.pending_space = true;
                continue;
            }
            if std::mem::take(&mut self.pending_space) {
                let prev = self.out.chars().next_back();
                let wide = |c: char| !c.is_ascii();
                if matches!(prev, Some(p) if p != '\n' && !(wide(p) && wide(c))) {
                    self.out.push(' ');
                }
            }
            self.out.push(c);
        }
    }

    /// Ends the current paragraph (block element, `<br>`, Markdown paragraph).
    fn break_line(&mut self) {
        self.pending_space = false;
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_collapses_but_not_between_cjk() {
        let mut b = TextBuilder::default();
        b.push_text("  各单位要\n    高度重视 the  rule\t of law ");
        b.break_line();
        b.push_text("第二段");
        assert_eq!(b.finish(), "各单位要高度重视 the rule of law\n第二段");
    }

    #[test]
    fn gbk_pages_are_decoded() {
        let (bytes, _, _) = encoding_rs::GBK.encode("<meta charset=\"gbk\"><p>通知公告</p>");
        assert!(std::str::from_utf8(&bytes).is_err());
        assert!(decode(&bytes, true).unwrap().contains("通知公告"));
        assert!(decode(b"\xEF\xBB\xBFabc", false).unwrap() == "abc");
        assert!(decode(b"\xff\xff\xff", false).is_err());
    }

    #[test]
    fn kinds_by_extension() {
        use std::path::Path;
        assert_eq!(Kind::of(Path::new("a/B.HTM")), Some(Kind::Html));
        assert_eq!(Kind::of(Path::new("a.docx")), Some(Kind::Docx));
        assert_eq!(Kind::of(Path::new("a.css")), None);
        assert_eq!(Kind::of(Path::new("README")), None);
    }
}
