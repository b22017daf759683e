/**
 * SVG counterpart of ui/dom.ts `element()`: elements made with `createElementNS`, attributes set
 * one by one, text as text nodes. No markup strings anywhere.
 */
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

type SvgChild = SVGElement | string | number | null | undefined | false;

export function svgElement<K extends keyof SVGElementTagNameMap>(
  tagName: K,
  attributes: Record<string, string | number | null | undefined> = {},
  ...children: SvgChild[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NAMESPACE, tagName);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  return node;
}
