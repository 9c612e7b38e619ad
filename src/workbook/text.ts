/** Text cells: what a host must guard so that a string is stored as text, never as a formula or number. */

/**
 * True when Excel's `range.values` would NOT keep `text` as the same text: it starts with
 * `=`, `+`, `-` or `@` (a formula), starts with an apostrophe (which Excel would swallow), or
 * looks like a number, date, time, percentage or boolean that Excel would convert.
 * Office.js hosts write such strings as `"'" + text` (or with number format `"@"`).
 */
export function needsTextGuard(text: string): boolean {
  if (text === "") return false;
  if (/^[=+\-@']/.test(text)) return true;
  const t = text.trim();
  if (t === "") return false;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^\(?[$€£¥]?\s*[0-9.,]+\s*%?\)?$/.test(t) && /[0-9]/.test(t)) return true;
  if (/^[0-9.,]+e[0-9]+$/i.test(t)) return true;
  if (/^[0-9]{1,4}[/\-.][0-9]{1,2}([/\-.][0-9]{1,4})?$/.test(t)) return true;
  if (/^[0-9]{1,2}:[0-9]{2}/.test(t)) return true;
  if (/^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)/i.test(t)) return true;
  return false;
}
