//! Appending a signed decision to a record.

use super::hash::{approval_hash, content_hash, genesis_hash};
use super::schema::{Approval, Record, Resolution, Reviewer};
use super::time::Timestamp;
use crate::config::ConfigError;
use serde::Deserialize;

/// What a reviewer signs: everything in an [`Approval`] that is not computed.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signing {
    /// Step name, e.g. `审核`.
    pub step: String,
    /// Who signs.
    pub reviewer: Reviewer,
    /// When, RFC 3339.
    pub time: String,
    /// `通过` or `退回`; `None` records the step as taken up but undecided.
    #[serde(default)]
    pub decision: Option<String>,
    /// 审核意见.
    #[serde(default)]
    pub opinion: String,
    /// How findings were resolved at this step.
    #[serde(default)]
    pub resolutions: Vec<Resolution>,
}

/// Appends `signing` to `record` as an approval of `text`: copies the record's item, hashes
/// the normalised text, chains to the last approval (or the genesis hash) and seals it.
///
/// It refuses only what cannot be recorded (a time that is not RFC 3339, an unknown
/// decision, an empty step or reviewer id); policy (roles, order, same person) is `verify`'s job,
/// so scripted tests can build violating records too.
pub fn approve<'r>(record: &'r mut Record, signing: Signing, text: &str) -> Result<&'r Approval, ConfigError> {
    if signing.step.trim().is_empty() {
        return Err(ConfigError::new("step", "empty step name"));
    }
    if signing.reviewer.id.trim().is_empty() {
        return Err(ConfigError::new("reviewer.id", "empty reviewer id"));
    }
    Timestamp::parse(&signing.time).map_err(|e| ConfigError::new("time", e.message))?;
    let decision = signing.decision.filter(|d| !d.is_empty());
    if let Some(d) = &decision {
        if d != "通过" && d != "退回" {
            return Err(ConfigError::new("decision", format!("`{d}` is neither 通过 nor 退回")));
        }
    }
    for (i, r) in signing.resolutions.iter().enumerate() {
        if r.resolution != "fixed" && r.resolution != "dismissed" {
            return Err(ConfigError::new(format!("resolutions[{i}].resolution"), "expected `fixed` or `dismissed`"));
        }
    }
    let prev = match record.approvals.last() {
        Some(a) => a.hash.clone(),
        None => genesis_hash(record),
    };
    let mut approval = Approval {
        step: signing.step,
        item: record.item.clone(),
        reviewer: signing.reviewer,
        time: signing.time,
        decision,
        opinion: signing.opinion,
        content_hash: content_hash(text),
        resolutions: signing.resolutions,
        prev,
        hash: String::new(),
    };
    approval.hash = approval_hash(&approval);
    record.approvals.push(approval);
    Ok(record.approvals.last().expect("just pushed"))
}

/// [`approve`] on JSON documents, for the browser's "approve this step" action: takes the
/// stored record and a [`Signing`] as JSON and returns the updated record as JSON, for the
/// host page's callback to store. Errors name the field (`signing.time`, `record.item`).
pub fn approve_json(record: &str, signing: &str, text: &str) -> Result<String, ConfigError> {
    let mut record = Record::from_json(record).map_err(|e| ConfigError::new(format!("record.{}", e.path), e.message))?;
    let de = &mut serde_json::Deserializer::from_str(signing);
    let signing: Signing = serde_path_to_error::deserialize(de)
        .map_err(|e| ConfigError::new(format!("signing.{}", e.path()), e.into_inner().to_string()))?;
    approve(&mut record, signing, text).map_err(|e| ConfigError::new(format!("signing.{}", e.path), e.message))?;
    Ok(record.to_json())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signing(step: &str, time: &str) -> Signing {
        Signing {
            step: step.into(),
            reviewer: Reviewer { id: "u1".into(), name: "张三".into(), role: "编辑".into() },
            time: time.into(),
            decision: Some("通过".into()),
            opinion: "同意".into(),
            resolutions: vec![],
        }
    }

    #[test]
    fn approvals_chain_from_the_genesis_hash() {
        let mut r = Record::new("n1", 1, Some("A".into()));
        let first = approve(&mut r, signing("初审", "2024-06-12T09:00:00+08:00"), "正文").unwrap().clone();
        assert_eq!(first.prev, genesis_hash(&r));
        assert_eq!(first.content_hash, content_hash("正文\r\n"));
        assert_eq!(first.hash, approval_hash(&first));
        let second = approve(&mut r, signing("审核", "2024-06-12T10:00:00+08:00"), "正文").unwrap();
        assert_eq!(second.prev, first.hash);
        assert_ne!(second.hash, first.hash);
    }

    #[test]
    fn approve_json_round_trips_and_names_bad_fields() {
        let empty = Record::new("n1", 2, Some("B".into())).to_json();
        let signing = r#"{"step":"初审","reviewer":{"id":"u1","name":"张三","role":"编辑"},"time":"2024-06-12T09:00:00+08:00","decision":"通过"}"#;
        let out = Record::from_json(&approve_json(&empty, signing, "正文").unwrap()).unwrap();
        assert_eq!(out.approvals.len(), 1);
        assert_eq!(out.approvals[0].item.version, 2);
        assert_eq!(out.approvals[0].prev, genesis_hash(&out));
        let e = approve_json(&empty, &signing.replace("+08:00", ""), "正文").unwrap_err();
        assert_eq!(e.path, "signing.time");
        let e = approve_json(&empty, &signing.replace("\"role\"", "\"rank\""), "正文").unwrap_err();
        assert!(e.path.starts_with("signing.reviewer"), "{e}");
        assert!(approve_json("{}", signing, "正文").unwrap_err().path.starts_with("record"));
    }

    #[test]
    fn refuses_what_cannot_be_recorded() {
        let mut r = Record::new("n1", 1, None);
        assert_eq!(approve(&mut r, signing("初审", "2024-06-12 09:00"), "x").unwrap_err().path, "time");
        let mut s = signing("初审", "2024-06-12T09:00:00Z");
        s.decision = Some("同意".into());
        assert_eq!(approve(&mut r, s, "x").unwrap_err().path, "decision");
        assert!(r.approvals.is_empty());
    }
}
