/** Text cells: what a host must guard so that a string is stored as text, never as a formula or number. */

const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
const MONTH_DATE = new RegExp(
  `^(\\d{1,4}[\\s/.-]*${MONTH}([\\s/.,-]*\\d{1,4})?|${MONTH}[\\s/.,-]*\\d{1,4}([\\s/.,-]*\\d{1,4})?)$`,
  "i"
);

/**
 * True when Excel's `range.values` might NOT keep `text` as the same text, so an Office.js host
 * writes it as `"'" + text` (or with number format `"@"`):
 * - it starts with `=`, `+`, `-` or `@` (a formula) or an apostrophe (which Excel would swallow);
 * - it starts with a digit, `.`, `(` or a currency sign (Excel may read a number, date, time,
 *   fraction or percentage: `2024`, `1/2`, `10 AM`, `(100)`, `$5`);
 * - it reads as a date with a month name (`Mar-25`, `5 Jan`), a boolean, or an error value.
 * Guarding more than needed is harmless: the apostrophe only marks the cell as text.
 */
export function needsTextGuard(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@']/.test(text)) return true;
  if (/^[0-9.(]/.test(t) || /^[$€£¥][\s]*[0-9.]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)/i.test(t))
    return true;
  return MONTH_DATE.test(t);
}

/**
 * Bytes of `text` in UTF-8 (what a request payload is measured in: `€` is 3 bytes, `中` 3, an
 * emoji 4), counted without an encoder so that every layer can use it.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const point = ch.codePointAt(0) ?? 0;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Chinese, Japanese and Korean characters and full-width punctuation. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/**
 * Columns of text in a fixed-width grid (a terminal, or Excel's column width in characters of the
 * default font): a Chinese, Japanese or Korean character and full-width punctuation take two,
 * everything else one.
 */
export function displayWidth(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}
