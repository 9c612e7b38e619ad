/**
 * The columns of the results sheet: the channel summary (GTM.MODEL's columns, in its order), the
 * segment summary, and the per-period series — each read from the presentation table
 * (src/model/labels.ts), which gives its label, figure kind and decimals, hence its number format.
 */
import {
  CHANNEL_HEADER,
  CHANNEL_RESULT_COLUMNS,
  metricLabelIn,
  SEGMENT_HEADER,
  SEGMENT_RESULT_COLUMNS,
  SERIES_LABELS,
} from "../../model";
import type {
  ChannelResult,
  Locale,
  PeriodUnit,
  Presentation,
  ResultColumn,
  SegmentResult,
  SeriesField,
} from "../../model";
import { moneyFormat, presentationFormat } from "../formats";
import type { CellWrite, NumberFormat } from "../port";
import type { DefinedFigure } from "./definitions";

export type Money = (decimals: number) => NumberFormat;

export interface Column<R> {
  label: string;
  figure: DefinedFigure | null;
  value: (row: R) => number | string | null;
  format: (money: Money, unit: PeriodUnit) => NumberFormat | null;
}

/** A presentation's format with the sheet's money (its currency). */
export function figureFormat(presentation: Presentation, money: Money, unit: PeriodUnit) {
  return presentation.kind === "money"
    ? money(presentation.decimals)
    : presentationFormat(presentation, { periodUnit: unit });
}

function nameColumn<R extends { name: string }>(label: string): Column<R> {
  return { label, figure: null, value: (r) => r.name, format: () => null };
}

function resultColumns<R, F extends keyof R & DefinedFigure>(
  columns: readonly ResultColumn<F>[]
): Column<R>[] {
  return columns
    .filter((c) => c.inSummary)
    .map((c) => ({
      label: c.header,
      figure: c.field,
      value: (row: R) => row[c.field] as number | null,
      format: (money, unit) => figureFormat(c.presentation, money, unit),
    }));
}

/** The GTM.MODEL columns, in its order (custom-functions.md). */
export const CHANNEL_COLUMNS: readonly Column<ChannelResult>[] = [
  nameColumn<ChannelResult>(CHANNEL_HEADER),
  ...resultColumns<ChannelResult, Exclude<keyof ChannelResult, "name">>(CHANNEL_RESULT_COLUMNS),
];

export const SEGMENT_COLUMNS: readonly Column<SegmentResult>[] = [
  nameColumn<SegmentResult>(SEGMENT_HEADER),
  ...resultColumns<SegmentResult, Exclude<keyof SegmentResult, "name">>(SEGMENT_RESULT_COLUMNS),
];

/** The per-period series, in the order of their column groups. */
export const SERIES_GROUPS: readonly {
  field: SeriesField;
  label: string;
  presentation: Presentation;
}[] = SERIES_LABELS.map((s) => ({ ...s, label: s.presentation.label }));

/** A column's header in `locale`: the figure's name, or `Channel` / `Segment` for the name column. */
export function columnLabel<R>(column: Column<R>, locale: Locale = "en"): string {
  if (locale === "en") return column.label;
  if (column.figure !== null) return metricLabelIn(column.figure, locale);
  return column.label === "Segment" ? "客户细分" : "渠道";
}

/** A series group's title in `locale`. */
export function seriesLabel(group: (typeof SERIES_GROUPS)[number], locale: Locale = "en"): string {
  return locale === "en" ? group.label : metricLabelIn(group.field, locale);
}

export function rowCells<R>(columns: readonly Column<R>[], row: R): CellWrite[] {
  return columns.map((column) => column.value(row));
}

export function columnFormats<R>(
  columns: readonly Column<R>[],
  money: Money,
  unit: PeriodUnit
): (NumberFormat | null)[] {
  return columns.map((column) => column.format(money, unit));
}

/** Formats of the channel summary's columns, in the model's currency. */
export function channelColumnFormats(
  currency: string | null,
  unit: PeriodUnit
): (NumberFormat | null)[] {
  return columnFormats(CHANNEL_COLUMNS, (decimals) => moneyFormat(currency, decimals), unit);
}
