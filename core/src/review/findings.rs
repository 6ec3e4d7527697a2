//! The checker's error findings against the record's resolutions.

use super::schema::Resolution;
use super::Ctx;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use std::collections::BTreeMap;

pub(crate) static FINDING_UNRESOLVED: RuleDoc = RuleDoc {
    id: "review/finding-unresolved",
    category: Category::Review,
    severity: Severity::Error,
    summary: "检查出的错误未处理",
    what: "对要发布的文本运行检查（规则取自流程配置的 checker），每个 error 级别的结果都须在记录中处理：改正（fixed，文中不应再出现），或不予采纳（dismissed）并写明理由。结果以“规则 id + 被标出的文字”识别。记录称已改正而文中仍有的，也在此报告。",
    why: "三审是处理审校结果的环节，审发时仍有未处理的错误，说明审查没有落实。",
    source: "政府网站信息发布审查制度（审核留痕）",
    wrong: "文中有“成份”（typo/variant-word，error），记录中没有对它的处理",
    right: "改为“成分”；或记录 {\"rule\":\"typo/variant-word\",\"text\":\"成份\",\"resolution\":\"dismissed\",\"reason\":\"引用 1998 年原文\"}",
};

pub(crate) static DISMISSED_WITHOUT_REASON: RuleDoc = RuleDoc {
    id: "review/dismissed-without-reason",
    category: Category::Review,
    severity: Severity::Error,
    summary: "不予采纳检查结果但未写理由",
    what: "记录中对某个检查结果的最终处理是 dismissed（不予采纳），但 reason 为空或只有空白。",
    why: "“谁审查谁负责”：不采纳机器提示是审核人的判断，必须留下理由备查。",
    source: "政府网站信息发布审查制度（审核留痕）",
    wrong: "{\"rule\":\"typo/variant-word\",\"text\":\"成份\",\"resolution\":\"dismissed\",\"reason\":\"\"}",
    right: "{\"rule\":\"typo/variant-word\",\"text\":\"成份\",\"resolution\":\"dismissed\",\"reason\":\"引用 1998 年原文\"}",
};

pub(crate) static TEXT_LEAK: RuleDoc = RuleDoc {
    id: "review/text-leak",
    category: Category::Review,
    severity: Severity::Error,
    summary: "文中有密级标志或个人隐私，不得公开",
    what: "对文本运行检查，泄密类规则（流程配置的 leak_rules，默认为密级标志、身份证号等规则）报出的 error 结果一律拦下，即使记录中写了不予采纳。",
    why: "涉密信息和个人隐私“不得公开”，不是审核人可以酌情放行的问题；上网信息保密审查要求先审后发。",
    source: "《中华人民共和国保守国家秘密法》；《中华人民共和国个人信息保护法》；政府信息公开条例第十四、十五条",
    wrong: "（文中有“机密★1年”，或一个校验位正确的 18 位身份证号）",
    right: "删除密级标志；身份证号打码为 110101********1234",
};

/// The resolution in force for each (rule, text): the last one in the log.
fn resolutions<'r>(cx: &Ctx<'r>) -> BTreeMap<(&'r str, &'r str), (&'r Resolution, usize)> {
    let mut map = BTreeMap::new();
    for (i, a) in cx.record.approvals.iter().enumerate() {
        for r in &a.resolutions {
            map.insert((r.rule.as_str(), r.text.as_str()), (r, i));
        }
    }
    map
}

pub(crate) fn check(cx: &Ctx, found: &[Diagnostic], out: &mut Vec<Diagnostic>) {
    let resolved = resolutions(cx);
    let mut reported_dismissal = Vec::new();
    for d in found.iter().filter(|d| d.severity == Severity::Error) {
        let flagged = cx.text.get(d.span.clone()).unwrap_or_default();
        if cx.leak_rules.iter().any(|r| r == d.rule) {
            out.push(TEXT_LEAK.diag(
                d.span.clone(),
                format!("文中有不得公开的内容“{flagged}”（{}：{}），不能以不予采纳放行", d.rule, d.message),
                d.suggestions.clone(),
            ));
            continue;
        }
        match resolved.get(&(d.rule, flagged)) {
            None => out.push(FINDING_UNRESOLVED.diag(
                d.span.clone(),
                format!("错误“{flagged}”（{}：{}）未处理：须改正，或写明理由不予采纳", d.rule, d.message),
                d.suggestions.clone(),
            )),
            Some((r, i)) if r.resolution == "fixed" => out.push(FINDING_UNRESOLVED.diag(
                d.span.clone(),
                format!("{}称已改正“{flagged}”（{}），但文中仍有", cx.label(*i), d.rule),
                d.suggestions.clone(),
            )),
            Some((r, i)) if r.resolution == "dismissed" && r.reason.trim().is_empty() => {
                if !reported_dismissal.contains(&(d.rule, flagged)) {
                    reported_dismissal.push((d.rule, flagged));
                    out.push(DISMISSED_WITHOUT_REASON.diag(
                        d.span.clone(),
                        format!("{}不予采纳“{flagged}”（{}），但没有写理由", cx.label(*i), d.rule),
                        vec![],
                    ));
                }
            }
            Some((r, _)) if r.resolution == "dismissed" => {}
            Some(_) => out.push(FINDING_UNRESOLVED.diag(
                d.span.clone(),
                format!("错误“{flagged}”（{}）的处理方式无效：须为 fixed 或 dismissed", d.rule),
                d.suggestions.clone(),
            )),
        }
    }
    // A reasonless dismissal is a defect of the record even when the text no longer has the finding.
    for ((rule, text), (r, i)) in &resolved {
        if r.resolution == "dismissed" && r.reason.trim().is_empty() && !reported_dismissal.contains(&(*rule, *text)) {
            out.push(DISMISSED_WITHOUT_REASON.diag(
                0..0,
                format!("{}不予采纳“{text}”（{rule}），但没有写理由", cx.label(*i)),
                vec![],
            ));
        }
    }
}
