import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { PlatformId } from '../types';

const findings = (
  text: string,
  hasMedia = true,
  platform: PlatformId = 'instagram',
  isReply = false,
) => analyze({ text, platform, hasMedia, isReply }).filter((f) => f.ruleId === 'photoConsent');
const marked = (text: string, hasMedia = true) =>
  findings(text, hasMedia).map((f) => text.slice(f.span!.start, f.span!.end));

describe('photoConsent', () => {
  it.each([
    ['Wat een topdag op de sportdag! Groep 5 heeft genoten', 'sportdag'],
    ['Onze kleuters in hun pyjama voor het pyjamaontbijt 🥰', 'kleuters'],
    ['Teamuitje! Wat een gezellig stelletje collega’s 💛', 'collega’s'],
    ["Teamuitje! Wat een gezellig stelletje collega's", "collega's"],
    ['Klassenfoto groep 4, schooljaar 2024-2025', 'Klassenfoto'],
    ['Onze leerlingen tijdens de Koningsspelen 🧡', 'leerlingen'],
    ['Kijk die blije gezichten bij het schoolkamp ⛺', 'schoolkamp'],
    ['The kids in my class proudly showing off their volcanoes', 'kids'],
    ['Our group 6 performing their own rap about the water cycle!', 'group 6'],
    ['Juf Anouk en juf Sanne bij de opening van de Kinderboekenweek', 'Juf'],
    ['KLEUTERS in actie!', 'KLEUTERS'],
    // A thing in the caption is what the children hold: the picture still shows them.
    ['Hier een filmpje van mijn groep 3 die voor het eerst een boekje leest', 'groep 3'],
    ['V.l.n.r. Emma, Lucas en Mila met hun prijswinnende werkstuk!', 'V.l.n.r'],
    ['Welkom Anouk, fijn dat je er bent!', 'Anouk'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({
      severity: 'info',
      article: '10',
      action: 'check-consent',
    });
  });

  it('a YouTube or TikTok post is a video, a comment under it is not', () => {
    expect(findings('Onze groep 7 zingt het afscheidslied', false, 'youtube')).toHaveLength(1);
    expect(findings('Onze groep 7 zingt het afscheidslied', false, 'tiktok')).toHaveLength(1);
    expect(findings('Mijn groep 7 gaat dit ook zingen!', false, 'youtube', true)).toEqual([]);
    // Only where the platform data says a post is a video: a text post elsewhere is not one.
    expect(findings('Onze groep 7 zingt het afscheidslied', false, 'facebook')).toEqual([]);
  });

  it.each([
    ['Mijn kat ligt weer te slapen op mijn nakijkwerk 😴'],
    ['Zo ziet de personeelskamer er na de verbouwing uit ☕'],
    ['Nieuwe leesboeken voor groep 6 📚'],
    ['Screenshot van het nieuwe rooster voor groep 5'],
    ['Het lokaal van groep 4 is klaar voor maandag'],
    ['Vacature: leerkracht groep 5 gezocht'],
    ['Onze kleuters op de foto, alleen handjes in beeld'],
    ['Rondleiding door de school, opgenomen zonder kinderen in beeld'],
    ['Fresh coat of paint in the staff room! ☕🎨'],
    ['Tip voor collega’s: deze app werkt goed voor automatiseren'],
    ['Heeft iemand een goede tip voor een kerstknutsel voor groep 3?'],
    ['Het nieuwe schoolplein, nog helemaal leeg en klaar voor maandag'],
    ['Geen kinderen op de foto, wel onze nieuwe moestuin'],
    ['Onze sunflowers finally bloomed 🌻'],
  ])('nothing for %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('needs media: text alone is mediaMention’s', () => {
    expect(findings('Wat een topdag op de sportdag!', false, 'facebook')).toEqual([]);
  });
});

describe('photoConsent: someone caught unawares', () => {
  it.each([
    ['Haha betrapt: collega Mark ligt te slapen in de personeelskamer 😴📸', 'betrapt'],
    ['Caught him napping in the staff room again 😴', 'Caught him'],
    ['Onze juf Anouk slaapt in de bus terug van schoolreis 😂', 'slaapt'],
  ])('%s → a warning at %s', (text, expected) => {
    const f = findings(text);
    expect(f.map((x) => text.slice(x.span!.start, x.span!.end))).toEqual([expected]);
    expect(f[0]).toMatchObject({ severity: 'warning' });
  });
});

it('a pet or toddlers asleep stay a consent tip', () => {
  expect(findings('Groep 1 slaapt na de gymles even uit op de matjes 😴')[0]).toMatchObject({
    severity: 'info',
  });
});
