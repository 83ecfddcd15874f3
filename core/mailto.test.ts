import { describe, expect, it } from 'vitest';
import { contactMessage, mailtoUrl, safeChatUrl, telUrl, wellFormed } from './mailto';

/** Splits a mailto: URL the way a mail program does and decodes each field. */
function decode(href: string): { to: string; fields: Record<string, string> } {
  expect(href.startsWith('mailto:')).toBe(true);
  const [to = '', query = ''] = href.slice('mailto:'.length).split('?');
  // Nothing but the separators may appear raw: every other reserved character is encoded.
  expect(query).not.toMatch(/[#\s?]/);
  const fields = Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [key = '', value = ''] = pair.split('=');
        return [key, decodeURIComponent(value)];
      }),
  );
  return { to: decodeURIComponent(to), fields };
}

describe('mailtoUrl', () => {
  it.each([
    [
      'ampersand and spaces',
      { to: 'anna@school.nl', subject: 'Vraag & antwoord', body: 'Mag dit?' },
      'mailto:anna@school.nl?subject=Vraag%20%26%20antwoord&body=Mag%20dit%3F',
    ],
    [
      'line breaks become CRLF',
      { to: 'anna@school.nl', subject: 'S', body: 'een\ntwee\r\ndrie\rvier' },
      'mailto:anna@school.nl?subject=S&body=een%0D%0Atwee%0D%0Adrie%0D%0Avier',
    ],
    [
      'emoji as UTF-8',
      { to: 'anna@school.nl', subject: '😊', body: '👩‍🏫' },
      'mailto:anna@school.nl?subject=%F0%9F%98%8A&body=%F0%9F%91%A9%E2%80%8D%F0%9F%8F%AB',
    ],
    [
      'reserved characters',
      { to: 'anna@school.nl', subject: 'a=b', body: '#1 + 50% ?x=y&z' },
      'mailto:anna@school.nl?subject=a%3Db&body=%231%20%2B%2050%25%20%3Fx%3Dy%26z',
    ],
    [
      'a subject is one line',
      { to: 'anna@school.nl', subject: '  twee\nregels  ', body: '' },
      'mailto:anna@school.nl?subject=twee%20regels',
    ],
    [
      'nothing but the address',
      { to: ' anna@school.nl ', subject: '', body: '' },
      'mailto:anna@school.nl',
    ],
    [
      'a lone surrogate does not throw',
      { to: 'anna@school.nl', subject: '', body: 'x\uD83Dy' },
      'mailto:anna@school.nl?body=x%EF%BF%BDy',
    ],
    [
      'an address with odd characters is encoded',
      { to: 'a b?c@school.nl', subject: '', body: '' },
      'mailto:a%20b%3Fc@school.nl',
    ],
  ])('%s', (_name, input, expected) => {
    expect(mailtoUrl(input)).toBe(expected);
  });

  it.each([
    'Sportdag 🏃‍♀️ & spelletjes\nTot morgen!\n\nGroetjes 😊',
    '100% zeker? Ja & nee = misschien #twijfel +1',
    'regel\r\nregel\n\n\n',
    '<img src=x onerror=alert(1)> "quotes" \'single\'',
  ])('decodes back to the same text: %j', (body) => {
    const decoded = decode(mailtoUrl({ to: 'anna@school.nl', subject: body, body }));
    expect(decoded.to).toBe('anna@school.nl');
    expect(decoded.fields.body).toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
    expect(decoded.fields.subject).toBe(body.replace(/\s+/g, ' ').trim());
  });
});

describe('wellFormed', () => {
  it.each([
    ['abc', 'abc'],
    ['😊', '😊'],
    ['\uD83D', '\uFFFD'],
    ['\uDE0A\uD83D', '\uFFFD\uFFFD'],
    ['a\uDE0Ab', 'a\uFFFDb'],
  ])('%j → %j', (input, output) => {
    expect(wellFormed(input)).toBe(output);
  });
});

describe('telUrl', () => {
  it.each([
    ['06 - 123 456 78', 'tel:0612345678'],
    ['+31 (0)6 12345678', 'tel:+310612345678'],
    ['0591-123456', 'tel:0591123456'],
    ['bel me', null],
    ['', null],
  ])('%j → %j', (phone, url) => {
    expect(telUrl(phone)).toBe(url);
  });
});

describe('safeChatUrl', () => {
  it.each([
    [
      'https://teams.microsoft.com/l/chat/0/0?users=anna@school.nl',
      'https://teams.microsoft.com/l/chat/0/0?users=anna@school.nl',
    ],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['http://chat.example', null],
    ['not a url', null],
    [undefined, null],
  ])('%j → %j', (url, safe) => {
    expect(safeChatUrl(url)).toBe(safe);
  });
});

describe('contactMessage', () => {
  it('quotes the draft line by line, with the question, page and name (Dutch)', () => {
    expect(
      contactMessage('nl', {
        leaderName: 'Anna de Vries',
        userName: 'Piet',
        question: ' Mag dit zo? ',
        draft: 'Sportdag 🏃‍♀️ & spelletjes\nTot morgen!\n\nGroetjes 😊',
        url: 'https://x.com/compose/post',
        platformName: 'X',
      }),
    ).toEqual({
      subject: 'Vraag over een bericht op X',
      body: [
        'Hoi Anna de Vries,',
        '',
        'Mag dit zo?',
        '',
        'Dit wil ik plaatsen:',
        '> Sportdag 🏃‍♀️ & spelletjes',
        '> Tot morgen!',
        '>',
        '> Groetjes 😊',
        '',
        'Pagina: https://x.com/compose/post',
        '',
        'Groeten,',
        'Piet',
      ].join('\n'),
    });
  });

  it('leaves out what is not there (English)', () => {
    expect(
      contactMessage('en', {
        leaderName: '',
        userName: '',
        question: '',
        draft: null,
        url: '',
        platformName: null,
      }),
    ).toEqual({ subject: 'Question about a social media post', body: 'Hi,\n\nKind regards,' });
  });

  it('a blank draft is not quoted', () => {
    const { body } = contactMessage('nl', {
      leaderName: 'Anna',
      userName: 'Piet',
      question: 'Vraagje',
      draft: '  \n ',
      url: 'https://www.facebook.com/',
      platformName: 'Facebook',
    });
    expect(body).not.toContain('Dit wil ik plaatsen');
  });
});
