/**
 * The one way panels build DOM. Text goes in as text nodes and attributes through
 * `setAttribute`, never as HTML, so property keys and values from files cannot inject markup.
 */
type Child = Node | string | number | null | undefined | false;

export interface ElementOptions {
  className?: string;
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /** CSS properties set through the CSSOM (allowed by the Content-Security-Policy, unlike `style=`). */
  styles?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tagName: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tagName);
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [property, value] of Object.entries(options.styles ?? {})) node.style.setProperty(property, value);
  for (const [type, listener] of Object.entries(options.on ?? {})) {
    node.addEventListener(type, listener as EventListener);
  }
  appendChildren(node, children);
  return node;
}

export function appendChildren(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** A panel: mounted into an element with the store, returns the function that unmounts it. */
export type Unmount = () => void;

/**
 * Replaces a panel's content and gives focus back to the control that had it (matched by its
 * `data-focus-key`), so keyboard users don't lose their place when a panel redraws.
 */
export function replaceContent(container: HTMLElement, ...children: Child[]): void {
  const active = document.activeElement;
  const focusKey = active instanceof HTMLElement && container.contains(active) ? active.dataset.focusKey : undefined;
  container.replaceChildren();
  appendChildren(container, children);
  if (focusKey === undefined) return;
  for (const candidate of container.querySelectorAll<HTMLElement>('[data-focus-key]')) {
    if (candidate.dataset.focusKey === focusKey) {
      candidate.focus();
      return;
    }
  }
}

/** Whether keys typed now go into a text field (shortcuts then leave them alone). */
export function isEditingText(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
