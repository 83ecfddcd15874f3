// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '@/core/config';
import { defaultPolicy } from '@/core/policy/musselhorst';
import { SettingsSchema, type SettingsInput } from '@/core/settings';
import { translator } from '@/utils/i18n';
import { fieldErrors, formValues, OptionsForm, settingsPatch } from './OptionsForm';

const t = translator('nl');
const platforms = [
  { id: 'x', name: 'X', defaultOn: true },
  { id: 'tiktok', name: 'TikTok', defaultOn: true },
] as const;

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

type Save = (patch: Partial<SettingsInput>) => Promise<{ ok: true }>;

function mount(user: unknown, managed: unknown, onSave = vi.fn<Save>(async () => ({ ok: true }))) {
  root = document.createElement('div');
  document.body.append(root);
  const config = resolveConfig(user, managed);
  act(() => {
    render(
      <OptionsForm
        config={config}
        policy={defaultPolicy}
        platforms={platforms}
        t={t}
        onSave={onSave}
      />,
      root,
    );
  });
  return { onSave, input: (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)! };
}

describe('options form', () => {
  it("shows the school's values read-only, marked as set by the school", () => {
    const { input } = mount(
      { leidinggevende: { name: 'Eigen keuze', email: 'eigen@example.nl' } },
      {
        leidinggevende: { name: 'Directie', email: 'directie@musselhorst.nl' },
        platforms: { tiktok: false },
      },
    );
    expect(input('bd-leaderName').value).toBe('Directie');
    expect(input('bd-leaderName').disabled).toBe(true);
    expect(input('bd-name').disabled).toBe(false);
    const tiktok = root.querySelector<HTMLInputElement>('input[name="platform-tiktok"]')!;
    expect(tiktok.checked).toBe(false);
    expect(tiktok.disabled).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[name="platform-x"]')!.disabled).toBe(false);
    expect(root.textContent).toContain('ingesteld door de school');
  });

  it('nothing set by the school: every field is editable, no school marks', () => {
    const { input } = mount({}, {});
    expect(input('bd-leaderName').disabled).toBe(false);
    expect(root.querySelector('[data-set-by-school]')).toBeNull();
  });

  it("Opslaan sends the user's own values, not the school's", async () => {
    const { onSave } = mount(
      { role: 'leidinggevende', leidinggevende: { name: 'Eigen keuze', email: '' } },
      { leidinggevende: { name: 'Directie', email: 'directie@musselhorst.nl' } },
    );
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(onSave).toHaveBeenCalledOnce();
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      role: 'leidinggevende',
      leidinggevende: { name: 'Eigen keuze', email: '' },
    });
  });
});

describe('form values ↔ settings', () => {
  it('empty optional fields are left out, and the result passes the schema', () => {
    const values = formValues(SettingsSchema.parse({}));
    const patch = settingsPatch({ ...values, leaderName: 'Marieke', leaderPhone: '  ' });
    expect(patch.leidinggevende).toEqual({
      name: 'Marieke',
      email: '',
      phone: undefined,
      chatUrl: undefined,
    });
    expect(patch.disclaimer).toBeUndefined();
    expect(SettingsSchema.safeParse(patch).success).toBe(true);
  });

  it('a round trip keeps every value', () => {
    const settings = SettingsSchema.parse({
      role: 'leidinggevende',
      name: 'Anouk',
      leidinggevende: { name: 'M', email: 'm@musselhorst.nl', phone: '06 12345678' },
      disclaimer: { short: 'Privé.' },
      platforms: { x: false },
      disabledRules: ['sarcasm'],
    });
    const again = SettingsSchema.parse({ ...settings, ...settingsPatch(formValues(settings)) });
    expect(again).toEqual(settings);
  });

  it('puts each problem at its input', () => {
    expect(
      fieldErrors(['leidinggevende.email: Ongeldig e-mailadres', 'platforms.myspace: x']),
    ).toEqual({
      fields: { leaderEmail: 'Ongeldig e-mailadres' },
      general: ['platforms.myspace: x'],
    });
  });
});
