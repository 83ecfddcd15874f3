import { windowAround } from '../detectors/media';
import { findAll, has, lexicon, rawSpan } from '../text/match';
import { defineRule } from './types';

// Teaching methods and their publishers (a pack can add its own school's methods).
const METHODS = [
  'pluspunt',
  'wereld in getallen',
  'getal (&|en) ruimte( junior)?',
  'rekenrijk',
  'alles telt',
  'veilig leren lezen',
  'vll',
  'lijn 3',
  'estafette',
  'taal actief',
  'taalactief',
  'staal',
  'taal in beeld',
  'spelling in beeld',
  'taalverhaal',
  'nieuwsbegrip',
  'leeslink',
  'blits',
  'atlantis',
  'blink',
  'naut',
  'meander',
  'brandaan',
  'faqta',
  'argus clou',
  'wijzer!?',
  'topondernemers',
  'kanjertraining',
  'kwink',
  'leefstijl',
  'trefwoord',
  'schatkist',
  'kleuterplein',
  'kleuteruniversiteit',
  'groove.me',
  'da vinci',
  'cito',
  'cito-toets(en)?',
  'citotoets(en)?',
  'malmberg',
  'noordhoff',
  'wolters noordhoff',
  'thiememeulenhoff',
  'thieme meulenhoff',
  'zwijsen',
  'uitgeverij blink',
  'delubas',
  'heutink',
];
// Method names that are also ordinary words: only with a capital ("Staal", not "staal").
const WORD_LIKE = new Set([
  'staal',
  'blink',
  'naut',
  'meander',
  'estafette',
  'pluspunt',
  'atlantis',
  'wijzer',
  'wijzer!',
  'kwink',
  'leefstijl',
  'trefwoord',
  'schatkist',
  'blits',
  'alles telt',
  'lijn 3',
]);

// Copies of the material itself: always a copy, whatever the verb.
const COPIES = lexicon([
  "scan(s|['’]s|netje|netjes)?",
  'gescand(e)?',
  'ingescand(e)?',
  'scannen',
  "pdf(s|['’]s|je|jes|je['’]s)?",
  'pdf-je(s)?',
  'kopie(en|tje|tjes)?',
  'gekopieerd(e)?',
  'kopieerblad(en)?',
  'fotokopie(en)?',
  "foto(s|['’]s) van (de|alle|een paar) (pagina|paginas|pagina's|bladzijde|bladzijdes|bladzijden)",
  'hele (werk)?boek',
  'het complete (werk)?boek',
  'antwoord(en)?boek(je|en)?',
  'antwoordbladen',
  'antwoordmodel(len)?',
  'uitwerkingen',
  'downloadlink',
  'printversie',
  'scans',
  'copies',
  'scanned',
]);
// Worksheets and lessons of a method: only a finding when they are offered or shared.
const MATERIAL = lexicon([
  'werkblad(en)?',
  'werkboek(je|en)?',
  'lesbrief(ven)?',
  'lesmateriaal',
  'toets(en)?',
  'blok [0-9]([0-9])?',
  'thema [0-9]([0-9])?',
  'hoofdstuk(ken)?',
  "pagina(s|['’]s)?",
  'bladzijde(n|s)?',
  'worksheet(s)?',
]);
const OFFER = lexicon([
  'hierbij',
  'hieronder',
  '(in de|zie) bijlage',
  'te downloaden',
  'download (hier|via|ze|het)',
  'downloaden',
  'deel ik',
  'delen we',
  'wie wil (de|het|ze|hem|er)',
  'voor wie (de|het|ze|hem) wil',
  'stuur ik',
  'stuur ze',
  'doorsturen',
  '(mail|dm|pb|app) me',
  'link in (bio|de bio|de reacties|de comments)',
  'via deze link',
  'heeft iemand (de|het|nog|toevallig)',
  'wie heeft (de|het|nog|toevallig)',
  'zet ik (hier|online|in)',
  'in de (reacties|comments)',
  'here you go',
  "here(['’]s| is| are) (the|all)",
  'anyone (have|has|got)',
  'free download',
]);
// A published book shared whole: "the full PDF of the handbook (normally €39.95)".
const BOOK = lexicon([
  '(hand|werk|lees|studie|vak|prenten|les)?boek(en)?',
  'e-?book(s)?',
  'handbook(s)?',
  'textbook(s)?',
  'workbook(s)?',
  'book(s)?',
  'roman',
  'novel',
]);
const WHOLE = lexicon([
  'hele',
  'gehele',
  'complete',
  'volledige',
  'integraal',
  'full',
  'whole',
  'entire',
  'complete',
  'normaal',
  'normally',
  'kost(te)? normaal',
  'usually',
]);
const PRICE = /[€$£]\s?\d/u;
const SHARED = lexicon([
  'link (below|hieronder|in de reacties|in the comments)',
  'sharing',
  'delen',
  'deel ik',
  'gratis',
  'for free',
  "you[’']?re welcome",
]);
// "Cito" next to results is about pupils' scores (art. 3), not a copy of the test.
const RESULTS = lexicon(['uitslag(en)?', 'resultaten', 'score(s)?', 'scores', 'advies', 'rapport']);

// Own or open material, or the publisher's own free offer.
const OWN_OR_OPEN = [
  'eigen (werkblad|werkbladen|materiaal|lesmateriaal|les|lessen|versie|ontwerp)',
  'mijn eigen',
  'zelf (gemaakt|ontworpen|bedacht|geschreven)',
  'zelfgemaakt(e)?',
  'door mij gemaakt',
  'slo',
  'leraar24',
  'wikiwijs',
  'creative commons',
  'cc by',
  'cc-by',
  'met toestemming',
  'op de (site|website) van',
  'via de (site|website) van',
  'proefles(sen)?',
  'inkijkexemplaar',
  'my own',
];

/**
 * bg-copyright: scans, PDFs or copies of a teaching method or publisher (Pluspunt, Staal,
 * Malmberg…) put online or offered, or a whole paid book shared as a PDF or scan. Own
 * worksheets and open sources (SLO, Leraar24) and the publisher's own free downloads give
 * nothing.
 */
export default defineRule({
  id: 'copyrightMaterial',
  article: 'bg-copyright',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    if (has(view, ctx.lexicon('copyrightMaterialOpen', OWN_OR_OPEN))) return [];
    for (const m of findAll(view, ctx.lexicon('copyrightMaterial', METHODS))) {
      if (WORD_LIKE.has(m.text.replace(/\s+/g, ' '))) {
        const first = view.raw[rawSpan(view, m).start] ?? '';
        if (first === first.toLowerCase()) continue;
      }
      const win = windowAround(ctx, m.start);
      if (m.text.startsWith('cito') && has(view, RESULTS, win.start, win.end)) continue;
      const copy = has(view, COPIES, win.start, win.end);
      const offered =
        has(view, MATERIAL, win.start, win.end) && has(view, OFFER, win.start, win.end);
      if (copy || offered) return [{ span: rawSpan(view, m) }];
    }
    const copy = findAll(view, COPIES).find((m) => {
      const win = windowAround(ctx, m.start);
      return (
        has(view, BOOK, win.start, win.end) &&
        (has(view, WHOLE, win.start, win.end) || PRICE.test(view.norm)) &&
        (has(view, SHARED, win.start, win.end) || has(view, OFFER, win.start, win.end))
      );
    });
    return copy ? [{ span: rawSpan(view, copy) }] : [];
  },
});
