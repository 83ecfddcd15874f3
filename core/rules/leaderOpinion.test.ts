import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Role } from '../types';

const all = (text: string, role: Role = 'leidinggevende') =>
  analyze({ text, platform: 'facebook' }, { role });
const findings = (text: string, role: Role = 'leidinggevende') =>
  all(text, role).filter((f) => f.ruleId === 'leaderOpinion');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('leaderOpinion', () => {
  it.each([
    [
      'Ik vind het belachelijk dat ouders hun kinderen steeds te laat op school brengen.',
      'Ik vind',
    ],
    [
      'Eerlijk gezegd ben ik niet blij met hoe de ouderraad het schoolfeest regelde.',
      'Eerlijk gezegd',
    ],
    ['Ik ben het spuugzat dat ouders via Facebook klagen over ons beleid.', 'spuugzat'],
    ['Ik ben er klaar mee dat ouders op de stoep parkeren bij de school!', 'klaar mee'],
    ['Het wordt tijd dat de ouders van groep 5 eens luisteren.', 'Het wordt tijd dat'],
    ['Ik vind dat onze ouders veel te weinig meehelpen op school.', 'Ik vind'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: '5' });
  });

  it('brings the leader reminder of article 5 with it', () => {
    const ids = all('Ik vind het belachelijk dat de ouderraad zo laat is.').map((f) => f.ruleId);
    expect(ids).toContain('leaderRepresents');
  });

  // A leader's plain announcements: nothing at all from any rule.
  it.each([
    [
      'Beste ouders, woensdag is de school om 12.00 uur uit. De kinderen moeten om 12.00 uur opgehaald worden.',
    ],
    ['Vrijdag 8 november is de school gesloten vanwege een studiedag. De BSO is gewoon open.'],
    ['Op 6 november is de school dicht in verband met de landelijke staking.'],
    ['De inspectie heeft onze school bezocht en was positief over het onderwijs.'],
    ['De resultaten van de doorstroomtoets zijn binnen. Groep 8 heeft het goed gedaan!'],
    ['Ik ben trots op ons team: wat een mooie kerstviering!'],
    ['Ik vind het fijn om te zien hoe de kinderen genieten van het nieuwe schoolplein.'],
    ['Volgens mij hebben alle kinderen genoten van de Koningsspelen!'],
    ['Met ingang van volgend schooljaar geldt er een mobieltjesverbod in alle groepen.'],
    ['Helaas gaat de sportdag niet door vanwege het weer. Jammer, maar veiligheid gaat voor.'],
    ['Eindelijk is het nieuwe schoolplein klaar! Vrijdag openen we het samen.'],
    ['Wij zijn blij dat de gemeente geld heeft vrijgemaakt voor de renovatie van onze gymzaal.'],
    ['Ik wil alle ouders bedanken voor hun hulp bij de verbouwing.'],
  ])('a plain announcement gives nothing: %s', (text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    // Covered by article 2 (leader variant) or by the other art. 5 rules.
    ['Ik vind het passend onderwijs compleet mislukt.'],
    ['Ik vind dat Zwarte Piet terug moet.'],
    ['Op persoonlijke titel: ik vind het rooster van onze school een slecht plan.'],
  ])('no second art. 5 finding in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('only for leaders', () => {
    expect(findings('Ik vind het belachelijk dat ouders te laat komen.', 'medewerker')).toEqual([]);
  });
});

describe('leaderOpinion: a collective stance', () => {
  const art5 = (text: string) =>
    analyze({ text, platform: 'x' }, { role: 'leidinggevende' }).filter((f) => f.article === '5');
  it.each([
    ['Wij vinden als team dat het lerarentekort echt niet langer kan. Den Haag moet nu ingrijpen.'],
    ['Ons standpunt is duidelijk: de werkdruk op school moet omlaag.'],
  ])('%s → art. 5', (text) => {
    expect(art5(text).length).toBeGreaterThan(0);
  });
  it("a leader's plain announcement stays quiet", () => {
    expect(art5('Wij vinden het fijn dat de schoolreis doorgaat! Vertrek 8.30 uur.')).toEqual([]);
  });
});
