import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'linkedin' })
    .filter((f) => f.ruleId === 'confidentialPersonnel')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('confidentialPersonnel', () => {
  it.each([
    ['Juf Anouk is zwanger, maar dat is nog geheim.', ['zwanger']],
    ['Meester Tom heeft zich ziek gemeld, al weken.', ['ziek gemeld']],
    ['Mijn collega is al drie maanden ziek thuis, ik word er gek van.', ['ziek thuis']],
    ['Juf Anouk is met zwangerschapsverlof, maar dat weet nog niemand.', ['zwangerschapsverlof']],
    [
      'Meester Kees heeft een officiële waarschuwing gekregen van de directeur.',
      ['officiële waarschuwing'],
    ],
    ['Juf Ellen stopt, maar dat is nog niet officieel.', ['stopt']],
    ['Collega Sandra verdient €400 meer dan ik.', ['verdient €']],
    ['De juf van groep 5 krijgt ontslag.', ['ontslag']],
    [
      'Collega Sandra is aardig. Na haar functioneringsgesprek was ze stil.',
      ['functioneringsgesprek'],
    ],
    ['My colleague Sarah is on maternity leave again.', ['maternity leave']],
    // Look-alikes of the quiet cases below that still tell a colleague's matter.
    ['Juf Anouk vraagt ontslag aan, maar dat weet nog niemand.', ['ontslag']],
    ['Ik hoorde dat meester Tom met zwangerschapsverlof gaat, onder ons.', ['zwangerschapsverlof']],
    // Hearsay about a colleague leaving.
    [
      'Weet iemand of het klopt dat de juf van groep 7 weggaat omdat ze ruzie had? Hoor het van meerdere ouders.',
      ['weggaat'],
    ],
    [
      'Ik hoor dat de directeur gaat vertrekken, maar volgens een collega is ze gewoon weggestuurd.',
      ['gaat vertrekken'],
    ],
    ['Zeggen ze dat juf Sandra weggaat, ik weet het niet hoor.', ['weggaat']],
    // Leaving and contracts passed on.
    [
      'Iemand van de ouderraad zegt dat de juf van groep 2 volgend jaar niet terugkomt.',
      ['niet terugkomt'],
    ],
    ["Twee collega's moeten weg volgend jaar, zo horen we intern.", ['moeten weg']],
    ['Meester Koen is niet ziek, zijn contract is niet verlengd.', ['contract is niet verlengd']],
    // Illness and complaints about one colleague.
    ['Die juf van groep 1 is de hele tijd ziek, ze is er nooit.', ['de hele tijd ziek']],
    [
      'Uit de MR: een ouder heeft een klacht ingediend tegen juf Bianca vanwege een opmerking.',
      ['klacht ingediend tegen'],
    ],
    ['Collega van mij is geschorst vanwege een klacht van ouders.', ['geschorst']],
    // A last day with good wishes does not cover a rumour or the pregnancy itself.
    [
      'Laatste dag van juf Eline voor haar zwangerschapsverlof, maar dat weet nog niemand. Geniet ervan!',
      ['zwangerschapsverlof'],
    ],
    [
      'Vandaag vertelde onze juf van groep 1 in de teamkamer dat ze in verwachting is!',
      ['in verwachting'],
    ],
    ['Ik mag het eigenlijk nog niet zeggen, maar juf Eline is zwanger!', ['zwanger']],
    ['Als je het mij vraagt zit juf Petra al weken ziek thuis.', ['al weken ziek']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Ziek thuis met griep, dus vandaag geen meester Ruben in groep 5.'],
    ['Ik ben zwanger! Collega Petra neemt mijn groep over.'],
    ['Ik stop na 12 jaar op de Musselhorst. Wat een mooie tijd!'],
    ['Juf Ellen gaat met pensioen, we nemen afscheid op vrijdag.'],
    ['Juf Ellen stopt na 40 jaar; vrijdag is haar afscheid.'],
    ['Juf Ellen zit thuis met een burn-out.'], // confidentialHealth's, not twice
    ['Wij zoeken een invalkracht voor zwangerschapsverlof in groep 4.'],
    ['Juf Anouk is vandaag jarig! Hieperdepiep hoera!'],
    // How to ask for leave: a procedure, nobody's leave.
    [
      'Verlof buiten de schoolvakanties vraagt u minimaal acht weken van tevoren aan bij de directeur.',
    ],
    ['Hoi Sandra, verlof buiten de schoolvakanties vraag je aan via het formulier op de website.'],
    ['Voor verlof rond religieuze feestdagen kunt u een aanvraag doen bij de directeur.'],
    // One's own leave, and a colleague who asked for it to be shared.
    ['Vanaf maandag ben ik met zwangerschapsverlof 🤰 Juf Loes neemt mijn groep over.'],
    [
      'Juf Esther gaat na de voorjaarsvakantie met zwangerschapsverlof! Ze heeft zelf gevraagd het zo te delen.',
    ],
    [
      'Vandaag vertelde onze juf van groep 1 aan alle ouders dat ze in verwachting is. Ze mocht het van zichzelf delen, dus ik ook!',
    ],
    // The school's farewell on her last day before the leave.
    [
      'De juf van groep 2 heeft vandaag haar laatste werkdag voor haar zwangerschapsverlof. We wensen haar een mooie tijd toe!',
    ],
    [
      'Vandaag was het de laatste dag van onze juf van groep 6. Ze gaat met zwangerschapsverlof. Heel veel geluk en geniet ervan!',
    ],
    // Coming back, said openly.
    ['Juf Anne komt na de zomer niet terug: ze gaat met pensioen, vrijdag is haar afscheid.'],
    // A complaint procedure, one's own childhood.
    ['Heeft u een klacht over de school? Lees de klachtenregeling op de website.'],
    ['Ik was als kind vaak ziek, nu nooit meer.'],
    // A colleague leaving, told openly: the school's own news.
    ['Juf Sandra gaat stoppen na dit schooljaar, op 3 juli nemen we afscheid.'],
    ['Ik hoor graag van jullie wie er helpt: meester Tom stopt en vrijdag is zijn afscheid.'],
    // A procedure's role, not one colleague.
    [
      'Indien een kind afwezig is en er geen ziekmelding ontvangen is, neemt de administratief medewerker contact op met de ouders.',
    ],
    // Already told to the parents, and leave as a rule (w14, w15 clean drafts, 2026-12-03).
    [
      'Juf Linda is met zwangerschapsverlof, dat weten jullie uit de nieuwsbrief. Welkom meester Bas!',
    ],
    [
      'Juf Marloes had vandaag haar laatste dag. Haar verlof was al in de nieuwsbrief aangekondigd.',
    ],
    ['Hoe vraag ik verlof aan voor een bruiloft? Het formulier staat op de site.'],
    ['Bij gewichtige omstandigheden kan de directeur maximaal 10 dagen verlof geven.'],
    [
      'Wilt u buiten de vakanties verlof aanvragen? Dat gaat in overleg met de directeur. Hij kan een verlof goedkeuren of afkeuren.',
    ],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('still marks an announced leave passed on with what was not announced', () => {
    expect(
      marked(
        'Juf Linda is met zwangerschapsverlof, dat weten jullie uit de nieuwsbrief. Ik hoor dat ze niet terugkomt.',
      ),
    ).not.toEqual([]);
    expect(marked('Juf Linda is met zwangerschapsverlof. Haar invaller is meester Bas.')).toEqual([
      'zwangerschapsverlof',
    ]);
  });
});

// The colleague's own wish to share the news (w20).
describe("confidentialPersonnel: told with the colleague's consent", () => {
  it.each([
    [
      'Onze collega gaat binnenkort met zwangerschapsverlof 🍼 en ze vond het leuk als we het hier mochten vertellen. Alvast heel veel geluk!',
    ],
    [
      'Our colleague Sarah starts her maternity leave next week, and she is happy for us to share it.',
    ],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

// Leave as a school guide's rule, and news the colleague told herself (c7, w21,
// tests/corpus/train, 2026-12-03).
describe('confidentialPersonnel: rules and news told by the person', () => {
  it.each([
    [
      'Dit verlof mag door de directeur slechts één keer per schooljaar (voor maximaal 10 schooldagen) worden verleend.',
    ],
    [
      '@Karin ja klopt, juf Sanne heeft het gisteren zelf in de nieuwsbrief verteld: ze is zwanger en gaat in april met verlof.',
    ],
    [
      'Onze conciërge Gerrit heeft zelf in een brief aan ouders laten weten dat hij een tijdje ziek thuis is.',
    ],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
  it('still a reminder: a colleague’s pregnancy passed on by someone else', () => {
    expect(
      marked(
        'Wist je dat juf Sanne zwanger is? Ze gaat in april met verlof, zegt ze nog tegen niemand.',
      ),
    ).not.toEqual([]);
  });
});
