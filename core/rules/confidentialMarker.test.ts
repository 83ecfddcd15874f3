import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'x' })
    .filter((f) => f.ruleId === 'confidentialMarker')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('confidentialMarker', () => {
  it.each([
    ['Dit is vertrouwelijk, maar…', ['vertrouwelijk']],
    ['VERTROUWELIJKE info over groep 5', ['VERTROUWELIJKE']],
    ['v3rtr0uwelijk hoor', ['v3rtr0uwelijk']],
    ['Dit is v e r t r o u w e l i j k', ['v e r t r o u w e l i j k']],
    ['ver\u200Btrouwelijk', ['ver\u200Btrouwelijk']],
    ['Niet doorsturen aub!', ['Niet doorsturen']],
    ['Even onder ons: de juf stopt', ['onder ons']],
    ['Nog niet officieel, maar we krijgen een nieuwe directeur', ['Nog niet officieel']],
    ['Please do not forward this', ['do not forward']],
    ['Onder ons gezegd: juf Ellen stopt', ['Onder ons']],
    ['Het is nog niet bekend, maar juf X stopt', ['nog niet bekend']],
    ['Dit is geheim! Groep 5 krijgt twee juffen', ['geheim']],
    // Still labels: a real secret told, not a treat, a story or one's own answer.
    ['Vertrouwelijk: juf Sanne stopt na de zomer.', ['Vertrouwelijk']],
    ['Niet vertellen hoor, maar de directeur vertrekt.', ['Niet vertellen']],
    // A label stays a label next to the look-alikes below.
    ['Deze notulen zijn vertrouwelijk: juf Ans stopt', ['vertrouwelijk']],
    ['Dit blijft vertrouwelijk, maar de fusie gaat door', ['vertrouwelijk']],
    ['Niet doorsturen! Groep 3 en 4 worden samengevoegd', ['Niet doorsturen']],
    ['Vertrouwelijk: het gesprek met de ouders van Daan ging slecht', ['Vertrouwelijk']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Het vertrouwelijke gesprek met mijn kapper blijft natuurlijk tussen ons 🤫'],
    ['Vertrouwelijk advies van mijn fysiotherapeut: meer wandelen.'],
    ['Onze vertrouwenspersoon is juf Ans'],
    // Idioms, hoaxes, circulating films and policy on sharing (outside writers, c1 texts).
    ['Het is geen geheim dat ik een vurige Ajax-fan ben.'],
    ['Daarna stemden ze geheim met echte stembriefjes en een doos als stembus.'],
    ['Ik heb het bericht nagezocht: het komt van een satirische website. Niet doorsturen dus 😄'],
    [
      'Er circuleert een filmpje van een ruzie op het schoolplein. Wij vragen u dit niet verder te delen.',
    ],
    ['Heeft uw kind een allergie? Laat het de leerkracht weten, dan houden wij het vertrouwelijk.'],
    ['Het rouwprotocol beschrijft wat we wel en niet delen als er iemand overlijdt.'],
    ['Wij gaan ervan uit dat ouders dit beeldmateriaal niet delen of publiceren.'],
    ['Het intern begeleider-overleg is verplaatst'],
    ['Internationale dag van de leraar!'],
    ['Wij vertrouwen op een mooie sportdag'],
    ['Lees "Het geheim van de smid" voor in groep 6'],
    ['We gaan de klas niet delen volgend jaar'],
    ['Voor de sportievelingen onder ons: zaterdag is de Musselhorst-loop!'],
    ['Het geheim van een rustige klas? Duidelijke afspraken.'],
    ['Mijn geheim: veel complimenten geven.'],
    ['Vertrouwelijk: er staat taart in de teamkamer 🤫🍰'],
    ['Geheim van de juffenkamer: de appeltaart van meester Hans. Het recept deelt hij nooit 😂'],
    ['Maar in het diepste geheim wierp Nicolaas ’s nachts goudstukken het huis binnen.'],
    ['Ik heb mijn keuze gemaakt, maar ik ga niet vertellen welke.'],
    ['Vraag het gerust vertrouwelijk aan de leerkracht of directie.'],
    ['De uitslag van de tekenwedstrijd is nog niet bekend, spannend!'],
    ['Hoe ga jij vertrouwelijk om met leerlinggegevens? Tips welkom!'],
    // A promise to readers, not a label on the post.
    ['Hoe vraag ik een gesprek aan met de IB? Alles wat je zegt blijft vertrouwelijk.'],
    ['Neem vertrouwelijk contact op met de leerkracht, dan zoeken we samen een oplossing.'],
    ['Ouders kunnen terecht bij het CLB. Het is gratis en vertrouwelijk.'],
    ['Our school social worker is available every Tuesday. Everything is confidential.'],
    ['Kinderen die medicijnen gebruiken kunnen dit vertrouwelijk doorgeven aan de leerkracht.'],
    [
      'Onze school heeft een vertrouwenspersoon. Heeft u een vertrouwelijk probleem dan kunt u het aan haar kenbaar maken.',
    ],
    [
      'Hier kunnen kinderen en ouders terecht om (vertrouwelijk) een geval van machtsmisbruik te bespreken.',
    ],
    ['If you have concerns about any staff member, please contact our confidential adviser.'],
    ['Our school counsellor is available every Thursday; all conversations are confidential.'],
    ['Meld het van tevoren, omdat een deel van de vergadering vertrouwelijk kan zijn.'],
    ['Geef het van tevoren door, in verband met de kans dat de vergadering vertrouwelijk is.'],
    // Advice about a hoax: "niet doorsturen" is what to do, not a label.
    [
      'Dit bericht gaat al sinds 2019 rond en klopt niet, de politie heeft het ontkracht. Niet doorsturen 🙂',
    ],
    ["Dat filmpje van die 'challenge' is nep volgens de politie. Niet doorsturen."],
    ['Ouders: niet verder vertellen aan juf Anouk, het is een verrassing!'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it.each([
    ['Dit is vertrouwelijk, maar…', 'stop'],
    ['Niet doorsturen aub!', 'stop'],
    ['Even onder ons: de juf stopt', 'warning'],
    ['Nog niet officieel, maar we krijgen een nieuwe directeur', 'warning'],
  ])('%s is a %s', (text, severity) => {
    const f = analyze({ text, platform: 'x' }).find((x) => x.ruleId === 'confidentialMarker');
    expect(f?.severity).toBe(severity);
  });
});

// Asking readers to stop spreading what goes round is not a label on the post (w19).
describe('confidentialMarker: an appeal not to pass on what circulates', () => {
  it.each([
    ["In de groepsapps gaan namen rond van een 'dader'. Niet doorsturen, alsjeblieft."],
    ['Er gaat een bericht rond over een zanger. Er is geen bron. Niet delen alsjeblieft.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
  it('a label on one\'s own news stays: "Niet doorsturen: juf Anne gaat weg."', () => {
    expect(marked('Niet doorsturen: juf Anne gaat weg na de zomer.')).toEqual(['Niet doorsturen']);
  });
});
