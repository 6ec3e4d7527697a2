//! Numbers written in text, as the privacy rules see them: digit groups joined by single spaces or
//! hyphens (138 1234 5678), not glued to letters, other digits or a decimal point.

use std::ops::Range;

pub(crate) struct Number {
    pub span: Range<usize>,
    /// The digits (and a final `X` of an ID number), without separators.
    pub digits: String,
    /// Lengths of the groups as written.
    pub groups: Vec<usize>,
}

fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

pub(crate) fn numbers(text: &str) -> Vec<Number> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i].1).is_none() {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        let mut groups = vec![0];
        let mut j = i;
        loop {
            match chars.get(j).map(|&(_, c)| c) {
                Some(c) if digit(c).is_some() => {
                    digits.extend(digit(c));
                    *groups.last_mut().unwrap_or(&mut 0) += 1;
                    j += 1;
                }
                Some(' ' | '-') if chars.get(j + 1).is_some_and(|&(_, c)| digit(c).is_some()) => {
                    groups.push(0);
                    j += 1;
                }
                Some('X' | 'x' | 'Ｘ' | 'ｘ') if digits.len() == 17 && groups.len() == 1 => {
                    digits.push('X');
                    j += 1;
                    break;
                }
                _ => break,
            }
        }
        let before = start.checked_sub(1).map(|k| chars[k].1);
        let after = chars.get(j).map(|&(_, c)| c);
        let glued = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '/');
        if !glued(before) && !glued(after) && after.and_then(digit).is_none() {
            let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
            out.push(Number { span: chars[start].0..end, digits, groups });
        }
        i = j.max(i + 1);
    }
    out
}

/// `keep_start` digits, stars, `keep_end` digits.
pub(crate) fn mask(digits: &str, keep_start: usize, keep_end: usize) -> String {
    let n = digits.chars().count();
    digits
        .chars()
        .enumerate()
        .map(|(i, c)| if i < keep_start || i + keep_end >= n { c } else { '*' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_grouped_numbers_not_glued_ones() {
        let text = "电话138 1234 5678，编号A12345，3.1415，卡号6222-0000-1111-2222";
        let n = numbers(text);
        let got: Vec<_> = n.iter().map(|n| (&text[n.span.clone()], n.digits.as_str())).collect();
        assert_eq!(got, [("138 1234 5678", "13812345678"), ("6222-0000-1111-2222", "6222000011112222")]);
        assert_eq!(n[0].groups, [3, 4, 4]);
        assert_eq!(mask("13812345678", 3, 4), "138****5678");
    }
}
