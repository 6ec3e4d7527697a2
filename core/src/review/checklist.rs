//! The data behind a 三审 checklist panel: which steps are done, by whom, what is next,
//! whether the current user may sign it, and whether submission is allowed.

use super::schema::{Metadata, Record, Reviewer};
use super::{Timestamp, Verifier};
use crate::diagnostic::{Diagnostic, Severity};
use serde::Serialize;

/// Where a step stands, from its last approval in the log.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StepState {
    /// Last decision 通过.
    Approved,
    /// Last decision 退回.
    Returned,
    /// Taken up but no decision yet.
    Undecided,
    /// No approval at all.
    Missing,
}

/// One row of the checklist.
#[derive(Clone, Debug, Serialize)]
pub struct StepStatus {
    /// Step name.
    pub step: String,
    /// Roles that may sign it for the record's tier.
    pub roles: Vec<String>,
    /// Where it stands.
    pub state: StepState,
    /// Who made the last decision, if anyone.
    pub reviewer: Option<Reviewer>,
    /// When (as recorded).
    pub time: Option<String>,
    /// Their opinion.
    pub opinion: Option<String>,
}

/// Everything a checklist panel shows.
#[derive(Clone, Debug, Serialize)]
pub struct Checklist {
    /// One row per workflow step, in order.
    pub steps: Vec<StepStatus>,
    /// The first step not yet approved, which is the one to sign next.
    pub next_step: Option<String>,
    /// Whether `user` may sign `next_step` now (`None` when no user was given or nothing is left).
    pub user_can_sign: Option<bool>,
    /// Why not, in Chinese, when `user_can_sign` is `Some(false)`.
    pub user_cannot_sign_because: Option<String>,
    /// What [`Verifier::verify`] reports.
    pub diagnostics: Vec<Diagnostic>,
    /// True when nothing of error severity is reported: the submit gate.
    pub can_submit: bool,
}

/// Builds the checklist for `record`; `user` is the person at the keyboard (from the host page).
pub fn checklist(
    verifier: &Verifier,
    record: &Record,
    text: &str,
    metadata: &Metadata,
    now: Timestamp,
    user: Option<&Reviewer>,
) -> Checklist {
    assemble(verifier, record, user, verifier.verify(record, text, metadata, now))
}

fn assemble(verifier: &Verifier, record: &Record, user: Option<&Reviewer>, diagnostics: Vec<Diagnostic>) -> Checklist {
    let workflow = verifier.workflow();
    let tier = record.tier.as_deref().or(workflow.default_tier.as_deref());
    let steps: Vec<StepStatus> = workflow
        .steps
        .iter()
        .map(|s| {
            let last = record.approvals.iter().rev().find(|a| a.step == s.name);
            let state = match last.map(|a| a.decision.as_deref()) {
                None => StepState::Missing,
                Some(Some("通过")) => StepState::Approved,
                Some(Some("退回")) => StepState::Returned,
                Some(_) => StepState::Undecided,
            };
            StepStatus {
                step: s.name.clone(),
                roles: workflow.allowed_roles(&s.name, tier).to_vec(),
                state,
                reviewer: last.map(|a| a.reviewer.clone()),
                time: last.map(|a| a.time.clone()),
                opinion: last.map(|a| a.opinion.clone()),
            }
        })
        .collect();
    let next = steps.iter().find(|s| s.state != StepState::Approved);
    let (user_can_sign, user_cannot_sign_because) = match (user, next) {
        (Some(u), Some(next)) => match why_not(u, next, &steps) {
            None => (Some(true), None),
            Some(why) => (Some(false), Some(why)),
        },
        _ => (None, None),
    };
    let can_submit = !diagnostics.iter().any(|d| d.severity == Severity::Error);
    Checklist {
        next_step: next.map(|s| s.step.clone()),
        steps,
        user_can_sign,
        user_cannot_sign_because,
        diagnostics,
        can_submit,
    }
}

fn why_not(user: &Reviewer, next: &StepStatus, steps: &[StepStatus]) -> Option<String> {
    if !next.roles.contains(&user.role) {
        return Some(format!("角色“{}”无权签署“{}”：允许的角色为{}", user.role, next.step, next.roles.join("、")));
    }
    let signed = steps.iter().find(|s| {
        s.step != next.step && s.state == StepState::Approved && s.reviewer.as_ref().is_some_and(|r| r.id == user.id)
    });
    signed.map(|s| format!("您已签署“{}”，同一人不能再签署“{}”", s.step, next.step))
}

/// [`checklist`] from the stored JSON documents, for the browser panel. A record that does
/// not parse shows every step as missing, with the parse error among the diagnostics, and
/// blocks submission; a `user` that does not parse is an error naming `user.…`.
pub fn checklist_json(
    verifier: &Verifier,
    record: &str,
    text: &str,
    metadata: Option<&str>,
    now: Timestamp,
    user: Option<&str>,
) -> Result<Checklist, crate::ConfigError> {
    let user: Option<Reviewer> = match user {
        Some(json) => {
            let de = &mut serde_json::Deserializer::from_str(json);
            Some(serde_path_to_error::deserialize(de).map_err(|e| {
                crate::ConfigError::new(format!("user.{}", e.path()), e.into_inner().to_string())
            })?)
        }
        None => None,
    };
    let diagnostics = verifier.verify_json(record, text, metadata, now);
    let parsed = Record::from_json(record).ok();
    let empty = Record::new("", 0, None);
    Ok(assemble(verifier, parsed.as_ref().unwrap_or(&empty), user.as_ref(), diagnostics))
}
