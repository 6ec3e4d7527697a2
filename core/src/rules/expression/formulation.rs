//! `expression/formulation`: incorrect political, territorial and organ formulations.

use super::pack::TermPack;
use crate::diagnostic::{Category, Severity};
use crate::registry::RuleDoc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/formulation",
    category: Category::Expression,
    severity: Severity::Error,
    summary: "严重表述错误：涉台港澳、领土主权、国家机构职务等规范表述",
    what: "查找不规范的政治表述并给出规范说法：台湾政府→台湾当局，“一带一路”战略→“一带一路”倡议，全国人大副委员长→全国人大常委会副委员长，香港政府→香港特别行政区政府，检察院院长→检察长，北朝鲜→朝鲜，尖阁群岛→钓鱼岛等；“台独”、台湾地区“立法院”等应加引号。涉及国家主权、领土完整和国家机构名称的为 error，其余为 warning。可识破繁体、插入空格符号等变形写法。叙述1912—1949年历史时使用“中华民国”不报告。",
    why: "这类错误属于政府网站检查中的“严重表述错误”，一经发布即可能造成政治影响。规范说法依据新华社《新闻信息报道中的禁用词和慎用词》（2016年修订）及现行机构设置（如2018年国家监察委员会组建）。",
    source: "新华社《新闻信息报道中的禁用词和慎用词》(2016)",
    wrong: "“一带一路”战略得到台湾政府和香港政府的关注",
    right: "“一带一路”倡议得到台湾当局和香港特别行政区政府的关注",
};

const DATA: &str = include_str!("../../../data/expression/formulation.tsv");

pub(crate) fn build() -> TermPack {
    TermPack::new(&DOC, DATA)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};
    use crate::rules::{Document, Rule};

    fn one(text: &str) -> (String, Option<String>) {
        let f = flags(&build(), text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        f[0].clone()
    }

    #[test]
    fn flags_wrong_formulations_with_the_right_one() {
        assert_eq!(one("“一带一路”战略"), ("“一带一路”战略".into(), Some("“一带一路”倡议".into())));
        assert_eq!(one("所谓台湾政府").1.as_deref(), Some("台湾当局"));
        assert_eq!(one("全国人大副委员长张某").1.as_deref(), Some("全国人大常委会副委员长"));
        assert_eq!(one("市人大副主任王某").1.as_deref(), Some("人大常委会副主任"));
        assert_eq!(one("县检察院院长").1.as_deref(), Some("检察院检察长"));
        assert_eq!(one("香港政府发言人").1.as_deref(), Some("香港特别行政区政府"));
        assert_eq!(one("北朝鲜").1.as_deref(), Some("朝鲜"));
        assert_eq!(one("臺灣 政府").0, "臺灣 政府");
        assert_eq!(one("反对台独分裂").1.as_deref(), Some("“台独”"));
        assert_eq!(one("台湾立法院通过").1.as_deref(), Some("“立法院”"));
        assert_eq!(one("欢迎港澳台游客来华旅游").1.as_deref(), Some("港澳台游客来内地"));
        let mut out = Vec::new();
        build().check(&Document::new("会见台湾政府官员"), &mut out);
        assert_eq!(out[0].severity, Severity::Error);
        build().check(&Document::new("前苏联"), &mut out);
        assert_eq!(out[1].severity, Severity::Warning);
    }

    #[test]
    fn leaves_official_usage_alone() {
        assert_clean(
            &build(),
            "共建“一带一路”倡议提出十周年。\n\
             坚决反对“台独”分裂行径，台湾当局应当停止挑衅。\n\
             全国人大常委会副委员长出席会议。\n\
             市人大常委会副主任、全国人大常委会委员参加调研。\n\
             香港特别行政区政府和澳门特区政府代表出席。\n\
             县人民检察院检察长列席会议。\n\
             1912年中华民国成立，孙中山就任临时大总统。\n\
             台湾“立法院”“行政院”相关人士。\n\
             钓鱼岛及其附属岛屿是中国固有领土。\n\
             中央纪委国家监委网站发布消息。\n\
             中国与东盟、中澳关系稳步发展，大陆和台湾同胞是一家人。\n\
             政务服务平台独立运行，舞台独具特色，出台独生子女相关政策。\n\
             县人大副主任科员、区人大主任科员参加培训。",
        );
    }
}
