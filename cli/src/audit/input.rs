//! Which files an audit reads: directories walked in a stable order, plus listed files.

use super::extract::Kind;
use crate::UsageError;
use std::path::{Path, PathBuf};

/// One file to audit.
pub(crate) struct InputFile {
    pub path: PathBuf,
    /// Path shown in reports and used in baselines: relative to the walked directory, `/`-separated.
    pub rel: String,
    /// The first directory under the walked root: the column when the page does not name one.
    pub folder: Option<String>,
    pub kind: Kind,
}

/// Expands `paths` (directories or files) and the lines of `files_from`, keeping only
/// the kinds the audit reads. Directories are walked in file-name order so reports are stable.
pub(crate) fn collect(paths: &[PathBuf], files_from: Option<&Path>) -> Result<Vec<InputFile>, UsageError> {
    let mut listed: Vec<PathBuf> = paths.to_vec();
    if let Some(list) = files_from {
        let text = std::fs::read_to_string(list).map_err(|e| UsageError(format!("{}: {e}", list.display())))?;
        listed.extend(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(PathBuf::from));
    }
    if listed.is_empty() {
        return Err(UsageError("audit needs a directory or files (or --files-from LIST)".into()));
    }
    let mut out = Vec::new();
    for p in &listed {
        if p.is_dir() {
            for entry in walkdir::WalkDir::new(p).sort_by_file_name() {
                let entry = entry.map_err(|e| UsageError(format!("{}: {e}", p.display())))?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let Some(kind) = Kind::of(entry.path()) else { continue };
                let rel_path = entry.path().strip_prefix(p).unwrap_or(entry.path());
                let parts: Vec<String> = rel_path.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
                out.push(InputFile {
                    path: entry.path().to_path_buf(),
                    rel: parts.join("/"),
                    folder: (parts.len() > 1).then(|| parts[0].clone()),
                    kind,
                });
            }
        } else if p.is_file() {
            let kind = Kind::of(p)
                .ok_or_else(|| UsageError(format!("{}: not HTML, Markdown, TXT or DOCX", p.display())))?;
            out.push(InputFile { path: p.clone(), rel: p.to_string_lossy().replace('\\', "/"), folder: None, kind });
        } else {
            return Err(UsageError(format!("{}: no such file or directory", p.display())));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_sorted_and_skips_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("dtyw/2024")).unwrap();
        for f in ["dtyw/2024/b.html", "dtyw/a.md", "index.htm", "logo.png", "c.docx", "d.TXT"] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let files = collect(&[root.to_path_buf()], None).map_err(|e| e.0).unwrap();
        let rels: Vec<_> = files.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(rels, ["c.docx", "d.TXT", "dtyw/2024/b.html", "dtyw/a.md", "index.htm"]);
        assert_eq!(files[2].folder.as_deref(), Some("dtyw"));
        assert_eq!(files[4].folder, None);
        assert!(collect(&[root.join("missing")], None).is_err());
        assert!(collect(&[], None).is_err());
    }
}
