/**
 * Binding an input to the selection (issue 11): refused on one cell or a sheet the add-in wrote;
 * otherwise the pane first shows what would be read, and binds only when the user confirms.
 */
import type { OfficeHost } from "../host";
import { isOwnedSheet, parseSheetRange } from "../../workbook";
import type { InputBindings, InputName } from "../../workbook";
import type { InputsState, SelectionPreview } from "../operations";
import { dataRows, type Loaded } from "./loading";

/** The model's table each input is read as (the tables its errors name). */
const TABLE_OF: Record<InputName, string> = {
  channels: "Channels",
  segments: "Segments",
  mix: "Mix",
  assumptions: "Assumptions",
};

/** Error codes of a refused "Use selection" (the pane says them in words: strings.excelErrors). */
export const SINGLE_CELL = "SingleCellSelected";
export const ADDIN_SHEET = "AddinSheetSelected";

/** Rows of the selection shown before binding (the header and the first data rows). */
const PREVIEW_ROWS = 4;

export function bindingActions(
  host: OfficeHost,
  loader: { checkInputs: () => Promise<InputsState>; load: (b: InputBindings) => Promise<Loaded> }
) {
  const { checkInputs } = loader;
  const { port } = host;

  /**
   * A table is never one cell, and never a sheet the add-in wrote (its results): binding an input
   * there would only give a list of problems (issue 11). Refused with a sentence, nothing saved.
   */
  async function refuseBinding(address: string): Promise<void> {
    const range = parseSheetRange(address);
    if (range === null) return;
    if (range.rect.rows === 1 && range.rect.columns === 1)
      throw Object.assign(new Error(`${address} is one cell`), { code: SINGLE_CELL });
    const wanted = range.sheet.toLowerCase();
    const sheet = (await port.inspect()).sheets.find((s) => s.name.toLowerCase() === wanted);
    if (sheet !== undefined && isOwnedSheet(sheet))
      throw Object.assign(new Error(`${range.sheet} is a sheet the add-in wrote`), {
        code: ADDIN_SHEET,
      });
  }

  /** What binding `input` to the selection would read: nothing is saved. */
  async function previewSelection(input: InputName): Promise<SelectionPreview> {
    const address = await host.selectedAddress();
    await refuseBinding(address);
    // The model read with this binding (the other inputs as bound): the rows and this table's problems.
    const { inputs, outcome } = await loader.load({ ...host.loadBindings(), [input]: address });
    const data = inputs[input];
    const values = data?.values ?? [];
    return {
      input,
      selection: address,
      address: data?.address ?? address,
      kind: data?.kind ?? null,
      rows: values.length,
      columns: values[0]?.length ?? 0,
      dataRows: data === undefined ? 0 : dataRows(data, input),
      header: input === "assumptions" ? null : (values[0] ?? []).map((cell) => String(cell ?? "")),
      first: values
        .slice(input === "assumptions" ? 0 : 1, (input === "assumptions" ? 0 : 1) + PREVIEW_ROWS)
        .map((row) => row.map((cell) => String(cell ?? ""))),
      problems: outcome.errors.filter((issue) => issue.table === TABLE_OF[input]),
    };
  }

  return {
    previewSelection,

    async bindSelection(input: InputName, address?: string): Promise<InputsState> {
      const target = address ?? (await host.selectedAddress());
      await refuseBinding(target);
      await host.saveBindings({ ...host.loadBindings(), [input]: target });
      return checkInputs();
    },

    async resetBinding(input: InputName): Promise<InputsState> {
      const bindings = { ...host.loadBindings() };
      delete bindings[input];
      await host.saveBindings(bindings);
      return checkInputs();
    },
  };
}
