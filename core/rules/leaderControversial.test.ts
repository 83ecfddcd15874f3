import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Role } from '../types';

const findings = (text: string, role: Role = 'leidinggevende') =>
  analyze({ text, platform: 'facebook' }, { role }).filter(
    (f) => f.ruleId === 'leaderControversial',
  );
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('leaderControversial', () => {
  it.each([
    ['Stem 29 oktober op een partij die het onderwijs serieus neemt!', 'partij'],
    ['Stem woensdag op de SP, die komt op voor het onderwijs!', 'SP'],
    ['Wij als school staan 100% achter de staking. Minister, schaam je!', 'staking'],
    ['Persoonlijk vind ik dat Zwarte Piet gewoon terug moet komen.', 'Zwarte Piet'],
    ['Eerlijk gezegd ben ik tegen de fusie met De Wilgen.', 'fusie'],
    [
      'Als christen vind ik het jammer dat we geen kerstviering in de kerk meer houden.',
      'christen',
    ],
    ['Ik vind vaccinatie van kinderen echt een must.', 'vaccinatie'],
    ['Wij steunen de stakers! 💪', 'stakers'],
    // English stances and topics as outside writers' leaders post them (w18, 2026-12-03).
    ['My staff know where I stand: the war is a genocide and our government is complicit.', 'war'],
    [
      'Unpopular opinion from a head: trans pupils should use the other toilets, full stop.',
      'trans pupils',
    ],
    [
      'Proud to say our whole staff will be marching for the new abortion law on Saturday.',
      'abortion law',
    ],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: '5' });
  });

  it.each([
    ['Op 6 november is de school dicht i.v.m. de landelijke staking.'],
    ['Onze leerkrachten staken op 6 november mee. De school is die dag gesloten.'],
    ['Vanwege de fusie met De Wilgen moeten we de ouderavond verplaatsen.'],
    ['De kerstviering is dit jaar in de kerk. Alle kinderen worden om 9.00 uur verwacht.'],
    ['Het bestuur heeft besloten dat de fusie doorgaat. Meer informatie volgt.'],
    ['De minister van Onderwijs bezocht vandaag onze school en las voor in groep 4.'],
    ['Stem op jouw favoriete boek voor de Kinderjury!'],
    ['Wij vinden het belangrijk dat u weet dat de school dicht is vanwege de staking.'],
    ['Join us for our open morning on 4 February, curious parents welcome!'],
    ['Year 6 are learning about the Second World War this term, with a visit to the museum.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('only for leaders', () => {
    expect(findings('Ik vind dat Zwarte Piet terug moet.', 'medewerker')).toEqual([]);
  });
});
