import {
  hasConsentMarker,
  hasVisualMedia,
  mediaNouns,
  SCHOOL_EVENTS,
  windowAround,
} from '../detectors/media';
import { parentMedia } from '../detectors/parentMedia';
import { has, isNegated, rawSpan } from '../text/match';
import { defineRule } from './types';

// Our own pupils or a school event, not children in general ("hoe kinderen leren lezen").
const OUR_PUPILS = [
  '(de|onze|mijn|alle|jullie|deze|die|onze eigen) (kinderen|kids|leerlingen|leerlingetjes|kleuters|jongens|meiden|meisjes|klas|kanjers|toppers|sterren|kindjes|schatjes)',
  'groep [1-8][a-d]?',
  'groepen [1-8]',
  "(groeps|klassen)foto(s|['’]s)?",
  'onze school',
  ...SCHOOL_EVENTS,
  'sinterklaas(feest|viering)',
  'afscheid van groep 8',
  'afscheidsavond',
  'our (pupils|kids|students|class)',
  'my class',
  'the (kids|children|pupils)',
  'class trip',
  'talent show',
  'talentenjacht',
];

// Putting the media online, or pointing people to it.
const PUBLISH = [
  'online',
  'op (onze |de |ons |mijn )?(facebook|fb|instagram|insta|youtube|tiktok|twitter|linkedin|bluesky|threads)*',
  'op (x|social media|de website|onze website|de site|onze site|de schoolsite|ons kanaal|onze pagina|de pagina)',
  'zet(ten)?',
  'gezet',
  'komen op',
  'komt op',
  'staan op',
  'staat op',
  'plaatsen',
  'plaats ik',
  'plaatsen we',
  'geplaatst',
  'posten',
  'post ik',
  'posten we',
  'gepost',
  'delen',
  'deel ik',
  'delen we',
  'gedeeld',
  'uploaden',
  'geupload',
  'upload',
  'bekijk',
  'bekijken',
  'kijk (hier|snel|maar|even)',
  'link in (bio|de bio)',
  'via de link',
  'in (de|onze) (story|stories)',
  'post(ed|ing)?',
  'share(d)?',
  'uploaded',
  'check out',
  '(are|is) (now )?up',
  'on (our |the |my )?(facebook|instagram|insta|youtube|tiktok|website|page|channel)*',
  'watch',
];

// The school photographer's order site and the closed parent app are not social media.
const NOT_PUBLIC = [
  'schoolfotograaf',
  'fotograaf',
  'bestellen',
  'bestelling',
  'inlogkaart(je)?',
  'ouderapp',
  'ouder-app',
  'parro',
  'social schools',
  'klasbord',
  'schoolapp',
  'fotografie',
];

/**
 * Art. 10: no attachment, but the text says photos or videos of our pupils (or a school
 * event) go online or are shared: check consent first. "We leren over fotografie" and "de
 * schoolfotograaf komt" give nothing.
 */
export default defineRule({
  id: 'mediaMention',
  article: '10',
  severity: 'info',
  action: 'check-consent',
  detect(ctx) {
    if (hasVisualMedia(ctx)) return []; // photoConsent speaks for attached media
    if (parentMedia(ctx)) return []; // parentPhotos already asks about consent
    const { view } = ctx;
    const pupils = ctx.lexicon('mediaMentionPupils', OUR_PUPILS);
    const publish = ctx.lexicon('mediaMentionPublish', PUBLISH);
    if (has(view, ctx.lexicon('mediaMentionNotPublic', NOT_PUBLIC))) return [];
    for (const m of mediaNouns(ctx)) {
      const win = windowAround(ctx, m.start);
      if (isNegated(view, m, ctx.sentences)) continue;
      if (!has(view, pupils, win.start, win.end) || !has(view, publish, win.start, win.end))
        continue;
      if (hasConsentMarker(ctx, win)) continue;
      return [{ span: rawSpan(view, m) }];
    }
    return [];
  },
});
