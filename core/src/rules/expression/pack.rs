//! A built-in term pack: a lexicon TSV compiled in, matched like a site lexicon, reported under one rule.

use crate::diagnostic::Diagnostic;
use crate::lexicon::LexiconEntry;
use crate::matcher::Matcher;
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) struct TermPack {
    doc: &'static RuleDoc,
    entries: Vec<LexiconEntry>,
    matcher: Matcher,
}

const OPEN_QUOTES: &[char] = &['“', '‘', '「', '『', '"', '\'', '《'];
const CLOSE_QUOTES: &[char] = &['”', '’', '」', '』', '"', '\'', '》'];

impl TermPack {
    /// Builds a pack from its TSV; a malformed built-in table is a bug caught by the pack's tests.
    pub(crate) fn new(doc: &'static RuleDoc, tsv: &str) -> TermPack {
        let entries = LexiconEntry::parse_tsv(tsv).unwrap_or_else(|e| panic!("built-in pack {}: {e}", doc.id));
        let matcher = Matcher::new(&entries).unwrap_or_else(|(i, e)| panic!("built-in pack {} entry {i}: {e}", doc.id));
        TermPack { doc, entries, matcher }
    }

    /// An entry whose suggestion is its own term in quotes only asks for the quotes.
    fn wants_quotes(e: &LexiconEntry) -> bool {
        e.suggestion.as_deref() == Some(format!("“{}”", e.term).as_str())
    }
}

impl Rule for TermPack {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for f in self.matcher.find(text) {
            let e = &self.entries[f.entry];
            let written = &text[f.span.clone()];
            let quoted = text[..f.span.start].ends_with(OPEN_QUOTES) && text[f.span.end..].starts_with(CLOSE_QUOTES);
            if Self::wants_quotes(e) && quoted {
                continue;
            }
            let note = e.note.as_deref().unwrap_or("");
            let message = match e.suggestion.as_deref() {
                Some(s) if Self::wants_quotes(e) => format!("“{written}”应加引号，写作{s}。{note}"),
                Some(s) => format!("“{written}”宜改为“{s}”。{note}"),
                None => format!("“{written}”不宜使用。{note}"),
            };
            let mut d = self.doc.diag(f.span, message, e.suggestion.iter().cloned().collect());
            d.severity = e.severity;
            out.push(d);
        }
    }
}
