import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string, hasMedia = true) =>
  analyze({ text, platform: 'instagram', hasMedia }).filter(
    (f) => f.ruleId === 'copyrightExternalImage',
  );
const marked = (text: string, hasMedia = true) =>
  findings(text, hasMedia).map((f) => text.slice(f.span!.start, f.span!.end));

describe('copyrightExternalImage', () => {
  it.each([
    ['Leuk plaatje van Google gehaald voor de Kinderboekenweek 😊', 'plaatje van Google'],
    ['Found this cartoon on Pinterest, so relatable 😂', 'Found this cartoon on Pinterest'],
    [
      'Found this poster on Google Images, perfect for our rules!',
      'Found this poster on Google Images',
    ],
    ['Frozen-plaatjes van internet gedownload voor de uitnodiging', 'plaatjes van internet'],
    ['Logo van de Efteling even van internet gehaald', 'van internet gehaald'],
    ['Deze vond ik op Pinterest, zo mooi!', 'vond ik op Pinterest'],
    ['Bron: Google', 'Bron: Google'],
    ['#regram @juf_sanne mooi idee voor rekenen', '#regram'],
    ['Gevonden op internet: leuke kleurplaat', 'Gevonden op internet'],
    ['Plaatje van G00gle, leuk voor de kerst', 'Plaatje van G00gle'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: 'bg-copyright' });
  });

  it('characters of a brand need an image noun, not an attachment', () => {
    expect(marked('Mooie Frozen-kleurplaten voor de kinderen', false)).toEqual([
      'Frozen-kleurplaten',
    ]);
    expect(marked('Kleurplaat met Nijntje voor de kleuters', false)).toEqual([
      'Kleurplaat met Nijntje',
    ]);
    expect(findings('De kinderen keken vandaag Frozen')).toEqual([]);
  });

  it('a source phrase without an image (attached or named) is no image', () => {
    expect(findings('Gehaald van internet: de regels van het spel', false)).toEqual([]);
  });

  it.each([
    ['Ik heb deze foto zelf gemaakt'],
    ['Eigen foto van de herfstwandeling, wat een kleuren'],
    ['Zelfgemaakte tekening voor op het whiteboard'],
    ['Afbeelding van Pinterest, maar wel met toestemming van de maker'],
    ['Plaatje van internet: Wikimedia Commons, CC BY-SA'],
    ['Foto van Unsplash, rechtenvrij'],
    ['Dit plaatje is niet van Google gehaald'],
    ['Leuk idee gevonden op Pinterest, de kinderen maakten prachtige lampionnen'],
    ['Les over veilig gebruik van internet, met een poster'],
    ["Google Classroom foto's van de les"],
    ['Regram van een van de vaders: onze groep 6 op het podium'], // parentPhotos (art. 11)
  ])('nothing for %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
