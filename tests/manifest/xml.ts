/**
 * A small element tree over saxes (a strict, well-formedness-checking XML parser that exceljs
 * ships), enough to query the add-in manifest. Names are kept qualified ("bt:Url").
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: { ...tag.attributes },
      children: [],
      text: "",
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element named `name` below `element`, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...descendants(child, name),
  ]);
}

/** The only child named `name`; throws when there is none or more than one. */
export function only(element: XmlElement, name: string): XmlElement {
  const found = element.children.filter((child) => child.name === name);
  if (found.length !== 1) {
    throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  }
  return found[0];
}

/** The value of attribute `name`; throws when absent. */
export function attribute(element: XmlElement, name: string): string {
  const value = element.attributes[name];
  if (value === undefined) throw new Error(`<${element.name}> has no ${name} attribute`);
  return value;
}
