import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Role } from '../types';

const findings = (text: string, role: Role = 'medewerker') =>
  analyze({ text, platform: 'linkedin' }, { role }).filter((f) => f.ruleId === 'personalWorkBlog');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

const LONG =
  'Vandaag precies tien jaar geleden stond ik voor het eerst voor de klas. Ik weet nog hoe zenuwachtig ik was: mijn handen trilden toen ik de namenlijst voorlas en ik was vergeten dat kleuters niet twintig minuten stil kunnen zitten tijdens een instructie. Inmiddels weet ik wel beter. Lesgeven heeft me geleerd dat je plannen maakt om ze daarna weer los te laten. Dat een slechte dag niet betekent dat je een slechte juf bent. En dat de mooiste momenten vaak niet in de lesplanning staan: een kind dat ineens kan lezen, een klas die spontaan een kaart maakt voor de conciërge, een ouder die bij het hek even zegt dat het thuis zo goed gaat. Ik ben dankbaar voor al die jaren en voor mijn fijne collega’s, en ik hoop er nog veel meer te mogen maken. Op naar de volgende tien jaar!';

describe('personalWorkBlog', () => {
  it.each([
    ["Nieuwe blog online! 'Een week in groep 3': over mijn eerste weken als juf.", 'blog'],
    ['Vlog #12: een dag uit het leven van een kleuterjuf.', 'Vlog'],
    [
      'Mijn column deze maand: waarom ik na 15 jaar voor de klas nog zin heb in mijn werk.',
      'column',
    ],
    ['Blogpost: wat mijn leerlingen me leerden over geduld.', 'Blogpost'],
    ['Vlogje van mijn werkweek als meester in groep 8 staat weer op mijn kanaal!', 'Vlogje'],
    ['In mijn nieuwste vlog laat ik zien hoe ik mijn klaslokaal inricht.', 'vlog'],
    ["New blog post: 'What teaching my class taught me about patience'.", 'blog post'],
    [LONG, 'voor de klas'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({
      severity: 'info',
      article: 'bg-disclaimer',
      action: 'insert-disclaimer',
    });
  });

  it.each([
    [
      'Nieuwe blog: mijn eerste jaar als juf. (Dit blog geeft mijn persoonlijke standpunt weer en hoeft niet overeen te komen met het standpunt van obs de Musselhorst.)',
    ],
    [`${LONG} Persoonlijke mening, niet namens obs de Musselhorst.`],
    ['Op onze schoolsite staat een nieuw blog van het team over de Kinderboekenweek.'],
    ['Nieuwe blog van groep 8 over het kamp staat op onze website!'],
    ['Lees mijn blog over mijn favoriete recepten!'],
    ['Mijn vlog over mijn vakantie in Italië staat online ✈️'],
    ['Ik ben zo trots op mijn klas! Ze hebben de hele week hard gewerkt.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('not for leaders: a disclaimer does not help them (art. 5)', () => {
    expect(
      findings(
        'Mijn nieuwe blog over het eerste jaar als directeur van onze school.',
        'leidinggevende',
      ),
    ).toEqual([]);
  });
});

describe("personalWorkBlog: an education opinion in a teacher's voice", () => {
  it.each([
    ['Hot take as a primary school teacher: homework is pointless.', 'as a primary school teacher'],
    ['Als juf van groep 5 vind ik dat de werkdruk in het onderwijs onhoudbaar is.', 'Als juf'],
    [
      'Vind dat kleuters geen toetsen moeten krijgen. Eigenlijk weiger ik die kleutertoetsen af te nemen.',
      'weiger ik',
    ],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });

  it.each([
    ['Ik vind dat de werkdruk in het onderwijs onhoudbaar is. Dit is mijn persoonlijke mening.'],
    ['Het lerarentekort is de schuld van het ministerie. #onderwijs'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
