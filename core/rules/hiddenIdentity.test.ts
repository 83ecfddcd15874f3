import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const found = (text: string) =>
  analyze({ text, platform: 'tiktok' }).filter((f) => f.ruleId === 'hiddenIdentity');

describe('hiddenIdentity', () => {
  it.each([
    ['Anoniem account, dus ik kan eindelijk zeggen hoe het echt zit op mijn school.', 'warning'],
    ['Met een schuilnaam op TikTok dus niemand vindt me: mijn review van elke collega.', 'warning'],
    ['Anonymous account so I can finally say it: our principal is clueless.', 'warning'],
    ['Nieuw nepaccount aangemaakt, wie volgt?', 'info'],
  ])('%s → art. 6 (%s)', (text, severity) => {
    expect(found(text)[0]).toMatchObject({ article: '6', severity });
  });

  it.each([
    ['Groep 8 leert over anonimiteit online: wat weet internet van jou?'],
    ['Onze leerlingenraad stemt anoniem over het nieuwe schoolplein.'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});
