import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze';
import { sarcasmHits } from './sarcasm';

const sarcasm = (text: string) =>
  sarcasmHits(ruleContext({ text, platform: 'x' })).map((m) => m.text);

describe('sarcasmHits: praise with a wink of contempt, aimed at the school', () => {
  it.each([
    ['Goed geregeld weer door school 🙄', ['goed geregeld']],
    ['Top communicatie van de school #not', ['top communicatie']],
  ])('%s → %j', (text, expected) => {
    expect(sarcasm(text)).toEqual(expected);
  });

  it.each([
    ['Goed geregeld door school, dank jullie wel! 😊'],
    ['Wat een fijne organisatie van de sportdag, dank aan alle ouders!'],
    ['Goed geregeld weer 🙄 met mijn verbouwing thuis.'], // not about school
  ])('nothing in %s', (text) => {
    expect(sarcasm(text)).toEqual([]);
  });
});
