/**
 * The languages the add-in writes and speaks: English and Simplified Chinese (issue 11, point 4).
 * Every host picks one: the task pane and the preview from Office's display language, the
 * command line from `--lang`. Pure: no Office or Node imports.
 */
export type Locale = "en" | "zh-CN";

/** Every locale, English first (the fallback). */
export const LOCALES: readonly Locale[] = ["en", "zh-CN"];

/**
 * The locale of a language tag such as Office's display language (`en-US`, `zh-CN`,
 * `zh-Hans-CN`) or a `--lang` value: Simplified Chinese for `zh`, `zh-CN`, `zh-SG`, `zh-Hans…`;
 * English for everything else, Traditional Chinese (`zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant…`)
 * included, since no Traditional strings exist.
 */
export function localeOf(tag: string): Locale {
  const lang = tag.trim().toLowerCase();
  const traditional = /^zh-(tw|hk|mo|hant)/.test(lang);
  return (lang === "zh" || lang.startsWith("zh-")) && !traditional ? "zh-CN" : "en";
}

/** Whether `tag` names a locale exactly as the command line takes it (`en`, `zh-CN`, any case). */
export function isLocaleTag(tag: string): boolean {
  return LOCALES.some((locale) => locale.toLowerCase() === tag.trim().toLowerCase());
}
