/**
 * The language of the command line's messages (issue 11, point 4): `--lang zh-CN` (or
 * `--lang=zh-CN`) anywhere in the arguments; English otherwise. Read from the raw arguments so a
 * message can be said in it even when the command line fails before its options are parsed.
 */
import { isLocaleTag, issueMessage, LOCALES, type InputIssue, type Locale } from "../model";

/** The locale `--lang` names in `argv`, or English (an unknown tag is a usage error elsewhere). */
export function langOf(argv: readonly string[]): Locale {
  let tag: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--lang") tag = argv[i + 1];
    else if (arg.startsWith("--lang=")) tag = arg.slice("--lang=".length);
  });
  if (tag === undefined || !isLocaleTag(tag)) return "en";
  return LOCALES.find((locale) => locale.toLowerCase() === tag?.trim().toLowerCase()) ?? "en";
}

/** One line per issue, in `locale`. */
export function issueLines(issues: readonly InputIssue[], locale: Locale = "en"): string[] {
  return issues.map((issue) => issueMessage(issue, locale));
}

/** The word before a warning on standard error. */
export function warningWord(locale: Locale = "en"): string {
  return locale === "zh-CN" ? "警告：" : "warning: ";
}
