// 三审 demo: the CMS passes the workflow, the stored record and the signed-in user; the widget shows
// the checklist, signs the next step through the package's review module (when present), and the
// submit gate requires every step and no open error finding.
import { start } from './common.js';

const workflow = {
  schema: 'shenjiao-review/1',
  steps: [{ name: '初审', roles: ['编辑'] }, { name: '审核', roles: ['部门负责人'] }, { name: '审发', roles: ['分管领导'] }],
  metadata: { required: ['标题', '栏目', '信息来源', '作者'] },
};
const record = { schema: 'shenjiao-review/1', item: { id: '2024-0001', version: 1 }, approvals: [] };
const userSelect = document.getElementById('user');
const user = () => { const [id, name, role] = userSelect.value.split('|'); return { id, name, role }; };
const form = document.getElementById('articleForm');
const metadata = () => Object.fromEntries(['标题', '栏目', '信息来源', '作者'].map((k) => [k, form.elements[k].value]));

const handle = await start('#content', {
  review: {
    config: workflow, record, user, metadata,
    // A host may pass its own signing/verification (window.demoReviewApi is a test hook); otherwise
    // the npm package's review module is used when it has one.
    api: window.demoReviewApi,
    onApprove: (r) => { document.getElementById('review-record').value = JSON.stringify(r); },
  },
});
userSelect.addEventListener('change', () => handle.refreshReview());
