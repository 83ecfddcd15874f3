import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyze } from '@/core/analyze';
import { defaultPolicy, musselhorstPolicyInput } from '@/core/policy/musselhorst';
import {
  activePolicy,
  importPolicy,
  loadPolicyState,
  onPolicyChanged,
  PACK_KEY,
  policyJson,
  resetPolicy,
} from './policy';
import { loadConfig, saveSettings, SETTINGS_KEY, updateSettings } from './settings';

// The browser's storage is WXT's in-memory fake; managed storage is filled the way Chrome
// fills it from an enterprise policy.

const regenboog = {
  ...musselhorstPolicyInput,
  id: 'cbs-de-regenboog',
  school: { name: 'cbs De Regenboog', aliases: [] },
  rules: { confidentialBsn: { enabled: false } },
  lexicons: { confidentialMarker: ['hou het stil'] },
};
const draft = { text: 'bsn 111222333, hou het stil', platform: 'x' as const };
const ruleIds = async () => analyze(draft, { policy: await activePolicy() }).map((f) => f.ruleId);

beforeEach(async () => {
  // clear() fires storage.onChanged, as a real change would, so caches are dropped too.
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.managed.clear();
});

describe('settings in storage', () => {
  it('a valid write is kept; an invalid one changes nothing and names the field', async () => {
    const ok = await saveSettings({
      role: 'leidinggevende',
      leidinggevende: { name: 'Marieke', email: 'm@musselhorst.nl' },
    });
    expect(ok.ok).toBe(true);
    const refused = await saveSettings({
      role: 'medewerker',
      leidinggevende: { name: 'Marieke', email: 'niet-een-adres' },
    });
    expect(refused).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^leidinggevende\.email: /)],
    });
    expect((await loadConfig()).settings.role).toBe('leidinggevende');
  });

  it('updateSettings changes one field and keeps the rest', async () => {
    await saveSettings({ name: 'Anouk', role: 'leidinggevende' });
    await updateSettings({ pausedSites: ['www.facebook.com'] });
    const { settings } = await loadConfig();
    expect(settings).toMatchObject({ name: 'Anouk', role: 'leidinggevende' });
    expect(settings.pausedSites).toEqual(['www.facebook.com']);
  });

  it('a damaged stored value: defaults for that field, with a notice, never a throw', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { role: 7, name: 'Anouk' } });
    const config = await loadConfig();
    expect(config.settings).toMatchObject({ role: 'medewerker', name: 'Anouk' });
    expect(config.notices).toEqual([{ kind: 'settingsDamaged', fields: ['role'] }]);
  });

  it("the school's managed values win and are locked", async () => {
    await saveSettings({ role: 'leidinggevende' });
    await fakeBrowser.storage.managed.set({
      role: 'medewerker',
      leidinggevende: { name: 'Directie', email: 'directie@musselhorst.nl' },
    });
    const config = await loadConfig();
    expect(config.settings.role).toBe('medewerker');
    expect(config.user.role).toBe('leidinggevende');
    expect(config.locked).toEqual(['role', 'leidinggevende']);
  });
});

describe('the policy pack in force', () => {
  it('default, then an imported pack: a switched-off rule and an added word take effect', async () => {
    expect(await ruleIds()).toContain('confidentialBsn');
    const result = await importPolicy(JSON.stringify(regenboog));
    expect(result.ok).toBe(true);
    expect(await ruleIds()).toEqual(['confidentialMarker']);
    expect((await loadPolicyState()).source).toBe('user');
  });

  it('a broken file names the field and the problem, and changes nothing', async () => {
    await importPolicy(JSON.stringify(regenboog));
    const broken = { ...regenboog, disclaimer: { long: 'Alleen lang.' } };
    const result = await importPolicy(JSON.stringify(broken));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/^disclaimer\.short: /m);
    expect((await loadPolicyState()).policy.school.name).toBe('cbs De Regenboog');
  });

  it('a pack with a misspelt lexicon id is refused by name, and changes nothing', async () => {
    await importPolicy(JSON.stringify(regenboog));
    const misspelt = { ...regenboog, lexicons: { confidentalMarker: ['hou het stil'] } };
    const result = await importPolicy(JSON.stringify(misspelt));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (!result.ok) {
      expect(result.errors.join('\n')).toMatch(
        /^lexicons\.confidentalMarker: onbekende lexicon-id "confidentalMarker" \(bedoelt u "confidentialMarker"\?\)/m,
      );
    }
    expect((await loadPolicyState()).policy.school.name).toBe('cbs De Regenboog');
    expect((await loadPolicyState()).policy.lexicons).toEqual(regenboog.lexicons ?? {});
  });

  it('a file that is not JSON is refused as such', async () => {
    const result = await importPolicy('{ "schemaVersion": 1, ');
    expect(result).toMatchObject({ ok: false, reason: 'notJson' });
    expect(await fakeBrowser.storage.local.get(PACK_KEY)).toEqual({});
  });

  it('export gives back the JSON that was imported', async () => {
    const text = JSON.stringify(regenboog);
    await importPolicy(text);
    expect(JSON.parse(policyJson(await loadPolicyState()))).toEqual(regenboog);
  });

  it('reset goes back to the default pack', async () => {
    await importPolicy(JSON.stringify(regenboog));
    await resetPolicy();
    expect(await activePolicy()).toBe(defaultPolicy);
  });

  it("the school's pushed pack wins over the user's, and import is refused", async () => {
    await importPolicy(JSON.stringify(regenboog));
    await fakeBrowser.storage.managed.set({ policy: { ...musselhorstPolicyInput, id: 'school' } });
    expect((await loadPolicyState()).source).toBe('school');
    expect(await ruleIds()).toContain('confidentialBsn');
    expect(await importPolicy(JSON.stringify(regenboog))).toMatchObject({
      ok: false,
      reason: 'setBySchool',
    });
  });

  it('a damaged stored pack falls back to the default with a notice', async () => {
    await fakeBrowser.storage.local.set({ [PACK_KEY]: { schemaVersion: 1, id: 'half' } });
    const state = await loadPolicyState();
    expect(state.source).toBe('default');
    expect(state.notices[0]?.kind).toBe('packDamaged');
    expect(await activePolicy()).toBe(defaultPolicy);
  });

  it("the user's switched-off rules and own disclaimer are part of the judging pack", async () => {
    await saveSettings({ disabledRules: ['confidentialBsn'], disclaimer: { short: 'Privé.' } });
    const policy = await activePolicy();
    expect(policy.disclaimer.short).toBe('Privé.');
    expect(await ruleIds()).not.toContain('confidentialBsn');
  });

  it('tells listeners when the pack changes', async () => {
    const seen: string[] = [];
    const stop = onPolicyChanged((policy) => seen.push(policy.school.name));
    await importPolicy(JSON.stringify(regenboog));
    await expect.poll(() => seen).toEqual(['cbs De Regenboog']);
    stop();
  });
});
