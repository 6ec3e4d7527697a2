//! `shenjiao`: check Chinese official text from the command line.

mod audit;
mod check;
mod eval;
mod report;
mod review;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// 审校: review Chinese official text for typos, forbidden wording and national-standard errors.
#[derive(Parser)]
#[command(name = "shenjiao", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check files or stdin. Exit code: 0 no errors, 1 error-severity findings, 2 usage/config error.
    Check(check::CheckArgs),
    /// Score the rules on an evaluation set (`eval csc FILE.tsv`).
    Eval(eval::EvalArgs),
    /// List every rule.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = report::ListFormat::Text)]
        format: report::ListFormat,
    },
    /// Audit a site export: findings, column timeliness and the 自查自评 report (JSON / SARIF / HTML).
    /// Exit code: 0 no errors, 1 error-severity findings, 2 usage/config error.
    Audit(Box<audit::AuditArgs>),
    /// Print a rule's documentation.
    Explain {
        /// Rule id, e.g. punctuation/doubled.
        rule: String,
    },
    /// 三审: verify a review record against the text (exit 1 if anything is missing or wrong), or append a decision.
    Review(review::ReviewArgs),
}

/// An error that ends the run with exit code 2.
pub(crate) struct UsageError(pub String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Audit(args) => audit::run(*args),
        Command::Rules { format } => report::list_rules(format),
        Command::Explain { rule } => report::explain(&rule),
        Command::Review(args) => review::run(args),
    };
    match result {
        Ok(code) => code,
        Err(UsageError(msg)) => {
            eprintln!("shenjiao: error: {msg}");
            ExitCode::from(2)
        }
    }
}
