//! The workflow checks: every step signed, in order, in time, by distinct people in allowed roles.

use super::schema::SCHEMA;
use super::time::MetaDate;
use super::Ctx;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;

const SOURCE: &str = "政府网站信息发布审查制度（初审、审核、审发三审）";

pub(crate) static RECORD_INVALID: RuleDoc = RuleDoc {
    id: "review/record-invalid",
    category: Category::Review,
    severity: Severity::Error,
    summary: "审批记录不符合格式",
    what: "审批记录不是所述格式的 JSON（字段缺失、类型不对、多出未知字段），schema 不是 shenjiao-review/1，等级不在流程配置中，审批写了流程中没有的步骤，决定不是“通过”或“退回”，签署人 id、姓名或角色为空，或对检查结果的处理不是 fixed/dismissed。",
    why: "格式不对的记录无法核验，等于没有记录：宁可拦下，也不能当作审过放行。",
    source: "docs/review-schema.md（shenjiao-review/1）",
    wrong: "{\"step\": \"终审\", \"decision\": \"同意\", …}（流程中没有“终审”，决定应为“通过”）",
    right: "{\"step\": \"审发\", \"decision\": \"通过\", …}",
};

pub(crate) static STEP_MISSING: RuleDoc = RuleDoc {
    id: "review/step-missing",
    category: Category::Review,
    severity: Severity::Error,
    summary: "缺少审核步骤",
    what: "流程配置中的每个步骤（如初审、审核、审发）都必须在记录中有审批。某一步完全没有审批时报告。",
    why: "“先审查后公开”：未经三审发布是自查中最常见的扣分项。",
    source: SOURCE,
    wrong: "记录只有初审、审发两条，没有审核",
    right: "记录有初审、审核、审发三条“通过”的审批",
};

pub(crate) static STEP_UNDECIDED: RuleDoc = RuleDoc {
    id: "review/step-undecided",
    category: Category::Review,
    severity: Severity::Error,
    summary: "审核步骤尚未通过（未决定或已退回）",
    what: "某一步最后一条审批没有决定（decision 为空），或决定是“退回”且其后没有重新通过。",
    why: "退回或未决定的稿件没有完成审查，不能发布。",
    source: SOURCE,
    wrong: "审发一条的 decision 为“退回”，此后没有新的审发审批",
    right: "退回修改后重新初审、审核，审发再次“通过”",
};

pub(crate) static STEP_ORDER: RuleDoc = RuleDoc {
    id: "review/step-order",
    category: Category::Review,
    severity: Severity::Error,
    summary: "审核步骤顺序颠倒",
    what: "各步骤最终“通过”的审批在记录中的先后须与流程配置的顺序一致：先初审，再审核，最后审发。后一步先于前一步签署时报告。",
    why: "三审是逐级把关：审发人应在初审、审核都通过之后才签发，先签后审等于没有审。",
    source: SOURCE,
    wrong: "记录中审发的审批排在审核之前",
    right: "初审 → 审核 → 审发 依次签署",
};

pub(crate) static TIME_INVALID: RuleDoc = RuleDoc {
    id: "review/time-invalid",
    category: Category::Review,
    severity: Severity::Error,
    summary: "审批时间不是 RFC 3339 时间",
    what: "审批的 time 必须是带时区的 RFC 3339 时间，如 2024-06-12T09:30:00+08:00。缺时区、格式不对或日期不存在时报告。",
    why: "无法解析的时间无法核对先后，审核留痕的时间必须明确无歧义。",
    source: "RFC 3339；docs/review-schema.md",
    wrong: "\"time\": \"2024-06-12 09:30\"",
    right: "\"time\": \"2024-06-12T09:30:00+08:00\"",
};

pub(crate) static TIME_ORDER: RuleDoc = RuleDoc {
    id: "review/time-order",
    category: Category::Review,
    severity: Severity::Error,
    summary: "审批时间先后不对",
    what: "记录中审批的时间须逐条不早于前一条（因而初审 ≤ 审核 ≤ 审发），不晚于核验时的当前时间，且各步通过的时间不晚于元数据中的发布日期（只有日期时按签署人所在时区的日期比较）。",
    why: "倒签时间（发布后补签、时间早于前一步）是补录审批的典型痕迹。",
    source: SOURCE,
    wrong: "审核 2024-06-12T10:00:00+08:00，审发 2024-06-12T09:00:00+08:00",
    right: "审核 2024-06-12T10:00:00+08:00，审发 2024-06-12T11:00:00+08:00，发布日期 2024-06-12",
};

pub(crate) static SAME_REVIEWER: RuleDoc = RuleDoc {
    id: "review/same-reviewer",
    category: Category::Review,
    severity: Severity::Error,
    summary: "同一人签署了两个审核步骤",
    what: "各步骤最终通过的审批须由不同的人签署，以签署人 id 判断是否同一人（同名不同 id 视为不同的人）。",
    why: "“谁审查谁负责”，三审的意义在于三个人把关；一人包办三审是自查中明确的扣分项。",
    source: SOURCE,
    wrong: "初审和审发的签署人 id 都是 u1001",
    right: "初审 u1001，审核 u2001，审发 u3001",
};

pub(crate) static ROLE_NOT_ALLOWED: RuleDoc = RuleDoc {
    id: "review/role-not-allowed",
    category: Category::Review,
    severity: Severity::Error,
    summary: "签署人的角色无权签署该步骤",
    what: "每一步通过的审批，签署人角色须在流程配置为该步骤（按记录的等级）列出的角色之中。等级可以为某一步规定更高的角色，如 C 类（敏感）信息的审发须由主要负责人签发。",
    why: "重要、敏感信息须由更高层级的负责人审签；越权签发等于没有审发。",
    source: SOURCE,
    wrong: "C 类（敏感）稿件的审发由“科室负责人”签署",
    right: "C 类（敏感）稿件的审发由“主要负责人”签署",
};

fn tier_note(cx: &Ctx) -> String {
    match cx.tier.and_then(|t| cx.workflow.tiers.get(t).map(|s| (t, s))) {
        Some((key, spec)) if spec.label.is_empty() => format!("（等级 {key}）"),
        Some((key, spec)) => format!("（等级 {key} {}）", spec.label),
        None => String::new(),
    }
}

pub(crate) fn check_record(cx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut invalid = |msg: String| out.push(RECORD_INVALID.diag(0..0, msg, vec![]));
    let r = cx.record;
    if r.schema != SCHEMA {
        invalid(format!("记录的 schema 为“{}”，应为“{SCHEMA}”", r.schema));
    }
    if r.item.id.trim().is_empty() {
        invalid("记录的稿件编号（item.id）为空".into());
    }
    match cx.tier {
        Some(t) if !cx.workflow.tiers.contains_key(t) => invalid(format!("记录的等级“{t}”不在流程配置的等级中")),
        None if !cx.workflow.tiers.is_empty() => invalid("记录没有注明等级（tier），流程配置也没有默认等级".into()),
        _ => {}
    }
    for (i, a) in r.approvals.iter().enumerate() {
        let who = cx.label(i);
        if cx.workflow.step_index(&a.step).is_none() {
            invalid(format!("{who}的步骤“{}”不在流程配置中", a.step));
        }
        if let Some(d) = a.decision.as_deref().filter(|d| !d.is_empty()) {
            if d != "通过" && d != "退回" {
                invalid(format!("{who}的决定“{d}”既不是“通过”也不是“退回”"));
            }
        }
        for (field, value) in [("id", &a.reviewer.id), ("name", &a.reviewer.name), ("role", &a.reviewer.role)] {
            if value.trim().is_empty() {
                invalid(format!("{who}的签署人 {field} 为空"));
            }
        }
        for res in &a.resolutions {
            if res.resolution != "fixed" && res.resolution != "dismissed" {
                invalid(format!("{who}对“{}”（{}）的处理“{}”应为 fixed 或 dismissed", res.text, res.rule, res.resolution));
            }
        }
    }
}

pub(crate) fn check_steps(cx: &Ctx, out: &mut Vec<Diagnostic>) {
    for (k, step) in cx.workflow.steps.iter().enumerate() {
        let Some(i) = cx.latest[k] else {
            out.push(STEP_MISSING.diag(0..0, format!("缺少“{}”步骤：记录中没有这一步的审批", step.name), vec![]));
            continue;
        };
        let who = cx.label(i);
        match cx.record.approvals[i].decision.as_deref() {
            Some("通过") => {}
            Some("退回") => out.push(STEP_UNDECIDED.diag(
                0..0,
                format!("“{}”已被退回（{who}），此后没有重新通过", step.name),
                vec![],
            )),
            _ => out.push(STEP_UNDECIDED.diag(0..0, format!("“{}”尚未作出决定（{who}）", step.name), vec![])),
        }
    }
    // Consecutive approved steps must appear in workflow order.
    let approved: Vec<(usize, usize)> =
        cx.approved.iter().enumerate().filter_map(|(k, i)| i.map(|i| (k, i))).collect();
    for w in approved.windows(2) {
        let ((k1, i1), (k2, i2)) = (w[0], w[1]);
        if i2 < i1 {
            out.push(STEP_ORDER.diag(
                0..0,
                format!(
                    "“{}”（第{}条）签在“{}”（第{}条）之前：须先{}后{}",
                    cx.workflow.steps[k2].name,
                    i2 + 1,
                    cx.workflow.steps[k1].name,
                    i1 + 1,
                    cx.workflow.steps[k1].name,
                    cx.workflow.steps[k2].name
                ),
                vec![],
            ));
        }
    }
    for (n, &(k2, i2)) in approved.iter().enumerate() {
        let b = &cx.record.approvals[i2].reviewer;
        if b.id.trim().is_empty() {
            continue;
        }
        if let Some(&(k1, i1)) = approved[..n].iter().find(|&&(_, i)| cx.record.approvals[i].reviewer.id.trim() == b.id.trim()) {
            let a = &cx.record.approvals[i1].reviewer;
            out.push(SAME_REVIEWER.diag(
                0..0,
                format!(
                    "“{}”与“{}”由同一人签署（{}，id {}；{}，id {}）：三审须由不同的人把关",
                    cx.workflow.steps[k1].name, cx.workflow.steps[k2].name, a.name, a.id, b.name, b.id
                ),
                vec![],
            ));
        }
    }
    for &(k, i) in &approved {
        let step = &cx.workflow.steps[k].name;
        let role = &cx.record.approvals[i].reviewer.role;
        let allowed = cx.workflow.allowed_roles(step, cx.tier);
        if !allowed.iter().any(|r| r == role) {
            out.push(ROLE_NOT_ALLOWED.diag(
                0..0,
                format!("{}的签署人角色“{role}”无权签署“{step}”{}：允许的角色为{}", cx.label(i), tier_note(cx), allowed.join("、")),
                vec![],
            ));
        }
    }
}

pub(crate) fn check_times(cx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut last: Option<(usize, super::Timestamp)> = None;
    for (i, t) in cx.times.iter().enumerate() {
        let Some(t) = *t else {
            out.push(TIME_INVALID.diag(
                0..0,
                format!("{}的时间“{}”不是带时区的 RFC 3339 时间（如 2024-06-12T09:30:00+08:00）", cx.label(i), cx.record.approvals[i].time),
                vec![],
            ));
            continue;
        };
        if let Some((j, prev)) = last {
            if t < prev {
                out.push(TIME_ORDER.diag(
                    0..0,
                    format!("{}的时间 {} 早于前面{}的时间 {}", cx.label(i), cx.record.approvals[i].time, cx.label(j), cx.record.approvals[j].time),
                    vec![],
                ));
            }
        }
        if t > cx.now {
            out.push(TIME_ORDER.diag(
                0..0,
                format!("{}的时间 {} 晚于当前时间 {}", cx.label(i), cx.record.approvals[i].time, cx.now.to_rfc3339()),
                vec![],
            ));
        }
        if !matches!(last, Some((_, p)) if t < p) {
            last = Some((i, t));
        }
    }
    let Some(published) = cx.metadata.get("发布日期").and_then(MetaDate::parse) else { return };
    for &i in cx.approved.iter().flatten() {
        let Some(t) = cx.times[i] else { continue };
        let late = match published {
            MetaDate::Instant(p) => t > p,
            MetaDate::Day(d) => t.local_date() > d,
        };
        if late {
            out.push(TIME_ORDER.diag(
                0..0,
                format!(
                    "{}的时间 {} 晚于发布日期 {}：先审后发，不能发布后补签",
                    cx.label(i),
                    cx.record.approvals[i].time,
                    cx.metadata.get("发布日期").unwrap_or_default()
                ),
                vec![],
            ));
        }
    }
}
