/** A host element with an open shadow root, isolated from the page's styles and keys. */
export type ShadowUi = { host: HTMLElement; shadow: ShadowRoot; container: HTMLElement };

// Keys typed in the panel must not reach the site's shortcuts (X's "n", YouTube's "k"…).
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'];

// The host resets every style the page might give it (`all`, !important). Inline styles on the
// host lose against that, so what the code changes at run time goes through custom properties,
// which `all` leaves alone: where the host sits (--bd-transform), its layer (--bd-z), and
// whether it takes the pointer (--bd-pointer-events).
const HOST_CSS = `:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  z-index: var(--bd-z, 2147483646) !important;
  transform: var(--bd-transform, none) !important;
  pointer-events: var(--bd-pointer-events, auto) !important;
}
:host([hidden]) { display: none !important; }`;

/**
 * Creates `<name>` with an open shadow root holding `css` and a container. Content scripts
 * cannot define custom elements, but an undefined element with a valid custom-element name
 * may carry a shadow root, and the name keeps the page's CSS selectors off it.
 */
export function createShadowUi(name: string, css: string): ShadowUi {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${HOST_CSS}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, container };
}
