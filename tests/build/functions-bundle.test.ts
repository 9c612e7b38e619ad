/**
 * Foundation check of the built custom functions: dist/functions.js, run ALONE in a bare
 * JavaScript context whose only global is a `CustomFunctions` object (no window, document,
 * console, Office, React), registers exactly the functions that dist/functions.json lists.
 * The deeper contract (what each function returns) is tested in tests/functions.
 */
import { readFileSync } from "fs";
import path from "path";
import vm from "vm";

const dist = path.resolve(__dirname, "../../dist");

interface FunctionMetadata {
  id: string;
  name: string;
}

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

function loadBundle(): Map<string, unknown> {
  const registered = new Map<string, unknown>();
  const register = (id: string, implementation: unknown) => {
    if (registered.has(id)) throw new Error(`${id} associated twice`);
    registered.set(id, implementation);
  };
  const CustomFunctions = {
    associate(idOrMap: string | Record<string, unknown>, implementation?: unknown): void {
      if (typeof idOrMap === "string") register(idOrMap, implementation);
      else Object.entries(idOrMap).forEach(([id, fn]) => register(id, fn));
    },
    Error: CustomFunctionsError,
    ErrorCode,
  };
  const context = vm.createContext({ CustomFunctions });
  vm.runInContext(readFileSync(path.join(dist, "functions.js"), "utf8"), context, {
    filename: "functions.js",
  });
  return registered;
}

describe("dist/functions.js in a bare context", () => {
  const metadata = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as {
    functions: FunctionMetadata[];
  };
  const ids = metadata.functions.map((f) => f.id);

  test("functions.json lists functions with unique ids", () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("functions.json has no development URL left (help links point at the production server)", () => {
    const text = readFileSync(path.join(dist, "functions.json"), "utf8");
    expect(text.match(/localhost/g) ?? []).toEqual([]);
  });

  test("registers every function listed in functions.json, and nothing else", () => {
    const registered = loadBundle();
    expect([...registered.keys()].sort()).toEqual([...ids].sort());
    for (const [id, implementation] of registered) {
      expect({ id, type: typeof implementation }).toEqual({ id, type: "function" });
    }
  });
});
