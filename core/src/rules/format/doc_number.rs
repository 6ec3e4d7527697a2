//! `format/doc-number`: a 发文字号 not in the form 国办发〔2024〕12号.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::{char_before, run_before};
use crate::rules::{Document, Rule};
use crate::text::is_han;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "format/doc-number",
    category: Category::Format,
    severity: Severity::Error,
    summary: "发文字号格式错误",
    what: "机关代字后的“（年份）序号号”：序号后漏了“号”；年份括号不是六角括号“〔〕”（写成 [ ]、【】、（）、()、﹝﹞、〖〗），年份不是四位，序号前加了“第”或编了虚位（012号）；以及“国办发2024年12号”这种用“年”代替括号的写法（机关代字以“发”“函”“字”结尾时）。“公告〔2024〕第1号”“令第5号”等编号不按发文字号要求，不报“第”；法院案号（2024）京01民终1号不报。",
    why: "GB/T 9704—2012 7.2.5：发文字号由发文机关代字、年份、发文顺序号组成；年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位（即1不编为01），在阿拉伯数字后加“号”。",
    source: "GB/T 9704—2012 7.2.5",
    wrong: "国办发[2024]12号；国办发（2024）12号；国办发〔2024〕第12号",
    right: "国办发〔2024〕12号",
};

const OPENS: &str = "[【(（〔［﹝〖";
const CLOSES: &str = "]】)）〕］﹞〗";

pub(crate) struct DocNumber;

impl DocNumber {
    /// `〔2024〕12号`-style: returns (span start, year text, has 第, problems).
    fn bracketed(text: &str, seq_start: usize) -> Option<(usize, String, bool)> {
        let mut p = seq_start;
        let di = char_before(text, p) == Some('第');
        if di {
            p -= '第'.len_utf8();
        }
        let close = char_before(text, p).filter(|c| CLOSES.contains(*c))?;
        p -= close.len_utf8();
        let (ys, yn) = run_before(text, p, 4, |c| c.is_ascii_digit())?;
        if yn != 2 && yn != 4 {
            return None;
        }
        let open = char_before(text, ys).filter(|c| OPENS.contains(*c))?;
        let os = ys - open.len_utf8();
        if !char_before(text, os).is_some_and(is_han) {
            return None;
        }
        let prefix_ok = !text[..os].ends_with("公告") && !text[..os].ends_with('令');
        let bad_brackets = open != '〔' || close != '〕';
        let bad = bad_brackets || yn != 4 || (di && prefix_ok) || text[seq_start..].starts_with('0');
        bad.then(|| (os, text[ys..p].to_string(), di && prefix_ok))
    }
}

impl Rule for DocNumber {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (hao, _) in text.match_indices('号') {
            let Some((seq_start, sn)) = run_before(text, hao, 6, |c| c.is_ascii_digit()) else { continue };
            if sn == 0 {
                continue;
            }
            let seq = text[seq_start..hao].trim_start_matches('0');
            let seq = if seq.is_empty() { "0" } else { seq };
            let end = hao + '号'.len_utf8();
            if let Some((start, year, _)) = Self::bracketed(text, seq_start) {
                let year = if year.len() == 2 { format!("20{year}") } else { year };
                let fix = format!("〔{year}〕{seq}号");
                let msg = format!("发文字号应写作“{fix}”：年份标全称并用六角括号“〔〕”，序号不加“第”、不编虚位");
                out.push(DOC.diag(start..end, msg, vec![fix]));
                continue;
            }
            // 国办发2024年12号
            let Some(nian) = text[..seq_start].strip_suffix('年').map(str::len) else { continue };
            let Some((ys, 4)) = run_before(text, nian, 4, |c| c.is_ascii_digit()) else { continue };
            if !char_before(text, ys).is_some_and(|c| matches!(c, '发' | '函' | '字')) {
                continue;
            }
            let fix = format!("〔{}〕{seq}号", &text[ys..nian]);
            let msg = format!("发文字号中的年份应用六角括号括入，写作“{fix}”");
            out.push(DOC.diag(ys..end, msg, vec![fix]));
        }
        Self::missing_hao(text, out);
    }
}

impl DocNumber {
    /// 国办发〔2024〕12 with no 号 after the number.
    fn missing_hao(text: &str, out: &mut Vec<Diagnostic>) {
        for (close, _) in text.match_indices('〕') {
            let Some((ys, 4)) = run_before(text, close, 4, |c| c.is_ascii_digit()) else { continue };
            let Some(os) = ys.checked_sub('〔'.len_utf8()).filter(|&o| text.get(o..ys) == Some("〔")) else {
                continue;
            };
            if !char_before(text, os).is_some_and(is_han) {
                continue;
            }
            let seq_start = close + '〕'.len_utf8();
            let (seq_end, n) = crate::rules::scan::run_after(text, seq_start, |c| c.is_ascii_digit());
            let next = text[seq_end..].chars().next();
            if n == 0 || n > 6 || next.is_some_and(|c| c == '号' || c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
            {
                continue;
            }
            let seq = text[seq_start..seq_end].trim_start_matches('0');
            let fix = format!("〔{}〕{}号", &text[ys..close], if seq.is_empty() { "0" } else { seq });
            out.push(DOC.diag(os..seq_end, format!("发文字号的顺序号后应加“号”，写作“{fix}”"), vec![fix]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_wrong_doc_numbers() {
        let fix = Some("〔2024〕12号".to_string());
        for (wrong, span) in [
            ("国办发[2024]12号", "[2024]12号"),
            ("国办发【2024】12号", "【2024】12号"),
            ("国办发(2024)12号", "(2024)12号"),
            ("国办发（2024）12号", "（2024）12号"),
            ("国办发﹝2024﹞12号", "﹝2024﹞12号"),
            ("国办发〔24〕12号", "〔24〕12号"),
            ("国办发〔2024〕第12号", "〔2024〕第12号"),
            ("国办发〔2024〕012号", "〔2024〕012号"),
            ("国办发2024年12号", "2024年12号"),
            ("国办发〔2024〕12", "〔2024〕12"),
            ("根据国办发〔2024〕12文件", "〔2024〕12"),
        ] {
            assert_eq!(flags(&DocNumber, wrong), vec![(span.to_string(), fix.clone())], "{wrong}");
        }
    }

    #[test]
    fn leaves_correct_and_other_numbers_alone() {
        assert_clean(
            &DocNumber,
            "国办发〔2024〕12号\n\
             根据《中华人民共和国政府信息公开条例》（国务院令第711号）规定\n\
             （2024）京0105民初12号\n\
             国家税务总局公告2024年第1号\n\
             中国人民银行公告〔2019〕第16号\n\
             2024年12月3日\n\
             3-1号楼\n\
             京政办发〔2023〕5号\n\
             国办发〔2024〕12号文件",
        );
    }
}
