/**
 * Terminal columns of text: a Chinese character (and full-width punctuation) takes two columns,
 * everything else one, so help and summary tables in Chinese line up as they do in English.
 */
import { displayWidth } from "../../workbook/text";

export { displayWidth };
/** `text` padded on the right to `width` columns. */
export function padEndTo(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** `text` padded on the left to `width` columns. */
export function padStartTo(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}
