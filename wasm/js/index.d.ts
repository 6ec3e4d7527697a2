/** Rule families. */
export type Category = 'typo' | 'sensitive' | 'expression' | 'punctuation' | 'number' | 'format' | 'review';
export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/** One finding. `start`/`end` are UTF-16 code units, so `text.slice(start, end) === diagnostic.text`. */
export interface Diagnostic {
  /** Stable rule id, e.g. `punctuation/doubled`. */
  rule: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  /** The flagged text. */
  text: string;
  /** What is wrong, in Chinese. */
  message: string;
  /** Replacements for the flagged text, best first. An empty string means "delete". */
  suggestions: string[];
  /** The standard or list the rule rests on. */
  source: string;
}

/** A rule's documentation, as `shenjiao explain` prints it. */
export interface RuleDoc {
  id: string;
  category: Category;
  severity: Severity;
  summary: string;
  what: string;
  why: string;
  source: string;
  wrong: string;
  right: string;
}

/** A site-lexicon entry. */
export interface LexiconEntry {
  term: string;
  category?: Category;
  severity?: Severity;
  suggestion?: string | null;
  note?: string | null;
  [option: string]: unknown;
}

/** Thresholds of the typo detector (`TypoConfig` in the Rust crate documents each one). */
export interface TypoConfig {
  /** How much more plausible the corrected reading must be (nats). Default 5.5; raise for fewer, surer findings. */
  min_gain?: number;
  shape_penalty?: number;
  near_sound_penalty?: number;
  fuzzy_sound_penalty?: number;
  /** Penalty for sounds alike only under fuzzy pinyin (迅束 for 迅速) that no table lists. Default 5. */
  folded_sound_penalty?: number;
  min_word_freq?: number;
  attested_pair_penalty?: number;
  trusted_word_freq?: number;
  real_word_penalty?: number;
  /** How much of the bigram-context gain may pay a shape or other-tone penalty. Default 0.5. */
  context_weight?: number;
  /** Lone characters may become one-character words on this much context gain; 100 (default) is off, 14 suits learners' text. */
  min_single_context?: number;
  /** A sentence that already has a keyboard slip (a typo finding outside the allowlist) is read again at these lower thresholds; `null` turns it off. */
  second_look?: { min_gain?: number; attested_pair_penalty?: number; real_word_penalty?: number } | null;
  /** Threshold of `typo/context-model`, which runs only with a word language model (`new Checker(config, { wordLm })`, meant for servers). Default 10. */
  context_model_min_gain?: number;
}

/** The checker's configuration; every field is optional. Unknown fields are errors. */
export interface Config {
  rules?: Record<string, RuleSetting>;
  categories?: Partial<Record<Category, RuleSetting>>;
  allowlist?: string[];
  lexicon?: LexiconEntry[];
  /** Optional built-in packs: `ad-law`, `yixingci-draft`. */
  packs?: Array<'ad-law' | 'yixingci-draft'>;
  typo?: TypoConfig;
  [section: string]: unknown;
}

/** Loads the engine once; resolves when it is ready. */
export function init(input?: string | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;

/** Thrown by `new Checker()` on a bad config. */
export class ConfigError extends Error {
  /** Path of the offending field, e.g. `lexicon[2].severity`. */
  path: string;
}

/** Options of `new Checker()` beyond the config. */
export interface CheckerOptions {
  /**
   * A word language model as ARPA text (unigrams and bigrams), which turns on `typo/context-model`.
   * For Node servers: a useful model is tens of megabytes (`./dev lm` builds one). A bad model
   * throws an `Error` whose message starts with `language model, line N`.
   */
  wordLm?: string;
}

export class Checker {
  /** @throws {ConfigError} on a bad config; `Error` on a bad `options.wordLm` */
  constructor(config?: Config | string, options?: CheckerOptions);
  check(text: string): Diagnostic[];
  free(): void;
}

export function rules(): RuleDoc[];

/** A reviewer, as the host page knows the current user. */
export interface Reviewer { id: string; name: string; role: string; }

/** A 三审 review record (docs/review-schema.md, schema `shenjiao-review/1`). */
export interface ReviewRecord {
  schema: 'shenjiao-review/1';
  item: { id: string; version: number };
  tier?: string;
  approvals: Array<Record<string, unknown>>;
}

export interface StepStatus {
  step: string;
  roles: string[];
  state: 'approved' | 'returned' | 'undecided' | 'missing';
  reviewer: Reviewer | null;
  time: string | null;
  opinion: string | null;
}

export interface Checklist {
  steps: StepStatus[];
  nextStep: string | null;
  userCanSign: boolean | null;
  userCannotSignBecause: string | null;
  canSubmit: boolean;
  diagnostics: Diagnostic[];
}

type Json<T> = T | string;

export interface ReviewInput {
  /** The workflow config. */
  config: Json<Record<string, unknown>>;
  record: Json<ReviewRecord>;
  text: string;
  metadata?: Json<Record<string, unknown>>;
  /** RFC 3339 time or Date; defaults to now. */
  now?: string | Date;
}

export const review: {
  verify(input: ReviewInput): Diagnostic[];
  checklist(input: ReviewInput & { user?: Reviewer }): Checklist;
  approve(input: {
    record: Json<ReviewRecord>;
    text: string;
    step: string;
    reviewer: Reviewer;
    decision?: '通过' | '退回';
    opinion?: string;
    resolutions?: Array<Record<string, unknown>>;
    now?: string | Date;
  }): ReviewRecord;
  newRecord(id: string, version?: number, tier?: string): ReviewRecord;
  contentHash(text: string): string;
};
