// Shared by the demo pages (an external file, so the pages run under a strict CSP): marks the page
// ready for the tests once the widget is attached, and plays the CMS's save action on submit.
document.addEventListener('shenjiao:ready', (e) => {
  window.shenjiao = e.detail;
  document.documentElement.dataset.shenjiaoReady = '1';
});
document.addEventListener('submit', (e) => {
  e.preventDefault(); // the demo has no server: show what would be posted instead
  const status = document.getElementById('status');
  if (status) status.textContent = '已提交（演示）';
  document.documentElement.dataset.submitted = String(Number(document.documentElement.dataset.submitted || 0) + 1);
});
// Test hook for the plain pages: replace the content of #content (a host action, not the widget's).
window.demoSetHtml = (html) => {
  const el = document.getElementById('content');
  if (el.tagName === 'TEXTAREA') { el.value = html; el.dispatchEvent(new Event('input', { bubbles: true })); return; }
  const t = document.createElement('template');
  t.innerHTML = html;
  el.replaceChildren(t.content);
};
