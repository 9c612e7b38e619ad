import { isLocaleTag, localeOf } from "../../src/model";

describe("localeOf", () => {
  it.each([
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["zh", "zh-CN"],
    ["zh-CN", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-TW", "en"],
    ["zh-Hant-HK", "en"],
    ["zha", "en"],
  ])("%s → %s", (tag, locale) => {
    expect(localeOf(tag)).toBe(locale);
  });

  it("takes exactly the command line's tags", () => {
    expect(isLocaleTag("zh-cn")).toBe(true);
    expect(isLocaleTag("en")).toBe(true);
    expect(isLocaleTag("zh")).toBe(false);
    expect(isLocaleTag("de")).toBe(false);
  });
});
