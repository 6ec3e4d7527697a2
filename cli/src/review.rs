//! `shenjiao review`: verify a 三审 record against the text and metadata, or append a decision.

use crate::UsageError;
use serde_json::{json, Value};
use shenjiao_core::review::{self, Record, Resolution, Reviewer, Signing, Timestamp, Verifier, Workflow};
use shenjiao_core::text::{OffsetIndex, OffsetUnit};
use shenjiao_core::Diagnostic;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub(crate) struct ReviewArgs {
    #[command(subcommand)]
    command: ReviewCommand,
}

#[derive(clap::Subcommand)]
enum ReviewCommand {
    /// Verify a record. Exit code: 0 all in order, 1 something missing or wrong, 2 usage/config error.
    Verify(Box<VerifyArgs>),
    /// Append a signed decision to a record (creating it with --item), for scripted workflows and tests.
    Approve(Box<ApproveArgs>),
    /// Print the content hash of a text (SHA-256 of the normalised text), as approvals record it.
    Hash {
        /// Text file; `-` reads stdin.
        #[arg(long)]
        text: PathBuf,
    },
}

#[derive(clap::Args)]
struct VerifyArgs {
    /// Workflow config (JSON, schema shenjiao-review/1).
    #[arg(long)]
    config: PathBuf,
    /// Review record (JSON).
    #[arg(long)]
    record: PathBuf,
    /// The text to be published (UTF-8); `-` reads stdin.
    #[arg(long)]
    text: PathBuf,
    /// The item's metadata (JSON object). Without it every required field is missing.
    #[arg(long)]
    meta: Option<PathBuf>,
    /// The current time, RFC 3339 (default: the system clock).
    #[arg(long)]
    now: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(clap::Args)]
struct ApproveArgs {
    /// Record file to append to; written back in place unless --out is given.
    #[arg(long)]
    record: PathBuf,
    /// The text being approved (UTF-8); `-` reads stdin.
    #[arg(long)]
    text: PathBuf,
    /// Step name, e.g. 审核.
    #[arg(long)]
    step: String,
    /// Reviewer's account id.
    #[arg(long)]
    reviewer_id: String,
    /// Reviewer's name.
    #[arg(long)]
    reviewer_name: String,
    /// Reviewer's role, e.g. 科室负责人.
    #[arg(long)]
    role: String,
    /// 通过, 退回, or 待定 for a step taken up but not decided.
    #[arg(long, default_value = "通过")]
    decision: String,
    /// 审核意见.
    #[arg(long, default_value = "")]
    opinion: String,
    /// Time of the decision, RFC 3339 (default: the system clock, UTC).
    #[arg(long)]
    time: Option<String>,
    /// Mark a finding fixed: RULE:TEXT (e.g. punctuation/doubled:。。). Repeatable.
    #[arg(long, value_name = "RULE:TEXT")]
    fixed: Vec<String>,
    /// JSON array of resolutions [{"rule","text","resolution":"fixed"|"dismissed","reason"}].
    #[arg(long)]
    resolutions: Option<PathBuf>,
    /// Workflow config: if given, the step must be one of its steps.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Create the record for this item id if the record file does not exist; for an existing record it must match.
    #[arg(long)]
    item: Option<String>,
    /// Item version for a new record.
    #[arg(long, default_value_t = 1)]
    version: u64,
    /// Tier key for a new record (A, B, C …); for an existing record it must match.
    #[arg(long)]
    tier: Option<String>,
    /// Where to write the record (`-` for stdout).
    #[arg(long)]
    out: Option<PathBuf>,
}

pub(crate) fn run(args: ReviewArgs) -> Result<ExitCode, UsageError> {
    match args.command {
        ReviewCommand::Verify(a) => verify(*a),
        ReviewCommand::Approve(a) => approve(*a),
        ReviewCommand::Hash { text } => {
            println!("{}", review::content_hash(&read_file(&text)?));
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn read_file(path: &Path) -> Result<String, UsageError> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| UsageError(format!("reading stdin: {e}")))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        UsageError(format!("{}: not UTF-8 (byte {}); convert it first", path.display(), e.utf8_error().valid_up_to()))
    })
}

fn system_now() -> Result<Timestamp, UsageError> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| UsageError(format!("system clock: {e}")))?
        .as_secs();
    i64::try_from(secs)
        .ok()
        .and_then(Timestamp::from_unix_seconds)
        .ok_or_else(|| UsageError("system clock out of range".into()))
}

fn load_workflow(path: &Path) -> Result<Workflow, UsageError> {
    Workflow::from_json(&read_file(path)?).map_err(|e| UsageError(format!("{}: {e}", path.display())))
}

fn verify(a: VerifyArgs) -> Result<ExitCode, UsageError> {
    let verifier = Verifier::new(load_workflow(&a.config)?)
        .map_err(|e| UsageError(format!("{}: {e}", a.config.display())))?;
    let now = match &a.now {
        Some(s) => Timestamp::parse(s).map_err(|e| UsageError(format!("--now: {}", e.message)))?,
        None => system_now()?,
    };
    let record = read_file(&a.record)?;
    let text = read_file(&a.text)?;
    let meta = a.meta.as_deref().map(read_file).transpose()?;
    let found = verifier.verify_json(&record, &text, meta.as_deref(), now);
    match a.format {
        Format::Json => {
            let doc = json!({
                "ok": found.is_empty(),
                "record": a.record.display().to_string(),
                "diagnostics": diagnostics_json(&text, &found),
            });
            println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        Format::Text => print_text(&a, &text, &found),
    }
    Ok(if found.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Line and column (1-based, in scalars) of a byte offset.
fn position(text: &str, idx: &OffsetIndex, byte: usize) -> (usize, usize) {
    let line_start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..line_start].matches('\n').count() + 1;
    let col = idx.convert(byte, OffsetUnit::Scalar) - idx.convert(line_start, OffsetUnit::Scalar) + 1;
    (line, col)
}

fn diagnostics_json(text: &str, found: &[Diagnostic]) -> Vec<Value> {
    let idx = OffsetIndex::new(text);
    found
        .iter()
        .map(|d| {
            let in_text = !d.span.is_empty();
            let mut v = json!({
                "rule": d.rule,
                "category": d.category,
                "severity": d.severity,
                "start": idx.convert(d.span.start, OffsetUnit::Scalar),
                "end": idx.convert(d.span.end, OffsetUnit::Scalar),
                "text": text.get(d.span.clone()).unwrap_or_default(),
                "message": d.message,
                "suggestions": d.suggestions,
                "source": d.source,
            });
            if in_text {
                let (line, column) = position(text, &idx, d.span.start);
                v["line"] = json!(line);
                v["column"] = json!(column);
            }
            v
        })
        .collect()
}

fn print_text(a: &VerifyArgs, text: &str, found: &[Diagnostic]) {
    let idx = OffsetIndex::new(text);
    for d in found {
        if d.span.is_empty() {
            println!("{}: error [{}] {}", a.record.display(), d.rule, d.message);
        } else {
            let (line, col) = position(text, &idx, d.span.start);
            println!("{}:{line}:{col}: error [{}] {}", a.text.display(), d.rule, d.message);
        }
    }
    if found.is_empty() {
        println!("三审核验通过：步骤齐全、文本与审批一致、记录未被改动。");
    } else {
        println!("三审核验未通过：{} 项问题。", found.len());
    }
}

fn parse_fixed(spec: &str) -> Result<Resolution, UsageError> {
    match spec.split_once(':') {
        Some((rule, text)) if !rule.is_empty() && !text.is_empty() => Ok(Resolution {
            rule: rule.into(),
            text: text.into(),
            resolution: "fixed".into(),
            reason: String::new(),
        }),
        _ => Err(UsageError(format!("--fixed `{spec}`: expected RULE:TEXT, e.g. punctuation/doubled:。。"))),
    }
}

fn approve(a: ApproveArgs) -> Result<ExitCode, UsageError> {
    if let Some(path) = &a.config {
        let workflow = load_workflow(path)?;
        if workflow.step_index(&a.step).is_none() {
            let names: Vec<_> = workflow.steps.iter().map(|s| s.name.as_str()).collect();
            return Err(UsageError(format!("unknown step `{}`; the workflow has {}", a.step, names.join(", "))));
        }
    }
    let mut record = if a.record.exists() {
        let json = read_file(&a.record)?;
        let record = Record::from_json(&json).map_err(|e| UsageError(format!("{}: {e}", a.record.display())))?;
        if let Some(id) = a.item.as_ref().filter(|id| **id != record.item.id) {
            return Err(UsageError(format!("{}: the record is for item `{}`, not `{id}`", a.record.display(), record.item.id)));
        }
        if let Some(tier) = a.tier.as_ref().filter(|t| Some(*t) != record.tier.as_ref()) {
            return Err(UsageError(format!(
                "{}: the record's tier is fixed when it is created ({}); --tier {tier} would need a new record",
                a.record.display(),
                record.tier.as_deref().unwrap_or("none")
            )));
        }
        record
    } else {
        let Some(id) = &a.item else {
            return Err(UsageError(format!("{}: no such record; pass --item to create it", a.record.display())));
        };
        Record::new(id.clone(), a.version, a.tier.clone())
    };
    let mut resolutions: Vec<Resolution> = match &a.resolutions {
        Some(path) => serde_json::from_str(&read_file(path)?)
            .map_err(|e| UsageError(format!("{}: {e}", path.display())))?,
        None => Vec::new(),
    };
    for spec in &a.fixed {
        resolutions.push(parse_fixed(spec)?);
    }
    let time = match a.time {
        Some(t) => t,
        None => system_now()?.to_rfc3339(),
    };
    let decision = match a.decision.as_str() {
        "待定" | "" => None,
        d => Some(d.to_string()),
    };
    let text = read_file(&a.text)?;
    let signing = Signing {
        step: a.step,
        reviewer: Reviewer { id: a.reviewer_id, name: a.reviewer_name, role: a.role },
        time,
        decision,
        opinion: a.opinion,
        resolutions,
    };
    review::approve(&mut record, signing, &text).map_err(|e| UsageError(format!("approve: {e}")))?;
    let json = record.to_json() + "\n";
    let out = a.out.as_ref().unwrap_or(&a.record);
    if out.as_os_str() == "-" {
        print!("{json}");
    } else {
        std::fs::write(out, json).map_err(|e| UsageError(format!("{}: {e}", out.display())))?;
    }
    Ok(ExitCode::SUCCESS)
}
