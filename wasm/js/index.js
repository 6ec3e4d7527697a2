// The npm API of shenjiao: `await init()`, then `new Checker(config).check(text)`.
// One build serves browsers and Node: wasm-bindgen's `web` target, instantiated from a file in Node.
import initWasm, { initSync, Checker as RawChecker, Review as RawReview, reviewApprove, contentHash, rules as rawRules } from './shenjiao_wasm.js';

let ready = null;
let initialized = false;

/**
 * Loads the WebAssembly engine once. In browsers it fetches `shenjiao_wasm_bg.wasm` beside this
 * file (same origin); pass a URL, Response, or bytes to load it from elsewhere. In Node it reads the file.
 */
export function init(input) {
  if (!ready) {
    ready = (async () => {
      const isNode = typeof process !== 'undefined' && process.versions != null && process.versions.node != null;
      if (input === undefined && isNode) {
        const { readFile } = await import('node:fs/promises');
        initSync({ module: await readFile(new URL('./shenjiao_wasm_bg.wasm', import.meta.url)) });
      } else if (input instanceof ArrayBuffer || ArrayBuffer.isView(input) || input instanceof WebAssembly.Module) {
        initSync({ module: input });
      } else {
        await initWasm(input === undefined ? undefined : { module_or_path: input });
      }
      initialized = true;
    })();
  }
  return ready;
}

function assertReady() {
  if (!initialized) throw new Error('shenjiao: call `await init()` before using the checker');
}

/** A configuration error; `path` names the offending field (e.g. `lexicon[2].severity`). */
export class ConfigError extends Error {
  constructor(message, path) {
    super(message);
    this.name = 'ConfigError';
    this.path = path;
  }
}

function toConfigError(e) {
  const message = String(e && e.message ? e.message : e);
  const m = /^config error at `([^`]*)`/.exec(message);
  return new ConfigError(message, m ? m[1] : '');
}

/** A configured checker. Offsets in its diagnostics are UTF-16 code units: `text.slice(d.start, d.end)`. */
export class Checker {
  #raw;

  /**
   * `options.wordLm`: a word language model as ARPA text, for `typo/context-model` (servers only:
   * a useful model is tens of megabytes). A bad model throws a plain `Error` naming its line.
   */
  constructor(config = {}, options = {}) {
    assertReady();
    const json = typeof config === 'string' ? config : JSON.stringify(config);
    const wordLm = options?.wordLm == null ? undefined : String(options.wordLm);
    try {
      this.#raw = new RawChecker(json, wordLm);
    } catch (e) {
      const message = String(e?.message ?? e);
      if (message.startsWith('language model')) throw new Error(message);
      throw toConfigError(e);
    }
  }

  /** Checks `text` and returns plain diagnostic objects sorted by position. */
  check(text) {
    return this.#raw.check(String(text));
  }

  /** Frees the engine's memory now instead of at garbage collection. */
  free() {
    this.#raw.free();
  }
}

/** Every rule's documentation. */
export function rules() {
  assertReady();
  return rawRules();
}

const json = (v) => (typeof v === 'string' ? v : JSON.stringify(v));
const optJson = (v) => (v === undefined || v === null ? undefined : json(v));
const nowString = (now) => (now === undefined ? new Date().toISOString() : now instanceof Date ? now.toISOString() : String(now));

function withReview(config, fn) {
  assertReady();
  let r;
  try {
    r = new RawReview(json(config));
  } catch (e) {
    throw toConfigError(e);
  }
  try {
    return fn(r);
  } finally {
    r.free();
  }
}

/**
 * 三审: verify review records against the exact text, as the server does with the Rust crate or
 * `shenjiao review verify`. Records, configs and metadata are the JSON documents of
 * docs/review-schema.md, as objects or strings. The browser gate is a convenience: the server
 * must verify again.
 */
export const review = {
  /** Everything missing or wrong; an empty array means the item may be published. */
  verify({ config, record, text, metadata, now }) {
    return withReview(config, (r) => r.verify(json(record), String(text), optJson(metadata), nowString(now)));
  },
  /** The checklist panel's data: steps, next step, whether `user` may sign it, diagnostics, canSubmit. */
  checklist({ config, record, text, metadata, now, user }) {
    return withReview(config, (r) => r.checklist(json(record), String(text), optJson(metadata), nowString(now), optJson(user)));
  },
  /** Appends a signing to `record` (or to a new record for `item`) and returns the updated record object. */
  approve({ record, text, step, reviewer, decision = '通过', opinion = '', resolutions = [], now }) {
    assertReady();
    const signing = { step, reviewer, time: nowString(now), decision, opinion, resolutions };
    try {
      return JSON.parse(reviewApprove(json(record), JSON.stringify(signing), String(text)));
    } catch (e) {
      throw toConfigError(e);
    }
  },
  /** A new, empty record for an item. */
  newRecord(id, version = 1, tier) {
    const r = { schema: 'shenjiao-review/1', item: { id: String(id), version }, approvals: [] };
    if (tier) r.tier = tier;
    return r;
  },
  /** SHA-256 of the normalised text, as approvals store it. */
  contentHash(text) {
    assertReady();
    return contentHash(String(text));
  },
};
