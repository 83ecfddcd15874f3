import { expect, test } from './fixtures';

test('the built extension loads and its background worker answers a message', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const answer = await page.evaluate(() => chrome.runtime.sendMessage({ name: 'ping', data: {} }));
  expect(answer).toEqual({ ok: true, version: '0.1.0' });

  // A malformed message is refused with a reason naming the bad values, not answered.
  const refused = await page.evaluate(() =>
    chrome.runtime.sendMessage({ name: 'analyze', data: { text: 42 } }),
  );
  expect(refused).toEqual({
    error: expect.stringMatching(/^invalid analyze request: seq: [^;]+; draft: [^;]+$/),
  });
});

test('the popup runs a draft past the worker and shows the article 3 reminder', async ({
  context,
  extensionId,
  outsideRequests,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Bedenk dat' })).toBeVisible();
  await page
    .getByLabel('Probeer een bericht')
    .fill('Dit is vertrouwelijk: het BSN van Daan is 111222333');
  const findings = page.getByTestId('try-findings');
  await expect(findings.locator('[data-rule-id="confidentialBsn"]')).toHaveAttribute(
    'data-severity',
    'stop',
  );
  await expect(findings.locator('[data-article="3"]').first()).toContainText('art. 3');

  await page.getByLabel('Probeer een bericht').fill('Morgen is de sportdag, zonnebrand mee!');
  await expect(findings).toContainText('Geen opmerkingen.');
  expect(outsideRequests).toEqual([]);
});
