import type { Locator, Page } from '@playwright/test';
import { askWorker, open, postButton, test, typeInto, weekCount, type Opened } from './compose';
import { expect } from './fixtures';
import {
  boxAfterPosting,
  CLEAN,
  CONFIDENTIAL,
  NEVER_SAYS,
  NUDGE,
  nudgeSurfaces,
  REPEATED,
} from '../shared/scenarios';
import { FIXTURES } from './serve';

// "Bij twijfel publiceert men niet": pressing the site's Post button (or its "post now" key)
// with a warning open holds that one submit back and asks. "Post anyway" makes the site's own
// submit handler receive the text exactly once; "back to your text" sends nothing. The
// every-surface scenario is the Firefox suite's too (tests/firefox/nudge.firefox.ts), from
// one table in tests/shared/scenarios.ts.

const nudge = (page: Page): Locator => page.locator(NUDGE.dialog);

/** Types a draft with open warnings and waits until the panel shows them. */
async function typeWarning(o: Opened): Promise<void> {
  await typeInto(o, NUDGE.draft);
  await expect(o.panel.locator(`[data-rule-id="${NUDGE.ruleId}"]`)).toBeVisible();
}

/** Says "post anyway" and checks the site received the draft exactly once. */
async function postAnyway(o: Opened): Promise<void> {
  const anyway = nudge(o.page).locator(NUDGE.postAnyway);
  await expect(anyway).toContainText(NUDGE.anywayLabel);
  await anyway.click();
  await expect.poll(o.posted).toEqual([NUDGE.draft]);
  await expect(nudge(o.page)).toHaveCount(0);
  await expect.poll(o.state).toBe(boxAfterPosting(o.f)); // the site cleared its box (or keeps it)
  expect(await o.posted()).toEqual([NUDGE.draft]);
}

for (const f of nudgeSurfaces(FIXTURES)) {
  test(`${f.name}: Post with a warning open asks first; cancel posts nothing, "${NUDGE.anywayLabel}" posts once`, async ({
    shared,
  }) => {
    const o = await open(shared.context, f.name);
    await typeWarning(o);
    await postButton(o).click();
    const dialog = nudge(o.page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('role', 'alertdialog');
    await expect(dialog).toContainText(NUDGE.says);
    await expect(dialog.locator(`[data-rule-id="${NUDGE.ruleId}"]`)).toBeVisible();
    await expect(dialog.locator(NUDGE.cancel)).toBeFocused();
    expect(await o.posted()).toEqual([]);

    await expect(dialog.locator(NUDGE.cancel)).toContainText(NUDGE.cancelLabel);
    await dialog.locator(NUDGE.cancel).click();
    await expect(dialog).toHaveCount(0);
    expect(await o.posted()).toEqual([]);
    expect(await o.state()).toBe(NUDGE.draft);

    await postButton(o).click();
    await expect(dialog).toBeVisible();
    await postAnyway(o);
    await o.page.close();
  });
}

for (const f of nudgeSurfaces(FIXTURES)) {
  test(`${f.name}: the nudge lists three findings of one rule as one reminder naming the words`, async ({
    shared,
  }) => {
    // Issue 13, "reminders read as one" and "say only what is true", in the nudge.
    const o = await open(shared.context, f.name);
    await typeInto(o, REPEATED.draft);
    await expect(o.panel.locator(`[data-rule-id="${REPEATED.ruleId}"]`)).toHaveCount(1);
    await postButton(o).click();
    const dialog = nudge(o.page);
    await expect(dialog).toBeVisible();
    const row = dialog.locator(`[data-rule-id="${REPEATED.ruleId}"]`);
    await expect(row).toContainText(REPEATED.words.map((w) => `'${w}'`).join(', '));
    await expect(row).toHaveCount(1);
    await expect(dialog.locator('[data-rule-id]')).toHaveCount(1);
    await expect(dialog).not.toContainText(NEVER_SAYS);
    await dialog.locator(NUDGE.cancel).click();
    await expect(dialog).toHaveCount(0);
    expect(await o.posted()).toEqual([]);
    await o.page.close();
  });
}

test('facebook-post: "back to your text" (and Esc) posts nothing and keeps the text', async ({
  shared,
}) => {
  const o = await open(shared.context, 'facebook-post');
  await typeWarning(o);
  await postButton(o).click();
  await nudge(o.page).locator('[data-action="cancel"]').click();
  await expect(nudge(o.page)).toHaveCount(0);
  await expect(o.editor).toBeFocused();
  expect(await o.state()).toBe(CONFIDENTIAL);

  // Typing goes on where the user was.
  await o.page.keyboard.type(' echt');
  await expect.poll(o.state).toBe(`${CONFIDENTIAL} echt`);

  // Each press with warnings open asks again; Esc is "back to your text" too, and Tab stays inside.
  await postButton(o).click();
  await expect(nudge(o.page)).toBeVisible();
  for (let i = 0; i < 4; i++) await o.page.keyboard.press('Tab');
  await expect(nudge(o.page).locator('button:focus')).toHaveCount(1);
  await o.page.keyboard.press('Escape');
  await expect(nudge(o.page)).toHaveCount(0);
  expect(await o.posted()).toEqual([]);
  expect(await o.state()).toBe(`${CONFIDENTIAL} echt`);
  await o.page.close();
});

test('x-post: a clean draft posts at once, with no dialog', async ({ shared }) => {
  const o = await open(shared.context, 'x-post');
  await typeInto(o, CLEAN);
  await expect(o.panel).toHaveAttribute('data-state', 'clean');
  await postButton(o).click();
  await expect.poll(o.posted).toEqual([CLEAN]);
  await expect(nudge(o.page)).toHaveCount(0);
  await o.page.close();
});

test('x-post: Post pressed right after the last key is still judged on the words typed', async ({
  shared,
}) => {
  const o = await open(shared.context, 'x-post');
  await typeInto(o, CONFIDENTIAL);
  await postButton(o).click(); // no wait for the panel
  await expect(nudge(o.page)).toBeVisible();
  expect(await o.posted()).toEqual([]);
  await postAnyway(o);
  await o.page.close();
});

for (const f of FIXTURES.filter((f) => f.shortcut)) {
  test(`${f.name}: the keyboard submit (${f.shortcut}) is caught the same way`, async ({
    shared,
  }) => {
    const o = await open(shared.context, f.name);
    await typeWarning(o);
    await o.page.keyboard.press(f.shortcut!);
    await expect(nudge(o.page)).toBeVisible();
    expect(await o.posted()).toEqual([]);
    expect(await o.state()).toBe(CONFIDENTIAL); // Enter made no new line either

    // Back to the text: the box has focus again, nothing posted.
    await o.page.keyboard.press('Escape');
    await expect(nudge(o.page)).toHaveCount(0);
    await expect(o.editor).toBeFocused();
    expect(await o.posted()).toEqual([]);

    await o.page.keyboard.press(f.shortcut!);
    await expect(nudge(o.page)).toBeVisible();
    await postAnyway(o);
    await o.page.close();
  });
}

test('park: the draft is kept for later (listed for the popup) and stays in the box', async ({
  shared,
}) => {
  const shown = await weekCount(shared.context, 'nudgeShown');
  const o = await open(shared.context, 'x-post');
  await typeWarning(o);
  await postButton(o).click();
  const dialog = nudge(o.page);
  await expect(dialog).toBeVisible();
  expect(await weekCount(shared.context, 'nudgeShown')).toBe(shown + 1);
  await dialog.locator('[data-action="park"]').click();
  await expect(dialog.locator('[role="status"]')).toContainText('Bewaard');
  await expect(dialog.locator('[data-action="park"]')).toBeDisabled(); // kept once
  const { drafts } = (await askWorker(shared.context, 'listParked')) as {
    drafts: { text: string; platform: string; url: string; findings: { ruleId: string }[] }[];
  };
  expect(drafts[0]).toMatchObject({ text: CONFIDENTIAL, platform: 'x', url: o.page.url() });
  expect(drafts[0]!.findings.map((f) => f.ruleId)).toContain('confidentialBsn');
  await dialog.locator('[data-action="cancel"]').click();
  expect(await o.state()).toBe(CONFIDENTIAL);
  expect(await o.posted()).toEqual([]);
  await o.page.close();
});

test("a page script cannot press the nudge's buttons", async ({ shared }) => {
  const o = await open(shared.context, 'x-post');
  await typeWarning(o);
  await postButton(o).click();
  await expect(nudge(o.page)).toBeVisible();
  // "Post anyway" would post synchronously inside the click: check at once, in the page.
  const seen = await o.page.evaluate(() => {
    const root = document.querySelector('bedenk-dat-nudge')!.shadowRoot!;
    for (const action of ['post-anyway', 'cancel', 'park']) {
      root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
    }
    root
      .querySelector('[data-bedenk-dat="nudge"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return {
      posted: window.__fixture!.posted.length,
      open: root.querySelector('[data-bedenk-dat="nudge"]') !== null,
      status: root.querySelector('[role="status"], [role="alert"]') !== null,
    };
  });
  expect(seen).toEqual({ posted: 0, open: true, status: false });
  await o.page.close();
});
