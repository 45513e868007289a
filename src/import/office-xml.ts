// Small helpers over XML parsed with @xmldom/xmldom: children by qualified name, attributes by qualified name.
import { DOMParser, type Element, type Node as XmlNode } from '@xmldom/xmldom';
import { ImportError } from './import-error.ts';

export type { Element };

export function parseXml(bytes: Uint8Array | undefined, what: string): Element {
  if (!bytes) throw new ImportError(`${what}: нет нужной части документа`);
  const text = Buffer.from(bytes).toString('utf8');
  let root: Element | null = null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'fatalError') throw new Error(message);
      },
    }).parseFromString(text, 'application/xml');
    root = doc.documentElement;
  } catch (error) {
    throw new ImportError(
      `${what}: XML повреждён (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
  }
  if (!root) throw new ImportError(`${what}: XML пуст`);
  return root;
}

export function children(element: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let node: XmlNode | null = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (!name || (node as Element).nodeName === name)) out.push(node as Element);
  }
  return out;
}

export function child(element: Element | undefined, name: string): Element | undefined {
  return element ? children(element, name)[0] : undefined;
}

export function attr(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const value = element.getAttribute(name);
  return value === null || value === '' ? (element.hasAttribute(name) ? '' : undefined) : value;
}
