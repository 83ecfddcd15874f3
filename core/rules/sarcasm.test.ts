import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'x' })
    .filter((f) => f.ruleId === 'sarcasm')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('sarcasm', () => {
  it.each([
    ['Goed geregeld weer door de directie 🙄', ['Goed geregeld']],
    ['De directeur heeft weer eens een geweldig plan bedacht hoor 🙃', ['een geweldig plan']],
    ['Top communicatie van school weer. #not', ['Top communicatie']],
    ['Wat een heldere brief van de MR, niet dus.', ['Wat een heldere brief']],
    ['Bedankt hoor, ouderraad 🙄', ['Bedankt hoor']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Weer een topdag met groep 6!'],
    ['Goed geregeld door de ouderraad, bedankt! 🎉'],
    ['Weer goed geregeld hoor, dank je wel ouderraad!'],
    ['Goed gedaan hoor, groep 3!'],
    ['Wat een geweldig idee van juf Ans 😊'],
    ['Goed geregeld 🙄 die nieuwe wasmachine thuis'], // no school target
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('takes over from negativeAboutSchool for the same sentence', () => {
    const ids = analyze({ text: 'Goed geregeld weer door de directie 🙄', platform: 'x' }).map(
      (f) => f.ruleId,
    );
    expect(ids).toContain('sarcasm');
    expect(ids).not.toContain('negativeAboutSchool');
  });
});

describe('sarcasm about pupils is its own rule', () => {
  it('leaves "#sarcasme" beside a class to civilitySarcasmAboutPupil', () => {
    const ids = analyze({
      text: 'Mijn klas was vandaag weer een feest om les aan te geven #sarcasme',
      platform: 'x',
    }).map((f) => f.ruleId);
    expect(ids).not.toContain('sarcasm');
    expect(ids).toContain('civilitySarcasmAboutPupil');
  });
});
