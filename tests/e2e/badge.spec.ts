import { open, test, typeInto } from './compose';
import { expect } from './fixtures';
import { extensionPage, openPopupFor, toolbarButton as button } from './popupPage';

// The toolbar button of a tab says what matters at a glance: the number of open reminders in
// the tab's compose boxes, "uit" on grey while Bedenk dat is paused on the site, and a title
// that says the same in words (what a screen reader reads and the tooltip shows).

test('the badge counts open reminders, follows a dismissal, and says "paused" in words', async ({
  shared,
}) => {
  const o = await open(shared.context, 'x-post');
  const ext = await extensionPage(shared.context);
  const url = o.page.url();
  await typeInto(o, 'Even onder ons: het BSN van Daan is 111222333');
  await expect(o.panel).toHaveAttribute('data-state', 'findings');
  // The BSN (stop) and "onder ons" (warning): two open reminders.
  await expect.poll(async () => (await button(ext, url))?.text).toBe('2');
  expect((await button(ext, url))?.title).toBe('Bedenk dat: 2 open herinneringen in dit tabblad');
  const openColor = (await button(ext, url))!.color;

  // Dismissing one leaves one.
  await o.panel.locator('[data-rule-id="confidentialMarker"] [data-action="dismiss"]').click();
  await expect.poll(async () => (await button(ext, url))?.text).toBe('1');
  expect((await button(ext, url))?.title).toBe('Bedenk dat: 1 open herinnering in dit tabblad');

  // Paused on x.com (the popup's switch): another look, and the title says so.
  const popup = await openPopupFor(shared.context, url);
  await popup.getByRole('switch', { name: 'Aan op x.com' }).click();
  await expect(o.panel).toHaveCount(0);
  await expect.poll(async () => (await button(ext, url))?.text).toBe('uit');
  const paused = (await button(ext, url))!;
  expect(paused.title).toBe('Bedenk dat is gepauzeerd op deze site');
  expect(paused.color).not.toBe(openColor);

  // On again, and a clean draft: no badge, and the title says there is nothing open.
  await popup.getByRole('switch', { name: 'Aan op x.com' }).click();
  await o.page.bringToFront();
  await o.editor.click();
  await o.page.keyboard.press('ControlOrMeta+A');
  await o.page.keyboard.type('Fijne herfstvakantie allemaal!');
  await expect(o.panel).toHaveAttribute('data-state', 'clean');
  await expect.poll(async () => (await button(ext, url))?.text).toBe('');
  expect((await button(ext, url))?.title).toBe(
    'Bedenk dat: geen open herinneringen in dit tabblad',
  );
  await popup.close();
  await ext.close();
  await o.page.close();
});
