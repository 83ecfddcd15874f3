import { expect, test } from './fixtures';
import { contentWorld } from './contentWorld';
import { servePlatformFixture } from './serve';

// The extension runs inside pages it does not control. What a page (or a draft) contains must
// never become markup, and a page's own script must not be able to work the extension.

test('a draft that looks like HTML is shown as text, never run', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(await servePlatformFixture(context, 'facebook-post'));
  await page.locator('[contenteditable="true"]').first().click();
  const draft = 'Onder ons <img src=x onerror="window.__pwned=1"> BSN 111222333';
  await page.keyboard.type(draft);
  const finding = page.locator('bedenk-dat-panel [data-rule-id="confidentialMarker"]');
  await expect(finding).toBeVisible();
  await expect(page.locator('bedenk-dat-panel img')).toHaveCount(0);
  await expect(page.locator('bedenk-dat-panel [data-rule-id="confidentialBsn"] q')).toHaveText(
    /111222333/,
  );
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

test("a page's own script cannot reach the worker or press the panel's buttons", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(await servePlatformFixture(context, 'x-post'));
  // The page cannot talk to the extension: it has no runtime, and forged window messages are ignored.
  const reach = await page.evaluate(() => {
    const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
    window.postMessage(
      { name: 'park', data: { text: 'x', platform: 'x', url: '', findings: [] } },
      '*',
    );
    return typeof w.chrome?.runtime?.sendMessage;
  });
  expect(reach).toBe('undefined');

  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Het BSN van Daan is 111222333');
  const finding = page.locator('bedenk-dat-panel [data-rule-id="confidentialBsn"]');
  await expect(finding).toBeVisible();
  // A script clicks "Negeren" (dismiss): an untrusted click does nothing.
  await page.evaluate(() => {
    const host = document.querySelector('bedenk-dat-panel')!;
    const button = host.shadowRoot!.querySelector<HTMLButtonElement>(
      '[data-rule-id="confidentialBsn"] [data-action="dismiss"]',
    )!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  });
  await expect(finding).toBeVisible();
  // The user's own click does.
  await finding.locator('[data-action="dismiss"]').click();
  await expect(finding).toHaveCount(0);
});

test('a social site, even speaking through our content script, cannot read or delete parked drafts', async ({
  context,
}) => {
  const page = await context.newPage();
  const world = await contentWorld(page);
  await page.goto(await servePlatformFixture(context, 'x-post'));
  await expect
    .poll(() => world.evaluate<boolean>('typeof chrome.runtime.sendMessage === "function"'))
    .toBe(true);
  // A compromised page renderer could send anything the content script can; the worker
  // gives a content script only what reminders need.
  const ask = (name: string) =>
    world.evaluate<unknown>(`chrome.runtime.sendMessage({ name: '${name}', data: {} })`);
  expect(await ask('ping')).toMatchObject({ ok: true });
  expect(await ask('listParked')).toEqual({ error: 'listParked is not allowed from a web page' });
  expect(await ask('clearParked')).toEqual({ error: 'clearParked is not allowed from a web page' });
  expect(await ask('weekStats')).toEqual({ error: 'weekStats is not allowed from a web page' });
});
