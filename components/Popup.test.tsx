// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParkedDraft } from '@/core/messages';
import { translator } from '@/utils/i18n';
import { ContactForm, type ContactFormProps } from './ContactForm';
import { ParkedList, type ParkedListProps } from './ParkedList';
import { PopupStatus } from './PopupStatus';

const t = translator('nl');
let root: HTMLElement;

function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const byText = (el: HTMLElement, text: string) =>
  [...el.querySelectorAll<HTMLElement>('button, a')].find((b) => b.textContent === text);

function type(field: HTMLTextAreaElement, value: string) {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The subject and body a mail program gets from a mailto: href. */
function mail(href: string) {
  const query = href.split('?')[1] ?? '';
  return Object.fromEntries(
    query.split('&').map((p) => {
      const [k = '', v = ''] = p.split('=');
      return [k, decodeURIComponent(v)];
    }),
  );
}

const DRAFT = 'Sportdag 🏃‍♀️ & spelletjes\nTot morgen!';

function contact(overrides: Partial<ContactFormProps> = {}) {
  const props: ContactFormProps = {
    locale: 'nl',
    t,
    leader: { name: 'Anna de Vries', email: 'anna@school.nl', phone: '06-12345678' },
    userName: 'Piet',
    draft: DRAFT,
    url: 'https://x.com/compose/post',
    platformName: 'X',
    onOpenOptions: vi.fn(),
    onCopy: vi.fn(async () => true),
    ...overrides,
  };
  return { el: mount(<ContactForm {...props} />), props };
}

describe('ContactForm', () => {
  it('without a leidinggevende: says so and links to the options', () => {
    const { el, props } = contact({ leader: { name: '', email: '' } });
    expect(el.textContent).toContain('Je hebt nog geen leidinggevende ingesteld.');
    expect(el.querySelector('a[href^="mailto:"]')).toBeNull();
    act(() => byText(el, 'Naar de instellingen')!.click());
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
  });

  it('the mailto: link carries the question, the quoted draft, the page and the name', () => {
    const { el } = contact();
    expect(el.textContent).toContain('Aan: Anna de Vries, je leidinggevende');
    const href = el.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.getAttribute('href')!;
    expect(href.startsWith('mailto:anna@school.nl?')).toBe(true);
    expect(mail(href)).toEqual({
      subject: 'Vraag over een bericht op X',
      body: [
        'Hoi Anna de Vries,',
        '',
        'Wil je even meekijken voordat ik dit plaats?',
        '',
        'Dit wil ik plaatsen:',
        '> Sportdag 🏃‍♀️ & spelletjes',
        '> Tot morgen!',
        '',
        'Pagina: https://x.com/compose/post',
        '',
        'Groeten,',
        'Piet',
      ].join('\r\n'),
    });
    expect(el.querySelector('a[href^="tel:"]')!.getAttribute('href')).toBe('tel:0612345678');
  });

  it('the draft can be edited and left out; the question can be changed', () => {
    const { el } = contact();
    const href = () => mail(el.querySelector('a[href^="mailto:"]')!.getAttribute('href')!).body!;
    type(el.querySelector<HTMLTextAreaElement>('#bd-draft')!, 'Andere tekst & meer');
    expect(href()).toContain('> Andere tekst & meer');
    type(el.querySelector<HTMLTextAreaElement>('#bd-question')!, 'Mag dit?');
    expect(href()).toContain('Mag dit?');
    act(() => byText(el, 'Concept weglaten')!.click());
    expect(href()).not.toContain('Dit wil ik plaatsen');
    expect(el.querySelector('#bd-draft')).toBeNull();
    act(() => byText(el, 'Concept toevoegen')!.click());
    expect(href()).toContain('> Andere tekst & meer');
  });

  it('copies the message body', async () => {
    const { el, props } = contact();
    await act(async () => byText(el, 'Bericht kopiëren')!.click());
    expect(props.onCopy).toHaveBeenCalledWith(expect.stringContaining('> Tot morgen!'));
    expect(el.textContent).toContain('Gekopieerd.');
  });

  it('shows a chat link only for https, and no mail button without an e-mail address', () => {
    const { el } = contact({
      leader: { name: 'Anna', email: '', chatUrl: 'javascript:alert(1)' },
    });
    expect(el.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(el.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(el.textContent).toContain('Er is geen e-mailadres van Anna ingesteld');
    act(() => render(null, root));
    const again = contact({
      leader: { name: 'Anna', email: 'a@b.nl', chatUrl: 'https://teams.microsoft.com/l/chat/0/0' },
    });
    expect(byText(again.el, 'Chatten')!.getAttribute('href')).toBe(
      'https://teams.microsoft.com/l/chat/0/0',
    );
  });
});

const drafts: ParkedDraft[] = [
  {
    id: 'b',
    text: 'Nieuw\n\n😊 <b>niet vet</b>',
    platform: 'x',
    url: '',
    createdAt: 2,
    findings: [],
  },
  { id: 'a', text: 'Oud', platform: 'other', url: '', createdAt: 1, findings: [] },
];

function parked(overrides: Partial<ParkedListProps> = {}) {
  const props: ParkedListProps = {
    drafts,
    storageFailed: false,
    currentDraft: null,
    canRestore: true,
    locale: 'nl',
    t,
    onCopy: vi.fn(async () => true),
    onRestore: vi.fn(async () => true),
    onDelete: vi.fn(),
    onClearAll: vi.fn(),
    ...overrides,
  };
  return { el: mount(<ParkedList {...props} />), props };
}

describe('ParkedList', () => {
  it('shows each draft as text, exactly, newest first', () => {
    const { el } = parked();
    const texts = [...el.querySelectorAll('.bd-parked-text')].map((p) => p.textContent);
    expect(texts).toEqual(['Nieuw\n\n😊 <b>niet vet</b>', 'Oud']);
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toContain('Andere site');
  });

  it('deleting all asks first; cancel keeps them', () => {
    const { el, props } = parked();
    act(() => byText(el, 'Alles verwijderen')!.click());
    expect(el.textContent).toContain('Alle 2 bewaarde concepten verwijderen?');
    act(() => byText(el, 'Annuleren')!.click());
    expect(props.onClearAll).not.toHaveBeenCalled();
    act(() => byText(el, 'Alles verwijderen')!.click());
    act(() => byText(el, 'Ja, alles verwijderen')!.click());
    expect(props.onClearAll).toHaveBeenCalledOnce();
  });

  it('restores, copies and deletes one draft', async () => {
    const { el, props } = parked();
    const first = el.querySelector<HTMLElement>('[data-parked-id="b"]')!;
    await act(async () => byText(first, 'Terugzetten')!.click());
    expect(props.onRestore).toHaveBeenCalledWith(drafts[0]);
    expect(first.textContent).toContain('Teruggezet in het berichtvenster.');
    await act(async () => byText(first, 'Kopiëren')!.click());
    expect(props.onCopy).toHaveBeenCalledWith(drafts[0]!.text);
    act(() => byText(first, 'Verwijderen')!.click());
    expect(props.onDelete).toHaveBeenCalledWith(drafts[0]);
  });

  it('without a compose box, restore is off and says why', () => {
    const { el } = parked({ canRestore: false });
    expect(byText(el, 'Terugzetten')!.hasAttribute('disabled')).toBe(true);
    expect(el.textContent).toContain('Klik eerst in een berichtvenster');
  });

  it('broken storage: a clear message, and the current draft offered for copying', async () => {
    const { el, props } = parked({
      drafts: null,
      storageFailed: true,
      currentDraft: 'Mijn concept',
    });
    expect(el.querySelector('[role="alert"]')!.textContent).toContain(
      'de opslag van de browser is geblokkeerd of beschadigd',
    );
    expect(el.querySelector<HTMLTextAreaElement>('[role="alert"] textarea')!.value).toBe(
      'Mijn concept',
    );
    await act(async () => byText(el, 'Kopieer je huidige concept')!.click());
    expect(props.onCopy).toHaveBeenCalledWith('Mijn concept');
  });
});

describe('PopupStatus', () => {
  it('a covered site: platform, open reminders, and the pause switch', () => {
    const onPausedChange = vi.fn();
    const el = mount(
      <PopupStatus
        view={{ kind: 'covered', site: 'x.com', platformName: 'X', openReminders: 2 }}
        state="active"
        enableResult={null}
        t={t}
        onPausedChange={onPausedChange}
        onEnable={vi.fn()}
        onOpenOptions={vi.fn()}
      />,
    );
    expect(el.textContent).toContain('Bedenk dat kijkt mee op X.');
    expect(el.textContent).toContain('2 open herinneringen');
    act(() => el.querySelector<HTMLInputElement>('[role="switch"]')!.click());
    expect(onPausedChange).toHaveBeenCalledWith(true);
  });

  it('switched off by the school: says so, counts nothing, and offers no switch', () => {
    const el = mount(
      <PopupStatus
        view={{ kind: 'covered', site: 'x.com', platformName: 'X', openReminders: 0 }}
        state="offBySchool"
        enableResult={null}
        t={t}
        onPausedChange={vi.fn()}
        onEnable={vi.fn()}
        onOpenOptions={vi.fn()}
      />,
    );
    expect(el.textContent).toContain(
      'Bedenk dat kijkt niet mee op X: de school heeft dit uitgezet.',
    );
    expect(el.textContent).not.toContain('kijkt mee op X.');
    expect(el.querySelector('[data-open-reminders]')).toBeNull();
    expect(el.querySelector('[role="switch"]')).toBeNull();
  });

  it('switched off in the options: says so and leads there', () => {
    const onOpenOptions = vi.fn();
    const el = mount(
      <PopupStatus
        view={{ kind: 'covered', site: 'x.com', platformName: 'X', openReminders: 0 }}
        state="offInOptions"
        enableResult={null}
        t={t}
        onPausedChange={vi.fn()}
        onEnable={vi.fn()}
        onOpenOptions={onOpenOptions}
      />,
    );
    expect(el.textContent).toContain(
      'Bedenk dat kijkt niet mee op X: uitgezet in je instellingen.',
    );
    act(() => byText(el, 'Aanzetten in de instellingen')!.click());
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('a site not covered offers to enable it', () => {
    const onEnable = vi.fn();
    const el = mount(
      <PopupStatus
        view={{ kind: 'notCovered', site: 'forum.example.nl' }}
        state="active"
        enableResult={null}
        t={t}
        onPausedChange={vi.fn()}
        onEnable={onEnable}
        onOpenOptions={vi.fn()}
      />,
    );
    expect(el.textContent).toContain('Bedenk dat kijkt niet mee op forum.example.nl.');
    act(() => byText(el, 'Inschakelen op deze site')!.click());
    expect(onEnable).toHaveBeenCalledOnce();
  });
});
