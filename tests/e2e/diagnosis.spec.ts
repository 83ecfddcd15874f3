import { open, test, typeInto } from './compose';
import { expect } from './fixtures';
import { openPopupFor } from './popupPage';

// "What Bedenk dat sees here": the popup lists the tab's compose boxes and whether their Post
// button was found, and copies a report for IT — host, surfaces, editor kinds, selectors,
// version, and never a word of the draft. On three platforms: found by the data (X), found by
// name (Threads' text-only button), and not found at all (LinkedIn's share box with an
// icon-only Post button, as a redesign might leave it).

const DRAFT = 'Even onder ons: het BSN van Daan is 111222333';
const DRAFT_WORDS = ['onder ons', 'BSN', 'Daan', '111222333'];

const cases = [
  {
    name: 'x-post',
    line: 'x · post · draftjs · herkend',
    post: 'Knop Plaatsen gevonden',
    report: [
      'site: x.com',
      'x · post · draftjs · selector',
      'selector [data-testid="tweetButton"]',
    ],
  },
  {
    name: 'threads-post',
    line: 'threads · post · lexical · herkend',
    post: 'Knop Plaatsen gevonden (op naam)',
    report: ['site: www.threads.com', 'threads · post · lexical · selector', 'gevonden op naam'],
  },
  {
    name: 'linkedin-share',
    line: 'linkedin · share · prosemirror · herkend',
    post: 'De herinnering bij plaatsen werkt hier niet',
    report: ['site: www.linkedin.com', 'linkedin · share · prosemirror', 'NIET GEVONDEN'],
    redesign: true,
  },
];

for (const c of cases) {
  test(`${c.name}: the popup shows the box and its Post button, and copies a report without the draft`, async ({
    shared,
  }) => {
    const o = await open(shared.context, c.name);
    if (c.redesign) {
      // The Post button keeps working but loses its text: nothing names it any more.
      await o.page
        .getByRole('button', { name: 'Posten', exact: true })
        .evaluate((b) => (b.textContent = '➤'));
    }
    await typeInto(o, DRAFT);
    await expect(o.panel.locator('[data-rule-id="confidentialBsn"]')).toBeVisible();

    const popup = await openPopupFor(shared.context, o.page.url());
    const section = popup.getByTestId('diagnosis');
    await expect(section).toContainText(c.line);
    await expect(section.locator('li').first()).toContainText(c.post);

    const report = (await section.getByTestId('diagnosis-report').textContent()) ?? '';
    for (const part of c.report) expect(report).toContain(part);
    expect(report).toMatch(/versie: \d+\.\d+\.\d+/);
    for (const words of [...DRAFT_WORDS, 'Even onder ons']) expect(report).not.toContain(words);

    // "Kopieer diagnose" puts exactly that report on the clipboard (recorded at the API).
    await popup.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { __copied: string[] }).__copied = copied;
      navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    });
    await section.locator('[data-action="copy-diagnosis"]').click();
    await expect(section.getByRole('status')).toContainText('Gekopieerd');
    expect(
      await popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied),
    ).toEqual([report]);
    await popup.close();
    await o.page.close();
  });
}
