//! `shenjiao audit`: check a whole site export offline and write the quarterly 自查自评 report.
//!
//! input (which files) → extract (text + metadata per format) → scan (parallel check) →
//! timeliness (columns) → report (numbers) → json / sarif / html / stats (outputs).

mod baseline;
mod extract;
mod html;
mod input;
mod meta;
mod report;
mod sarif;
mod scan;
mod stats;
mod svg;
mod timeliness;

use crate::check::load_checker;
use crate::UsageError;
use baseline::Baseline;
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressStyle};
use report::{Period, Report};
use std::collections::BTreeMap;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use timeliness::Settings;

#[derive(clap::Args)]
pub(crate) struct AuditArgs {
    /// Site export directories or files (HTML, Markdown, TXT, DOCX).
    paths: Vec<PathBuf>,
    /// A file listing more inputs, one path per line.
    #[arg(long, value_name = "LIST")]
    files_from: Option<PathBuf>,
    /// Engine config JSON (as for `check`).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Site lexicon TSV (as for `check`); repeatable.
    #[arg(long)]
    lexicon: Vec<PathBuf>,
    /// Word language model in ARPA format (as for `check`): turns on `typo/context-model`.
    #[arg(long, value_name = "FILE")]
    lm: Option<PathBuf>,
    /// Audit settings JSON: column update limits (`timeliness`), expected `columns`, `min_content_chars`.
    #[arg(long, value_name = "FILE")]
    audit_config: Option<PathBuf>,
    /// The audit date (YYYY-MM-DD) that column ages are measured from; default today.
    #[arg(long, value_parser = parse_day)]
    now: Option<NaiveDate>,
    /// Only check pages published on or after this date (YYYY-MM-DD), e.g. the quarter's first day.
    #[arg(long, value_parser = parse_day)]
    since: Option<NaiveDate>,
    /// Baseline JSON: findings listed there were accepted before and are not reported.
    #[arg(long)]
    baseline: Option<PathBuf>,
    /// Write every finding of this run to a baseline file.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Write the JSON report here (`-` for stdout).
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Write a SARIF 2.1.0 log here (`-` for stdout).
    #[arg(long, value_name = "FILE")]
    sarif: Option<PathBuf>,
    /// Write the self-contained HTML report here.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// Public URL of the export's root, for links in the HTML report; default the local files.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Worker threads; default one per core.
    #[arg(long)]
    jobs: Option<usize>,
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("`{s}` is not a YYYY-MM-DD date: {e}"))
}

pub(crate) fn run(args: AuditArgs) -> Result<ExitCode, UsageError> {
    let checker = load_checker(args.config.as_ref(), &args.lexicon, None, args.lm.as_ref())?;
    let settings = match &args.audit_config {
        Some(p) => Settings::load(p)?,
        None => Settings::default(),
    };
    let baseline = match &args.baseline {
        Some(p) => Baseline::load(p)?,
        None => Baseline::default(),
    };
    let now = args.now.unwrap_or_else(|| chrono::Local::now().date_naive());
    let files = input::collect(&args.paths, args.files_from.as_deref())?;

    let progress = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(files.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} 页 {per_sec} 剩余 {eta}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    let opts = scan::ScanOptions { checker: &checker, since: args.since, baseline: &baseline, min_content_chars: settings.min_content_chars };
    let pages = match args.jobs {
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
            .map_err(|e| UsageError(format!("--jobs: {e}")))?
            .install(|| scan::scan(&files, &opts, &progress)),
        None => scan::scan(&files, &opts, &progress),
    };
    progress.finish_and_clear();

    if let Some(p) = &args.write_baseline {
        Baseline::write(p, &pages)?;
    }
    let mut suppressed: BTreeMap<String, Vec<scan::Finding>> = BTreeMap::new();
    for p in &pages {
        let accepted: Vec<_> = p.findings.iter().filter(|f| f.suppressed).cloned().collect();
        if !accepted.is_empty() {
            suppressed.insert(p.path.clone(), accepted);
        }
    }
    let columns = timeliness::columns(&pages, &settings);
    let warnings = timeliness::check(&columns, &settings, now);
    let report = Report::build(pages, &columns, warnings, Period { now, since: args.since });

    let mut stdout_used = false;
    if let Some(p) = &args.json {
        stdout_used |= write_output(p, |w| {
            serde_json::to_writer_pretty(&mut *w, &report).map_err(std::io::Error::other)?;
            writeln!(w)
        })?;
    }
    if let Some(p) = &args.sarif {
        let root = single_root_uri(&args.paths);
        stdout_used |= write_output(p, |w| sarif::write(w, &report, &suppressed, root.as_deref()))?;
    }
    if let Some(p) = &args.html {
        let base = match &args.base_url {
            Some(u) if u.ends_with('/') => u.clone(),
            Some(u) => format!("{u}/"),
            None => single_root_uri(&args.paths).unwrap_or_default(),
        };
        stdout_used |= write_output(p, |w| w.write_all(html::render(&report, &base).as_bytes()))?;
    }
    if !stdout_used {
        for s in &report.statistics {
            println!("{s}");
        }
        for w in &report.column_warnings {
            println!("warning: {}", w.message);
        }
        if baseline.len() > 0 {
            println!("baseline: {} accepted findings loaded", baseline.len());
        }
    }
    let errors = report.by_severity.get("error").copied().unwrap_or(0);
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Writes to `path` (`-` is stdout) through a buffer; true if it went to stdout.
fn write_output(path: &Path, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<bool, UsageError> {
    let to_stdout = path.as_os_str() == "-";
    let result = if to_stdout {
        let mut w = BufWriter::new(std::io::stdout().lock());
        write(&mut w).and_then(|()| w.flush())
    } else {
        std::fs::File::create(path).and_then(|f| {
            let mut w = BufWriter::new(f);
            write(&mut w).and_then(|()| w.flush())
        })
    };
    result.map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
    Ok(to_stdout)
}

/// `file:///…/` of the export root when a single directory was audited (report paths are relative to it).
fn single_root_uri(paths: &[PathBuf]) -> Option<String> {
    let [dir] = paths else { return None };
    let abs = dir.canonicalize().ok().filter(|p| p.is_dir())?;
    let s = abs.to_string_lossy().replace('\\', "/");
    let s = sarif::uri_path(s.trim_start_matches('/'));
    Some(format!("file:///{}/", s.trim_end_matches('/')))
}
