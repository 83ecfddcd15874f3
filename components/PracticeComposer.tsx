import type { Ref } from 'preact';
import type { ComposeSurface, Platform } from '@/core/platforms/types';
import type { Translate } from '@/utils/i18n';

export type PracticeComposerProps = {
  platform: Platform;
  surface: ComposeSurface;
  text: string;
  hasMedia: boolean;
  /** The user's own name, for the avatar's initial. */
  userName: string;
  t: Translate;
  textareaRef: Ref<HTMLTextAreaElement>;
  onText: (text: string) => void;
  onToggleMedia: () => void;
  onPost: () => void;
};

/**
 * A compose box styled after one platform's, for practice: a plain textarea, a character
 * counter where the platform has a limit, a pretend photo, and the platform's Post button.
 */
export function PracticeComposer(props: PracticeComposerProps) {
  const { platform, surface, text, hasMedia, t } = props;
  const max = surface.maxLength;
  const length = [...text].length;
  const label = t(surface.isReply ? 'oefenen.placeholderReply' : 'oefenen.placeholder');
  return (
    <div class="bd-composer" data-platform={platform.id}>
      <div class="bd-composer-head">
        <span class="bd-avatar" aria-hidden="true">
          {(props.userName.trim()[0] ?? '?').toUpperCase()}
        </span>
        <span>{platform.name}</span>
      </div>
      <textarea
        ref={props.textareaRef}
        data-testid="practice-box"
        aria-label={`${platform.name}: ${label}`}
        placeholder={label}
        value={text}
        onInput={(e) => props.onText(e.currentTarget.value)}
      />
      {hasMedia && (
        <div class="bd-photo" data-testid="practice-photo">
          {t('oefenen.photo')}
        </div>
      )}
      <div class="bd-composer-foot">
        <button type="button" onClick={props.onToggleMedia} aria-pressed={hasMedia}>
          {t(hasMedia ? 'oefenen.removePhoto' : 'oefenen.addPhoto')}
        </button>
        <span class="bd-grow" />
        {max !== undefined && (
          <span class={length > max ? 'bd-counter bd-over' : 'bd-counter'}>
            {t('oefenen.counter', { n: length, max })}
          </span>
        )}
        <button
          type="button"
          class="bd-post"
          data-testid="practice-post"
          disabled={text.trim() === ''}
          onClick={props.onPost}
        >
          {t('oefenen.post')}
        </button>
      </div>
    </div>
  );
}
