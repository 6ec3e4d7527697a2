import type { Config, Diagnostic, RuleDoc } from './index.js';

/** The 三审 workflow config (schema `shenjiao-review/1`); see the review module's docs. */
export interface ReviewWorkflow {
  schema: string;
  steps: { name: string; roles: string[] }[];
  tiers?: Record<string, { label?: string; roles?: Record<string, string[]> }>;
  default_tier?: string;
  [field: string]: unknown;
}

/** A review record: the hash-chained approval log of one item version. */
export interface ReviewRecord {
  schema: string;
  item: { id: string; version: number };
  tier?: string;
  approvals: {
    step: string; reviewer: Reviewer; time: string; decision?: string | null; opinion?: string; [field: string]: unknown;
  }[];
  [field: string]: unknown;
}

export interface Reviewer { id: string; name: string; role: string }

export interface ReviewOptions {
  /** The workflow config. */
  config: ReviewWorkflow;
  /** The current record (from the CMS). */
  record: ReviewRecord;
  /** The person at the keyboard, supplied by the host page. */
  user: Reviewer | (() => Reviewer);
  /** The item's metadata (标题, 栏目, 来源 …), read at verification time. */
  metadata?: () => Record<string, string>;
  /**
   * Signing and verification. Default: the npm package's `review.verify` / `review.approve` (run in
   * the worker) when the package has them; pass your own (e.g. server calls) to override. Without
   * either, the checklist is read-only and the gate blocks on steps not yet approved.
   */
  api?: {
    verify(args: { config: ReviewWorkflow; record: ReviewRecord; text: string; metadata: Record<string, string>; now: string }): Diagnostic[] | Promise<Diagnostic[]>;
    approve(args: { config: ReviewWorkflow; record: ReviewRecord; text: string; metadata: Record<string, string>; step: string; reviewer: Reviewer; decision: '通过' | '退回'; opinion: string; now: string }): ReviewRecord | Promise<ReviewRecord>;
  };
  /** Receives the updated record after “通过本步” / “退回”; store it server-side. */
  onApprove?: (record: ReviewRecord) => void | Promise<void>;
}

/** The methods an editor adapter provides (pass your own as `options.adapter` for an unlisted editor). */
export interface Adapter {
  name: string;
  field: HTMLTextAreaElement | HTMLInputElement | null;
  root(): Element | null;
  doc(): Document | undefined;
  snapshot(): { text: string; pieces: unknown; doc: Document; root: Element };
  rangeOf(snapshot: ReturnType<Adapter['snapshot']>, start: number, end: number): Range | null;
  /** Applies one fix as ONE undo step through the editor's own API. */
  replace(start: number, end: number, text: string, snapshot: ReturnType<Adapter['snapshot']>): void | Promise<void>;
  /** The text the form really submits. */
  submitted(): string;
  watch(onChange: () => void, onComposing: (composing: boolean) => void): () => void;
  form(): HTMLFormElement | null;
}

export type GateMode = 'block' | 'warn' | 'off';

export interface AttachOptions {
  /** Checker configuration. */
  config?: Config;
  /** Where the panel goes (element or selector); omitted → a floating panel; `false` → no panel. */
  panel?: Element | string | false;
  /** Legacy alias of `panel`. */
  list?: Element | string;
  /** The form whose submission is gated; defaults to the editor's form. */
  form?: HTMLFormElement | string;
  /** `block` (default): errors stop submission; `warn`: show them, allow “仍然提交”; `off`. */
  gate?: GateMode;
  /** Extra elements whose clicks submit (CMS “保存” buttons that post with script). Default `[data-shenjiao-gate]`. */
  submitSelector?: string;
  /** Edits closer together than this (ms) are debounced until they stop; an edit after a pause is checked at the next idle moment (≤ 16 ms). Default 60. */
  debounce?: number;
  /** URL of the package directory (worker.js, the wasm). Default: beside widget.js. */
  base?: string | URL;
  /** Force the overlay painter even where the Custom Highlight API exists. */
  overlay?: boolean;
  /** Adapter name (`'tinymce'`, `'quill'`, `'ckeditor5'`, `'prosemirror'`, `'wangeditor'`, `'kindeditor'`, `'ueditor'`, `'field'`, `'contenteditable'`) or an Adapter object. */
  adapter?: string | Adapter;
  /** “加入白名单”: store the term in the site allowlist; resolve `false` to cancel. Without it the button is hidden. */
  onAllowlist?: (term: string, finding: Diagnostic) => unknown;
  /** ProseMirror: `closeHistory` from prosemirror-history, so a fix is its own undo step. */
  closeHistory?: (tr: unknown) => unknown;
  /** Synced form field of a contenteditable (what the form submits). */
  field?: HTMLInputElement | HTMLTextAreaElement | string;
  /** The 三审 checklist. */
  review?: ReviewOptions;
}

export interface GateVerdict {
  allowed: boolean;
  mode: GateMode;
  /** Why not, in Chinese. */
  reasons: string[];
  findings: Diagnostic[];
  text: string;
}

export interface WidgetEventMap {
  findings: CustomEvent<WidgetFinding[]>;
  gate: CustomEvent<GateVerdict>;
  apply: CustomEvent<{ finding: Diagnostic; suggestion: string }>;
  ignore: CustomEvent<Diagnostic>;
  ruleoff: CustomEvent<string>;
  focus: CustomEvent<Diagnostic>;
  review: CustomEvent<ReviewRecord>;
}

/** A finding as the widget shows it: `key` names the occurrence (rule, text, place in its paragraph). */
export interface WidgetFinding extends Diagnostic {
  key: string;
}

export interface WidgetHandle extends EventTarget {
  /** The findings shown now (ignored ones removed); offsets are into the extracted text. */
  findings: WidgetFinding[];
  adapter: Adapter;
  /** Checks the whole text now and resolves to the findings. */
  check(): Promise<Diagnostic[]>;
  /** Resolves `true` once the findings belong to the current text. */
  settled(timeoutMs?: number): Promise<boolean>;
  /** What the submit gate would decide now. */
  gateVerdict(): Promise<GateVerdict>;
  focus(finding: Diagnostic): void;
  apply(finding: Diagnostic, suggestion: string): Promise<boolean>;
  ignore(finding: Diagnostic): void;
  readonly reviewRecord: ReviewRecord | null;
  /** Re-renders the 三审 checklist (after the host changed the current user, say). */
  refreshReview(): Promise<void>;
  /** Removes highlights, listeners, the panel and the worker. */
  detach(): void;
  addEventListener<K extends keyof WidgetEventMap>(type: K, listener: (ev: WidgetEventMap[K]) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
}

/** Attaches to a selector, element (textarea, input, contenteditable, iframe) or editor instance. */
export function attach(target: Element | string | object, options?: AttachOptions): Promise<WidgetHandle>;

/** What `<script src=".../shenjiao.js" data-*>` calls; exposed for hosts that load the module themselves. */
export function autoAttach(dataset: Record<string, string | undefined>, base?: string): Promise<WidgetHandle>;

/** Walks a DOM root into a flat string and an offset map (blocks → "\n", images → U+FFFC, fillers skipped). */
export function extract(root: Node): { text: string; pieces: unknown[] };
/** The text of an HTML string as the widget sees it (parsed inertly). */
export function htmlToText(html: string): string;
export function domRange(doc: Document, pieces: unknown[], start: number, end: number): Range | null;
export function adapterFor(target: Element | string | object, options?: AttachOptions): Promise<Adapter>;
export type { RuleDoc };
