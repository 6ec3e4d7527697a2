//! The JSON documents of the 三审 workflow: the [`Workflow`] config, the review [`Record`]
//! and the item's [`Metadata`]. docs/review-schema.md describes them field by field.

use crate::config::{Config, ConfigError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The schema version every workflow config and record carries in its `schema` field.
pub const SCHEMA: &str = "shenjiao-review/1";

/// A workflow config: the steps in order, who may sign each, tiers, and required metadata.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Workflow {
    /// Must be [`SCHEMA`].
    pub schema: String,
    /// The steps in the order they must be signed, e.g. 初审, 审核, 审发.
    pub steps: Vec<StepSpec>,
    /// Tiers by key (`"A"`, `"B"`, `"C"`); a tier may replace the roles allowed for a step.
    #[serde(default)]
    pub tiers: BTreeMap<String, TierSpec>,
    /// The tier of a record that names none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_tier: Option<String>,
    /// Which metadata fields an item must have.
    #[serde(default)]
    pub metadata: MetadataSpec,
    /// The checker config whose error findings must be resolved (same format as `shenjiao check --config`).
    #[serde(default)]
    pub checker: Config,
    /// Rules whose error findings are leaks (classification markers, personal data): they block
    /// publication even when a record dismisses them. Defaults to [`super::DEFAULT_LEAK_RULES`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leak_rules: Option<Vec<String>>,
}

/// One step of the workflow.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StepSpec {
    /// The step's name as records write it, e.g. `审核`.
    pub name: String,
    /// Roles that may sign this step (unless the record's tier says otherwise).
    pub roles: Vec<String>,
}

/// A tier (A 普通, B 重要, C 敏感).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TierSpec {
    /// Label shown to editors, e.g. `敏感`.
    #[serde(default)]
    pub label: String,
    /// Per step name, the roles that may sign it in this tier, replacing the step's own list.
    #[serde(default)]
    pub roles: BTreeMap<String, Vec<String>>,
}

/// Required metadata: for every item, and extra per column (栏目).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MetadataSpec {
    /// Fields every item needs.
    pub required: Vec<String>,
    /// Extra fields by column name. An item is in a column when its `栏目` or `栏目类型`
    /// equals the name or starts with the name followed by `/`.
    pub columns: BTreeMap<String, ColumnSpec>,
}

/// Extra required fields for one column type.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ColumnSpec {
    /// Fields items in this column need on top of the common ones.
    pub required: Vec<String>,
}

/// The review record of one version of one item: the hash-chained log of its approvals.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Must be [`SCHEMA`].
    pub schema: String,
    /// The item and version under review.
    pub item: ItemRef,
    /// Tier key; absent means the workflow's `default_tier`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    /// Every decision, oldest first, each chained to the one before.
    #[serde(default)]
    pub approvals: Vec<Approval>,
}

/// Which item (and which version of it) a record or an approval is about.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ItemRef {
    /// The CMS's id of the item.
    pub id: String,
    /// The item's version; a new version needs a new review.
    pub version: u64,
}

/// One signed decision of one step.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// Step name from the workflow.
    pub step: String,
    /// The item this decision was made on (copied from the record when signing).
    pub item: ItemRef,
    /// Who decided.
    pub reviewer: Reviewer,
    /// When, RFC 3339 with offset, e.g. `2024-06-12T09:30:00+08:00`.
    pub time: String,
    /// `通过` or `退回`; absent, `null` or `""` while undecided.
    #[serde(default)]
    pub decision: Option<String>,
    /// The reviewer's opinion (审核意见).
    #[serde(default)]
    pub opinion: String,
    /// [`super::content_hash`] of the text the reviewer saw.
    pub content_hash: String,
    /// How this reviewer resolved checker findings.
    #[serde(default)]
    pub resolutions: Vec<Resolution>,
    /// `hash` of the previous approval, or [`super::genesis_hash`] for the first.
    pub prev: String,
    /// [`super::approval_hash`] of this approval.
    pub hash: String,
}

/// A reviewer.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reviewer {
    /// Stable account id; two approvals with the same id are the same person.
    pub id: String,
    /// Name as shown.
    pub name: String,
    /// Role, matched against the workflow's allowed roles.
    pub role: String,
}

/// What a reviewer did about one checker finding, identified by rule id and flagged text.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Resolution {
    /// The finding's rule id.
    pub rule: String,
    /// The flagged text, exactly.
    pub text: String,
    /// `fixed` or `dismissed`.
    pub resolution: String,
    /// Why a dismissed finding is not an error. Required for `dismissed`.
    #[serde(default)]
    pub reason: String,
}

/// The item's metadata (标题, 栏目, 文号 …): field name to value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Metadata(pub BTreeMap<String, String>);

impl Metadata {
    /// Parses a JSON object. Strings, numbers and booleans are taken as text; an array of
    /// strings is joined with `；`; `null` counts as absent.
    pub fn from_json(json: &str) -> Result<Metadata, ConfigError> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| ConfigError::new(".", e.to_string()))?;
        let serde_json::Value::Object(map) = value else {
            return Err(ConfigError::new(".", "metadata must be a JSON object"));
        };
        let mut out = BTreeMap::new();
        for (key, v) in map {
            let text = match v {
                serde_json::Value::Null => continue,
                serde_json::Value::String(s) => s,
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::Bool(b) => if b { "是" } else { "否" }.to_string(),
                serde_json::Value::Array(items) => {
                    let mut parts = Vec::new();
                    for (i, item) in items.into_iter().enumerate() {
                        match item {
                            serde_json::Value::String(s) => parts.push(s),
                            _ => return Err(ConfigError::new(format!("{key}[{i}]"), "expected a string")),
                        }
                    }
                    parts.join("；")
                }
                serde_json::Value::Object(_) => {
                    return Err(ConfigError::new(key, "expected a string, not an object"))
                }
            };
            out.insert(key, text);
        }
        Ok(Metadata(out))
    }

    /// The value of a field, trimmed; `None` when absent or blank.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(|s| s.trim()).filter(|s| !s.is_empty())
    }
}

fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, ConfigError> {
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de)
        .map_err(|e| ConfigError::new(e.path().to_string(), e.into_inner().to_string()))
}

impl Workflow {
    /// Parses and validates a workflow config; errors name the field.
    pub fn from_json(json: &str) -> Result<Workflow, ConfigError> {
        let w: Workflow = parse(json)?;
        w.validate()?;
        Ok(w)
    }

    /// Checks what serde cannot: the schema version, unique non-empty steps, known tier
    /// and step names, and the embedded checker config.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.schema != SCHEMA {
            return Err(ConfigError::new("schema", format!("expected \"{SCHEMA}\", got \"{}\"", self.schema)));
        }
        if self.steps.is_empty() {
            return Err(ConfigError::new("steps", "at least one step is needed"));
        }
        for (i, s) in self.steps.iter().enumerate() {
            if s.name.trim().is_empty() {
                return Err(ConfigError::new(format!("steps[{i}].name"), "empty step name"));
            }
            if self.steps[..i].iter().any(|o| o.name == s.name) {
                return Err(ConfigError::new(format!("steps[{i}].name"), format!("step `{}` listed twice", s.name)));
            }
            check_roles(&s.roles, &format!("steps[{i}].roles"))?;
        }
        for (key, tier) in &self.tiers {
            for (step, roles) in &tier.roles {
                if self.step_index(step).is_none() {
                    return Err(ConfigError::new(format!("tiers.{key}.roles.{step}"), format!("unknown step `{step}`")));
                }
                check_roles(roles, &format!("tiers.{key}.roles.{step}"))?;
            }
        }
        if let Some(t) = &self.default_tier {
            if !self.tiers.contains_key(t) {
                return Err(ConfigError::new("default_tier", format!("unknown tier `{t}`")));
            }
        }
        for (i, f) in self.metadata.required.iter().enumerate() {
            if f.trim().is_empty() {
                return Err(ConfigError::new(format!("metadata.required[{i}]"), "empty field name"));
            }
        }
        if let Some(rules) = &self.leak_rules {
            for (i, id) in rules.iter().enumerate() {
                if !id.contains('/') {
                    return Err(ConfigError::new(format!("leak_rules[{i}]"), format!("`{id}` is not a rule id (category/name)")));
                }
            }
        }
        self.checker.validate().map_err(|e| ConfigError::new(format!("checker.{}", e.path), e.message))
    }

    /// Position of a step in the workflow.
    pub fn step_index(&self, name: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.name == name)
    }

    /// Roles that may sign `step` in `tier`: the tier's list if it has one, else the step's.
    pub fn allowed_roles(&self, step: &str, tier: Option<&str>) -> &[String] {
        let by_tier = tier.and_then(|t| self.tiers.get(t)).and_then(|t| t.roles.get(step));
        match by_tier {
            Some(roles) => roles,
            None => self.steps.iter().find(|s| s.name == step).map_or(&[], |s| &s.roles),
        }
    }
}

fn check_roles(roles: &[String], path: &str) -> Result<(), ConfigError> {
    if roles.is_empty() {
        return Err(ConfigError::new(path, "at least one role is needed"));
    }
    match roles.iter().position(|r| r.trim().is_empty()) {
        Some(i) => Err(ConfigError::new(format!("{path}[{i}]"), "empty role")),
        None => Ok(()),
    }
}

impl Record {
    /// A record with no approvals yet.
    pub fn new(id: impl Into<String>, version: u64, tier: Option<String>) -> Record {
        Record { schema: SCHEMA.to_string(), item: ItemRef { id: id.into(), version }, tier, approvals: Vec::new() }
    }

    /// Parses a record; errors name the field (`approvals[1].reviewer.role`).
    pub fn from_json(json: &str) -> Result<Record, ConfigError> {
        parse(json)
    }

    /// The record as pretty JSON, as the CLI writes it.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLOW: &str = r#"{"schema":"shenjiao-review/1","steps":[{"name":"初审","roles":["编辑"]},{"name":"审核","roles":["科长"]}],
        "tiers":{"C":{"label":"敏感","roles":{"审核":["局长"]}}}}"#;

    #[test]
    fn tier_roles_replace_step_roles() {
        let w = Workflow::from_json(FLOW).unwrap();
        assert_eq!(w.allowed_roles("审核", None), ["科长"]);
        assert_eq!(w.allowed_roles("审核", Some("C")), ["局长"]);
        assert_eq!(w.allowed_roles("初审", Some("C")), ["编辑"]);
        assert!(w.allowed_roles("发布", None).is_empty());
    }

    #[test]
    fn config_errors_name_the_field() {
        let e = Workflow::from_json(&FLOW.replace("review/1", "review/9")).unwrap_err();
        assert_eq!(e.path, "schema");
        let e = Workflow::from_json(&FLOW.replace(r#""roles":{"审核""#, r#""roles":{"审批""#)).unwrap_err();
        assert_eq!(e.path, "tiers.C.roles.审批");
        let e = Workflow::from_json(&FLOW.replace(r#"["科长"]"#, "[]")).unwrap_err();
        assert_eq!(e.path, "steps[1].roles");
        let e = Workflow::from_json(&FLOW.replace(r#""name":"审核""#, r#""name":"初审""#)).unwrap_err();
        assert_eq!(e.path, "steps[1].name");
        let e = Workflow::from_json(&FLOW.replace(r#""label""#, r#""lable""#)).unwrap_err();
        assert!(e.path.starts_with("tiers.C"), "{e}");
        let bad_checker = FLOW.replace(r#""tiers""#, r#""checker":{"rules":{"typo/nope":"off"}},"tiers""#);
        assert_eq!(Workflow::from_json(&bad_checker).unwrap_err().path, "checker.rules.typo/nope");
    }

    #[test]
    fn record_errors_name_the_field() {
        let e = Record::from_json(r#"{"schema":"shenjiao-review/1","item":{"id":"a","version":"x"}}"#).unwrap_err();
        assert_eq!(e.path, "item.version");
    }

    #[test]
    fn metadata_accepts_scalars_and_string_lists_only() {
        let m = Metadata::from_json(r#"{"标题":" 通知 ","文号":null,"页数":3,"主题分类":["城乡建设","环境保护"]}"#).unwrap();
        assert_eq!(m.get("标题"), Some("通知"));
        assert_eq!(m.get("文号"), None);
        assert_eq!(m.get("页数"), Some("3"));
        assert_eq!(m.get("主题分类"), Some("城乡建设；环境保护"));
        assert_eq!(Metadata::from_json(r#"{"作者":{"x":1}}"#).unwrap_err().path, "作者");
        assert!(Metadata::from_json("[1]").is_err());
    }
}
