/**
 * What the task pane needs from its host besides the workbook port: the display language, bindings
 * remembered in the workbook (document settings), selecting a cell, reading the selection.
 * The pane owns this interface; src/excel implements it over Office.js (`createHost`,
 * `createOfficeHost` in src/excel/host.ts) and the composition root (src/taskpane/index.tsx)
 * hands that implementation to the pane.
 */
import type { InputBindings, WorkbookPort } from "../workbook/port";

export interface OfficeHost {
  port: WorkbookPort;
  /** Office's display language, e.g. `en-US`, `zh-CN`. */
  displayLanguage: string;
  /** Whether Office shows a dark theme (the pane follows it). */
  darkTheme: boolean;
  loadBindings(): InputBindings;
  saveBindings(bindings: InputBindings): Promise<void>;
  /** Select a cell or range given as `Sheet!A1` (activating its sheet). */
  select(address: string): Promise<void>;
  /**
   * The address of the current selection, e.g. `Sheet1!A1:D5`. When several areas are selected
   * it rejects with an error whose `code` is {@link MULTIPLE_AREAS}; the pane says it in words.
   */
  selectedAddress(): Promise<string>;
}

/** The error code (ours, not Excel's) of a selection of several areas: the pane says it in words. */
export const MULTIPLE_AREAS = "MultipleAreas";
