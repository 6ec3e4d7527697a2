//! Inline SVG bar charts for the HTML report (no script, no external assets).

use super::html::escape;
use std::fmt::Write;

const WIDTH: usize = 640;
const LABEL_W: usize = 170;
const ROW_H: usize = 24;

/// A horizontal bar chart; `rows` are (label, value). Every label and number is escaped text.
pub(crate) fn bar_chart(title: &str, rows: &[(String, usize)], color: &str) -> String {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let bar_w = WIDTH - LABEL_W - 70;
    let height = rows.len().max(1) * ROW_H + 8;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart" role="img" aria-label="{t}" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{t}</title>"#,
        t = escape(title)
    );
    if rows.is_empty() {
        s.push_str(r#"<text x="4" y="18" class="muted">（无数据）</text>"#);
    }
    for (i, (label, value)) in rows.iter().enumerate() {
        let y = i * ROW_H + 4;
        let w = if *value == 0 { 0 } else { (value * bar_w / max).max(2) };
        let short: String = label.chars().take(12).collect();
        let short = if short.len() < label.len() { format!("{short}…") } else { short };
        let _ = write!(
            s,
            r#"<g data-label="{l}" data-value="{value}"><text x="{lx}" y="{ty}" text-anchor="end">{sl}</text><rect x="{LABEL_W}" y="{y}" width="{w}" height="{bh}" rx="2" fill="{color}"/><text x="{vx}" y="{ty}">{value}</text></g>"#,
            l = escape(label),
            sl = escape(&short),
            lx = LABEL_W - 8,
            ty = y + 15,
            bh = ROW_H - 6,
            vx = LABEL_W + w + 6,
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_bars_scale() {
        let svg = bar_chart("<标题>", &[("<script>alert(1)</script>".into(), 10), ("零".into(), 0)], "#c00");
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains(r#"width="400""#), "the largest bar fills the bar area");
        assert!(svg.contains(r#"data-label="零" data-value="0""#));
        assert!(bar_chart("空", &[], "#000").contains("无数据"));
    }
}
