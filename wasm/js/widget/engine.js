// Main-thread side of the engine: talks to the module worker, keeps a per-paragraph result cache so
// typing re-checks only the paragraphs that changed, and drops results older than the newest request.

const CACHE_LIMIT = 4000;

export class Engine {
  #worker = null;
  #local = null; // in-page fallback when workers are unavailable
  #seq = 0;
  #pending = new Map();
  #latest = 0;
  #cache = new Map();
  #ready;

  /** @param {URL} base  URL of the package directory (worker.js and the wasm live there) */
  constructor(base, config) {
    this.base = base;
    try {
      this.#worker = new Worker(new URL('worker.js', base), { type: 'module' });
      this.#worker.onmessage = (e) => this.#settle(e.data);
      // A worker that cannot start (blocked by a worker-src policy, say) hands its requests to the
      // in-page engine instead; one that fails later rejects what was pending.
      this.#worker.onerror = (e) => {
        e.preventDefault?.();
        if (this.#answered) return this.#failAll(new Error(`shenjiao worker failed: ${e.message || 'error'}`));
        this.#worker.terminate();
        this.#worker = null;
        const replay = [...this.#pending.values()];
        this.#pending.clear();
        for (const p of replay) this.#callLocal(p.type, p.payload).then(p.resolve, p.reject);
      };
    } catch {
      this.#worker = null;
    }
    this.#ready = this.configure(config);
  }

  get ready() { return this.#ready; }

  #answered = false;

  #settle(msg) {
    this.#answered = true;
    const p = this.#pending.get(msg.id);
    if (!p) return;
    this.#pending.delete(msg.id);
    if (msg.stale) p.resolve(STALE);
    else if (msg.ok) p.resolve(msg.result);
    else p.reject(Object.assign(new Error(msg.error.message), msg.error));
  }

  #failAll(err) {
    for (const p of this.#pending.values()) p.reject(err);
    this.#pending.clear();
  }

  async #call(type, payload) {
    if (!this.#worker) return this.#callLocal(type, payload);
    const id = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, type, payload });
      this.#worker.postMessage({ id, type, ...payload });
    });
  }

  async #callLocal(type, m) {
    if (!this.#local) {
      const api = await import(new URL('index.js', this.base).href);
      this.#local = { api, checker: null };
    }
    const { api } = this.#local;
    if (type === 'configure') {
      await api.init();
      const next = new api.Checker(m.config || {});
      this.#local.checker?.free();
      this.#local.checker = next;
      return { rules: api.rules(), review: !!(api.review && api.review.verify) };
    }
    if (type === 'check') return m.paragraphs.map((p) => this.#local.checker.check(p));
    if (type === 'full') return this.#local.checker.check(m.text);
    if (type === 'review-verify') return api.review?.verify ? api.review.verify(m.args) : null;
    if (type === 'review-approve') return api.review.approve(m.args);
    throw new Error(type);
  }

  /** (Re)configures the checker; resolves to `{rules, review}`. Clears the paragraph cache. */
  configure(config) {
    this.#cache.clear();
    this.#latest++; // results computed under the old config are stale
    return this.#call('configure', { config, wasm: undefined });
  }

  /**
   * Checks `text` paragraph by paragraph, reusing cached paragraphs. Resolves to findings with
   * offsets into `text`, or `null` if a newer request superseded this one.
   */
  async checkIncremental(text) {
    const version = ++this.#latest;
    await this.#ready;
    const paras = text.split('\n');
    const missing = [...new Set(paras.filter((p) => p && !this.#cache.has(p)))];
    if (missing.length) {
      const res = await this.#call('check', { paragraphs: missing });
      if (res === STALE || version !== this.#latest) return null;
      missing.forEach((p, i) => this.#remember(p, res[i]));
    }
    if (version !== this.#latest) return null;
    const out = [];
    let offset = 0;
    for (const p of paras) {
      const ds = p ? this.#cache.get(p) : [];
      if (p) { this.#cache.delete(p); this.#cache.set(p, ds); } // LRU touch
      for (const d of ds) out.push({ ...d, start: d.start + offset, end: d.end + offset });
      offset += p.length + 1;
    }
    return out;
  }

  #remember(p, ds) {
    this.#cache.set(p, ds);
    if (this.#cache.size > CACHE_LIMIT) this.#cache.delete(this.#cache.keys().next().value);
  }

  /** Checks the whole text at once (the submit gate's final check). Never dropped. */
  async checkFull(text) {
    await this.#ready;
    return this.#call('full', { text });
  }

  reviewVerify(args) { return this.#ready.then(() => this.#call('review-verify', { args })); }
  reviewApprove(args) { return this.#ready.then(() => this.#call('review-approve', { args })); }

  terminate() {
    this.#worker?.terminate();
    this.#failAll(new Error('shenjiao: detached'));
    this.#local?.checker?.free();
  }
}

export const STALE = Symbol('stale');
