//! # shenjiao-core: a review engine for Chinese official text
//!
//! shenjiao (审校) checks drafts for government websites and new-media accounts before they
//! are published: typos (错别字), forbidden or incorrect wording (敏感词、不规范表述), the
//! national punctuation and number standards (GB/T 15834、GB/T 15835) and 公文 format.
//! The same engine runs natively, in Node and in the browser (wasm32), with no I/O.
//!
//! ## Checking text
//!
//! ```
//! use shenjiao_core::{Checker, Config, Severity};
//!
//! let checker = Checker::new(Config::default()).unwrap();
//! let text = "各单位要高度重视。。";
//! let found = checker.check(text);
//! assert_eq!(found[0].rule, "punctuation/doubled");
//! assert_eq!(&text[found[0].span.clone()], "。。");
//! assert_eq!(found[0].suggestions, ["。"]);
//! assert_eq!(found[0].severity, Severity::Error);
//! ```
//!
//! Spans are byte ranges on `char` boundaries. [`text::OffsetIndex`] turns them into UTF-16
//! code units (for JavaScript) or Unicode scalar offsets (for the CLI's JSON).
//!
//! ## Configuring
//!
//! A [`Config`] is JSON. Rules and whole categories can be turned off or given another
//! severity, an allowlist names terms that are never flagged, and a site lexicon adds terms
//! to flag. Mistakes in a config are reported with the path of the field:
//!
//! ```
//! use shenjiao_core::Checker;
//!
//! let err = Checker::from_json(r#"{"rules": {"punctuation/doubled": "loud"}}"#).err().unwrap();
//! assert_eq!(err.path, "rules.punctuation/doubled");
//!
//! let checker = Checker::from_json(r#"{
//!     "rules": {"punctuation/half-width": "warning"},
//!     "allowlist": ["某某路"],
//!     "lexicon": [{"term": "某某", "severity": "error", "note": "站点禁用"}]
//! }"#).unwrap();
//! assert_eq!(checker.check("位于某某路").len(), 0);
//! assert_eq!(checker.check("某某到场")[0].rule, "sensitive/custom");
//! ```
//!
//! ## An optional word language model
//!
//! Errors made of real words (下个里拜三 for 礼拜三) pass a dictionary, since every word is real.
//! A word bigram model in ARPA text, attached with [`Checker::with_word_lm`], turns on
//! `typo/context-model`. Useful models are tens of megabytes, so none is built in; this toy
//! one knows that 在 comes before 学校:
//!
//! ```
//! use shenjiao_core::{Checker, Config, WordLm};
//! use std::sync::Arc;
//!
//! let arpa = "\\data\\\n\\1-grams:\n-1.0\t我们\t-1.0\n-1.2\t在\t-1.0\n-3.0\t再\t-1.0\n\
//!             -3.0\t学校\t-1.0\n\\2-grams:\n-0.5\t我们 在\n-0.3\t在 学校\n\\end\\\n";
//! let lm = WordLm::from_arpa(arpa).unwrap();
//! let checker = Checker::with_word_lm(Config::default(), Arc::new(lm)).unwrap();
//! let found = checker.check("我们再学校");
//! assert_eq!(found[0].rule, "typo/context-model");
//! assert_eq!(found[0].suggestions, ["在"]);
//! ```
//!
//! ## Rules
//!
//! Every rule has a stable id `category/name` and a doc (what, why with its source, a wrong
//! and a right example): see [`registry::rules`] and [`registry::lookup`].
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod charlm;
mod checker;
mod config;
mod confusion;
mod diagnostic;
mod leaders;
mod lexicon;
mod matcher;
mod normalize;
mod nearmiss;
mod worddict;
mod wordlm;
pub mod registry;
pub mod review;
mod rules;
pub mod text;

pub use checker::Checker;
pub use config::{Config, ConfigError, RuleSetting, SecondLook, TypoConfig};
pub use diagnostic::{Category, Diagnostic, Severity};
pub use leaders::{Leader, LeaderPack, LeaderStatus};
pub use lexicon::{LexiconEntry, Normalize};
pub use registry::RuleDoc;
pub use wordlm::{WordLm, WordLmError};
