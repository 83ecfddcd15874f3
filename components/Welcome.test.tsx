// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '@/core/config';
import { describeIssues } from '@/core/policy/schema';
import { SettingsSchema, type SettingsInput } from '@/core/settings';
import { translator } from '@/utils/i18n';
import { Welcome } from './Welcome';

const t = translator('nl');
let root: HTMLElement;

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

/** Validates as utils/settings saveSettings does (the same schema, the same messages). */
const save = vi.fn(async (patch: Partial<SettingsInput>) => {
  const parsed = SettingsSchema.safeParse(patch);
  return parsed.success
    ? ({ ok: true } as const)
    : ({ ok: false, errors: describeIssues(parsed.error) } as const);
});

/** The welcome at its last step, where the school's numbers are entered. */
async function lastStep(managed?: unknown): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <Welcome
        config={resolveConfig({}, managed)}
        school="obs de Musselhorst"
        t={t}
        onSave={save}
        practiceUrl="oefenen.html"
        optionsUrl="options.html"
      />,
      root,
    ),
  );
  for (let step = 1; step <= 2; step++) {
    await act(async () => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  }
  return root.querySelector<HTMLElement>('[data-testid="school-contacts"]')!;
}

function type(field: HTMLTextAreaElement, value: string) {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const submit = (form: HTMLElement) =>
  act(async () => form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());

describe("the welcome's form for the school's phone numbers and mail addresses", () => {
  it('saves one per line, blank lines left out, and says so', async () => {
    const form = await lastStep();
    type(form.querySelector('#bd-school-phones')!, '0513 123 456\n\n +31 513 654 321 ');
    type(form.querySelector('#bd-school-emails')!, 'm.jansen@ziggo.nl');
    save.mockClear();
    await submit(form);
    expect(save).toHaveBeenCalledWith({
      schoolContacts: {
        phones: ['0513 123 456', '+31 513 654 321'],
        emails: ['m.jansen@ziggo.nl'],
      },
    });
    expect(form.querySelector('[role="status"]')?.textContent).toBe('Opgeslagen.');
  });

  it('a bad line is named in Dutch beside its field, and nothing is said to be saved', async () => {
    const form = await lastStep();
    const phones = form.querySelector<HTMLTextAreaElement>('#bd-school-phones')!;
    type(phones, '0513 123 456\n0513 12');
    type(form.querySelector('#bd-school-emails')!, 'info@');
    await submit(form);
    expect(phones.getAttribute('aria-invalid')).toBe('true');
    expect(form.querySelector('#bd-school-phones-error')?.textContent).toContain(
      '“0513 12” is geen telefoonnummer',
    );
    expect(form.querySelector('#bd-school-emails-error')?.textContent).toContain(
      '“info@” is geen e-mailadres',
    );
    expect(form.querySelector('[role="status"]')).toBeNull();
  });

  it('set by the school: shown, locked, marked as such, with nothing to save', async () => {
    const form = await lastStep({
      schoolContacts: { phones: ['0591 123 456'], emails: ['administratie@musselhorst.nl'] },
    });
    const phones = form.querySelector<HTMLTextAreaElement>('#bd-school-phones')!;
    expect(phones.value).toBe('0591 123 456');
    expect(phones.disabled).toBe(true);
    expect(form.querySelector('[data-set-by-school]')?.textContent).toBe(
      'ingesteld door de school',
    );
    expect(form.querySelector('button[type="submit"]')).toBeNull();
  });
});
