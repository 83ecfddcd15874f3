import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string, hasMedia = true) =>
  analyze({ text, platform: 'instagram', hasMedia }).filter((f) => f.ruleId === 'photoNamedChild');
const marked = (text: string, hasMedia = true) =>
  findings(text, hasMedia).map((f) => text.slice(f.span!.start, f.span!.end));

describe('photoNamedChild', () => {
  it.each([
    ['V.l.n.r. Emma, Lucas en Mila met hun prijswinnende werkstuk!', 'V.l.n.r'],
    ['v.l.n.r.: Jurre, Fenne en Bowie', 'v.l.n.r'],
    ['Van links naar rechts: Daan, Sem en Noor', 'Van links naar rechts'],
    ['Op de foto: Daan en Noor bij de kinderboerderij', 'Op de foto'],
    ['Dit zijn Bram (7) en Noor (8) uit groep 4 bij de kinderboerderij', 'Bram'],
    ['Daan uit groep 5 is vandaag jarig! 🎉', 'Daan'],
    ['Roos is vandaag jarig en trakteert in groep 3', 'Roos'],
    ['Sem Jansen (groep 6) met zijn tekening', 'Sem Jansen'],
    ['From left to right: Olivia, Liam and Noah', 'From left to right'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: 'bg-privacy' });
  });

  it('a caption with v.l.n.r. names a photo even when no attachment was detected', () => {
    expect(marked('V.l.n.r. Daan, Sem en Noor', false)).toEqual(['V.l.n.r']);
  });

  it.each([
    ['v.l.n.r. juf Anouk, meester Bas en juf Kim'],
    ['V.l.n.r. Anouk, Bas en Kim, ons nieuwe team'],
    ['V.l.n.r. de leden van de ouderraad'],
    ['Op de foto met Sinterklaas!'],
    ['Welkom juf Anouk in ons team!'],
    ['Hoera, Ellen is jarig!'],
    ['In groep 4 lezen we Jip en Janneke'],
    ['V.l.n.r. Daan, Sem en Noor: alleen van achteren, met toestemming van hun ouders'],
  ])('nothing for %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('without a photo, a named child is privacyChildIdentifiable’s', () => {
    expect(findings('Daan uit groep 5 is vandaag jarig!', false)).toEqual([]);
  });
});
