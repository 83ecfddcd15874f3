import { defaultPolicy } from '../../core/policy/musselhorst';
import { platforms } from '../../core/platforms';
import { open, test } from './compose';
import { expect } from './fixtures';

// Sites change their markup without notice. A compose box that no selector in the platform
// data names any more still gets reminders and a working disclaimer: the box is found as a
// generic editable, and its editor technology is recognised from the DOM.

const DRAFT =
  'Ik vind dat de werkdruk in het onderwijs veel te hoog is. Het BSN van Daan is 111222333';
const { long: LONG } = defaultPolicy.disclaimer;

/** Class names editor frameworks set themselves; everything else is the site's and goes. */
const FRAMEWORK_CLASSES = /^(DraftEditor-|public-DraftEditor-|ql-|ProseMirror|tiptap)/;

for (const name of ['x-post', 'facebook-post', 'linkedin-post-classic', 'bluesky-post']) {
  test(`${name}: after a redesign no selector knows the box; reminders and the disclaimer still work`, async ({
    shared,
  }) => {
    const o = await open(shared.context, name);
    await o.editor.waitFor();
    // The "redesign": the site's own ids, test ids, roles, labels and class names are gone
    // from the box and everything around it.
    await o.editor.evaluate((el, frameworkClasses) => {
      const keep = new RegExp(frameworkClasses);
      for (
        let node: Element | null = el;
        node && node !== document.body;
        node = node.parentElement
      ) {
        for (const attr of ['id', 'role', 'aria-label', 'name', 'placeholder'])
          node.removeAttribute(attr);
        for (const attr of [...node.attributes]) {
          if (
            attr.name.startsWith('data-') &&
            attr.name !== 'data-lexical-editor' &&
            attr.name !== 'data-contents'
          ) {
            node.removeAttribute(attr.name);
          }
        }
        for (const cls of [...node.classList]) if (!keep.test(cls)) node.classList.remove(cls);
      }
    }, FRAMEWORK_CLASSES.source);
    const editor = o.page.locator('[contenteditable="true"]').first();
    const surfaces = platforms
      .find((p) => p.id === o.f.platform)!
      .surfaces.flatMap((s) => s.editor);
    expect(await editor.evaluate((el, all) => all.some((s) => el.matches(s)), surfaces)).toBe(
      false,
    );

    await editor.click();
    await o.page.keyboard.type(DRAFT);
    await expect(o.panel.locator('[data-rule-id="confidentialBsn"]')).toBeVisible();
    await o.panel
      .locator('[data-rule-id="personalOrOnBehalf"] [data-action="insert-disclaimer"]')
      .click();
    // Inserted through the framework's own way, so the editor's state holds it.
    await expect.poll(o.state).toBe(`${DRAFT}\n\n${LONG}`);
    await o.page.close();
  });
}

test("linkedin-post-classic: a real paste into Quill gives one panel, for the box (not Quill's off-screen clipboard)", async ({
  shared,
}) => {
  const o = await open(shared.context, 'linkedin-post-classic');
  await o.editor.click();
  const origin = new URL(o.page.url()).origin;
  await o.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await o.page.evaluate(() => navigator.clipboard.writeText('Het BSN van Daan is 111222333'));
  await o.page.keyboard.press('ControlOrMeta+V');
  await expect.poll(o.state).toBe('Het BSN van Daan is 111222333');
  await expect(o.panel.locator('[data-rule-id="confidentialBsn"]')).toBeVisible();
  // A panel is created in the same focus/input event that finds its box, before any reading:
  // a panel for Quill's off-screen clipboard would exist by the time the real box's reminder,
  // judged after the paste, is on screen. Typing on gives one more round through the watcher.
  await o.page.keyboard.type(' niet doorsturen');
  await expect(o.panel.locator('[data-rule-id="confidentialMarker"]')).toBeVisible();
  await expect(o.panel).toHaveCount(1);
  await o.page.close();
});
