//! Rule listings and docs.

use crate::UsageError;
use shenjiao_core::registry;
use std::process::ExitCode;

#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum ListFormat {
    Text,
    Json,
}

pub(crate) fn list_rules(format: ListFormat) -> Result<ExitCode, UsageError> {
    let rules = registry::rules();
    match format {
        ListFormat::Json => {
            let json = serde_json::to_string_pretty(&rules).map_err(|e| UsageError(e.to_string()))?;
            println!("{json}");
        }
        ListFormat::Text => {
            for r in rules {
                println!("{:<28} {:<11} {:<8} {}", r.id, r.category.as_str(), r.severity.as_str(), r.summary);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn explain(id: &str) -> Result<ExitCode, UsageError> {
    match registry::lookup(id) {
        Some(doc) => {
            print!("{}", doc.to_text());
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let tail = id.rsplit('/').next().unwrap_or(id);
            let near: Vec<_> = registry::rules()
                .into_iter()
                .filter(|r| r.id.contains(tail))
                .map(|r| r.id)
                .collect();
            let hint = if near.is_empty() {
                "run `shenjiao rules` for the list".to_string()
            } else {
                format!("did you mean {}?", near.join(", "))
            };
            Err(UsageError(format!("unknown rule `{id}`; {hint}")))
        }
    }
}
