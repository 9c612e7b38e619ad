/** The shared operations of the message tables: filling a template, reading one back. */
import { fillTemplate, templatePattern } from "../../src/model";

describe("message templates", () => {
  it("fill {0}, {1} … in any order, a missing parameter as the caller says", () => {
    expect(fillTemplate("{1} of {0} ({2})", (i) => ["a", "b"][i] ?? "?")).toBe("b of a (?)");
  });

  it("read the parameters back from a text the English template made, special characters and all", () => {
    const english = "{0} (x*2) is not [0, 1] — enter {1}% or {2}?";
    const text = fillTemplate(english, (i) => ["Channels!E2", "25", "0.25"][i] as string);
    expect(templatePattern(english).exec(text)?.slice(1)).toEqual(["Channels!E2", "25", "0.25"]);
    expect(templatePattern(english).test(`${text} more`)).toBe(false);
  });
});
