/**
 * The request context and proxy-object mechanics of the Excel stand-in, as Office.js has them:
 * calls on proxy objects are queued, nothing reaches the workbook until `context.sync()`, a
 * property can only be read after it was loaded and synced, `*OrNullObject` accessors give null
 * objects (and whatever is reached through a null object is null too), a request bigger than the
 * payload limit is refused as a whole, and every sync is counted on the workbook.
 */
import { utf8Length } from "../../workbook/text";
import { recalculate } from "./calc";
import { excelError, MemoryWorkbook } from "./workbook";

type Op = () => void;

/**
 * Excel on the web refuses requests over 5 MB, measured in bytes of the (UTF-8) payload:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * (Excel on the web only: https://github.com/OfficeDev/office-js-docs-pr/pull/5333; the limit was
 * added to the docs after https://github.com/OfficeDev/office-js-docs-reference/issues/354).
 */
export const DEFAULT_REQUEST_LIMIT = 5 * 1024 * 1024;
/** Rough size of one queued command besides its arguments. */
const COMMAND_OVERHEAD = 24;

export class StandInContext {
  readonly book: MemoryWorkbook;
  readonly requestLimit: number;
  private queue: Op[] = [];
  private bytes = 0;
  /** Queued loads and changes (not counting the bookkeeping of proxies that were only created). */
  private commands = 0;

  constructor(book: MemoryWorkbook, requestLimit: number) {
    this.book = book;
    this.requestLimit = requestLimit;
  }

  enqueue(op: Op, payload?: unknown, command = true): void {
    this.queue.push(op);
    if (!command) return;
    this.commands += 1;
    this.bytes +=
      COMMAND_OVERHEAD + (payload === undefined ? 0 : utf8Length(JSON.stringify(payload)));
  }

  /** Whether loads or changes wait for a sync (Excel.run sends them when the batch ends). */
  get hasPending(): boolean {
    return this.commands > 0;
  }

  /** One round trip: refuse an oversized request whole, else run the queued commands in order. */
  async sync(): Promise<void> {
    const ops = this.queue;
    const bytes = this.bytes;
    this.queue = [];
    this.bytes = 0;
    this.commands = 0;
    this.book.syncs += 1;
    await Promise.resolve();
    if (bytes > this.requestLimit) {
      throw excelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit.`
      );
    }
    try {
      for (const op of ops) op();
      // Manual calculation: only `application.calculate()` (or a switch to Automatic) calculates.
      if (this.book.calculationMode !== "Manual") recalculate(this.book);
    } finally {
      this.book.notify();
    }
  }
}

/** Parse a load argument (`"values, address"`, `["name"]`, `"items/name"`) into property names. */
export function loadedNames(props: string | string[] | undefined): string[] {
  if (props === undefined) return [];
  const list = Array.isArray(props) ? props : props.split(",");
  return list.map((prop) => prop.trim()).filter((prop) => prop !== "");
}

/**
 * A proxy for a workbook object. `resolver` finds the object when the first queued command runs;
 * the result is kept, so the proxy stays bound to the same object (as Office.js binds by id).
 */
export abstract class StandInObject<T> {
  protected readonly ctx: StandInContext;
  private readonly resolver: () => T | null;
  private resolved: { target: T | null } | null = null;
  private nullState: boolean | undefined;
  private snapshot: Map<string, unknown> = new Map();

  constructor(ctx: StandInContext, resolver: () => T | null) {
    this.ctx = ctx;
    this.resolver = resolver;
    ctx.enqueue(
      () => {
        this.nullState = this.targetOrNull() === null;
      },
      undefined,
      false
    );
  }

  get context(): StandInContext {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw excelError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.nullState;
  }

  /** The object, or null: resolved once. */
  targetOrNull(): T | null {
    if (this.resolved === null) this.resolved = { target: this.resolver() };
    return this.resolved.target;
  }

  /**
   * The object as the parent of a call (`sheet.getRange()`, `table.getRange()`…). A null object
   * (from an `*OrNullObject` accessor) has no documented behaviour for method calls: Microsoft
   * documents only checking `isNullObject` after a sync
   * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties;
   * see also https://github.com/OfficeDev/office-js-docs-reference/issues/771), so the stand-in
   * fails the batch instead of guessing that the call returns another null object.
   */
  parentTarget(): T {
    const target = this.targetOrNull();
    if (target === null)
      throw excelError(
        "InvalidOperation",
        `A method was called on a null ${this.kind} (from an *OrNullObject accessor): check isNullObject after a sync first.`
      );
    return target;
  }

  /** The object, failing the batch when it does not exist. */
  protected target(): T {
    const target = this.targetOrNull();
    if (target === null)
      throw excelError("ItemNotFound", `The requested ${this.kind} does not exist.`);
    return target;
  }

  protected abstract get kind(): string;

  /** The values of the given properties, read from the workbook when the load runs. */
  protected abstract capture(name: string, target: T): unknown;

  load(props?: string | string[]): this {
    const names = loadedNames(props);
    this.ctx.enqueue(() => {
      const target = this.targetOrNull();
      if (target === null) return;
      for (const name of names) {
        const top = name.split("/")[0];
        this.snapshot.set(top, this.capture(name, target));
      }
    });
    return this;
  }

  protected read<V>(name: string): V {
    if (!this.snapshot.has(name))
      throw excelError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Load it and call context.sync() first.`
      );
    return this.snapshot.get(name) as V;
  }

  /** Queue a change of the object. */
  protected change(apply: (target: T) => void, payload?: unknown): void {
    this.ctx.enqueue(() => apply(this.target()), payload);
  }
}

/**
 * Items of a loaded collection carry the loaded sub-properties (`items/name`): the stand-in takes
 * them from the same snapshot the collection was read from.
 */
export function primed<P extends StandInObject<unknown>>(
  proxy: P,
  sub: string[],
  value: (field: string) => unknown
): P {
  const fields = sub.length > 0 ? sub : ["name"];
  const values = new Map(fields.map((field) => [field, value(field)]));
  return new Proxy(proxy, {
    get(target, key, receiver) {
      if (typeof key === "string" && values.has(key)) return values.get(key);
      if (key === "isNullObject") return false;
      return Reflect.get(target, key, receiver);
    },
  });
}
