//! Required metadata (标题, 栏目, 文号 …) and the form of the fields that have one.

use super::time::MetaDate;
use super::Ctx;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;

pub(crate) static METADATA_MISSING: RuleDoc = RuleDoc {
    id: "review/metadata-missing",
    category: Category::Review,
    severity: Severity::Error,
    summary: "缺少必填的元数据",
    what: "流程配置的 metadata.required 列出所有稿件的必填项（如标题、栏目、信息来源、作者、责任编辑、发布机构、发布日期），metadata.columns 按栏目追加必填项（如政策文件的索引号、文号、成文日期、主题分类、有效性、解读）。来源类型为“转载”（或“转载”为“是”）时还须有原文链接。缺少或为空时报告。",
    why: "政府网站信息须标明来源、责任人和发布机构；政策文件须按政务公开标准目录标注索引号、文号、有效性并关联解读，转载须注明出处。",
    source: "《政府网站发展指引》（国办发〔2017〕47号）；政府网站与政务新媒体检查指标",
    wrong: "政策文件栏目的稿件没有“有效性”和“解读”",
    right: "{\"栏目\": \"政策文件\", \"有效性\": \"有效\", \"解读\": \"https://www.example.gov.cn/jd/1.html\", …}",
};

pub(crate) static METADATA_INVALID: RuleDoc = RuleDoc {
    id: "review/metadata-invalid",
    category: Category::Review,
    severity: Severity::Error,
    summary: "元数据格式不对",
    what: "有固定格式的元数据项须合乎格式：文号为“机关代字〔年份〕序号号”（六角括号，年份写全，序号不加“第”、不编虚位）；成文日期、发布日期为真实存在的日期（2024-06-12、2024/6/12、2024年6月12日或 RFC 3339），成文日期不晚于发布日期；解读、原文链接为 http(s) 网址或以 / 开头的站内路径；有效性为有效、失效、已失效、废止、已废止、已修改、已修订、部分有效、部分失效、尚未生效之一。",
    why: "GB/T 9704—2012 第 7.2.4 条规定了发文字号的写法；格式错误的日期和链接会使信息无法检索、无法核对。",
    source: "GB/T 9704—2012 7.2.4；政府网站与政务新媒体检查指标",
    wrong: "{\"文号\": \"国办发[2024]第012号\", \"成文日期\": \"2024-06-31\"}",
    right: "{\"文号\": \"国办发〔2024〕12号\", \"成文日期\": \"2024-06-28\"}",
};

const VALIDITY: [&str; 10] = ["有效", "失效", "已失效", "废止", "已废止", "已修改", "已修订", "部分有效", "部分失效", "尚未生效"];

/// Whether the item is a reprint (转载), which needs the original's link.
fn is_reprint(cx: &Ctx) -> bool {
    cx.metadata.get("来源类型") == Some("转载") || cx.metadata.get("转载") == Some("是")
}

pub(crate) fn check(cx: &Ctx, out: &mut Vec<Diagnostic>) {
    let spec = &cx.workflow.metadata;
    let mut required: Vec<&str> = spec.required.iter().map(String::as_str).collect();
    let columns: Vec<&str> = ["栏目", "栏目类型"].iter().filter_map(|f| cx.metadata.get(f)).collect();
    for (name, col) in &spec.columns {
        let inside = columns.iter().any(|c| {
            *c == name || c.strip_prefix(name.as_str()).is_some_and(|rest| rest.starts_with('/'))
        });
        if inside {
            required.extend(col.required.iter().map(String::as_str));
        }
    }
    if is_reprint(cx) {
        required.push("原文链接");
    }
    let mut seen = Vec::new();
    for field in required {
        if seen.contains(&field) {
            continue;
        }
        seen.push(field);
        if cx.metadata.get(field).is_none() {
            let why = if field == "原文链接" && is_reprint(cx) { "：转载须注明原文链接" } else { "" };
            out.push(METADATA_MISSING.diag(0..0, format!("缺少必填的元数据“{field}”{why}"), vec![]));
        }
    }
    let mut invalid = |field: &str, value: &str, why: String| {
        out.push(METADATA_INVALID.diag(0..0, format!("元数据“{field}”的值“{value}”{why}"), vec![]));
    };
    if let Some(v) = cx.metadata.get("文号") {
        if let Err(why) = check_wenhao(v) {
            invalid("文号", v, why);
        }
    }
    let mut dates = [None, None];
    for (slot, field) in ["成文日期", "发布日期"].into_iter().enumerate() {
        if let Some(v) = cx.metadata.get(field) {
            match MetaDate::parse(v) {
                Some(d) => dates[slot] = Some(d.day()),
                None => invalid(field, v, "不是有效日期（应如 2024-06-12 或 2024年6月12日，且日期真实存在）".into()),
            }
        }
    }
    if let [Some(written), Some(published)] = dates {
        if written > published {
            invalid("成文日期", cx.metadata.get("成文日期").unwrap_or_default(), "晚于发布日期".into());
        }
    }
    for field in ["解读", "原文链接"] {
        if let Some(v) = cx.metadata.get(field) {
            if !is_link(v) {
                invalid(field, v, "不是链接（应为 http:// 或 https:// 网址，或以 / 开头的站内路径）".into());
            }
        }
    }
    if let Some(v) = cx.metadata.get("有效性") {
        if !VALIDITY.contains(&v) {
            invalid("有效性", v, format!("不是规定的取值（{}）", VALIDITY.join("、")));
        }
    }
}

fn is_link(v: &str) -> bool {
    if v.chars().any(char::is_whitespace) {
        return false;
    }
    let rest = v.strip_prefix("https://").or_else(|| v.strip_prefix("http://"));
    match rest {
        Some(rest) => rest.split(['/', '?', '#']).next().is_some_and(|host| !host.is_empty()),
        None => v.starts_with('/') && !v.starts_with("//") && v.len() > 1,
    }
}

/// GB/T 9704—2012 7.2.4: 机关代字 + 〔年份全称〕 + 序号 (no 第, no leading zero) + 号.
pub(crate) fn check_wenhao(v: &str) -> Result<(), String> {
    const WRONG_BRACKETS: [char; 10] = ['[', ']', '【', '】', '（', '）', '(', ')', '［', '］'];
    if v.contains(WRONG_BRACKETS) || v.contains('〈') || v.contains('﹝') {
        return Err("年份须用六角括号“〔〕”括入，如 国办发〔2024〕12号".into());
    }
    let Some((agency, rest)) = v.split_once('〔') else {
        return Err("不是“机关代字〔年份〕序号号”的形式，如 国办发〔2024〕12号".into());
    };
    let Some((year, number)) = rest.split_once('〕') else {
        return Err("六角括号“〔〕”不成对".into());
    };
    if agency.trim().is_empty() {
        return Err("缺少发文机关代字".into());
    }
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return Err("年份应标全称，用四位阿拉伯数字，如〔2024〕".into());
    }
    let Some(seq) = number.strip_suffix('号') else {
        return Err("发文顺序号后应加“号”".into());
    };
    if seq.starts_with('第') {
        return Err("发文顺序号不加“第”字".into());
    }
    if seq.is_empty() || !seq.bytes().all(|b| b.is_ascii_digit()) {
        return Err("发文顺序号应为阿拉伯数字".into());
    }
    if seq.starts_with('0') {
        return Err("发文顺序号不编虚位（1 不编为 01）".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wenhao_follows_gbt_9704() {
        for ok in ["国办发〔2024〕12号", "京政办发〔2023〕1号", "财预〔2024〕105号"] {
            assert_eq!(check_wenhao(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("国办发[2024]12号", "六角括号"),
            ("国办发（2024）12号", "六角括号"),
            ("国办发【2024】12号", "六角括号"),
            ("国办发〔24〕12号", "全称"),
            ("国办发〔2024〕第12号", "第"),
            ("国办发〔2024〕012号", "虚位"),
            ("国办发〔2024〕12", "号"),
            ("〔2024〕12号", "机关代字"),
            ("国办发2024年12号", "形式"),
            ("国办发〔2024〕十二号", "阿拉伯"),
        ] {
            let e = check_wenhao(bad).unwrap_err();
            assert!(e.contains(why), "{bad}: {e}");
        }
    }

    #[test]
    fn links_are_urls_or_site_paths() {
        assert!(is_link("https://www.gov.cn/zhengce/jd/1.html"));
        assert!(is_link("http://a.gov.cn"));
        assert!(is_link("/zwgk/jd/2024/1.html"));
        for bad in ["无", "https://", "//evil.example", "www.gov.cn", "https://a b", "/"] {
            assert!(!is_link(bad), "{bad}");
        }
    }
}
