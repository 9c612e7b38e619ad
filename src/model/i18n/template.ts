/**
 * The two operations every message table of the add-in shares (the model's input problems, the
 * workbook's messages, the command line's): a template's `{0}`, `{1}` … filled in, and an English
 * template turned into the pattern that reads its parameters back from a text it made.
 */

/** `template` with each `{i}` replaced by `param(i)`. */
export function fillTemplate(template: string, param: (index: number) => string): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => param(Number(i)));
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Matches a whole text made by `english`; group i + 1 is parameter `{i}` (as the template orders them). */
export function templatePattern(english: string): RegExp {
  return new RegExp(
    `^${english
      .split(/\{\d\}/)
      .map(escape)
      .join("([\\s\\S]*?)")}$`
  );
}
