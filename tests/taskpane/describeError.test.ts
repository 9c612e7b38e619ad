import { describeError } from "../../src/taskpane/describeError";
import { CHINESE, ENGLISH } from "../../src/taskpane/strings";

test("Excel's error codes become plain sentences; other errors keep their message", () => {
  const excel = Object.assign(
    new Error("RichApi.Error: The request payload size has exceeded the limit."),
    { code: "RequestPayloadSizeLimitExceeded" }
  );
  expect(describeError(excel, ENGLISH)).toBe(
    "Excel refused a request as too large. Try fewer values."
  );
  expect(describeError(excel, CHINESE)).toBe("Excel 因请求过大而拒绝。请减少数值个数。");
  expect(
    describeError(
      new Error("Live formulas need the channels table in the workbook; write values instead"),
      ENGLISH
    )
  ).toBe("Live formulas need the channels table in the workbook; write values instead");
  expect(describeError(Object.assign(new Error("odd"), { code: "SomethingNew" }), ENGLISH)).toBe(
    "odd"
  );
  expect(describeError("plain text", ENGLISH)).toBe("plain text");
});
