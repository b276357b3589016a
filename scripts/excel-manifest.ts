/**
 * The Excel add-in's XML manifest (appPackage/excel-manifest.xml): parsing it with a real XML
 * parser (saxes, strict and namespace-aware) and filling its `${{NAME}}` placeholders from an
 * environment, the way the Teams package fills its manifest.
 */
import { SaxesParser } from 'saxes';
import { fillPlaceholders, type Environment, type FilledTemplate } from './teams-env';

export interface XmlElement {
  /** The local name, e.g. `Image` for `bt:Image`. */
  readonly name: string;
  readonly namespace: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** Parses XML, throwing on anything that is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.local,
      namespace: tag.uri,
      attributes: Object.fromEntries(
        Object.values(tag.attributes).map((a) => [
          a.prefix ? `${a.prefix}:${a.local}` : a.local,
          a.value,
        ]),
      ),
      children: [],
      text: '',
    };
    stack[stack.length - 1]?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('The document has no root element.');
  return root;
}

/** Every element below (and including) `element`, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/** Encodes a value for XML text or a quoted attribute, so it can never add markup. */
export function escapeForXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function fillExcelManifest(template: string, environment: Environment): FilledTemplate {
  return fillPlaceholders(template, environment, escapeForXml);
}
