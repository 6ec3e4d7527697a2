//! What a reviewer's signature covers: the normalised text and the approval itself.
//!
//! Both hashes are SHA-256 (the `sha2` crate, pure Rust, so native and wasm32 agree byte
//! for byte) written as 64 lowercase hex digits.

use super::schema::{Approval, ItemRef, Record, Resolution, SCHEMA};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Characters that render as nothing. They are dropped before hashing so that an invisible
/// character pasted in by an editor (or a BOM added by a save) does not void an approval,
/// while every visible edit still does.
const INVISIBLE: [char; 6] = [
    '\u{200B}', // ZERO WIDTH SPACE
    '\u{200C}', // ZERO WIDTH NON-JOINER
    '\u{200D}', // ZERO WIDTH JOINER
    '\u{2060}', // WORD JOINER
    '\u{FEFF}', // BOM / ZERO WIDTH NO-BREAK SPACE
    '\u{00AD}', // SOFT HYPHEN
];

/// The text as the content hash sees it:
///
/// 1. `\r\n` and a lone `\r` become `\n`;
/// 2. the invisible characters U+200B, U+200C, U+200D, U+2060, U+FEFF and U+00AD are removed;
/// 3. whitespace (Unicode `White_Space`, including the full-width space U+3000) at the end of
///    every line is removed;
/// 4. empty lines at the start and at the end of the text are removed.
///
/// Nothing else changes: indentation, inner spaces and every visible character count.
pub fn normalize(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<String> = unified
        .split('\n')
        .map(|line| {
            let visible: String = line.chars().filter(|c| !INVISIBLE.contains(c)).collect();
            visible.trim_end().to_string()
        })
        .collect();
    let first = lines.iter().position(|l| !l.is_empty());
    let last = lines.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(a), Some(b)) => lines[a..=b].join("\n"),
        _ => String::new(),
    }
}

/// SHA-256 of `bytes` as 64 lowercase hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        out.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
        out.push(char::from_digit(u32::from(b & 0xF), 16).unwrap_or('0'));
    }
    out
}

/// The content hash an approval of `text` records: SHA-256 of [`normalize`]`(text)` in UTF-8.
pub fn content_hash(text: &str) -> String {
    sha256_hex(normalize(text).as_bytes())
}

/// The hash the first approval's `prev` must carry: it binds the chain to the item, its
/// version and its tier, so none of them can be changed after the first signature.
pub fn genesis_hash(record: &Record) -> String {
    #[derive(Serialize)]
    struct Genesis<'a> {
        schema: &'a str,
        item: &'a ItemRef,
        tier: &'a str,
    }
    let g = Genesis { schema: SCHEMA, item: &record.item, tier: record.tier.as_deref().unwrap_or("") };
    sha256_hex(canonical(&g).as_bytes())
}

/// The hash of one approval: SHA-256 of its canonical JSON, which is every field except
/// `hash`, in schema order, compact, absent optional fields written as `""`/`[]`.
pub fn approval_hash(a: &Approval) -> String {
    #[derive(Serialize)]
    struct Canon<'a> {
        schema: &'a str,
        item: &'a ItemRef,
        step: &'a str,
        reviewer: &'a super::schema::Reviewer,
        time: &'a str,
        decision: &'a str,
        opinion: &'a str,
        content_hash: &'a str,
        resolutions: Vec<CanonResolution<'a>>,
        prev: &'a str,
    }
    #[derive(Serialize)]
    struct CanonResolution<'a> {
        rule: &'a str,
        text: &'a str,
        resolution: &'a str,
        reason: &'a str,
    }
    let c = Canon {
        schema: SCHEMA,
        item: &a.item,
        step: &a.step,
        reviewer: &a.reviewer,
        time: &a.time,
        decision: a.decision.as_deref().unwrap_or(""),
        opinion: &a.opinion,
        content_hash: &a.content_hash,
        resolutions: a
            .resolutions
            .iter()
            .map(|r: &Resolution| CanonResolution {
                rule: &r.rule,
                text: &r.text,
                resolution: &r.resolution,
                reason: &r.reason,
            })
            .collect(),
        prev: &a.prev,
    };
    sha256_hex(canonical(&c).as_bytes())
}

/// Compact JSON of a struct whose fields serialize in declaration order. serde_json escapes
/// only `"`, `\` and control characters, as `JSON.stringify` and Python's
/// `json.dumps(..., ensure_ascii=False, separators=(",", ":"))` do.
fn canonical<T: Serialize>(value: &T) -> String {
    // Serializing plain structs of strings and integers cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_matches_the_standard_test_vector() {
        // FIPS 180-2 / `printf abc | sha256sum`
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn content_hash_of_chinese_text_is_fixed() {
        // `printf '关于做好防汛工作的通知\n各单位：' | sha256sum`
        assert_eq!(
            content_hash("关于做好防汛工作的通知\r\n各单位：\u{200B}  \n\n"),
            "6dd447362f2555c7d6a98ac0659052e26ab3167176828c89dd8ce8b17bbd0c84"
        );
    }

    #[test]
    fn normalisation_ignores_line_endings_invisibles_and_trailing_space_only() {
        let base = "第一段。\n　　第二段𠀀😀。";
        assert_eq!(normalize("\n\r\n第一段。  \r\n　　第二段𠀀\u{FEFF}😀。\u{3000}\n\n"), base);
        assert_eq!(normalize("第一段。\r　　第二段𠀀😀。"), base);
        assert_ne!(normalize("第一段。\n　　第二段𠀀😀！"), base);
        assert_ne!(normalize("第一段。\n\n　　第二段𠀀😀。"), base, "inner blank lines count");
        assert_ne!(normalize("第一段。\n第二段𠀀😀。"), base, "indentation counts");
        assert_eq!(normalize(" \n\u{200B}\n"), "");
    }
}
