import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string, isReply = true) =>
  analyze({ text, platform: 'facebook', isReply })
    .filter((f) => f.ruleId === 'discussion')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('discussion', () => {
  it.each([
    ['Met alle respect, maar u snapt echt niet hoe het werkt.', ['Met alle respect']],
    ['Zoals ik al zei: de school gaat hier niet over.', ['Zoals ik al zei']],
    ['Nogmaals: de schoolreis is gewoon betaald uit de ouderbijdrage.', ['Nogmaals']],
    ['Dat klopt niet. U was er niet eens bij.', ['Dat klopt niet']],
    ['Lees eerst de brief voordat je reageert.', ['Lees eerst']],
    ['Ik ben het totaal niet met je eens.', ['Ik ben het totaal niet met je eens']],
    ['Hoe kom je erbij?! Waar haal je dat vandaan?', ['Hoe kom je erbij']],
    ['Jij snapt het gewoon niet 🙄', ['Jij snapt het gewoon niet']],
    ['Dat klopt NIET.', ['Dat klopt NIET']],
    ['With all due respect, you are wrong.', ['With all due respect']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Goede vraag! U kunt uw kind afmelden via de ouderapp.'],
    ['Nogmaals bedankt voor jullie hulp!'],
    ['Nogmaals van harte gefeliciteerd, juf!'],
    ['Dat klopt niet helemaal, de musical begint om 19 uur.'], // a correction, nobody addressed
    ['Vervelend dat u dit zo ervaart. Bel me gerust, dan bespreken we het.'],
    ['Dat klopt niet, maar laten we het persoonlijk bespreken. Bel me gerust.'],
    ['Je kunt de les goed voorbereiden met dit boek.'],
    ['Haha jij ook 🙄😂'],
    ['Groep 3 gaat leren lezen, wat een mijlpaal!'],
    ['Wat vervelend dat uw kind zich niet lekker voelde. Ik bel u morgen even.'],
    ['Helemaal mee eens, wat een mooie dag was het!'],
    ['Nee hoor, u hoeft niets mee te nemen.'],
    ['Ik snap wat je bedoelt. Zullen we even bellen?'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('needs a reply or an @mention', () => {
    expect(marked('Met alle respect, maar u snapt het niet.', false)).toEqual([]);
    expect(marked('@ouder123 met alle respect, maar u snapt het niet.', false)).toEqual([
      'met alle respect',
    ]);
  });

  it('keeps hostile marks despite an offer to call', () => {
    expect(marked('U snapt het echt niet. Bel me maar.')).toEqual(['U snapt het echt niet']);
  });
});

describe('discussion: personal jabs at the person addressed', () => {
  it.each([
    [
      'Mevrouw, u moet niet op Twitter gaan klagen. U heeft thuis ook niet alles op orde.',
      'u moet niet op Twitter gaan klagen',
    ],
    ['Meneer, dan zoekt u toch een andere school.', 'zoekt u toch een andere school'],
    [
      'Mevrouw, kijk eerst eens naar uzelf voordat u de juf de schuld geeft.',
      'kijk eerst eens naar uzelf',
    ],
    ['Dat is uw eigen keuze, daar gaan wij niet over.', 'uw eigen keuze'],
    [
      '@anoniem die juf heeft op haar vorige school ook al problemen gehad. Zegt genoeg.',
      'Zegt genoeg.',
    ],
    [
      'Meneer, ik ga hier niet met u in discussie. Maar u haalt uw dochter zelf van school.',
      'in discussie. Maar',
    ],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });

  it.each([
    ['Helemaal eens, zegt genoeg over hoe goed die aanpak werkt! 😊'],
    ['Ik ga hier niet met u in discussie. Bel me gerust morgen.'],
    ['Dank u wel voor uw bericht. Bel me gerust, dan bespreken we het.'],
    ['Wat fijn dat u zelf heeft gekozen voor onze school! Welkom.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe('discussion: belittling the parent addressed', () => {
  it.each([
    ['Ga lekker zelf lesgeven als u het allemaal zo goed weet.', 'Ga lekker zelf lesgeven'],
    ['U bent echt de enige ouder die hierover klaagt hoor.', 'U bent echt de enige ouder die'],
    ['Your kid is the problem, not our teachers.', 'Your kid is the problem'],
    ['Mevrouw, uw zoon is nu eenmaal niet de slimste.', 'uw zoon is nu eenmaal niet de slimste'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });

  it('a leader arguing with a parent in a reply gets article 4 and article 5 (issue 13)', () => {
    const text = '@ouder Sandra u heeft het echt mis, uw zoon begon zelf en dat weet u best.';
    const articles = (role: 'leidinggevende' | 'medewerker') =>
      analyze({ text, platform: 'facebook', isReply: true }, { role }).map((f) => f.article);
    expect(articles('leidinggevende')).toEqual(expect.arrayContaining(['4', '5']));
    expect(articles('medewerker')).toContain('4');
    expect(articles('medewerker')).not.toContain('5');
    // The leader's invitation to talk offline is no argument.
    expect(
      analyze(
        {
          text: '@ouder Sandra dank voor uw bericht. Ik bel u morgen even.',
          platform: 'facebook',
          isReply: true,
        },
        { role: 'leidinggevende' },
      ),
    ).toEqual([]);
  });
});
