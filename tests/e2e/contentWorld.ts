import type { Page } from '@playwright/test';

/**
 * Evaluates an expression in the extension's content-script world of a page (an isolated
 * world: the page's own scripts, and Playwright's page.evaluate, cannot see it). Used to read
 * what the content script registered, such as its CSS highlights, without test hooks in the
 * product. Call before page.goto so the world's creation is seen.
 */
export async function contentWorld(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) {
      worlds.push({ id: context.id, origin: context.origin });
    }
  });
  cdp.on('Runtime.executionContextsCleared', () => worlds.splice(0));
  await cdp.send('Runtime.enable');
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const world = worlds.at(-1);
      if (!world) throw new Error('no content-script world in this page');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        expression,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.value as T;
    },
    /** The words under the extension's marks, per severity (CSS Custom Highlight API). */
    async markedWords(): Promise<Record<string, string[]>> {
      return this.evaluate(`Object.fromEntries(['info', 'warning', 'stop'].map((s) => [s,
        [...(CSS.highlights.get('bedenk-dat-' + s) ?? [])].map((r) => r.toString())]))`);
    },
  };
}
