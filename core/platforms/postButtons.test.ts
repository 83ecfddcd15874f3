import { describe, expect, it } from 'vitest';
import { isNextStepName, isPostName, normaliseName } from './postButtons';

// The names the semantic Post-button finder holds a click for, and the ones it must let pass:
// a toolbar, emoji or close button is never a post.

describe('isPostName', () => {
  it.each([
    'Posten',
    'Post',
    'Alles posten',
    'Post all',
    'Plaatsen',
    'Opmerking plaatsen',
    'Reageren',
    'Beantwoorden',
    'Antwoorden',
    'Reply',
    'Comment',
    'Delen',
    'Share',
    'Publiceren',
    'Publish',
    'Verzenden',
    'Send',
    'Tweet',
    'Toot!',
    'Posten op Facebook',
    'Publish to Page',
    '  POSTEN\u200b ',
    'Plaatsen…',
  ])('%s posts', (name) => expect(isPostName(name)).toBe(true));

  it.each([
    '',
    'Media toevoegen',
    "Foto's of video toevoegen",
    'Add photos or video',
    'Emoji',
    'Emoji toevoegen',
    'Sluiten',
    'Close',
    'Annuleren',
    'Cancel',
    'Volgende',
    'Next',
    'Opslaan',
    'Concept opslaan',
    'Opmerking plaatsen bewerken',
    'Delen als privébericht aan je collega',
    'Reposten',
    'Iedereen kan antwoorden',
    'Posts',
    'Post '.repeat(20),
  ])('%s does not post', (name) => expect(isPostName(name)).toBe(false));
});

describe('isNextStepName', () => {
  it.each([
    ['Volgende', true],
    ['Next', true],
    ['Doorgaan', true],
    ['Plaatsen', false],
    ['Vorige', false],
  ])('%s → %s', (name, expected) => expect(isNextStepName(name)).toBe(expected));
});

describe('normaliseName', () => {
  it('folds case, spaces, zero-width characters and a trailing ellipsis', () => {
    expect(normaliseName(' Alles\n  POSTEN\u200b... ')).toBe('alles posten');
  });
});
