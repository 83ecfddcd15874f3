import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const found = (text: string) =>
  analyze({ text, platform: 'facebook' }).filter((f) => f.ruleId === 'confidentialPupilSituation');
const marked = (text: string) => found(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('confidentialPupilSituation', () => {
  it.each([
    [
      'Daan uit groep 5 wordt al weken gepest door een paar jongens.',
      'wordt al weken gepest',
      'stop',
    ],
    ['Vandaag kwam de politie voor Sem uit groep 8, heel naar.', 'kwam de politie', 'stop'],
    ['Geweldig, weer een leerling uit groep 8 die zwanger is. #sarcasm', 'zwanger', 'warning'],
    ['My student (Liam, 9) just told me his dad hits him.', 'hits him', 'stop'],
    [
      'Een meisje uit mijn klas is van huis weggelopen, we zijn allemaal geschrokken.',
      'van huis weggelopen',
      'warning',
    ],
  ])('%s → %s (%s)', (text, word, severity) => {
    expect(marked(text)).toEqual([word]);
    expect(found(text)[0]).toMatchObject({ article: '3', severity });
  });

  it.each([
    ['Deze week is het de Week tegen Pesten: in elke groep praten we over samen spelen.'],
    ['De wijkagent kwam vandaag in groep 7 vertellen over zijn werk.'],
    ['Als uw kind gepest wordt, neem dan contact op met de leerkracht.'],
    ['Kinderen die gepest worden, kunnen altijd bij de vertrouwenspersoon terecht.'],
    ['In het voorleesboek wordt Dolfje gepest omdat hij een weerwolfje is.'],
  ])('%s → nothing', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
