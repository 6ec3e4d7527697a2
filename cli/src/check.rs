//! `shenjiao check`: run the checker over files or stdin and print findings.

use crate::UsageError;
use anstream::println;
use serde_json::{json, Value};
use shenjiao_core::text::{OffsetIndex, OffsetUnit};
use shenjiao_core::{Checker, Config, Diagnostic, LexiconEntry, Severity, WordLm};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub(crate) struct CheckArgs {
    /// JSON config file (rules, categories, allowlist, lexicon).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Lexicon TSV: term<TAB>category<TAB>severity<TAB>suggestion; repeatable.
    #[arg(long)]
    lexicon: Vec<PathBuf>,
    /// Leader pack JSON (dated names and titles; see the `leaders` config field). Replaces the config's.
    #[arg(long)]
    leaders: Option<PathBuf>,
    /// Word language model in ARPA format (`./dev lm` builds one): turns on `typo/context-model`.
    #[arg(long, value_name = "FILE")]
    lm: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Treat every input line as its own document (for evaluation scripts).
    #[arg(long)]
    per_line: bool,
    /// Files to check; `-` or nothing reads stdin.
    paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
    Jsonl,
}

struct Input {
    name: String,
    text: String,
}

fn read_inputs(paths: &[PathBuf]) -> Result<Vec<Input>, UsageError> {
    let stdin_only = paths.is_empty() || paths.iter().all(|p| p.as_os_str() == "-");
    let paths: Vec<PathBuf> = if stdin_only { vec!["-".into()] } else { paths.to_vec() };
    paths
        .iter()
        .map(|p| {
            let (name, bytes) = if p.as_os_str() == "-" {
                let mut buf = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut buf)
                    .map_err(|e| UsageError(format!("reading stdin: {e}")))?;
                ("<stdin>".to_string(), buf)
            } else {
                let bytes = std::fs::read(p).map_err(|e| UsageError(format!("{}: {e}", p.display())))?;
                (p.display().to_string(), bytes)
            };
            let text = String::from_utf8(bytes)
                .map_err(|e| UsageError(format!("{name}: not UTF-8 (byte {}); convert it first, e.g. iconv -f GBK -t UTF-8", e.utf8_error().valid_up_to())))?;
            Ok(Input { name, text })
        })
        .collect()
}

pub(crate) fn load_checker(
    config: Option<&PathBuf>,
    lexicons: &[PathBuf],
    leaders: Option<&PathBuf>,
    lm: Option<&PathBuf>,
) -> Result<Checker, UsageError> {
    let mut cfg = match config {
        Some(path) => {
            let json = std::fs::read_to_string(path).map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
            Config::from_json(&json).map_err(|e| UsageError(format!("{}: {e}", path.display())))?
        }
        None => Config::default(),
    };
    for path in lexicons {
        let tsv = std::fs::read_to_string(path).map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
        let entries = LexiconEntry::parse_tsv(&tsv)
            .map_err(|e| UsageError(format!("{}: {}: {}", path.display(), e.path, e.message)))?;
        cfg.lexicon.extend(entries);
    }
    if let Some(path) = leaders {
        let json = std::fs::read_to_string(path).map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
        let pack = serde_json::from_str(&json).map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
        cfg.leaders = Some(pack);
    }
    let checker = match lm {
        Some(path) => {
            let arpa = std::fs::read_to_string(path).map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
            let lm = WordLm::from_arpa(&arpa).map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
            Checker::with_word_lm(cfg, std::sync::Arc::new(lm))
        }
        None => Checker::new(cfg),
    };
    checker.map_err(|e| UsageError(e.to_string()))
}

/// One document's findings, with offsets in Unicode scalars as the CLI's JSON promises.
struct Located<'a> {
    diag: &'a Diagnostic,
    start: usize,
    end: usize,
    /// 1-based line and column (in scalars) of the start, within the document.
    line: usize,
    column: usize,
}

fn locate<'a>(text: &str, diags: &'a [Diagnostic]) -> Vec<Located<'a>> {
    let idx = OffsetIndex::new(text);
    // Diagnostics come sorted by start, so lines are counted in one pass over the text.
    let (mut pos, mut line, mut line_start) = (0, 1, 0);
    diags
        .iter()
        .map(|d| {
            let upto = d.span.start.max(pos);
            let seg = &text[pos..upto];
            line += seg.bytes().filter(|&b| b == b'\n').count();
            if let Some(i) = seg.rfind('\n') {
                line_start = pos + i + 1;
            }
            pos = upto;
            let start = idx.convert(d.span.start, OffsetUnit::Scalar);
            Located {
                diag: d,
                start,
                end: idx.convert(d.span.end, OffsetUnit::Scalar),
                line,
                column: start.saturating_sub(idx.convert(line_start, OffsetUnit::Scalar)) + 1,
            }
        })
        .collect()
}

fn diag_json(text: &str, l: &Located, with_position: bool) -> Value {
    let d = l.diag;
    let mut v = json!({
        "rule": d.rule,
        "category": d.category,
        "severity": d.severity,
        "start": l.start,
        "end": l.end,
        "text": &text[d.span.clone()],
        "message": d.message,
        "suggestions": d.suggestions,
    });
    if with_position {
        v["line"] = json!(l.line);
        v["column"] = json!(l.column);
        v["source"] = json!(d.source);
    }
    v
}

fn print_text(name: &str, line_offset: usize, text: &str, located: &[Located]) {
    for l in located {
        let d = l.diag;
        let (color, label) = match d.severity {
            Severity::Error => ("\x1b[1;31m", "error"),
            Severity::Warning => ("\x1b[1;33m", "warning"),
            Severity::Info => ("\x1b[1;36m", "info"),
        };
        let fix = match d.suggestions.first() {
            Some(s) if s.is_empty() => "  → 删除".to_string(),
            Some(s) => format!("  → {s}"),
            None => String::new(),
        };
        println!(
            "\x1b[1m{name}:{}:{}\x1b[0m {color}{label}\x1b[0m [{}] “{}” {}{fix}",
            l.line + line_offset,
            l.column,
            d.rule,
            &text[d.span.clone()],
            d.message,
        );
    }
}

pub(crate) fn run(args: CheckArgs) -> Result<ExitCode, UsageError> {
    let checker = load_checker(args.config.as_ref(), &args.lexicon, args.leaders.as_ref(), args.lm.as_ref())?;
    let inputs = read_inputs(&args.paths)?;
    let many = inputs.len() > 1;
    let mut any_error = false;
    let mut json_docs = Vec::new();
    for input in &inputs {
        if args.per_line {
            for (n, line) in input.text.lines().enumerate() {
                let diags = checker.check(line);
                any_error |= Checker::has_errors(&diags);
                let located = locate(line, &diags);
                match args.format {
                    Format::Text => print_text(&input.name, n, line, &located),
                    Format::Json | Format::Jsonl => {
                        let mut v = json!({
                            "line": n + 1,
                            "diagnostics": located.iter().map(|l| diag_json(line, l, false)).collect::<Vec<_>>(),
                        });
                        if many {
                            v["path"] = json!(input.name);
                        }
                        emit(args.format, v, &mut json_docs);
                    }
                }
            }
        } else {
            let diags = checker.check(&input.text);
            any_error |= Checker::has_errors(&diags);
            let located = locate(&input.text, &diags);
            match args.format {
                Format::Text => print_text(&input.name, 0, &input.text, &located),
                Format::Json | Format::Jsonl => {
                    let v = json!({
                        "path": input.name,
                        "diagnostics": located.iter().map(|l| diag_json(&input.text, l, true)).collect::<Vec<_>>(),
                    });
                    emit(args.format, v, &mut json_docs);
                }
            }
        }
    }
    if args.format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&json_docs).unwrap_or_default());
    }
    Ok(if any_error { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn emit(format: Format, v: Value, json_docs: &mut Vec<Value>) {
    if format == Format::Jsonl {
        println!("{v}");
    } else {
        json_docs.push(v);
    }
}
