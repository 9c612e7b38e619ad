import { BINDINGS_SETTING, cleanBindings, createHost, saveSettings } from "../../src/excel/host";
import type { SettingsLike } from "../../src/excel/host";
import { createStandIn, standInRun } from "../../src/testing/office";

function host() {
  const standIn = createStandIn({ displayLanguage: "zh-CN" });
  return {
    standIn,
    host: createHost({
      run: standInRun(standIn),
      settings: standIn.settings,
      displayLanguage: "zh-CN",
    }),
  };
}

describe("the Office host", () => {
  it("remembers bindings in the document settings and reads them back", async () => {
    const { standIn, host: h } = host();
    await h.saveBindings({ channels: "'My sheet'!A1:D4", segments: "Segments" });
    expect(standIn.settings.saved.get(BINDINGS_SETTING)).toEqual({
      channels: "'My sheet'!A1:D4",
      segments: "Segments",
    });
    expect(h.loadBindings()).toEqual({ channels: "'My sheet'!A1:D4", segments: "Segments" });
    expect(h.displayLanguage).toBe("zh-CN");
  });

  it("keeps only known inputs bound to text", () => {
    expect(cleanBindings({ channels: " Channels ", mix: "", other: "x", segments: 3 })).toEqual({
      channels: "Channels",
    });
    expect(cleanBindings(null)).toEqual({});
    expect(cleanBindings("Channels")).toEqual({});
  });

  it("says plainly when the workbook could not save the bindings", async () => {
    const failing: SettingsLike = {
      get: () => null,
      set: () => undefined,
      saveAsync: (callback) =>
        callback?.({ status: "failed", error: { message: "the document is read-only" } }),
    };
    await expect(saveSettings(failing, {})).rejects.toThrow(
      "The workbook could not remember the inputs: the document is read-only"
    );
  });

  it("selects a cell on its sheet and reads the selection's address, one sync each", async () => {
    const { standIn, host: h } = host();
    standIn.workbook.addSheet("GTM Results");
    const before = standIn.workbook.syncs;
    await h.select("'GTM Results'!C7");
    expect(standIn.workbook.syncs - before).toBe(1);
    expect(standIn.workbook.activeSheet).toBe("GTM Results");
    expect(await h.selectedAddress()).toBe("'GTM Results'!C7");
    await expect(h.select("not an address")).rejects.toThrow(
      "not an address is not a cell address"
    );
  });
});
