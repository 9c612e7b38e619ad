import { attribute, descendants, only, parseXml } from "./xml";

describe("the manifest tests' XML reader", () => {
  test("builds the element tree with attributes and text", () => {
    const root = parseXml('<a x="1"><b>hi</b><c><b y="2"/></c></a>');
    expect(root.name).toBe("a");
    expect(attribute(root, "x")).toBe("1");
    expect(only(root, "b").text).toBe("hi");
    expect(descendants(root, "b").map((b) => b.attributes)).toEqual([{}, { y: "2" }]);
  });

  test("rejects XML that is not well formed", () => {
    expect(() => parseXml("<a><b></a>")).toThrow();
  });

  test("only() and attribute() name what is missing", () => {
    const root = parseXml("<a><b/><b/></a>");
    expect(() => only(root, "b")).toThrow("<a> has 2 <b> children, expected 1");
    expect(() => attribute(root, "z")).toThrow("<a> has no z attribute");
  });
});
