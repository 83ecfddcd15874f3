import { createElement, type ComponentChildren } from 'preact';
import { createPortal } from 'preact/compat';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Renders `children` into an open shadow root on a `<tag>` host, with `css` inside: the same
 * host elements and isolation as the content script's panel and nudge on the sites.
 */
export function ShadowHost(props: {
  tag: string;
  css: string;
  attrs?: Record<string, string>;
  children: ComponentChildren;
}) {
  const host = useRef<HTMLElement>(null);
  const [container, setContainer] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const el = host.current;
    if (!el || el.shadowRoot) return;
    const shadow = el.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = props.css;
    const div = document.createElement('div');
    shadow.append(style, div);
    setContainer(div);
  }, []);
  return (
    <>
      {createElement(props.tag, { ref: host, ...props.attrs })}
      {container && createPortal(props.children, container)}
    </>
  );
}
