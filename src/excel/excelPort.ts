/**
 * The workbook port over Office.js (`Excel.run`). Round trips: `readInputs` one, `inspect` two,
 * `writeSheet` one per request of cell data (one for any plan under the request limit).
 */
import type {
  InputBindings,
  ReadInputs,
  SheetPlan,
  WorkbookInfo,
  WorkbookPort,
  WrittenSheet,
  TableInputName,
} from "../workbook/port";
import { inspectWorkbook } from "./inspect";
import type { SheetContents } from "./inspect";
import { readInputs } from "./readInputs";
import type { ExcelRun } from "./run";
import { DEFAULT_LIMITS, writePlan } from "./writePlan";
import type { WriteLimits } from "./writePlan";

export class ExcelWorkbookPort implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly limits: WriteLimits;
  /** What the last `inspect()` saw on each sheet (charts, tables), for replacing one of ours. */
  private seen = new Map<string, SheetContents>();

  constructor(run: ExcelRun, limits: Partial<WriteLimits> = {}) {
    this.run = run;
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  readInputs(bindings: InputBindings, names?: readonly TableInputName[]): Promise<ReadInputs> {
    return readInputs(this.run, bindings, names);
  }

  async inspect(): Promise<WorkbookInfo> {
    const { info, contents } = await inspectWorkbook(this.run);
    this.seen = contents;
    return info;
  }

  /** One round trip: delete the sheet (its tables and charts go with it). */
  removeSheet(name: string): Promise<void> {
    return this.run(async (context) => {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
  }

  writeSheet(plan: SheetPlan): Promise<WrittenSheet> {
    const known = plan.replace ? this.seen.get(plan.name.toLowerCase()) : undefined;
    return writePlan(this.run, plan, this.limits, known);
  }
}
