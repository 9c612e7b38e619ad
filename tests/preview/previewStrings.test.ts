/** The preview page's texts: every one in both languages, chosen from Office's display language. */
import {
  PREVIEW_CHINESE,
  PREVIEW_ENGLISH,
  previewStringsFor,
} from "../../src/preview/previewStrings";

function texts(strings: object): string[] {
  return Object.values(strings).flatMap((value: unknown) =>
    typeof value === "string"
      ? [value]
      : typeof value === "function"
        ? [String((value as (...args: string[]) => string)("X", "Y"))]
        : texts(value as object)
  );
}

test("Simplified Chinese has every text of English, translated", () => {
  const english = texts(PREVIEW_ENGLISH);
  const chinese = texts(PREVIEW_CHINESE);
  expect(chinese).toHaveLength(english.length);
  chinese.forEach((text, i) => {
    expect(text).not.toBe(english[i]);
    expect(text).toMatch(/[\u3000-\u9fff\uff00-\uffef]/); // Chinese, or its full-width punctuation
  });
});

test("the language follows Office's display language, Traditional Chinese reading English", () => {
  expect(previewStringsFor("zh-CN")).toBe(PREVIEW_CHINESE);
  expect(previewStringsFor("zh-Hans-CN")).toBe(PREVIEW_CHINESE);
  expect(previewStringsFor("zh-TW")).toBe(PREVIEW_ENGLISH);
  expect(previewStringsFor("en-GB")).toBe(PREVIEW_ENGLISH);
});

test("charts are named in plain words, never Excel's type names", () => {
  for (const strings of [PREVIEW_ENGLISH, PREVIEW_CHINESE])
    for (const kind of Object.values(strings.chartKinds))
      expect(kind).not.toMatch(/Clustered|XYScatter|Line$|Bar[A-Z]/);
});
