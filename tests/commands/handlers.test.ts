import { commandHandlers, hideTaskpane } from "../../src/commands/handlers";

function fakeAddin(hide: () => Promise<void>) {
  const calls: string[] = [];
  return {
    calls,
    addin: {
      hide: () => {
        calls.push("hide");
        return hide();
      },
      showAsTaskpane: async () => {
        calls.push("show");
      },
    },
    event: { completed: () => calls.push("completed") },
  };
}

describe("ribbon command handlers", () => {
  test("hideTaskpane hides the task pane, then completes the event", async () => {
    const { calls, addin, event } = fakeAddin(async () => undefined);
    await hideTaskpane(addin, event);
    expect(calls).toEqual(["hide", "completed"]);
  });

  test("hideTaskpane completes the event and rethrows when hiding fails", async () => {
    const { calls, addin, event } = fakeAddin(async () => {
      throw new Error("not supported");
    });
    await expect(hideTaskpane(addin, event)).rejects.toThrow("not supported");
    expect(calls).toEqual(["hide", "completed"]);
  });

  test("the handlers are registered under the manifest's FunctionName", async () => {
    const { calls, addin, event } = fakeAddin(async () => undefined);
    const handlers = commandHandlers(addin);
    expect(Object.keys(handlers)).toEqual(["hideTaskpane"]);
    await handlers.hideTaskpane(event as unknown as Office.AddinCommands.Event);
    expect(calls).toEqual(["hide", "completed"]);
  });
});
