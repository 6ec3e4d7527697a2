// Benchmark page: a 10,000-character official document (deterministic, with a sprinkling of real
// errors) in a contenteditable, the widget attached. tests/bench/widget.mjs drives it with Playwright.
import { attach } from '../wasm/pkg/widget.js';
import { init, Checker } from '../wasm/pkg/index.js';

const SENTENCES = [
  '为进一步提升政府网站建设水平，现将有关事项通知如下。', '各区县人民政府要高度重视，切实加强组织领导，明确责任分工。',
  '市政府办公室将对各单位落实情况进行督查，并适时通报。', '请于2024年6月30日前将自查报告报送市政府办公室。',
  '政府网站是政府机关实现政务信息公开、服务企业和社会公众、互动交流的重要渠道。', '各单位要按照“谁主办、谁负责”的原则，严格内容审核。',
  '对发现的问题要建立台账，逐项整改到位。', '随着发展,政府网站的作用日益凸显。', '各单位要高度重视。。',
];

export function makeDocument(chars = 10000) {
  const paras = [];
  let n = 0, i = 0;
  while (n < chars) {
    let p = '';
    for (let k = 0; k < 4 && n + p.length < chars; k++) p += SENTENCES[(i++ * 7) % SENTENCES.length];
    paras.push(p);
    n += p.length;
  }
  return paras;
}

const editor = document.getElementById('content');
const doc = makeDocument();
for (const p of doc) {
  const el = document.createElement('p');
  el.textContent = p;
  editor.append(el);
}

window.benchCheck = async (runs = 20) => {
  await init();
  const text = doc.join('\n');
  const checker = new Checker({});
  checker.check(text); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checker.check(text);
    times.push(performance.now() - t0);
  }
  checker.free();
  times.sort((a, b) => a - b);
  return { chars: text.length, median: times[times.length >> 1], min: times[0], max: times[times.length - 1] };
};

window.shenjiao = await attach(editor, { form: '#articleForm', panel: '#shenjiao-panel', gate: 'off' });
document.documentElement.dataset.shenjiaoReady = '1';
