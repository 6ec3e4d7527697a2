/* shenjiao one-tag loader (classic script):
 *   <script src="/path/to/shenjiao/shenjiao.js" data-target="#content" data-form="#articleForm"></script>
 * Reads its own data-* attributes now (document.currentScript exists only while this runs), then,
 * once the page is parsed, lazily imports the widget; the widget starts the engine worker, which
 * fetches the wasm, all from the directory this file was served from. No eval, no other network. */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var dataset = {};
  for (var k in script.dataset) dataset[k] = script.dataset[k];
  var base = new URL('./', script.src).href;
  function start() {
    import(base + 'widget.js').then(function (m) { return m.autoAttach(dataset, base); })
      .catch(function (e) { console.error('shenjiao:', e); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
