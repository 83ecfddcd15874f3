import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { platforms } from '../../core/platforms';
import { expect, launchWithExtension, test } from './fixtures';
import { extensionPage, openPopupFor, sendFromPage } from './popupPage';
import { fixture, servePlatformFixture } from './serve';

// Parked drafts with the real extension: parked through the worker's message (as the nudge's
// "park" does), listed in the popup, put back into a compose box through its own editor,
// kept over a browser restart, deleted. Each test has its own profile (a restart needs one).

/** Emoji (one with a ZWJ), an ampersand, a line break and a blank line. */
const TEXT = 'Sportdag 🏃‍♀️ & spelletjes\nTot morgen!\n\nGroetjes 😊';

const finding = {
  ruleId: 'confidentialMarker',
  article: '3',
  severity: 'warning',
  message: 'Wat vertrouwelijk is, hoort niet op social media.',
};

async function withProfile(
  run: (dir: string, launch: () => Promise<BrowserContext>) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-parked-'));
  const open: BrowserContext[] = [];
  try {
    await run(dir, async () => {
      const { context } = await launchWithExtension(dir);
      open.push(context);
      return context;
    });
  } finally {
    for (const context of open) await context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function park(context: BrowserContext, text: string, platform = 'x'): Promise<string> {
  const page = await extensionPage(context);
  const answer = (await sendFromPage(page, 'park', {
    text,
    platform,
    url: 'https://x.com/compose/post',
    findings: [finding],
  })) as { id?: string };
  await page.close();
  expect(answer.id).toEqual(expect.any(String));
  return answer.id!;
}

/** The parked drafts' texts as the popup shows them, top to bottom. */
const shownTexts = (popup: Page) => popup.locator('.bd-parked-text').allTextContents();

for (const name of ['x-post', 'facebook-post', 'x-mobile']) {
  test(`${name}: a parked draft is put back into the compose box exactly`, async () => {
    await withProfile(async (_dir, launch) => {
      const context = await launch();
      await park(context, TEXT);
      const f = fixture(name);
      const page = await context.newPage();
      await page.goto(await servePlatformFixture(context, f.name));
      const surface = platforms
        .find((p) => p.id === f.platform)!
        .surfaces.find((s) => s.id === f.surface)!;
      await page.locator(surface.editor.join(', ')).first().click();
      await expect(page.locator('bedenk-dat-panel')).toHaveCount(1);

      const popup = await openPopupFor(context, f.url);
      const item = popup.getByTestId('parked').locator('li').first();
      await expect(item.locator('.bd-parked-text')).toHaveText(TEXT, { useInnerText: false });
      expect(await shownTexts(popup)).toEqual([TEXT]);
      await item.getByRole('button', { name: 'Terugzetten' }).click();
      await expect(item).toContainText('Teruggezet in het berichtvenster.');
      // The editor's own state: what the site would post.
      await expect.poll(() => page.evaluate(() => window.__fixture!.state())).toBe(TEXT);
    });
  });
}

test('parked drafts survive a browser restart, character for character', async () => {
  await withProfile(async (_dir, launch) => {
    let context = await launch();
    const lone = 'Tweede\r\nmet CRLF\tén tab  ';
    await park(context, TEXT);
    await park(context, lone, 'facebook');
    await context.close();

    context = await launch();
    const page = await extensionPage(context);
    const listed = (await sendFromPage(page, 'listParked', {})) as {
      drafts: { text: string; platform: string; findings: unknown[] }[];
    };
    expect(listed.drafts.map((d) => [d.text, d.platform])).toEqual([
      [lone, 'facebook'],
      [TEXT, 'x'],
    ]);
    expect(listed.drafts[1]!.findings).toEqual([finding]);
    await page.reload(); // the popup as the user opens it
    // The popup lists the drafts once its own reads are answered: wait for the list, not a
    // snapshot taken right after the reload (it read [] once in CI).
    await expect.poll(() => shownTexts(page)).toEqual([lone, TEXT]);

    // Delete one; then all, after confirming.
    const parked = page.getByTestId('parked');
    await parked.locator('li').first().getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => shownTexts(page)).toEqual([TEXT]);
    await parked.getByRole('button', { name: 'Alles verwijderen' }).click();
    await expect(parked.getByRole('alertdialog')).toContainText(
      'Alle 1 bewaarde concepten verwijderen?',
    );
    await parked.getByRole('button', { name: 'Ja, alles verwijderen' }).click();
    await expect(parked).toContainText('Geen bewaarde concepten.');
    expect(await sendFromPage(page, 'listParked', {})).toEqual({ drafts: [] });
  });
});

test('a database the worker cannot open: a clear message, and the draft offered for copying', async () => {
  await withProfile(async (_dir, launch) => {
    const context = await launch();
    await park(context, TEXT);
    // Damage: the extension's database at a version this build does not know (as after a
    // downgrade). Only this test opens it outside the worker.
    const page = await extensionPage(context);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('bedenk-dat', 99);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    // Parking now fails with a reason, instead of dropping the draft silently.
    expect(
      await sendFromPage(page, 'park', { text: 'nieuw', platform: 'x', url: '', findings: [] }),
    ).toEqual({ error: 'park failed: storage newer' });

    const f = fixture('x-mobile');
    const tab = await context.newPage();
    await tab.goto(await servePlatformFixture(context, f.name));
    await tab.locator('[data-testid="tweetTextarea_0"]').fill('Mijn concept 😊');
    await expect(tab.locator('bedenk-dat-panel')).toHaveCount(1);
    const popup = await openPopupFor(context, f.url);
    const alert = popup.getByTestId('parked').getByRole('alert');
    await expect(alert).toContainText('de opslag van de browser is geblokkeerd of beschadigd');
    await expect(alert.getByRole('textbox')).toHaveValue('Mijn concept 😊');
    await expect(alert.getByRole('button', { name: 'Kopieer je huidige concept' })).toBeVisible();
  });
});
