import { evaluate } from '@/lib/rules';
import { it } from 'vitest';
it('x', () => {
  const r = evaluate({ followers: 9999, views30d: 150000, country: 'nl', currency: 'EUR' }, { asOf: '2026-11-26' });
  console.log(JSON.stringify(r.summary, null, 1));
  for (const m of r.methods) console.log(m.id, m.status, m.eligibleInMonths, m.blockedReason, m.requirements.map(q => `${q.fact}:${q.met}:${q.gap}:${q.message}`).join(' | '), JSON.stringify(m.potential));
  console.log(JSON.stringify(r.methods[0]!.formula.slice(0,3), null, 1));
  console.log(JSON.stringify(r.methods[0]!.projection.slice(0,3)));
});
