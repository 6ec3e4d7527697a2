//! Synthetic 100k-term lexicon and 1 MB corpus shared by the lexicon bench and the CPU-time example.

use shenjiao_core::{Config, LexiconEntry, RuleSetting};

/// Common characters the synthetic terms are drawn from.
const POOL: &str = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

pub fn lexicon(n: usize) -> Vec<LexiconEntry> {
    let pool: Vec<char> = POOL.chars().collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |m: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % m
    };
    (0..n)
        .map(|_| {
            let len = [3, 3, 4, 4, 4, 5, 6, 2][next(8)];
            let term: String = (0..len).map(|_| pool[next(pool.len())]).collect();
            let mut e = LexiconEntry::new(term);
            if next(10) == 0 {
                e.exceptions = vec![format!("{}区", e.term)];
            }
            e
        })
        .collect()
}

/// About 1 MB of official-style prose; with `planted`, a lexicon term and a spaced-out evasion
/// variant of one after every paragraph (a worst case: real pages have few hits).
pub fn corpus(planted: &[LexiconEntry]) -> String {
    let para = "为深入贯彻落实党中央、国务院关于政府网站建设的决策部署，进一步提升政务公开质量，我局组织开展了2024年度政府网站自查工作。现将有关情况报告如下：一、总体情况。我局高度重视网站建设管理，成立了由主要负责同志任组长的工作领导小组，明确专人负责信息发布、审核和日常维护，全年共发布信息1,234条，办理网民留言56件，按期办结率100%。二、存在的问题。部分栏目更新不及时，个别信息审核把关不严，互动交流栏目回应时效有待提升。三、下一步工作。我们将严格落实三审三校制度，加强队伍建设，持续提升网站服务能力。\n";
    let mut s = String::with_capacity(1 << 20);
    let mut i = 0;
    while s.len() < 1 << 20 {
        s.push_str(para);
        if planted.is_empty() {
            continue;
        }
        let t = &planted[i % planted.len()].term;
        s.push_str(&t.chars().map(|c| format!("{c} ")).collect::<String>());
        s.push_str(t);
        i += 97;
    }
    s
}

pub fn config(entries: Vec<LexiconEntry>) -> Config {
    let mut c: Config = Config::from_json(
        r#"{"categories": {"typo": "off", "expression": "off", "punctuation": "off", "number": "off", "format": "off", "review": "off"}}"#,
    )
    .expect("bench config");
    c.lexicon = entries;
    c.categories.insert(shenjiao_core::Category::Sensitive, RuleSetting::Warning);
    c
}
