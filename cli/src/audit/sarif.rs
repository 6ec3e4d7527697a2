//! SARIF 2.1.0 for CI: one result per finding (baseline-accepted ones carry a suppression) and
//! per column warning. Rule metadata comes from the registry, so new rules need no change here.

use super::report::Report;
use super::scan::Finding;
use serde_json::{json, Value};
use shenjiao_core::{registry, Severity};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Rule ids for the audit's own column checks (not engine rules).
const COLUMN_RULES: [(&str, &str); 3] = [
    ("audit/stale-column", "栏目超期未更新"),
    ("audit/empty-column", "空白栏目"),
    ("audit/undated-column", "栏目页面均未注明发布日期"),
];

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Percent-encodes a relative path for a SARIF `uri` (keeps `/` and unreserved ASCII).
pub(crate) fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Writes results one by one as they are made: a 100k-page audit has too many to hold as one `Value`.
struct Results<'w> {
    w: &'w mut dyn Write,
    count: usize,
}

impl Results<'_> {
    fn push(&mut self, v: Value) -> io::Result<()> {
        if self.count > 0 {
            self.w.write_all(b",\n")?;
        }
        self.count += 1;
        serde_json::to_writer(&mut *self.w, &v).map_err(io::Error::other)
    }
}

/// Writes the log. `suppressed` holds the baseline-accepted findings per page path, which the
/// report itself leaves out.
pub(crate) fn write(
    w: &mut dyn Write,
    report: &Report,
    suppressed: &BTreeMap<String, Vec<Finding>>,
    root_uri: Option<&str>,
) -> io::Result<()> {
    let mut rule_ids: Vec<&str> = report.pages.iter().flat_map(|p| p.findings.iter().map(|f| f.rule)).collect();
    rule_ids.extend(suppressed.values().flatten().map(|f| f.rule));
    rule_ids.sort_unstable();
    rule_ids.dedup();
    let mut rules: Vec<Value> = rule_ids
        .iter()
        .map(|id| match registry::lookup(id) {
            Some(doc) => json!({
                "id": doc.id,
                "shortDescription": {"text": doc.summary},
                "fullDescription": {"text": doc.what},
                "help": {"text": format!("{}\n依据：{}\n错误示例：{}\n正确示例：{}", doc.why, doc.source, doc.wrong, doc.right)},
                "defaultConfiguration": {"level": level(doc.severity)},
                "properties": {"category": doc.category.as_str()},
            }),
            None => json!({"id": id, "shortDescription": {"text": id}}),
        })
        .collect();
    let column_rule_base = rules.len();
    rules.extend(COLUMN_RULES.iter().map(|(id, text)| {
        json!({"id": id, "shortDescription": {"text": text}, "defaultConfiguration": {"level": "warning"}, "properties": {"category": "timeliness"}})
    }));
    let index: BTreeMap<&str, usize> = rule_ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();

    let mut run = json!({
        "tool": {"driver": {
            "name": "shenjiao",
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "informationUri": "https://example.invalid/shenjiao",
            "rules": rules,
        }},
        "columnKind": "unicodeCodePoints",
        "properties": {"totals": report.totals, "statistics": report.statistics},
    });
    if let Some(root) = root_uri {
        run["originalUriBaseIds"] = json!({"SITEROOT": {"uri": root}});
    }
    let head = serde_json::to_string(&run).map_err(io::Error::other)?;
    // The run object without its closing brace; `results` goes last, streamed.
    let head = head.strip_suffix('}').unwrap_or(&head);
    writeln!(w, r#"{{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{head},"results":["#)?;
    let mut results = Results { w, count: 0 };
    let mut push = |path: &str, kind_positions: bool, f: &Finding, accepted: bool| -> io::Result<()> {
        let mut location = json!({"physicalLocation": {"artifactLocation": {"uri": uri_path(path), "uriBaseId": "SITEROOT"}}});
        if kind_positions {
            location["physicalLocation"]["region"] = json!({
                "startLine": f.line, "startColumn": f.column, "endColumn": f.end_column,
                "snippet": {"text": f.text},
            });
        }
        let mut r = json!({
            "ruleId": f.rule,
            "ruleIndex": index.get(f.rule).copied().unwrap_or(0),
            "level": level(f.severity),
            "message": {"text": format!("{}：“{}”（上下文：{}【{}】{}）", f.message, f.text, f.before, f.text, f.after)},
            "locations": [location],
            "partialFingerprints": {"shenjiao/v1": f.fingerprint},
            "properties": {
                "category": f.category.as_str(),
                "extractedLine": f.line,
                "extractedColumn": f.column,
                "suggestions": f.suggestions,
            },
        });
        if accepted {
            r["suppressions"] = json!([{"kind": "external", "justification": "accepted in baseline"}]);
        }
        results.push(r)
    };
    let positions = |kind: super::extract::Kind| kind.positions_match_source();
    for p in &report.pages {
        for f in &p.findings {
            push(&p.path, positions(p.kind), f, false)?;
        }
    }
    for (path, fs) in suppressed {
        for f in fs {
            // Suppressed TXT findings keep positions too; the kind is not kept for them, so leave region out.
            push(path, false, f, true)?;
        }
    }
    for w in &report.column_warnings {
        let (i, id) = COLUMN_RULES
            .iter()
            .enumerate()
            .find(|(_, (id, _))| id.ends_with(&format!("{}-column", w.kind)))
            .map_or((0, "audit/stale-column"), |(i, (id, _))| (i, *id));
        results.push(json!({
            "ruleId": id,
            "ruleIndex": column_rule_base + i,
            "level": "warning",
            "message": {"text": w.message},
            "locations": [{"logicalLocations": [{"name": w.column, "kind": "module"}]}],
            "properties": {"column": w.column, "lastUpdate": w.last_update, "maxDays": w.max_days},
        }))?;
    }
    writeln!(results.w, "\n]}}]}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri_path("通知/a b#1.html"), "%E9%80%9A%E7%9F%A5/a%20b%231.html");
        assert_eq!(uri_path("dtyw/2024-01.html"), "dtyw/2024-01.html");
    }
}
