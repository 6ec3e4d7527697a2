//! 三审: record, verify and gate the review steps (初审, 审核, 审发), bound to the exact text.
//!
//! A [`Workflow`] config says which steps an item needs, in what order, and which roles may
//! sign them per tier, plus the metadata an item must carry. A [`Record`] is the log of
//! signed decisions on one version of one item; each [`Approval`] carries the hash of the
//! normalised text it approved and the hash of the approval before it, so editing the text
//! or the stored record afterwards is detected. [`verify`] checks a record against the
//! workflow, the text about to be published, its metadata and the current time, and reports
//! what is missing or wrong as `review/…` [`Diagnostic`]s. [`approve`] appends a decision.
//!
//! ```
//! use shenjiao_core::review::{self, Metadata, Record, Reviewer, Signing, Timestamp, Workflow};
//!
//! let workflow = Workflow::from_json(r#"{
//!   "schema": "shenjiao-review/1",
//!   "steps": [
//!     {"name": "初审", "roles": ["编辑"]},
//!     {"name": "审核", "roles": ["科室负责人"]},
//!     {"name": "审发", "roles": ["分管领导"]}
//!   ]
//! }"#).unwrap();
//! let text = "关于做好防汛工作的通知";
//! let mut record = Record::new("news-1", 1, None);
//! for (step, id, role, time) in [
//!     ("初审", "u1", "编辑", "2024-06-12T09:00:00+08:00"),
//!     ("审核", "u2", "科室负责人", "2024-06-12T10:00:00+08:00"),
//! ] {
//!     let reviewer = Reviewer { id: id.into(), name: id.into(), role: role.into() };
//!     let signing = Signing { step: step.into(), reviewer, time: time.into(),
//!         decision: Some("通过".into()), opinion: "同意".into(), resolutions: vec![] };
//!     review::approve(&mut record, signing, text).unwrap();
//! }
//! let now = Timestamp::parse("2024-06-12T12:00:00+08:00").unwrap();
//! let found = review::verify(&workflow, &record, text, &Metadata::default(), now).unwrap();
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].rule, "review/step-missing"); // no 审发 yet
//!
//! // Editing the text after approval is caught.
//! let found = review::verify(&workflow, &record, "关于做好防汛工作的紧急通知", &Metadata::default(), now).unwrap();
//! assert!(found.iter().any(|d| d.rule == "review/content-changed"));
//! ```
//!
//! The browser gate built on this module is a convenience: the server must re-run
//! [`verify`] (or `shenjiao review verify`) on the record, text and metadata it stores.

mod approve;
mod chain;
mod checklist;
mod findings;
mod hash;
mod metadata;
mod schema;
mod steps;
mod time;

pub use approve::{approve, approve_json, Signing};
pub use checklist::{checklist, checklist_json, Checklist, StepState, StepStatus};
pub use hash::{approval_hash, content_hash, genesis_hash, normalize};
pub use schema::{
    Approval, ColumnSpec, ItemRef, Metadata, MetadataSpec, Record, Resolution, Reviewer, StepSpec, TierSpec,
    Workflow, SCHEMA,
};
pub use time::Timestamp;

use crate::checker::Checker;
use crate::config::ConfigError;
use crate::diagnostic::Diagnostic;
use crate::registry::RuleDoc;

/// Rules whose error findings are leaks (classification markers, personal data) and block
/// publication even when dismissed, unless a workflow's `leak_rules` says otherwise.
///
/// Hook for the `expression/…` and `sensitive/…` marker and privacy rules: list their ids here
/// when they land. Until then the set is empty and a workflow names its own (`leak_rules`).
pub const DEFAULT_LEAK_RULES: &[&str] = &[];

/// The docs of every `review/…` rule, in the order `verify` runs them.
pub(crate) const DOCS: &[&RuleDoc] = &[
    &steps::RECORD_INVALID,
    &chain::CHAIN_BROKEN,
    &chain::APPROVAL_REUSED,
    &steps::STEP_MISSING,
    &steps::STEP_UNDECIDED,
    &steps::STEP_ORDER,
    &steps::TIME_INVALID,
    &steps::TIME_ORDER,
    &steps::SAME_REVIEWER,
    &steps::ROLE_NOT_ALLOWED,
    &chain::CONTENT_CHANGED,
    &findings::FINDING_UNRESOLVED,
    &findings::DISMISSED_WITHOUT_REASON,
    &findings::TEXT_LEAK,
    &metadata::METADATA_MISSING,
    &metadata::METADATA_INVALID,
];

/// A workflow with its checker built: verify any number of records with it.
pub struct Verifier {
    workflow: Workflow,
    checker: Checker,
    leak_rules: Vec<String>,
}

/// What every check reads, computed once per verification.
pub(crate) struct Ctx<'a> {
    workflow: &'a Workflow,
    record: &'a Record,
    text: &'a str,
    metadata: &'a Metadata,
    now: Timestamp,
    tier: Option<&'a str>,
    leak_rules: &'a [String],
    /// Parsed `time` of each approval; `None` when it is not RFC 3339.
    times: Vec<Option<Timestamp>>,
    /// Per workflow step: index of its last approval in the log.
    latest: Vec<Option<usize>>,
    /// Per workflow step: that index, if the decision there is 通过.
    approved: Vec<Option<usize>>,
}

impl<'a> Ctx<'a> {
    /// How messages name approval `i`: 第2条审批（审核·李四）.
    fn label(&self, i: usize) -> String {
        match self.record.approvals.get(i) {
            Some(a) => format!("第{}条审批（{}·{}）", i + 1, a.step, a.reviewer.name),
            None => format!("第{}条审批", i + 1),
        }
    }
}

impl Verifier {
    /// Validates the workflow and builds its checker.
    pub fn new(workflow: Workflow) -> Result<Verifier, ConfigError> {
        workflow.validate()?;
        let checker = Checker::new(workflow.checker.clone())
            .map_err(|e| ConfigError::new(format!("checker.{}", e.path), e.message))?;
        let leak_rules = match &workflow.leak_rules {
            Some(rules) => rules.clone(),
            None => DEFAULT_LEAK_RULES.iter().map(|s| s.to_string()).collect(),
        };
        Ok(Verifier { workflow, checker, leak_rules })
    }

    /// The workflow this verifier checks against.
    pub fn workflow(&self) -> &Workflow {
        &self.workflow
    }

    /// Everything missing or wrong with `record` for publishing `text` with `metadata` at `now`.
    /// Record-level findings carry the empty span `0..0`; findings in the text carry their span.
    pub fn verify(&self, record: &Record, text: &str, metadata: &Metadata, now: Timestamp) -> Vec<Diagnostic> {
        let workflow = &self.workflow;
        let latest: Vec<Option<usize>> =
            workflow.steps.iter().map(|s| record.approvals.iter().rposition(|a| a.step == s.name)).collect();
        let approved = latest
            .iter()
            .map(|i| i.filter(|&i| record.approvals[i].decision.as_deref() == Some("通过")))
            .collect();
        let cx = Ctx {
            workflow,
            record,
            text,
            metadata,
            now,
            tier: record.tier.as_deref().or(workflow.default_tier.as_deref()),
            leak_rules: &self.leak_rules,
            times: record.approvals.iter().map(|a| Timestamp::parse(&a.time).ok()).collect(),
            latest,
            approved,
        };
        let mut out = Vec::new();
        steps::check_record(&cx, &mut out);
        chain::check(&cx, &mut out);
        steps::check_steps(&cx, &mut out);
        steps::check_times(&cx, &mut out);
        let found = self.checker.check(text);
        findings::check(&cx, &found, &mut out);
        metadata::check(&cx, &mut out);
        out
    }

    /// Like [`Verifier::verify`], from the JSON documents as stored. A record or metadata
    /// document that does not parse is itself a finding (`review/record-invalid`,
    /// `review/metadata-invalid`), so a gate fed garbage fails closed.
    pub fn verify_json(&self, record: &str, text: &str, metadata: Option<&str>, now: Timestamp) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let meta = match metadata.map(Metadata::from_json) {
            None => Metadata::default(),
            Some(Ok(m)) => m,
            Some(Err(e)) => {
                out.push(metadata::METADATA_INVALID.diag(0..0, format!("元数据不是所述格式的 JSON 对象：{}：{}", e.path, e.message), vec![]));
                Metadata::default()
            }
        };
        match Record::from_json(record) {
            Ok(r) => {
                let mut found = self.verify(&r, text, &meta, now);
                found.append(&mut out);
                found
            }
            Err(e) => {
                out.insert(0, steps::RECORD_INVALID.diag(0..0, format!("审批记录不是所述格式的 JSON：{}：{}", e.path, e.message), vec![]));
                out
            }
        }
    }
}

/// Verifies with a one-off [`Verifier`]; `Err` only when the workflow config itself is bad.
pub fn verify(
    workflow: &Workflow,
    record: &Record,
    text: &str,
    metadata: &Metadata,
    now: Timestamp,
) -> Result<Vec<Diagnostic>, ConfigError> {
    Ok(Verifier::new(workflow.clone())?.verify(record, text, metadata, now))
}

#[cfg(test)]
mod tests;

/// Compiles the Rust examples of docs/review-schema.md as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../../docs/review-schema.md")]
pub struct ReviewSchemaDoc;
