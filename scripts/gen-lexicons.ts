// `npx tsx scripts/gen-lexicons.ts`: writes the list of lexicon ids a policy pack may extend
// into docs/IT.md (between its lexicon markers), from core/lexicons/catalogue.ts.
// core/lexicons/lexicons.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderLexiconList } from '../core/lexicons/catalogue';

const file = new URL('../docs/IT.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const marked = /(<!-- lexicons:start -->\n\n)[\s\S]*?(\n\n<!-- lexicons:end -->)/;
if (!marked.test(text)) throw new Error('docs/IT.md has no <!-- lexicons:start/end --> markers');
writeFileSync(
  file,
  text.replace(marked, (_, start, end) => `${start}${renderLexiconList()}${end}`),
);
