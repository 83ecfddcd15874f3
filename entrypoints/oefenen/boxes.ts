import { platforms } from '@/core/platforms';
import type { ComposeSurface, Platform } from '@/core/platforms/types';
import type { StringKey } from '@/core/i18n';
import type { PlatformId } from '@/core/types';

/** The compose boxes of the practice page: one per platform, the surface staff use most. */
const CHOSEN: readonly [PlatformId, string][] = [
  ['x', 'post'],
  ['facebook', 'post'],
  ['instagram', 'caption'],
  ['linkedin', 'post'],
  ['youtube', 'comment'],
  ['bluesky', 'post'],
  ['threads', 'post'],
  ['tiktok', 'caption'],
  ['mastodon', 'post'],
];

/** One practice box: the platform's data and the surface whose limit and kind it copies. */
export type PracticeBox = { platform: Platform; surface: ComposeSurface };

/** Every practice box, in the protocol's order of platforms. */
export const practiceBoxes: readonly PracticeBox[] = CHOSEN.flatMap(([id, surfaceId]) => {
  const platform = platforms.find((p) => p.id === id);
  const surface = platform?.surfaces.find((s) => s.id === surfaceId) ?? platform?.surfaces[0];
  return platform && surface ? [{ platform, surface }] : [];
});

/**
 * The platform as the compose-box framework sees the practice box: the platform's own data
 * (its id, limits, reply or not, post keys), with the surface found by the practice page's
 * own markup (components/PracticeComposer.tsx) instead of the site's.
 */
export function practicePlatform(box: PracticeBox): Platform {
  const surface: ComposeSurface = {
    ...box.surface,
    editor: ['textarea[data-testid="practice-box"]'],
    kind: 'textarea',
    container: ['.bd-composer'],
    submit: ['[data-testid="practice-post"]'],
    media: ['[data-testid="practice-photo"]'],
  };
  return { ...box.platform, surfaces: [surface] };
}

/** An example draft to load: its label, its text, and whether a photo comes with it. */
export type PracticeExample = { id: string; label: StringKey; text: StringKey; media: boolean };

/** The example drafts: one per kind of reminder a newcomer should see once. */
export const practiceExamples: readonly PracticeExample[] = [
  {
    id: 'confidential',
    label: 'oefenen.exampleConfidential',
    text: 'oefenen.textConfidential',
    media: false,
  },
  { id: 'opinion', label: 'oefenen.exampleOpinion', text: 'oefenen.textOpinion', media: false },
  { id: 'photo', label: 'oefenen.examplePhoto', text: 'oefenen.textPhoto', media: true },
  { id: 'angry', label: 'oefenen.exampleAngry', text: 'oefenen.textAngry', media: false },
  { id: 'clean', label: 'oefenen.exampleClean', text: 'oefenen.textClean', media: false },
];
