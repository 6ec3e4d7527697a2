//! Bounded scans around a position in the text, shared by the rules that walk chars by hand.

use crate::rules::Document;

/// The char just before byte `i`.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The char starting at byte `i`.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The run of chars satisfying `f` that ends at byte `end` (scanning back at most `max` chars).
/// Returns its start and its length in chars; `None` when the run is longer than `max`.
pub(crate) fn run_before(text: &str, end: usize, max: usize, f: impl Fn(char) -> bool) -> Option<(usize, usize)> {
    let mut start = end;
    let mut n = 0;
    for c in text.get(..end)?.chars().rev() {
        if !f(c) {
            return Some((start, n));
        }
        if n == max {
            return None;
        }
        start -= c.len_utf8();
        n += 1;
    }
    Some((start, n))
}

/// The run of chars satisfying `f` that starts at byte `start`; returns its end and length in chars.
pub(crate) fn run_after(text: &str, start: usize, f: impl Fn(char) -> bool) -> (usize, usize) {
    let mut end = start;
    let mut n = 0;
    for c in text.get(start..).unwrap_or("").chars() {
        if !f(c) {
            break;
        }
        end += c.len_utf8();
        n += 1;
    }
    (end, n)
}

/// Maximal runs of one repeated char among `wanted`: (start, end, char, count).
pub(crate) fn same_char_runs<'t>(
    text: &'t str,
    wanted: impl Fn(char) -> bool + 't,
) -> impl Iterator<Item = (usize, usize, char, usize)> + 't {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((start, c)) = iter.next() {
            if !wanted(c) {
                continue;
            }
            let mut n = 1;
            let mut end = start + c.len_utf8();
            while let Some(&(i, next)) = iter.peek() {
                if next != c {
                    break;
                }
                n += 1;
                end = i + next.len_utf8();
                iter.next();
            }
            return Some((start, end, c, n));
        }
        None
    })
}

/// Each paragraph without its leading and trailing spaces (ASCII, ideographic, tab), with the
/// byte offset where the trimmed text starts.
pub(crate) fn trimmed_paragraphs<'t>(doc: &Document<'t>) -> impl Iterator<Item = (usize, &'t str)> + 't {
    let text = doc.text;
    doc.paragraphs().map(move |p| {
        let para = &text[p.clone()];
        let lead = para.len() - para.trim_start_matches([' ', '\u{3000}', '\t']).len();
        (p.start + lead, para.trim_matches([' ', '\u{3000}', '\t']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_the_same_char() {
        let runs: Vec<_> = same_char_runs("a。。b，。", |c| "。，".contains(c)).collect();
        assert_eq!(runs, vec![(1, 7, '。', 2), (8, 11, '，', 1), (11, 14, '。', 1)]);
    }

    #[test]
    fn trimmed_paragraph_offsets() {
        let text = "  甲 \r\n\u{3000}乙";
        let got: Vec<_> = trimmed_paragraphs(&Document::new(text)).collect();
        assert_eq!(got, vec![(2, "甲"), (11, "乙")]);
        assert_eq!(&text[11..], "乙");
    }
}
