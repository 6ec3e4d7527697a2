//! The integrity checks: the hash chain, the item binding and the approved text.

use super::hash::{approval_hash, content_hash, genesis_hash};
use super::Ctx;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;

pub(crate) static CHAIN_BROKEN: RuleDoc = RuleDoc {
    id: "review/chain-broken",
    category: Category::Review,
    severity: Severity::Error,
    summary: "审批记录被改动：哈希链断裂",
    what: "每条审批都带有前一条审批的哈希（prev），第一条带有绑定稿件编号、版本和等级的起始哈希；每条审批自身的哈希（hash）覆盖其全部内容。任何一条被修改、删除、插入或调换顺序，或稿件编号、版本、等级被改动，哈希就对不上。",
    why: "“一事一审、谁审查谁负责”要求审核留痕且不可篡改。只记录点击的 CMS 无法证明留存的审批记录就是当时签署的记录。",
    source: "政府网站信息发布审查制度（审核留痕）",
    wrong: "第2条审批签署后，审核意见由“同意”被改为“同意发布”，hash 未变",
    right: "记录未被改动，每条审批的 prev 等于前一条的 hash，hash 与内容相符",
};

pub(crate) static APPROVAL_REUSED: RuleDoc = RuleDoc {
    id: "review/approval-reused",
    category: Category::Review,
    severity: Severity::Error,
    summary: "审批记录来自另一篇稿件或另一版本",
    what: "每条审批签署时记下所审稿件的编号和版本（item）。若某条审批的 item 与本记录的不同，说明它是从别的稿件或旧版本搬来的。",
    why: "“一事一审”：一次审批只对一篇稿件的一个版本有效，不能拿已批准的稿件的签字为另一篇稿件放行。",
    source: "政府网站信息发布审查制度（一事一审）",
    wrong: "记录 item 为 {\"id\":\"news-102\",\"version\":1}，其中审发一条的 item 为 {\"id\":\"news-101\",\"version\":1}",
    right: "每条审批的 item 都是 {\"id\":\"news-102\",\"version\":1}",
};

pub(crate) static CONTENT_CHANGED: RuleDoc = RuleDoc {
    id: "review/content-changed",
    category: Category::Review,
    severity: Severity::Error,
    summary: "审批通过后文本被修改",
    what: "每条“通过”的审批记下所审文本的 SHA-256（content_hash，先规范化：换行统一为 LF，去掉零宽字符和行尾空白，去掉首尾空行）。要发布的文本的哈希与某一步批准的哈希不同，说明批准后文本又被改过。",
    why: "自查中常见的问题是“审后改稿”：批准的不是发布的。只有把签字绑定到确切的文本上，才能证明发布的就是审过的。",
    source: "政府网站信息发布审查制度（先审后发）",
    wrong: "审发通过的是“…于6月12日召开”，发布时文本为“…于6月13日召开”",
    right: "发布的文本与三步审批所批准的文本完全一致（仅换行符、行尾空格不同不算改动）",
};

pub(crate) fn check(cx: &Ctx, out: &mut Vec<Diagnostic>) {
    let record = cx.record;
    let mut expected_prev = genesis_hash(record);
    for (i, a) in record.approvals.iter().enumerate() {
        let who = cx.label(i);
        if a.prev != expected_prev {
            let msg = if i == 0 {
                format!("{who}的 prev 与稿件编号、版本、等级算出的起始哈希不符：记录的 item/tier 被改动，或前面的审批被删除")
            } else {
                format!("{who}的 prev 与第{}条审批的 hash 不符：其间的审批被删除、插入、调换或改动", i)
            };
            out.push(CHAIN_BROKEN.diag(0..0, msg, vec![]));
        }
        if a.hash != approval_hash(a) {
            out.push(CHAIN_BROKEN.diag(0..0, format!("{who}的内容与其 hash 不符：签署后被改动"), vec![]));
        }
        expected_prev = a.hash.clone();
        if a.item != record.item {
            out.push(APPROVAL_REUSED.diag(
                0..0,
                format!(
                    "{who}签署的是稿件 {} 第{}版，不是本稿件 {} 第{}版：审批不能挪用",
                    a.item.id, a.item.version, record.item.id, record.item.version
                ),
                vec![],
            ));
        }
    }
    let current = content_hash(cx.text);
    for &i in cx.approved.iter().flatten() {
        let a = &record.approvals[i];
        if a.content_hash != current {
            out.push(CONTENT_CHANGED.diag(
                0..0,
                format!("{}通过的文本与当前文本不一致：审批后文本被修改，须重新审批", cx.label(i)),
                vec![],
            ));
        }
    }
}
