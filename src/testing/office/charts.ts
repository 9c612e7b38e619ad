/** Chart proxies of the Excel stand-in: a chart records its type, series, titles, axes and place. */
import { quoteSheet } from "../../workbook/a1";
import { primed, StandInObject } from "./context";
import { RangeProxy, RangeTarget } from "./range";
import {
  ChartAxisRecord,
  ChartRecord,
  ChartSeriesRecord,
  excelError,
  MemorySheet,
  rangeAddress,
} from "./workbook";

function addressOf(range: RangeProxy | string, sheet: MemorySheet): string {
  if (typeof range === "string")
    return range.includes("!") ? range : `${quoteSheet(sheet.name)}!${range}`;
  const target: RangeTarget | null = range.targetOrNull();
  if (target === null) throw excelError("ItemNotFound", "The chart's range does not exist.");
  return rangeAddress({ ...target.ref, sheet: target.sheet.name });
}

interface ChartTarget {
  sheet: MemorySheet;
  chart: ChartRecord;
}

function emptyAxis(): ChartAxisRecord {
  return {
    title: null,
    reversePlotOrder: false,
    positionAt: null,
    numberFormat: null,
    tickLabelPosition: null,
  };
}

export class ChartCollectionProxy extends StandInObject<MemorySheet> {
  protected get kind(): string {
    return "chart collection";
  }
  protected capture(name: string, sheet: MemorySheet): unknown {
    if (name.startsWith("items")) {
      const sub = name.split("/").slice(1);
      return sheet.charts.map((chart) =>
        primed(new ChartProxy(this.ctx, () => ({ sheet, chart })), sub, (field) =>
          field === "name" ? chart.name : undefined
        )
      );
    }
    if (name === "count") return sheet.charts.length;
    throw excelError("InvalidArgument", `The stand-in cannot load charts.${name}.`);
  }

  get items(): ChartProxy[] {
    return this.read("items");
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this.ctx, () => {
      const sheet = this.targetOrNull();
      const chart = sheet?.charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (sheet === null || chart === undefined)
        throw excelError("ItemNotFound", `The chart ${name} does not exist.`);
      return { sheet, chart };
    });
  }

  add(type: string, source: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let created: ChartTarget | null = null;
    this.change(
      (sheet) => {
        const target = source.targetOrNull();
        if (target === null)
          throw excelError("ItemNotFound", "The chart's source range does not exist.");
        const { ref } = target;
        const byColumns =
          seriesBy === "Columns" || (seriesBy === "Auto" && ref.rows >= ref.columns);
        const count = byColumns ? ref.columns : ref.rows;
        const series: ChartSeriesRecord[] = Array.from({ length: count }, (_, k) => ({
          name: `Series${k + 1}`,
          values: rangeAddress(
            byColumns
              ? { ...ref, sheet: target.sheet.name, column: ref.column + k, columns: 1 }
              : { ...ref, sheet: target.sheet.name, row: ref.row + k, rows: 1 }
          ),
          categories: null,
        }));
        const chart: ChartRecord = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source: rangeAddress({ ...ref, sheet: target.sheet.name }),
          seriesBy,
          title: null,
          series,
          categoryAxis: emptyAxis(),
          valueAxis: emptyAxis(),
          position: null,
          legendPosition: null,
          overlap: null,
          gapWidth: null,
        };
        sheet.charts.push(chart);
        created = { sheet, chart };
      },
      [type, seriesBy]
    );
    return new ChartProxy(this.ctx, () => created);
  }
}

export class ChartProxy extends StandInObject<ChartTarget> {
  protected get kind(): string {
    return "chart";
  }
  protected capture(name: string, { chart }: ChartTarget): unknown {
    if (name === "name") return chart.name;
    throw excelError("InvalidArgument", `The stand-in cannot load chart.${name}.`);
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.change(({ chart }) => (chart.name = name), name);
  }

  get title(): { text: string } {
    const change = (apply: (chart: ChartRecord) => void, payload: unknown): void =>
      this.change(({ chart }) => apply(chart), payload);
    return {
      set text(text: string) {
        change((chart) => (chart.title = text), text);
      },
      get text(): string {
        throw excelError("PropertyNotLoaded", "The stand-in does not read chart titles back.");
      },
    };
  }

  get legend(): { position: string } {
    const change = (apply: (chart: ChartRecord) => void, payload: unknown): void =>
      this.change(({ chart }) => apply(chart), payload);
    return {
      set position(position: string) {
        change((chart) => (chart.legendPosition = position), position);
      },
      get position(): string {
        throw excelError("PropertyNotLoaded", "The stand-in does not read legends back.");
      },
    };
  }

  get axes(): { categoryAxis: ChartAxisProxy; valueAxis: ChartAxisProxy } {
    return {
      categoryAxis: new ChartAxisProxy(
        this.ctx,
        () => this.targetOrNull()?.chart.categoryAxis ?? null
      ),
      valueAxis: new ChartAxisProxy(this.ctx, () => this.targetOrNull()?.chart.valueAxis ?? null),
    };
  }

  delete(): void {
    this.change(({ sheet, chart }) => sheet.charts.splice(sheet.charts.indexOf(chart), 1));
  }

  get series(): ChartSeriesCollectionProxy {
    return new ChartSeriesCollectionProxy(this.ctx, () => this.targetOrNull());
  }

  setPosition(start: RangeProxy | string, end?: RangeProxy | string): void {
    this.change(({ sheet, chart }) => {
      chart.position = {
        start: addressOf(start, sheet),
        end: end === undefined ? addressOf(start, sheet) : addressOf(end, sheet),
      };
    });
  }
}

export class ChartAxisProxy extends StandInObject<ChartAxisRecord> {
  protected get kind(): string {
    return "chart axis";
  }
  protected capture(name: string): unknown {
    throw excelError("InvalidArgument", `The stand-in cannot load axis.${name}.`);
  }

  get title(): { text: string } {
    const change = (apply: (axis: ChartAxisRecord) => void, payload: unknown): void =>
      this.change(apply, payload);
    return {
      set text(text: string) {
        change((axis) => (axis.title = text), text);
      },
      get text(): string {
        throw excelError("PropertyNotLoaded", "The stand-in does not read axis titles back.");
      },
    };
  }

  set reversePlotOrder(reverse: boolean) {
    this.change((axis) => (axis.reversePlotOrder = reverse), reverse);
  }

  set numberFormat(format: string) {
    this.change((axis) => (axis.numberFormat = format), format);
  }

  set tickLabelPosition(position: string) {
    this.change((axis) => (axis.tickLabelPosition = position), position);
  }

  setPositionAt(value: number): void {
    this.change((axis) => (axis.positionAt = value), value);
  }
}

export class ChartSeriesCollectionProxy extends StandInObject<ChartTarget> {
  protected get kind(): string {
    return "chart series";
  }
  protected capture(name: string, { chart }: ChartTarget): unknown {
    if (name === "count") return chart.series.length;
    throw excelError("InvalidArgument", `The stand-in cannot load series.${name}.`);
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.ctx, () => {
      const target = this.targetOrNull();
      return target === null
        ? null
        : { sheet: target.sheet, series: target.chart.series[index] ?? null };
    });
  }

  add(name?: string): ChartSeriesProxy {
    let created: { sheet: MemorySheet; series: ChartSeriesRecord } | null = null;
    this.change(({ sheet, chart }) => {
      const series: ChartSeriesRecord = {
        name: name ?? `Series${chart.series.length + 1}`,
        values: null,
        categories: null,
      };
      chart.series.push(series);
      created = { sheet, series };
    }, name);
    return new ChartSeriesProxy(this.ctx, () => created);
  }
}

interface SeriesTarget {
  sheet: MemorySheet;
  series: ChartSeriesRecord | null;
}

export class ChartSeriesProxy extends StandInObject<SeriesTarget> {
  protected get kind(): string {
    return "chart series";
  }
  protected capture(name: string, { series }: SeriesTarget): unknown {
    if (name === "name") return series?.name;
    throw excelError("InvalidArgument", `The stand-in cannot load series.${name}.`);
  }

  private series(
    apply: (series: ChartSeriesRecord, sheet: MemorySheet) => void,
    payload?: unknown
  ): void {
    this.change(({ sheet, series }) => {
      if (series === null) throw excelError("ItemNotFound", "The chart has no such series.");
      apply(series, sheet);
    }, payload);
  }

  set name(name: string) {
    this.series((series) => (series.name = name), name);
  }
  get name(): string {
    return this.read("name");
  }

  /** Series overlap and gap width apply to the whole chart group in Excel; recorded on the chart. */
  set overlap(overlap: number) {
    this.change(({ sheet, series }) => {
      const chart = sheet.charts.find((c) => series !== null && c.series.includes(series));
      if (chart !== undefined) chart.overlap = overlap;
    }, overlap);
  }

  set gapWidth(gapWidth: number) {
    this.change(({ sheet, series }) => {
      const chart = sheet.charts.find((c) => series !== null && c.series.includes(series));
      if (chart !== undefined) chart.gapWidth = gapWidth;
    }, gapWidth);
  }

  setValues(range: RangeProxy): void {
    this.series((series, sheet) => (series.values = addressOf(range, sheet)));
  }

  setXAxisValues(range: RangeProxy): void {
    this.series((series, sheet) => (series.categories = addressOf(range, sheet)));
  }
}
