//! `shenjiao eval csc FILE.tsv`: score the typo rules on a Chinese spelling-correction set.
//!
//! Rows are `source<TAB>target` or `n<TAB>source<TAB>target`. "Corrected" is the source with
//! the first suggestion of every non-overlapping `typo` finding applied. Strict sentence-level
//! correction: TP = source ≠ target and corrected = target; FP = corrected ≠ source and
//! corrected ≠ target; FN = source ≠ target and corrected ≠ target.

use crate::check::load_checker;
use crate::UsageError;
use anstream::println;
use serde_json::json;
use shenjiao_core::{Category, Checker, Diagnostic};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub(crate) struct EvalArgs {
    #[command(subcommand)]
    task: Task,
}

#[derive(clap::Subcommand)]
enum Task {
    /// Chinese spelling correction: strict sentence-level correction P/R/F1, char-level
    /// detection P/R/F1 and the false-alarm rate on error-free sentences.
    Csc {
        /// TSV file: source<TAB>target or n<TAB>source<TAB>target per line.
        file: PathBuf,
        /// JSON config file (e.g. `{"typo": {"min_gain": 7}}`).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Word language model in ARPA format: turns on `typo/context-model`.
        #[arg(long, value_name = "FILE")]
        lm: Option<PathBuf>,
        /// Print the scores as one JSON object.
        #[arg(long)]
        json: bool,
        /// Also print every sentence scored as FP or FN (to stderr).
        #[arg(long)]
        show_errors: bool,
    },
}

/// Sentence pairs of a CSC file.
pub(crate) fn parse_rows(tsv: &str) -> Result<Vec<(String, String)>, UsageError> {
    let mut rows = Vec::new();
    for (i, line) in tsv.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (src, tgt) = match cols.as_slice() {
            [s, t] => (*s, *t),
            [_, s, t] => (*s, *t),
            _ => return Err(UsageError(format!("line {}: expected 2 or 3 tab-separated columns, got {}", i + 1, cols.len()))),
        };
        rows.push((src.to_string(), tgt.to_string()));
    }
    Ok(rows)
}

/// The source with the first suggestion of each non-overlapping typo finding applied, and the
/// byte spans that were replaced.
pub(crate) fn correct(src: &str, diags: &[Diagnostic]) -> String {
    let mut typo: Vec<&Diagnostic> = diags.iter().filter(|d| d.category == Category::Typo && !d.suggestions.is_empty()).collect();
    typo.sort_by_key(|d| (d.span.start, d.span.end));
    let mut out = String::with_capacity(src.len());
    let mut pos = 0;
    for d in typo {
        if d.span.start < pos || d.span.end > src.len() {
            continue;
        }
        out.push_str(&src[pos..d.span.start]);
        out.push_str(&d.suggestions[0]);
        pos = d.span.end;
    }
    out.push_str(&src[pos..]);
    out
}

/// Counts for one evaluation run.
#[derive(Default, Debug, PartialEq)]
pub(crate) struct Scores {
    pub sentences: usize,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub clean: usize,
    pub clean_flagged: usize,
    pub det_tp: usize,
    pub det_fp: usize,
    pub det_fn: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Scores {
    pub(crate) fn add(&mut self, src: &str, tgt: &str, diags: &[Diagnostic]) -> Option<&'static str> {
        let corrected = correct(src, diags);
        self.sentences += 1;
        let mut verdict = None;
        if src != tgt && corrected == tgt {
            self.tp += 1;
        }
        if corrected != src && corrected != tgt {
            self.fp += 1;
            verdict = Some("FP");
        }
        if src != tgt && corrected != tgt {
            self.fn_ += 1;
            verdict = verdict.or(Some("FN"));
        }
        if src == tgt {
            self.clean += 1;
            if diags.iter().any(|d| d.category == Category::Typo) {
                self.clean_flagged += 1;
            }
        }
        // Character-level detection, where source and target align char by char.
        let s: Vec<char> = src.chars().collect();
        let t: Vec<char> = tgt.chars().collect();
        let c: Vec<char> = corrected.chars().collect();
        if s.len() == t.len() {
            let gold: Vec<bool> = s.iter().zip(&t).map(|(a, b)| a != b).collect();
            let pred: Vec<bool> = if c.len() == s.len() {
                s.iter().zip(&c).map(|(a, b)| a != b).collect()
            } else {
                // Length-changing correction: count every char of the flagged spans.
                let mut p = vec![false; s.len()];
                for d in diags.iter().filter(|d| d.category == Category::Typo) {
                    let a = src[..d.span.start.min(src.len())].chars().count();
                    let b = src[..d.span.end.min(src.len())].chars().count();
                    p.iter_mut().take(b).skip(a).for_each(|x| *x = true);
                }
                p
            };
            for (g, p) in gold.iter().zip(&pred) {
                match (g, p) {
                    (true, true) => self.det_tp += 1,
                    (false, true) => self.det_fp += 1,
                    (true, false) => self.det_fn += 1,
                    _ => {}
                }
            }
        }
        verdict
    }

    fn report(&self) -> serde_json::Value {
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let dp = ratio(self.det_tp, self.det_tp + self.det_fp);
        let dr = ratio(self.det_tp, self.det_tp + self.det_fn);
        json!({
            "sentences": self.sentences,
            "correction": {"tp": self.tp, "fp": self.fp, "fn": self.fn_, "precision": p, "recall": r, "f1": f1(p, r)},
            "char_detection": {"tp": self.det_tp, "fp": self.det_fp, "fn": self.det_fn, "precision": dp, "recall": dr, "f1": f1(dp, dr)},
            "false_alarm": {"clean_sentences": self.clean, "flagged": self.clean_flagged, "rate": ratio(self.clean_flagged, self.clean)},
        })
    }
}

pub(crate) fn run(args: EvalArgs) -> Result<ExitCode, UsageError> {
    let Task::Csc { file, config, lm, json, show_errors } = args.task;
    let tsv = std::fs::read_to_string(&file).map_err(|e| UsageError(format!("{}: {e}", file.display())))?;
    let rows = parse_rows(&tsv)?;
    let checker: Checker = load_checker(config.as_ref(), &[], None, lm.as_ref())?;
    let mut scores = Scores::default();
    for (src, tgt) in &rows {
        let diags = checker.check(src);
        if let Some(v) = scores.add(src, tgt, &diags) {
            if show_errors {
                let got = correct(src, &diags);
                eprintln!("{v}\tsrc={src}\n\ttgt={tgt}\n\tgot={got}");
            }
        } else if show_errors && src == tgt && diags.iter().any(|d| d.category == Category::Typo) {
            eprintln!("FLAG\tsrc={src}");
        }
    }
    let r = scores.report();
    if json {
        println!("{r}");
    } else {
        let c = &r["correction"];
        let d = &r["char_detection"];
        let f = &r["false_alarm"];
        println!("{}: {} sentences", file.display(), scores.sentences);
        println!(
            "sentence correction  P {:.4}  R {:.4}  F1 {:.4}   (TP {} FP {} FN {})",
            c["precision"].as_f64().unwrap_or(0.0), c["recall"].as_f64().unwrap_or(0.0), c["f1"].as_f64().unwrap_or(0.0),
            scores.tp, scores.fp, scores.fn_
        );
        println!(
            "char detection       P {:.4}  R {:.4}  F1 {:.4}   (TP {} FP {} FN {})",
            d["precision"].as_f64().unwrap_or(0.0), d["recall"].as_f64().unwrap_or(0.0), d["f1"].as_f64().unwrap_or(0.0),
            scores.det_tp, scores.det_fp, scores.det_fn
        );
        println!(
            "false alarms         {:.4}  ({} of {} error-free sentences have a typo finding)",
            f["rate"].as_f64().unwrap_or(0.0), scores.clean_flagged, scores.clean
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use shenjiao_core::Severity;

    fn diag(span: std::ops::Range<usize>, sugg: &str) -> Diagnostic {
        Diagnostic {
            rule: "typo/confusable-char",
            category: Category::Typo,
            severity: Severity::Warning,
            span,
            message: String::new(),
            suggestions: vec![sugg.to_string()],
            source: "",
        }
    }

    #[test]
    fn rows_accept_two_or_three_columns() {
        let Ok(rows) = parse_rows("甲乙\t甲乙\n1\t总休\t总体\n\n") else { panic!("rows parse") };
        assert_eq!(rows, vec![("甲乙".into(), "甲乙".into()), ("总休".into(), "总体".into())]);
        assert!(parse_rows("only one column").is_err());
    }

    #[test]
    fn correction_applies_non_overlapping_first_suggestions() {
        let src = "总休方案";
        let diags = vec![diag(0..6, "总体"), diag(3..9, "X"), diag(6..12, "方案")];
        assert_eq!(correct(src, &diags), "总体方案");
    }

    #[test]
    fn strict_counts_follow_the_definition() {
        let mut s = Scores::default();
        assert_eq!(s.add("总休", "总体", &[diag(3..6, "体")]), None); // TP
        assert_eq!(s.add("总休", "总体", &[diag(3..6, "件")]), Some("FP")); // FP and FN
        assert_eq!(s.add("总体", "总体", &[diag(3..6, "休")]), Some("FP")); // FP, false alarm
        assert_eq!(s.add("总休", "总体", &[]), Some("FN"));
        assert_eq!((s.tp, s.fp, s.fn_, s.clean, s.clean_flagged), (1, 2, 2, 1, 1));
        assert_eq!((s.det_tp, s.det_fp, s.det_fn), (2, 1, 1));
    }
}
