/** A host element with an open shadow root, isolated from the page's styles and keys. */
export type ShadowUi = { host: HTMLElement; shadow: ShadowRoot; container: HTMLElement };

// Keys typed in the panel must not reach the site's shortcuts (X's "n", YouTube's "k"…).
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'];

/**
 * Creates `<name>` with an open shadow root holding `css` and a container. Content scripts
 * cannot define custom elements, but an undefined element with a valid custom-element name
 * may carry a shadow root, and the name keeps the page's CSS selectors off it.
 */
export function createShadowUi(name: string, css: string): ShadowUi {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, container };
}
