//! Every `review/…` rule against a violating and a valid record, plus property tests.

use super::*;
use proptest::prelude::*;

const WORKFLOW: &str = include_str!("../../../tests/data/review/workflow.json");
const TEXT: &str = include_str!("../../../tests/data/review/text.txt");
const META: &str = include_str!("../../../tests/data/review/meta.json");
const META_POLICY: &str = include_str!("../../../tests/data/review/meta-policy.json");
const NOW: &str = "2024-06-12T18:00:00+08:00";

fn verifier() -> Verifier {
    Verifier::new(Workflow::from_json(WORKFLOW).unwrap()).unwrap()
}

fn now() -> Timestamp {
    Timestamp::parse(NOW).unwrap()
}

fn meta() -> Metadata {
    Metadata::from_json(META).unwrap()
}

struct Sign<'a> {
    step: &'a str,
    id: &'a str,
    role: &'a str,
    time: &'a str,
    decision: Option<&'a str>,
    resolutions: Vec<Resolution>,
}

fn sign<'a>(step: &'a str, id: &'a str, role: &'a str, time: &'a str) -> Sign<'a> {
    Sign { step, id, role, time, decision: Some("通过"), resolutions: vec![] }
}

fn standard() -> Vec<Sign<'static>> {
    vec![
        sign("初审", "u1001", "编辑", "2024-06-12T09:00:00+08:00"),
        sign("审核", "u2001", "科室负责人", "2024-06-12T10:30:00+08:00"),
        sign("审发", "u3001", "分管领导", "2024-06-12T15:00:00+08:00"),
    ]
}

fn record_of(item: &str, tier: Option<&str>, signs: Vec<Sign>, text: &str) -> Record {
    let mut r = Record::new(item, 1, tier.map(String::from));
    for s in signs {
        let signing = Signing {
            step: s.step.into(),
            reviewer: Reviewer { id: s.id.into(), name: format!("审核人{}", s.id), role: s.role.into() },
            time: s.time.into(),
            decision: s.decision.map(String::from),
            opinion: "同意".into(),
            resolutions: s.resolutions,
        };
        approve(&mut r, signing, text).unwrap();
    }
    r
}

fn record(signs: Vec<Sign>) -> Record {
    record_of("news-2024-0612", None, signs, TEXT)
}

/// Recomputes every `prev` and `hash`, as a forger with the hashing code would: the
/// checks that do not rest on the chain must still catch what was changed.
fn reseal(r: &mut Record) {
    let mut prev = genesis_hash(r);
    for a in &mut r.approvals {
        a.prev = prev;
        a.hash = approval_hash(a);
        prev = a.hash.clone();
    }
}

fn rules_of(found: &[Diagnostic]) -> Vec<&'static str> {
    found.iter().map(|d| d.rule).collect()
}

fn check(r: &Record, text: &str, meta: &Metadata) -> Vec<&'static str> {
    rules_of(&verifier().verify(r, text, meta, now()))
}

#[test]
fn a_complete_record_of_clean_text_passes() {
    let found = verifier().verify(&record(standard()), TEXT, &meta(), now());
    assert!(found.is_empty(), "{found:#?}");
    let policy = Metadata::from_json(META_POLICY).unwrap();
    assert_eq!(check(&record(standard()), TEXT, &policy), Vec::<&str>::new());
}

#[test]
fn every_rule_is_documented_in_the_registry() {
    for d in DOCS {
        assert_eq!(crate::registry::lookup(d.id).map(|x| x.id), Some(d.id));
        assert_eq!(d.category, crate::Category::Review);
    }
    assert_eq!(DOCS.len(), 16);
}

#[test]
fn record_invalid_unknown_step_tier_and_decision() {
    let mut signs = standard();
    signs[2].step = "终审";
    let found = check(&record(signs), TEXT, &meta());
    assert!(found.contains(&"review/record-invalid") && found.contains(&"review/step-missing"), "{found:?}");

    let r = record_of("news-1", Some("D"), standard(), TEXT);
    assert_eq!(check(&r, TEXT, &meta()), ["review/record-invalid"]);

    let mut r = record(standard());
    r.approvals[2].decision = Some("同意".into());
    reseal(&mut r);
    let found = check(&r, TEXT, &meta());
    assert_eq!(found, ["review/record-invalid", "review/step-undecided"]);

    let mut r = record(standard());
    r.approvals[0].reviewer.role = " ".into();
    reseal(&mut r);
    assert!(check(&r, TEXT, &meta()).contains(&"review/record-invalid"));

    let v = verifier();
    let found = v.verify_json("{\"schema\":\"shenjiao-review/1\"", TEXT, Some(META), now());
    assert_eq!(rules_of(&found), ["review/record-invalid"]);
    let found = v.verify_json(&record(standard()).to_json().replace("shenjiao-review/1", "shenjiao-review/2"), TEXT, Some(META), now());
    assert!(rules_of(&found).contains(&"review/record-invalid"));
    assert!(v.verify_json(&record(standard()).to_json(), TEXT, Some(META), now()).is_empty());
}

#[test]
fn chain_broken_when_a_stored_approval_is_edited_deleted_or_swapped() {
    let good = record(standard());
    let mut r = good.clone();
    r.approvals[1].opinion = "同意发布".into();
    assert_eq!(check(&r, TEXT, &meta()), ["review/chain-broken"]);

    let mut r = good.clone();
    r.approvals.remove(1);
    let found = check(&r, TEXT, &meta());
    assert!(found.contains(&"review/chain-broken") && found.contains(&"review/step-missing"), "{found:?}");

    let mut r = good.clone();
    r.approvals.swap(0, 1);
    assert!(check(&r, TEXT, &meta()).contains(&"review/chain-broken"));

    let mut r = good.clone();
    r.tier = Some("A".into()); // absent → explicit tier: the genesis hash binds it
    assert_eq!(check(&r, TEXT, &meta()), ["review/chain-broken"]);

    let mut r = record_of("n", Some("C"), standard(), TEXT);
    r.tier = Some("A".into()); // lowering the tier after signing to slip a lower approver through
    assert!(check(&r, TEXT, &meta()).contains(&"review/chain-broken"));

    assert!(check(&good, TEXT, &meta()).is_empty());
}

#[test]
fn approval_reused_from_another_item() {
    let other = record_of("news-2024-0611", None, standard(), TEXT);
    let mut r = other.clone();
    r.item.id = "news-2024-0612".into();
    reseal(&mut r);
    assert_eq!(check(&r, TEXT, &meta()), ["review/approval-reused"; 3]);

    let mut r = record(standard());
    r.approvals[2] = other.approvals[2].clone();
    let found = check(&r, TEXT, &meta());
    assert!(found.contains(&"review/approval-reused"), "{found:?}");

    let mut next_version = record(standard());
    next_version.item.version = 2;
    reseal(&mut next_version);
    assert_eq!(check(&next_version, TEXT, &meta()), ["review/approval-reused"; 3]);
}

#[test]
fn step_missing_and_undecided() {
    let mut signs = standard();
    signs.remove(1);
    assert_eq!(check(&record(signs), TEXT, &meta()), ["review/step-missing"]);
    assert_eq!(check(&record(vec![]), TEXT, &meta()), ["review/step-missing"; 3]);

    let mut signs = standard();
    signs[2].decision = None;
    assert_eq!(check(&record(signs), TEXT, &meta()), ["review/step-undecided"]);

    let mut signs = standard();
    signs[2].decision = Some("退回");
    let found = verifier().verify(&record(signs), TEXT, &meta(), now());
    assert_eq!(rules_of(&found), ["review/step-undecided"]);
    assert!(found[0].message.contains("退回"), "{}", found[0].message);

    // Returned, then revised and signed again through all steps: passes.
    let mut signs = standard();
    signs[2].decision = Some("退回");
    signs.extend([
        sign("初审", "u1001", "编辑", "2024-06-12T15:10:00+08:00"),
        sign("审核", "u2001", "科室负责人", "2024-06-12T15:20:00+08:00"),
        sign("审发", "u3001", "分管领导", "2024-06-12T15:30:00+08:00"),
    ]);
    assert!(check(&record(signs), TEXT, &meta()).is_empty());
}

#[test]
fn step_order() {
    let s = standard();
    let signs = vec![
        sign("初审", "u1001", "编辑", "2024-06-12T09:00:00+08:00"),
        sign("审发", "u3001", "分管领导", "2024-06-12T10:00:00+08:00"),
        sign("审核", "u2001", "科室负责人", "2024-06-12T11:00:00+08:00"),
    ];
    assert_eq!(check(&record(signs), TEXT, &meta()), ["review/step-order"]);
    // Re-doing 初审 after 审发 puts 初审 last: the later steps must be signed again.
    let mut signs = s;
    signs.push(sign("初审", "u1001", "编辑", "2024-06-12T16:00:00+08:00"));
    assert_eq!(check(&record(signs), TEXT, &meta()), ["review/step-order"]);
}

#[test]
fn time_invalid() {
    let mut r = record(standard());
    r.approvals[1].time = "2024-06-12 10:30".into();
    reseal(&mut r);
    assert_eq!(check(&r, TEXT, &meta()), ["review/time-invalid"]);
    let mut r = record(standard());
    r.approvals[1].time = "2024-06-31T10:30:00+08:00".into();
    reseal(&mut r);
    assert_eq!(check(&r, TEXT, &meta()), ["review/time-invalid"]);
}

#[test]
fn time_order_backdated_future_and_after_publication() {
    let mut signs = standard();
    signs[1].time = "2024-06-12T08:00:00+08:00"; // 审核 before 初审
    assert_eq!(check(&record(signs), TEXT, &meta()), ["review/time-order"]);

    let mut signs = standard();
    signs[2].time = "2024-06-12T19:00:00+08:00"; // after now
    assert_eq!(check(&record(signs), TEXT, &meta()), ["review/time-order"]);

    let mut signs = standard();
    signs[2].time = "2024-06-13T09:00:00+08:00"; // after 发布日期 2024-06-12 (and after now)
    let found = verifier().verify(&record(signs), TEXT, &meta(), Timestamp::parse("2024-06-20T00:00:00Z").unwrap());
    assert_eq!(rules_of(&found), ["review/time-order"]);
    assert!(found[0].message.contains("发布日期"), "{}", found[0].message);

    // Same instant written in another offset is not out of order; 审发 on the publication day is fine.
    let mut signs = standard();
    signs[1].time = "2024-06-12T01:00:00Z"; // 09:00+08:00, same as 初审
    assert!(check(&record(signs), TEXT, &meta()).is_empty());

    let mut m = meta();
    m.0.insert("发布日期".into(), "2024-06-12T14:00:00+08:00".into());
    assert_eq!(check(&record(standard()), TEXT, &m), ["review/time-order"]);
}

#[test]
fn same_reviewer_in_two_steps() {
    let mut signs = standard();
    signs[2].id = "u1001";
    signs[2].role = "分管领导";
    let found = check(&record(signs), TEXT, &meta());
    assert_eq!(found, ["review/same-reviewer"]);
    // The same person may take up a step and be replaced; only the signing approvals count.
    let mut signs = standard();
    signs.insert(2, Sign { decision: None, ..sign("审发", "u1001", "分管领导", "2024-06-12T14:00:00+08:00") });
    assert!(check(&record(signs), TEXT, &meta()).is_empty());
}

#[test]
fn role_not_allowed_for_step_or_tier() {
    let mut signs = standard();
    signs[2].role = "编辑";
    assert_eq!(check(&record(signs), TEXT, &meta()), ["review/role-not-allowed"]);

    // 分管领导 may sign 审发 in tiers A and B but not C (敏感), where 主要负责人 must.
    let tier = |t: &str, s| record_of("n", Some(t), s, TEXT);
    assert!(check(&tier("B", standard()), TEXT, &meta()).is_empty());
    let found = verifier().verify(&tier("C", standard()), TEXT, &meta(), now());
    assert_eq!(rules_of(&found), ["review/role-not-allowed"; 2]);
    assert!(found[1].message.contains("敏感"), "{}", found[1].message);
    let mut signs = standard();
    signs[1].role = "分管领导";
    signs[2].role = "主要负责人";
    assert!(check(&tier("C", signs), TEXT, &meta()).is_empty());
}

#[test]
fn content_changed_after_approval() {
    let r = record(standard());
    let edited = TEXT.replace("24小时", "12小时");
    assert_eq!(check(&r, &edited, &meta()), ["review/content-changed"; 3]);
    // Text edited after 审核 and only 审发 saw the new text.
    let mut r = record_of("news-2024-0612", None, standard()[..2].iter().map(|s| sign(s.step, s.id, s.role, s.time)).collect(), TEXT);
    approve(&mut r, signing_of(&standard()[2]), &edited).unwrap();
    assert_eq!(check(&r, &edited, &meta()), ["review/content-changed"; 2]);
    // Line endings, trailing spaces, a BOM and zero-width characters are not edits.
    let cosmetic = format!("\u{FEFF}{}\n\n", TEXT.replace('\n', "  \r\n").replace("通知", "通\u{200B}知"));
    assert!(check(&record(standard()), &cosmetic, &meta()).is_empty());
}

fn signing_of(s: &Sign) -> Signing {
    Signing {
        step: s.step.into(),
        reviewer: Reviewer { id: s.id.into(), name: format!("审核人{}", s.id), role: s.role.into() },
        time: s.time.into(),
        decision: s.decision.map(String::from),
        opinion: String::new(),
        resolutions: s.resolutions.clone(),
    }
}

fn resolution(rule: &str, text: &str, kind: &str, reason: &str) -> Resolution {
    Resolution { rule: rule.into(), text: text.into(), resolution: kind.into(), reason: reason.into() }
}

#[test]
fn finding_unresolved_fixed_claims_and_dismissals() {
    let flawed = TEXT.replace("如下。", "如下。。");
    let found = verifier().verify(&record_of("n", None, standard(), &flawed), &flawed, &meta(), now());
    assert_eq!(rules_of(&found), ["review/finding-unresolved"]);
    assert_eq!(&flawed[found[0].span.clone()], "。。");
    assert!(found[0].message.contains("punctuation/doubled"), "{}", found[0].message);

    let with = |res: Resolution| {
        let mut signs = standard();
        signs[1].resolutions = vec![res];
        record_of("n", None, signs, &flawed)
    };
    let fixed_claim = with(resolution("punctuation/doubled", "。。", "fixed", ""));
    assert_eq!(check(&fixed_claim, &flawed, &meta()), ["review/finding-unresolved"]);
    let dismissed = with(resolution("punctuation/doubled", "。。", "dismissed", "引用原件，保持原貌"));
    assert!(check(&dismissed, &flawed, &meta()).is_empty());
    let other_text = with(resolution("punctuation/doubled", "！！", "dismissed", "理由"));
    assert_eq!(check(&other_text, &flawed, &meta()), ["review/finding-unresolved"]);

    // A later step's resolution overrides an earlier one.
    let mut signs = standard();
    signs[0].resolutions = vec![resolution("punctuation/doubled", "。。", "fixed", "")];
    signs[2].resolutions = vec![resolution("punctuation/doubled", "。。", "dismissed", "引用原件")];
    assert!(check(&record_of("n", None, signs, &flawed), &flawed, &meta()).is_empty());
}

#[test]
fn dismissed_without_reason() {
    let flawed = TEXT.replace("如下。", "如下。。");
    let mut signs = standard();
    signs[2].resolutions = vec![resolution("punctuation/doubled", "。。", "dismissed", " ")];
    let found = verifier().verify(&record_of("n", None, signs, &flawed), &flawed, &meta(), now());
    assert_eq!(rules_of(&found), ["review/dismissed-without-reason"]);
    assert_eq!(&flawed[found[0].span.clone()], "。。");
    // Still a defect of the record when the finding is gone from the text.
    let mut signs = standard();
    signs[0].resolutions = vec![resolution("typo/variant-word", "成份", "dismissed", "")];
    assert_eq!(check(&record(signs), TEXT, &meta()), ["review/dismissed-without-reason"]);
}

#[test]
fn text_leak_cannot_be_dismissed() {
    let mut w = Workflow::from_json(WORKFLOW).unwrap();
    w.checker = crate::Config::from_json(r#"{"lexicon":[{"term":"机密★","severity":"error"}],"rules":{"expression/classified-marker":"off"}}"#).unwrap();
    w.leak_rules = Some(vec!["sensitive/custom".into()]);
    let v = Verifier::new(w).unwrap();
    let leaked = TEXT.replace("关于做好", "机密★1年\n关于做好");
    let mut signs = standard();
    signs[2].resolutions = vec![resolution("sensitive/custom", "机密★", "dismissed", "内部已解密")];
    let found = v.verify(&record_of("n", None, signs, &leaked), &leaked, &meta(), now());
    assert_eq!(rules_of(&found), ["review/text-leak"]);
    assert_eq!(&leaked[found[0].span.clone()], "机密★");
    assert!(v.verify(&record(standard()), TEXT, &meta(), now()).is_empty());
}

#[test]
fn metadata_missing_per_column_and_for_reprints() {
    let mut m = meta();
    m.0.remove("责任编辑");
    m.0.insert("作者".into(), "  ".into());
    assert_eq!(check(&record(standard()), TEXT, &m), ["review/metadata-missing"; 2]);

    let mut policy = Metadata::from_json(META_POLICY).unwrap();
    policy.0.remove("文号");
    policy.0.remove("解读");
    assert_eq!(check(&record(standard()), TEXT, &policy), ["review/metadata-missing"; 2]);
    assert!(check(&record(standard()), TEXT, &Metadata::default()).len() == 7);
    let mut typed = meta();
    typed.0.insert("栏目".into(), "区政府文件".into());
    assert!(check(&record(standard()), TEXT, &typed).is_empty());
    typed.0.insert("栏目类型".into(), "政策文件".into());
    assert_eq!(check(&record(standard()), TEXT, &typed), ["review/metadata-missing"; 6]);
    typed.0.insert("栏目".into(), "政策文件解读".into()); // not 政策文件 nor under it
    typed.0.remove("栏目类型");
    assert!(check(&record(standard()), TEXT, &typed).is_empty());

    let mut reprint = meta();
    reprint.0.insert("来源类型".into(), "转载".into());
    let found = verifier().verify(&record(standard()), TEXT, &reprint, now());
    assert_eq!(rules_of(&found), ["review/metadata-missing"]);
    assert!(found[0].message.contains("原文链接"));
    reprint.0.insert("原文链接".into(), "https://www.gov.cn/xinwen/2024-06/12/content_1.htm".into());
    assert!(check(&record(standard()), TEXT, &reprint).is_empty());
}

#[test]
fn metadata_invalid_forms() {
    let bad = [
        ("文号", "某政办发[2024]12号"),
        ("文号", "某政办发〔2024〕第12号"),
        ("成文日期", "2024-06-31"),
        ("成文日期", "2024年6月13日"), // after 发布日期
        ("发布日期", "六月十二日"),
        ("解读", "无"),
        ("有效性", "长期"),
    ];
    for (field, value) in bad {
        let mut m = Metadata::from_json(META_POLICY).unwrap();
        m.0.insert(field.into(), value.into());
        let found = verifier().verify(&record(standard()), TEXT, &m, now());
        assert_eq!(rules_of(&found), ["review/metadata-invalid"], "{field}={value}");
        assert!(found[0].message.contains(field), "{}", found[0].message);
    }
    let v = verifier();
    let found = v.verify_json(&record(standard()).to_json(), TEXT, Some("[\"标题\"]"), now());
    assert!(rules_of(&found).contains(&"review/metadata-invalid"));
}

#[test]
fn checklist_shows_progress_next_step_and_gate() {
    let v = verifier();
    let r = record(standard()[..1].iter().map(|s| sign(s.step, s.id, s.role, s.time)).collect());
    let me = Reviewer { id: "u1001".into(), name: "张三".into(), role: "科室负责人".into() };
    let c = checklist(&v, &r, TEXT, &meta(), now(), Some(&me));
    assert_eq!(c.steps.iter().map(|s| s.state).collect::<Vec<_>>(), [StepState::Approved, StepState::Missing, StepState::Missing]);
    assert_eq!(c.next_step.as_deref(), Some("审核"));
    assert_eq!(c.user_can_sign, Some(false), "signed 初审 already");
    assert!(c.user_cannot_sign_because.unwrap().contains("初审"));
    assert!(!c.can_submit);
    let other = Reviewer { id: "u2001".into(), ..me.clone() };
    assert_eq!(checklist(&v, &r, TEXT, &meta(), now(), Some(&other)).user_can_sign, Some(true));
    let editor = Reviewer { role: "编辑".into(), ..other };
    assert_eq!(checklist(&v, &r, TEXT, &meta(), now(), Some(&editor)).user_can_sign, Some(false));
    let done = checklist(&v, &record(standard()), TEXT, &meta(), now(), None);
    assert!(done.can_submit && done.next_step.is_none());
    assert!(serde_json::to_string(&done).unwrap().contains("\"state\":\"approved\""));
}

#[test]
fn checklist_json_fails_closed_on_a_bad_record() {
    let v = verifier();
    let c = checklist_json(&v, "{}", TEXT, Some(META), now(), None).unwrap();
    assert!(!c.can_submit);
    assert_eq!(rules_of(&c.diagnostics), ["review/record-invalid"]);
    assert!(c.steps.iter().all(|s| s.state == StepState::Missing));
    let good = record(standard()).to_json();
    let user = r#"{"id":"u9","name":"新人","role":"编辑"}"#;
    let c = checklist_json(&v, &good, TEXT, Some(META), now(), Some(user)).unwrap();
    assert!(c.can_submit && c.user_can_sign.is_none());
    assert_eq!(checklist_json(&v, &good, TEXT, None, now(), Some("{\"id\":1}")).unwrap_err().path, "user.id");
}

/// Characters a text is built from: CJK, Extension B, emoji, punctuation, ASCII, whitespace
/// and invisible characters, so edits land on every kind of boundary.
fn text_strategy() -> impl Strategy<Value = String> {
    let chars = prop::sample::select(vec!['中', '国', '𠀀', '😀', '，', '。', 'a', '1', ' ', '\u{3000}', '\n', '\r', '\u{200B}', '\t']);
    prop::collection::vec(chars, 1..40).prop_map(|v| v.into_iter().collect())
}

#[derive(Clone, Debug)]
enum Edit {
    Insert(usize, char),
    Delete(usize),
    Replace(usize, char),
}

fn apply(text: &str, edit: &Edit) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    match *edit {
        Edit::Insert(i, c) => chars.insert(i % (n + 1), c),
        Edit::Delete(i) if n > 0 => {
            chars.remove(i % n);
        }
        Edit::Replace(i, c) if n > 0 => chars[i % n] = c,
        _ => {}
    }
    chars.into_iter().collect()
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    let c = prop::sample::select(vec!['中', '𠀀', '😀', '，', 'b', '2', ' ', '\n', '\u{200D}', '\u{3000}']);
    prop_oneof![
        (any::<usize>(), c.clone()).prop_map(|(i, c)| Edit::Insert(i, c)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), c).prop_map(|(i, c)| Edit::Replace(i, c)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any edit that changes the text as published (anything but line endings, trailing
    /// whitespace, edge blank lines and invisible characters) is caught by every approval.
    #[test]
    fn any_edit_after_approval_is_caught(text in text_strategy(), edits in prop::collection::vec(edit_strategy(), 1..4)) {
        let v = Verifier::new(Workflow::from_json(r#"{"schema":"shenjiao-review/1","steps":[{"name":"初审","roles":["编辑"]},{"name":"审核","roles":["科室负责人"]}],"checker":{"categories":{"typo":"off","punctuation":"off"}}}"#).unwrap()).unwrap();
        let r = record_of("n", None, vec![sign("初审", "u1", "编辑", "2024-06-12T09:00:00+08:00"), sign("审核", "u2", "科室负责人", "2024-06-12T10:00:00+08:00")], &text);
        prop_assert!(v.verify(&r, &text, &Metadata::default(), now()).is_empty());
        let edited = edits.iter().fold(text.clone(), |t, e| apply(&t, e));
        let found = v.verify(&r, &edited, &Metadata::default(), now());
        let changed = found.iter().filter(|d| d.rule == "review/content-changed").count();
        if normalize(&edited) != normalize(&text) {
            prop_assert_eq!(changed, 2, "edit not caught: {:?} -> {:?}", text, edited);
        } else {
            prop_assert_eq!(changed, 0);
        }
    }

    /// Any change to any value of a stored record, or dropping, duplicating or swapping an
    /// approval, makes verification fail.
    #[test]
    fn any_change_to_a_stored_record_is_caught(pick in any::<usize>(), op in 0u8..4, other in any::<usize>()) {
        let v = verifier();
        let mut signs = standard();
        signs[1].resolutions = vec![resolution("typo/variant-word", "成份", "dismissed", "引用原文")];
        let good = record_of("news-2024-0612", Some("B"), signs, TEXT);
        prop_assert!(v.verify(&good, TEXT, &meta(), now()).is_empty());
        let mut json: serde_json::Value = serde_json::from_str(&good.to_json()).unwrap();
        match op {
            0 => {
                let mut leaves = Vec::new();
                collect_leaves(&json, String::new(), &mut leaves);
                let path = &leaves[pick % leaves.len()];
                mutate(json.pointer_mut(path).unwrap());
            }
            _ => {
                let list = json["approvals"].as_array_mut().unwrap();
                let (i, j) = (pick % list.len(), other % list.len());
                match op {
                    1 => { list.remove(i); }
                    2 => { let a = list[i].clone(); list.insert(j, a); }
                    _ => { prop_assume!(i != j); list.swap(i, j); }
                }
            }
        }
        let found = v.verify_json(&json.to_string(), TEXT, Some(META), now());
        prop_assert!(!found.is_empty(), "change not caught: op {} pick {}", op, pick);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Untrusted documents never panic: garbage, truncated records and odd field values are
    /// findings, not crashes.
    #[test]
    fn garbage_documents_fail_closed_without_panicking(cut in any::<usize>(), junk in ".{0,40}", text in ".{0,60}") {
        let v = verifier();
        let good = record(standard()).to_json();
        let mut at = cut % (good.len() + 1);
        while !good.is_char_boundary(at) { at -= 1; }
        let truncated = &good[..at];
        let found = v.verify_json(truncated, &text, Some(&junk), now());
        prop_assert!(!found.is_empty());
        let odd = good.replace("2024-06-12T10:30:00+08:00", &junk).replace("科室负责人", &junk);
        let _ = v.verify_json(&odd, &text, Some(META), now());
        let _ = checklist_json(&v, &odd, &text, Some(&junk), now(), Some(&junk));
    }
}

fn collect_leaves(v: &serde_json::Value, path: String, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => m.iter().for_each(|(k, v)| collect_leaves(v, format!("{path}/{k}"), out)),
        serde_json::Value::Array(a) => a.iter().enumerate().for_each(|(i, v)| collect_leaves(v, format!("{path}/{i}"), out)),
        _ => out.push(path),
    }
}

fn mutate(v: &mut serde_json::Value) {
    *v = match v {
        serde_json::Value::String(s) => serde_json::Value::String(format!("{s}x")),
        serde_json::Value::Number(n) => serde_json::Value::from(n.as_u64().unwrap_or(0) + 1),
        _ => serde_json::Value::String("x".into()),
    };
}
