import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'x' })
    .filter((f) => f.ruleId === 'privacyTag')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('privacyTag', () => {
  it.each([
    ['Beterschap @annevdberg, snel weer beter!', '@annevdberg'],
    ['@petra_vanleeuwen ligt in het ziekenhuis, sterkte!', '@petra_vanleeuwen'],
    ['Gecondoleerd @mark.jansen, veel sterkte de komende tijd', '@mark.jansen'],
    ['Get well soon @sarah_b!', '@sarah_b'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });

  it.each([
    ['Dank @bibliotheek_assen voor de leuke les'],
    ['Dank @sanne_b voor de fijne samenwerking!'],
    ['Gefeliciteerd @juf_anouk met je verjaardag!'],
    ['Beterschap aan iedereen die ziek is, mail info@musselhorst.nl'],
    ['Sterkte @gemeente_assen met de verbouwing'],
  ])('nothing for %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
