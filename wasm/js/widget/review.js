// The 三审 checklist state, from the workflow config (schema shenjiao-review/1: steps [{name, roles}],
// tiers) and the record's approval log. Signing and verification go through the npm API's
// `review.approve` / `review.verify` when the package has them; without them the checklist is
// read-only and the gate relies on the host.

/** Roles that may sign `step` for the record's tier. */
export function rolesFor(config, record, step) {
  const tier = record?.tier ?? config.default_tier;
  const t = tier && config.tiers?.[tier];
  return t?.roles?.[step.name] || step.roles || [];
}

/** One row per step: {id, name, roles, state: approved|returned|undecided|missing, reviewer, opinion}. */
export function checklistOf(config, record) {
  const last = new Map();
  for (const a of record?.approvals || []) last.set(a.step, a);
  return (config.steps || []).map((s) => {
    const a = last.get(s.name);
    const state = !a ? 'missing' : a.decision === '通过' ? 'approved' : a.decision === '退回' ? 'returned' : 'undecided';
    return { id: s.name, name: s.name, roles: rolesFor(config, record, s), state, done: state === 'approved', reviewer: a?.reviewer?.name || '', role: rolesFor(config, record, s).join('/'), opinion: a?.opinion || '' };
  });
}

/** The first step not yet approved: the only one that can be signed now. */
export function nextStep(rows) {
  return rows.find((r) => !r.done) || null;
}

/** Reasons the steps block submission (missing or returned steps), in Chinese. */
export function missingSteps(rows) {
  return rows.filter((r) => !r.done).map((r) => `三审：“${r.name}”${r.state === 'returned' ? '被退回' : '尚未通过'}`);
}
