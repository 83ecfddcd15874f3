import { analyze } from '../core/analyze';
import { rules } from '../core/rules';
import { defaultPolicy } from '../core/policy/musselhorst';
import { makeTextView } from '../core/text/normalize';
import { loadCorpus } from '../tests/corpus/evaluate';
const corpus = loadCorpus().map((d) => d.text);
let text = ''; for (let i = 0; text.length < 3000; i++) text += corpus[i % corpus.length] + '\n\n'; text = text.slice(0, 3000);
const time = (fn: () => void, n = 30) => { for (let i = 0; i < 5; i++) fn(); const s = performance.now(); for (let i = 0; i < n; i++) fn(); return (performance.now() - s) / n; };
const none = { ...defaultPolicy, rules: Object.fromEntries(rules.map((r) => [r.id, { enabled: false, userCanDisable: true }])) };
const base = time(() => analyze({ text, platform: 'facebook', isReply: true }, { role: 'leidinggevende', policy: none }));
console.log('view', time(() => makeTextView(text)).toFixed(2), 'base', base.toFixed(2), 'all', time(() => analyze({ text, platform: 'facebook', isReply: true }, { role: 'leidinggevende' })).toFixed(2));
const rows: [string, number][] = [];
for (const rule of rules) {
  const policy = { ...defaultPolicy, rules: Object.fromEntries(rules.map((r) => [r.id, { enabled: r.id === rule.id, userCanDisable: true }])) };
  rows.push([rule.id, time(() => analyze({ text, platform: 'facebook', isReply: true }, { role: 'leidinggevende', policy })) - base]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [id, t] of rows.slice(0, 25)) console.log(id.padEnd(28), t.toFixed(3));
