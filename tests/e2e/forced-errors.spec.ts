import type { BrowserContext } from '@playwright/test';
import { askWorker, open, postButton, typeInto, type Opened } from './compose';
import { contentWorld } from './contentWorld';
import { expect, test } from './fixtures';

// "The site's own behaviour always wins": when a part of the extension throws, the user still
// types and posts as if it were not there. Errors are forced from outside the product (no test
// hooks in the build): the worker's and the content script's own globals are broken over CDP.

const CONFIDENTIAL = 'Even onder ons: het BSN van Daan is 111222333';

/** Editors of three technologies: Draft.js, Lexical and a React textarea. */
const FIXTURES = ['x-post', 'facebook-post', 'x-mobile'];

/**
 * Makes `analyze` throw: every draft's text view starts with an Int32Array offset map
 * (core/text/normalize.ts). Rules that throw are already skipped one by one inside analyze;
 * this breaks the whole call, the worst case.
 */
const BREAK_ANALYZE = `globalThis.Int32Array = function () { throw new Error('forced'); }; true`;

/** Makes the drivers' reads throw: text nodes' and textareas' contents cannot be read. */
const BREAK_DRIVERS = `(() => {
  const data = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data');
  Object.defineProperty(CharacterData.prototype, 'data', {
    ...data, get() { throw new Error('forced'); },
  });
  const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  Object.defineProperty(HTMLTextAreaElement.prototype, 'value', {
    ...value, get() { throw new Error('forced'); },
  });
  return true;
})()`;

/** Opens a fixture with a handle on the content script's world, the script already running. */
async function openWithWorld(context: BrowserContext, name: string) {
  const page = await context.newPage();
  const world = await contentWorld(page);
  const o = await open(context, name, page);
  await expect
    .poll(() => world.evaluate<boolean>('typeof chrome.runtime.sendMessage === "function"'))
    .toBe(true);
  return { o, world };
}

/** Posts with the site's button (through the nudge when it asks) and checks: exactly once, unchanged. */
async function postsExactlyOnce(o: Opened, text: string): Promise<void> {
  await postButton(o).click();
  const nudge = o.page.locator('[data-bedenk-dat="nudge"]');
  await expect
    .poll(async () => (await o.posted()).length + (await nudge.count()))
    .toBeGreaterThan(0);
  if ((await nudge.count()) > 0) await nudge.locator('[data-action="post-anyway"]').click();
  await expect.poll(o.posted).toEqual([text]);
  // A double submit would come from the held press being done twice. The next post goes through
  // the same guard after it: the site must then hold exactly the two posts, in order.
  await typeInto(o, AFTER);
  await expect.poll(o.state).toBe(AFTER);
  await postButton(o).click();
  await expect.poll(o.posted).toEqual([text, AFTER]);
}

/** A second, harmless post (no reminder: nothing to hold). */
const AFTER = 'Tot morgen';

for (const name of FIXTURES) {
  test(`${name}: the worker's rules throw; reminders come from the page, and the post goes out once`, async ({
    context,
    worker,
  }) => {
    await worker.evaluate(BREAK_ANALYZE);
    // The worker really fails now, as the content script will see it.
    const answer = await askWorker(context, 'analyze', {
      seq: 1,
      draft: { text: CONFIDENTIAL, platform: 'x' },
    });
    expect(answer).toEqual({ error: 'analyze failed: Error' });

    const o = await open(context, name);
    await typeInto(o, CONFIDENTIAL);
    await expect(o.panel.locator('[data-rule-id="confidentialBsn"]')).toBeVisible();
    expect(await o.state()).toBe(CONFIDENTIAL);
    await postsExactlyOnce(o, CONFIDENTIAL);
  });

  test(`${name}: the driver throws; typing and posting work as without the extension`, async ({
    context,
  }) => {
    const { o, world } = await openWithWorld(context, name);
    await world.evaluate(BREAK_DRIVERS);
    await typeInto(o, CONFIDENTIAL);
    await expect.poll(o.state).toBe(CONFIDENTIAL);
    await expect(o.panel).toHaveAttribute('data-state', 'unchecked');
    await postsExactlyOnce(o, CONFIDENTIAL);
  });

  test(`${name}: worker and page both fail to judge; typing and posting still work`, async ({
    context,
    worker,
  }) => {
    await worker.evaluate(BREAK_ANALYZE);
    const { o, world } = await openWithWorld(context, name);
    await world.evaluate(BREAK_ANALYZE);
    await typeInto(o, CONFIDENTIAL);
    await expect.poll(o.state).toBe(CONFIDENTIAL);
    // Nothing could be judged, so nothing is claimed: no findings, and no "all clear".
    await expect(o.panel).toHaveAttribute('data-state', 'unchecked');
    await expect(o.panel.locator('[data-rule-id]')).toHaveCount(0);
    await postsExactlyOnce(o, CONFIDENTIAL);
  });
}
