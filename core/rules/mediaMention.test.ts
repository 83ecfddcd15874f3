import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string, hasMedia = false) =>
  analyze({ text, platform: 'facebook', hasMedia }).filter((f) => f.ruleId === 'mediaMention');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('mediaMention', () => {
  it.each([
    ["Alle foto's van de schoolreis staan online! Kijk maar op mijn Instagram 📸", "foto's"],
    ['Ik heb het filmpje van de musical van groep 8 op YouTube gezet, link in bio!', 'filmpje'],
    ['Ik zet de video van de kerstmusical straks op Facebook', 'video'],
    ["Foto's van het schoolkamp staan vanavond op onze Facebookpagina!", "Foto's"],
    ['Foto’s van de sportdag komen morgen online', 'Foto’s'],
    ['Bekijk de fotoserie van de Koningsspelen op onze website', 'fotoserie'],
    [
      'Onze klas heeft een filmpje gemaakt over afval scheiden en ik wil het graag delen',
      'filmpje',
    ],
    ['Video of our class assembly is now online, check it out!', 'Video'],
    ['FILMPJE van groep 3 staat op YouTube!', 'FILMPJE'],
    ["Pics from today's field trip are up on our Facebook page!", 'Pics'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({
      severity: 'info',
      article: '10',
      action: 'check-consent',
    });
  });

  it.each([
    ['We leren over fotografie in groep 7'],
    ["De schoolfotograaf komt dinsdag; de foto's kunt u online bestellen"],
    ['Mooi filmpje over hoe kinderen leren lezen, even delen!'],
    ["Wij plaatsen geen foto's van de kinderen online"],
    ["De foto's van de sportdag staan in Parro"],
    ["Foto's van groep 5 staan online, alleen kinderen met toestemming staan erop"],
    ["Ouders, deel jullie foto's van de sportdag hieronder!"], // parentPhotos (art. 11)
    ['Kun je ook een filmpje maken over klokkijken? Daar worstelen veel kinderen mee.'],
  ])('nothing for %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('with an attachment, photoConsent speaks instead', () => {
    expect(findings("De foto's van de sportdag staan op Facebook!", true)).toEqual([]);
  });
});
