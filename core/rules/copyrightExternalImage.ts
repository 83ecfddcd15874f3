import { hasVisualMedia, phrases } from '../detectors/media';
import { parentMedia } from '../detectors/parentMedia';
import { findAll, has, isNegated, rawSpan, type NormMatch } from '../text/match';
import { defineRule } from './types';

const S = String.raw`\s+`;
// Where images are taken from.
const SOURCE = String.raw`(?:google(?:\s+(?:afbeeldingen|images|plaatjes))?|pinterest|(?:het\s+)?internet|(?:het\s+)?web|instagram|insta|facebook|tiktok|tumblr|(?:een|de)\s+website|the\s+internet)(?!\s*(?:classroom|drive|docs|forms|meet|workspace|maps))`;
const TAKEN = String.raw`(?:gehaald|haalde|gevonden|vond|plukte|kopieerde|downloadde|geplukt|gekopieerd|gedownload|geleend|gepikt|gejat|gescreenshot|vandaan|found|taken|downloaded|copied|grabbed|got)`;
const IMAGE = String.raw`(?:plaatje(?:s)?|afbeelding(?:en)?|foto(?:s|['’]s)?|cartoon(?:s)?|meme(?:s)?|gif(?:je|jes|s)?|illustratie(?:s)?|poster(?:s)?|kleurplaat|kleurplaten|tekening(?:en)?|beeld(?:je)?|logo|sticker(?:s)?|image(?:s)?|picture(?:s)?|pic(?:s)?|clipart)`;

// "gevonden op Pinterest", "van Google gehaald", "plaatje van internet", "Google afbeeldingen".
const EXTERNAL = phrases([
  String.raw`${TAKEN}(?:\s+\S+){0,2}?${S}(?:van|op|via|uit|on|from|off)${S}${SOURCE}`,
  String.raw`(?:van|op|via|uit|from|on)${S}${SOURCE}(?:\s+\S+){0,2}?${S}${TAKEN}`,
  String.raw`${IMAGE}${S}(?:van|uit|via|from|off)${S}${SOURCE}`,
  String.raw`google${S}(?:afbeeldingen|images|plaatjes)`,
  String.raw`bron\s*:?\s*(?:google|pinterest|internet)`,
]);
// A regram is someone else's picture by definition (its caption may well say "idee").
const REGRAM = phrases([String.raw`#?(?:regram|repost)(?:ed)?`]);

// Characters and brands: "kleurplaat van Frozen", "Paw Patrol-plaatjes".
const BRAND = String.raw`(?:disney|frozen|elsa|paw\s+patrol|pokemon|mickey(?:\s+mouse)?|minnie(?:\s+mouse)?|nijntje|miffy|bumba|k3|minions|marvel|spider-?man|pixar|peppa\s+pig|bluey|harry\s+potter|lego|nintendo|super\s+mario|sesamstraat|donald\s+duck|dikkie\s+dik|woezel\s+en\s+pip|kikker|snoopy|hello\s+kitty|pieter\s+post|mega\s+mindy|studio\s+100|plop)`;
const BRAND_IMAGE = phrases([
  String.raw`${IMAGE}(?:\s+\S+){0,2}?${S}(?:van|met|uit|of|from)${S}${BRAND}`,
  String.raw`${BRAND}(?:-|\s+)?${IMAGE}`,
]);
const IMAGE_NOUN = phrases([IMAGE]);

// Own work, or an open licence: "zelf gemaakt", "eigen foto", "CC BY", "Pixabay".
const OWN_OR_OPEN = [
  'eigen (foto|fotos|tekening|werk|beeld|plaatje|afbeelding|ontwerp)',
  'zelf (gemaakt|getekend|gefotografeerd|ontworpen|geschoten)',
  'zelfgemaakt(e)?',
  'door mij (gemaakt|getekend|gefotografeerd)',
  'getekend door',
  'gemaakt door (de kinderen|de leerlingen|groep [1-8]|onze leerlingen|een leerling)',
  'rechtenvrij(e)?',
  'royalty free',
  'royalty-free',
  'creative commons',
  'cc by',
  'cc-by',
  'ccby',
  'cc0',
  'cc-0',
  'publiek domein',
  'public domain',
  'licentie',
  'gelicenseerd',
  'pixabay',
  'unsplash',
  'pexels',
  'met toestemming',
  'toestemming (van|gekregen|gevraagd)',
  'with permission',
  'my own (photo|picture|drawing)',
];

const GATE =
  /google|pinterest|internet|web|insta|facebook|tiktok|tumblr|regram|repost|bron|disney|frozen|elsa|patrol|pokemon|mickey|minnie|nijntje|miffy|bumba|k3|minion|marvel|spider|pixar|peppa|bluey|potter|lego|nintendo|mario|sesamstraat|duck|dikkie|woezel|kikker|snoopy|kitty|pieter post|mindy|studio 100|plop/u;

// The idea came from the internet, the picture is our own: "idee van Pinterest".
const IDEA =
  /(?:idee|ideeen|ideetje|inspiratie|geinspireerd|tip|tips|recept|knutselidee|lesidee|idea|ideas|inspired|inspiration)/u;

/**
 * bg-copyright: an image taken from Google, Pinterest or "the internet", a regram, or a
 * picture of a brand's characters (Disney, Paw Patrol…): without the maker's permission
 * you may not post it. Own drawings and photos and openly licensed sources give nothing.
 */
export default defineRule({
  id: 'copyrightExternalImage',
  article: 'bg-copyright',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const extra = ctx.lexicon('copyrightExternalImage', ['clipart van internet']);
    // Cheap substring gate: every built-in pattern names a source, a repost or a brand.
    if (!has(view, GATE) && !has(view, extra)) return [];
    if (has(view, ctx.lexicon('copyrightExternalImageOpen', OWN_OR_OPEN))) return [];
    const image = hasVisualMedia(ctx) || has(view, IMAGE_NOUN);
    const ok = (m: NormMatch): boolean => {
      if (isNegated(view, m, ctx.sentences)) return false;
      const around = view.norm.slice(Math.max(0, m.start - 60), m.end + 40);
      return !IDEA.test(around);
    };
    const hit =
      // A parent's photo reposted is parentPhotos' (art. 11), which asks the maker too.
      (parentMedia(ctx)
        ? undefined
        : findAll(view, REGRAM).find((m) => !isNegated(view, m, ctx.sentences))) ??
      (image ? findAll(view, EXTERNAL).find(ok) : undefined) ??
      findAll(view, BRAND_IMAGE).find(ok) ??
      (image ? findAll(view, extra).find(ok) : undefined);
    return hit ? [{ span: rawSpan(view, hit) }] : [];
  },
});
