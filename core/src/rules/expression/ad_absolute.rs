//! `expression/ad-absolute`: 《广告法》 absolute terms (国家级, 最佳, 第一品牌 …); an optional pack.

use super::pack::TermPack;
use crate::diagnostic::{Category, Severity};
use crate::registry::RuleDoc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/ad-absolute",
    category: Category::Expression,
    severity: Severity::Warning,
    summary: "《广告法》禁用的绝对化用语（可选，默认关闭）",
    what: "查找“国家级”“最高级”“最佳”“顶级”“首选”“第一品牌”“销量第一”等绝对化用语，以及医药广告中的“根治”“药到病除”等功效保证。默认关闭：在配置中写 \"packs\": [\"ad-law\"]，或给本规则设置严重程度（\"rules\": {\"expression/ad-absolute\": \"warning\"}）即可启用。适合审核招商推介、产品宣传、农产品推广等带广告性质的内容；“国家级非物质文化遗产”“国家级新区”等正式名称不报告。",
    why: "《中华人民共和国广告法》第九条第三项禁止广告使用“国家级”“最高级”“最佳”等用语，第十六、十七条禁止医疗、药品、保健食品广告作功效保证。政务新媒体为地方产品做推介时同样受其约束。一般政务信息里这些词多为正常用法，所以默认不检查。",
    source: "《中华人民共和国广告法》第九条、第十六条",
    wrong: "本县大米是全国第一品牌，口感最佳",
    right: "本县大米获评国家地理标志产品，口感好",
};

const DATA: &str = include_str!("../../../data/expression/ad_law.tsv");

pub(crate) fn build() -> TermPack {
    TermPack::new(&DOC, DATA)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_absolute_terms() {
        let f: Vec<String> = flags(&build(), "本县大米是全国第一品牌，口感最佳").into_iter().map(|f| f.0).collect();
        assert_eq!(f, ["全国第一", "最佳"]);
    }

    #[test]
    fn leaves_official_names_alone() {
        assert_clean(&build(), "获评国家级非物质文化遗产代表性项目。\n打造国家级新区和世界级城市群。\n总结推广最佳实践。");
    }
}
