import type { Config, Diagnostic } from './index.js';

export interface AttachOptions {
  /** Checker configuration. */
  config?: Config;
  /** Element (or selector) where findings are listed. */
  list?: Element | string;
  /** Where to load the wasm from; defaults to the file beside the package. */
  wasm?: string | URL;
  /** Milliseconds to wait after input before checking. Default 250. */
  debounce?: number;
}

export interface WidgetHandle {
  /** The latest findings. */
  findings: Diagnostic[];
  /** Checks now and returns the findings. */
  check(): Diagnostic[];
  /** Removes highlights, listeners and the list. */
  detach(): void;
}

export function attach(target: Element | string, options?: AttachOptions): Promise<WidgetHandle>;
