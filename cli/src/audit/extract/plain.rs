//! Plain text: the file is the text. Bylines become empty lines so that line and column in a
//! finding are line and column in the file.

use super::{take_bylines, Extracted};

pub(super) fn extract(source: &str) -> Extracted {
    let mut out = Extracted::default();
    out.text = take_bylines(source.split('\n'), &mut out, true);
    // Pieces were joined with a `\n` after each; the last piece had none in the file.
    out.text.pop();
    out.title = out
        .text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .filter(|l| l.chars().count() <= 60)
        .map(str::to_string);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_blank_out_but_keep_line_numbers() {
        let e = extract("标题\r\n发布时间：2024-01-02 来源：某办\r\n正文。。\r\n");
        assert_eq!(e.date, chrono::NaiveDate::from_ymd_opt(2024, 1, 2));
        assert_eq!(e.source.as_deref(), Some("某办"));
        assert_eq!(e.text, "标题\r\n\n正文。。\r\n");
        assert_eq!(e.title.as_deref(), Some("标题"));
        assert_eq!(extract("无换行").text, "无换行");
    }
}
