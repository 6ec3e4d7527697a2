//! Baselines: findings an office has already reviewed and accepted, suppressed in later audits.
//!
//! The file is JSON, readable in a diff: `{"version": 1, "findings": [{"fingerprint", "path",
//! "rule", "text"}]}`. Only the fingerprint is matched; the rest is there for the reviewer.

use super::scan::PageResult;
use crate::UsageError;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::Path;

#[derive(Default)]
pub(crate) struct Baseline {
    fingerprints: HashSet<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    fingerprint: String,
    #[serde(default)]
    path: String,
    #[serde(default)]
    rule: String,
    #[serde(default)]
    text: String,
}

impl Baseline {
    pub(crate) fn load(path: &Path) -> Result<Baseline, UsageError> {
        let json = std::fs::read_to_string(path).map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
        let de = &mut serde_json::Deserializer::from_str(&json);
        let file: File = serde_path_to_error::deserialize(de)
            .map_err(|e| UsageError(format!("{}: baseline field `{}`: {}", path.display(), e.path(), e.inner())))?;
        if file.version != 1 {
            return Err(UsageError(format!("{}: baseline version {} is not supported (1 is)", path.display(), file.version)));
        }
        Ok(Baseline { fingerprints: file.findings.into_iter().map(|e| e.fingerprint).collect() })
    }

    pub(crate) fn contains(&self, fingerprint: &str) -> bool {
        self.fingerprints.contains(fingerprint)
    }

    pub(crate) fn len(&self) -> usize {
        self.fingerprints.len()
    }

    /// Writes every finding of this run, suppressed or not, so an accepted finding stays accepted.
    pub(crate) fn write(path: &Path, pages: &[PageResult]) -> Result<(), UsageError> {
        let findings = pages
            .iter()
            .flat_map(|p| {
                p.findings.iter().map(|f| Entry {
                    fingerprint: f.fingerprint.clone(),
                    path: p.path.clone(),
                    rule: f.rule.to_string(),
                    text: f.text.clone(),
                })
            })
            .collect();
        let json = serde_json::to_string_pretty(&File { version: 1, findings }).map_err(|e| UsageError(e.to_string()))?;
        std::fs::write(path, json + "\n").map_err(|e| UsageError(format!("{}: {e}", path.display())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_baselines_name_the_field() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("b.json");
        std::fs::write(&p, r#"{"version": 1, "findings": [{"fingerprint": 5}]}"#).unwrap();
        let e = Baseline::load(&p).err().unwrap().0;
        assert!(e.contains("findings[0].fingerprint"), "{e}");
        std::fs::write(&p, r#"{"version": 2, "findings": []}"#).unwrap();
        assert!(Baseline::load(&p).err().unwrap().0.contains("version 2"));
        std::fs::write(&p, r#"{"version": 1, "findings": [{"fingerprint": "ab"}]}"#).unwrap();
        let b = Baseline::load(&p).map_err(|e| e.0).unwrap();
        assert!(b.contains("ab") && !b.contains("cd"));
    }
}
