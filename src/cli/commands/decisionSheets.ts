/** `--out` of gtm scenarios, breakeven and allocate: the shared sheet plans, with where the question's tables came from. */
import type {
  AllocationResult,
  BoundsSource,
  BreakEvenResult,
  ScenarioComparison,
  ScenariosSource,
} from "../../model";
import { writeAllocation, writeBreakEven, writeScenarios } from "../../workbook";
import type { WrittenSheet } from "../../workbook/port";
import type { XlsxWorkbook } from "../xlsxWorkbook";
import { message } from "../i18n/messages";
import type { SheetContext } from "./common";

export type DecisionSheet =
  | {
      kind: "scenarios";
      comparison: ScenarioComparison;
      chartMetric: string | null;
      source: ScenariosSource & { address?: string };
    }
  | { kind: "breakEven"; answer: BreakEvenResult }
  | {
      kind: "allocation";
      answer: AllocationResult;
      bounds: (BoundsSource & { address?: string }) | null;
    };

/** Where a decision table came from, in words. */
function sourceWords(source: { address?: string } | null, json: string, none: string): string {
  if (source === null) return none;
  return source.address ?? json;
}

export function writeDecisionSheet(
  port: XlsxWorkbook,
  context: SheetContext,
  sheet: DecisionSheet
): Promise<WrittenSheet> {
  switch (sheet.kind) {
    case "scenarios":
      return writeScenarios(port, {
        ...context,
        comparison: sheet.comparison,
        chartMetric: sheet.chartMetric,
        source: sourceWords(
          sheet.source,
          message("jsonScenarios", context.locale),
          message("noScenarios", context.locale)
        ),
      });
    case "breakEven":
      return writeBreakEven(port, { ...context, answer: sheet.answer });
    case "allocation":
      return writeAllocation(port, {
        ...context,
        answer: sheet.answer,
        bounds: sourceWords(
          sheet.bounds,
          message("jsonBounds", context.locale),
          message("noBounds", context.locale)
        ),
      });
  }
}
