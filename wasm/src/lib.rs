//! WebAssembly bindings of `shenjiao-core`.
//!
//! The JS wrapper in `wasm/js/` is the public npm API; this crate is what it calls.
//! Offsets cross the boundary as UTF-16 code units, so `text.slice(start, end)` in JS is
//! exactly the flagged text.
#![deny(missing_docs)]

use serde::Serialize;
use shenjiao_core::text::{OffsetIndex, OffsetUnit};
use wasm_bindgen::prelude::*;

/// A configured checker.
#[wasm_bindgen]
pub struct Checker {
    inner: shenjiao_core::Checker,
}

/// A diagnostic as JS sees it: a plain object with UTF-16 offsets.
#[derive(Serialize)]
struct JsDiagnostic<'a> {
    rule: &'a str,
    category: &'a str,
    severity: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    message: &'a str,
    suggestions: &'a [String],
    source: &'a str,
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen]
impl Checker {
    /// Builds a checker from a JSON config string (`"{}"` for the defaults).
    /// Throws an `Error` whose message starts with the field path on a bad config.
    #[wasm_bindgen(constructor)]
    pub fn new(config_json: &str) -> Result<Checker, JsError> {
        shenjiao_core::Checker::from_json(config_json)
            .map(|inner| Checker { inner })
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// Checks `text`; returns an array of plain diagnostic objects sorted by position.
    pub fn check(&self, text: &str) -> Result<JsValue, JsError> {
        let diags = self.inner.check(text);
        let idx = OffsetIndex::new(text);
        let out: Vec<JsDiagnostic> = diags
            .iter()
            .map(|d| JsDiagnostic {
                rule: d.rule,
                category: d.category.as_str(),
                severity: d.severity.as_str(),
                start: idx.convert(d.span.start, OffsetUnit::Utf16),
                end: idx.convert(d.span.end, OffsetUnit::Utf16),
                text: &text[d.span.clone()],
                message: &d.message,
                suggestions: &d.suggestions,
                source: d.source,
            })
            .collect();
        to_js(&out)
    }
}

/// Every rule's documentation, as plain objects.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&shenjiao_core::registry::rules())
}
