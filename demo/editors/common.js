// What every editor demo page does once its editor is up: attach shenjiao through the ESM API.
import { attach } from '../../wasm/pkg/widget.js';

export async function start(target, options = {}) {
  const handle = await attach(target, { form: '#articleForm', panel: '#shenjiao-panel', ...options });
  document.dispatchEvent(new CustomEvent('shenjiao:ready', { detail: handle }));
  return handle;
}
