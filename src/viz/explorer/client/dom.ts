/// <reference lib="dom" />
/** Building DOM from data without innerHTML: every piece of article text goes in as text. */

type Child = Node | string | null | undefined | false;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

export function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`explorer: #${id} is missing from the page`);
  return found;
}

/** Only http(s) links: article urls come from the web. */
export function webLink(url: string | null, text: string): Node {
  if (url !== null && /^https?:\/\//i.test(url)) {
    return element("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, text);
  }
  return document.createTextNode(text);
}
