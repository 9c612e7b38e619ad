import { heatMapFills } from "../../src/preview/heatMap";

test("a three-colour scale paints the lowest, the median and the highest value with its colours", () => {
  const scale = {
    address: "'GTM Sensitivity'!B2:D2",
    criteria: {
      minimum: { color: "#F8696B" },
      midpoint: { color: "#FFEB84" },
      maximum: { color: "#63BE7B" },
    },
  };
  const fills = heatMapFills(
    [scale],
    [
      ["x", "y", "z", "w"],
      ["label", 10, 20, 40],
    ]
  );
  expect(fills.get("1,1")).toBe("#F8696B");
  expect(fills.get("1,2")).toBe("#FFEB84");
  expect(fills.get("1,3")).toBe("#63BE7B");
  expect(fills.has("1,0")).toBe(false);
});
