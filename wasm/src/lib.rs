//! WebAssembly bindings of `shenjiao-core`.
//!
//! The JS wrapper in `wasm/js/` is the public npm API; this crate is what it calls.
//! Offsets cross the boundary as UTF-16 code units, so `text.slice(start, end)` in JS is
//! exactly the flagged text.
#![deny(missing_docs)]

use serde::Serialize;
use shenjiao_core::review::{self, Timestamp, Verifier};
use shenjiao_core::text::{OffsetIndex, OffsetUnit};
use shenjiao_core::Diagnostic;
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
    /// Builds a checker from a JSON config string (`"{}"` for the defaults) and, optionally, a
    /// word language model as ARPA text (for `typo/context-model`; meant for Node servers, too
    /// large for pages). Throws an `Error` whose message starts with the field path on a bad
    /// config, or with `language model, line N` on a bad model.
    #[wasm_bindgen(constructor)]
    pub fn new(config_json: &str, word_lm_arpa: Option<String>) -> Result<Checker, JsError> {
        let config = shenjiao_core::Config::from_json(config_json).map_err(|e| JsError::new(&e.to_string()))?;
        let inner = match word_lm_arpa {
            Some(arpa) => {
                let lm = shenjiao_core::WordLm::from_arpa(&arpa).map_err(|e| JsError::new(&e.to_string()))?;
                shenjiao_core::Checker::with_word_lm(config, std::sync::Arc::new(lm))
            }
            None => shenjiao_core::Checker::new(config),
        };
        inner.map(|inner| Checker { inner }).map_err(|e| JsError::new(&e.to_string()))
    }

    /// Checks `text`; returns an array of plain diagnostic objects sorted by position.
    pub fn check(&self, text: &str) -> Result<JsValue, JsError> {
        to_js(&js_diagnostics(text, &self.inner.check(text)))
    }
}

/// Converts byte spans to UTF-16 offsets, once per text.
fn js_diagnostics<'a>(text: &'a str, diags: &'a [Diagnostic]) -> Vec<JsDiagnostic<'a>> {
    let idx = OffsetIndex::new(text);
    diags
        .iter()
        .map(|d| JsDiagnostic {
            rule: d.rule,
            category: d.category.as_str(),
            severity: d.severity.as_str(),
            start: idx.convert(d.span.start, OffsetUnit::Utf16),
            end: idx.convert(d.span.end, OffsetUnit::Utf16),
            text: text.get(d.span.clone()).unwrap_or(""),
            message: &d.message,
            suggestions: &d.suggestions,
            source: d.source,
        })
        .collect()
}

fn config_error(e: shenjiao_core::ConfigError) -> JsError {
    JsError::new(&e.to_string())
}

fn parse_now(now: &str) -> Result<Timestamp, JsError> {
    Timestamp::parse(now).map_err(config_error)
}

/// The 三审 verifier for one workflow config (see docs/review-schema.md).
#[wasm_bindgen]
pub struct Review {
    inner: Verifier,
}

/// A checklist as JS sees it: the core's, with UTF-16 offsets in its diagnostics.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsChecklist<'a> {
    steps: &'a [review::StepStatus],
    next_step: &'a Option<String>,
    user_can_sign: Option<bool>,
    user_cannot_sign_because: &'a Option<String>,
    can_submit: bool,
    diagnostics: Vec<JsDiagnostic<'a>>,
}

#[wasm_bindgen]
impl Review {
    /// Builds a verifier from the workflow config JSON; throws naming the bad field.
    #[wasm_bindgen(constructor)]
    pub fn new(workflow_json: &str) -> Result<Review, JsError> {
        let workflow = review::Workflow::from_json(workflow_json).map_err(config_error)?;
        Verifier::new(workflow).map(|inner| Review { inner }).map_err(config_error)
    }

    /// Verifies a stored record (JSON) against `text` and metadata (JSON) at `now` (RFC 3339).
    pub fn verify(&self, record_json: &str, text: &str, metadata_json: Option<String>, now: &str) -> Result<JsValue, JsError> {
        let found = self.inner.verify_json(record_json, text, metadata_json.as_deref(), parse_now(now)?);
        to_js(&js_diagnostics(text, &found))
    }

    /// The checklist panel's data; `user_json` is `{id, name, role}` of the person at the keyboard.
    pub fn checklist(
        &self,
        record_json: &str,
        text: &str,
        metadata_json: Option<String>,
        now: &str,
        user_json: Option<String>,
    ) -> Result<JsValue, JsError> {
        let c = review::checklist_json(&self.inner, record_json, text, metadata_json.as_deref(), parse_now(now)?, user_json.as_deref())
            .map_err(config_error)?;
        to_js(&JsChecklist {
            steps: &c.steps,
            next_step: &c.next_step,
            user_can_sign: c.user_can_sign,
            user_cannot_sign_because: &c.user_cannot_sign_because,
            can_submit: c.can_submit,
            diagnostics: js_diagnostics(text, &c.diagnostics),
        })
    }
}

/// Appends a signing (JSON) to a stored record (JSON) for `text`; returns the new record as JSON.
#[wasm_bindgen(js_name = reviewApprove)]
pub fn review_approve(record_json: &str, signing_json: &str, text: &str) -> Result<String, JsError> {
    review::approve_json(record_json, signing_json, text).map_err(config_error)
}

/// SHA-256 of the normalised text, as the review record stores it.
#[wasm_bindgen(js_name = contentHash)]
pub fn content_hash(text: &str) -> String {
    review::content_hash(text)
}

/// Every rule's documentation, as plain objects.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&shenjiao_core::registry::rules())
}
