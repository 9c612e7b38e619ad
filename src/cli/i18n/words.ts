/**
 * Text the command line says in both languages (issue 11, point 4): `{ en, zh }`, picked by the
 * locale of `--lang`. Plain strings are syntax or user text (option names, paths, names typed in
 * cells) and read the same in every language.
 */
import type { Locale } from "../../model";

export interface Words {
  readonly en: string;
  readonly zh: string;
}

/** What a message may hold: words in both languages, or text that is the same in every language. */
export type Text = string | number | Words;

/** `text` in `locale`. */
export function say(text: Text, locale: Locale = "en"): string {
  if (typeof text === "string") return text;
  if (typeof text === "number") return String(text);
  return locale === "zh-CN" ? text.zh : text.en;
}

/** The same text in both languages (syntax, names). */
export function same(text: string): Words {
  return { en: text, zh: text };
}

/** Words made of pieces in both languages: `join([a, b], { en: ", ", zh: "、" })`. */
export function joinWords(parts: readonly Text[], separator: Text = ""): Words {
  return {
    en: parts.map((part) => say(part, "en")).join(say(separator, "en")),
    zh: parts.map((part) => say(part, "zh-CN")).join(say(separator, "zh-CN")),
  };
}

/** `a, b, c` / `a、b、c`. */
export function list(names: readonly string[]): Words {
  return { en: names.join(", "), zh: names.join("、") };
}

/** `a, b or c` / `a、b 或 c`. */
export function orList(names: readonly string[]): Words {
  if (names.length <= 1) return same(names.join(""));
  const head = names.slice(0, -1);
  const last = names[names.length - 1] as string;
  return { en: `${head.join(", ")} or ${last}`, zh: `${head.join("、")} 或 ${last}` };
}
