/* global window */
/**
 * Stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in browser tests
 * (served by Playwright's page.route; tests never reach the network). It provides what the task
 * pane's shared runtime uses:
 *  - Office: onReady (host Excel), context.displayLanguage, context.document.settings,
 *    addin.hide/showAsTaskpane, actions.associate;
 *  - CustomFunctions: associate, Error, ErrorCode (functions.js registers into it);
 *  - Excel.run over an in-memory workbook, with Office.js's batching: writes and loads are queued
 *    and happen at context.sync(); reading a property that was not loaded and synced throws.
 * Tests inspect window.__officeStub: { workbook, functions, actions, calls }.
 */
(function () {
  "use strict";

  const workbook = { sheets: [{ name: "Sheet1", cells: new Map() }], active: "Sheet1" };
  const stub = { workbook, functions: {}, actions: {}, calls: [] };
  window.__officeStub = stub;

  function officeError(code, message) {
    const error = new Error(message);
    error.name = "RichApi.Error";
    error.code = code;
    return error;
  }

  // ---- A1 addresses -------------------------------------------------------------------------
  function columnIndex(letters) {
    return letters.split("").reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  }
  function columnLetters(index) {
    let letters = "";
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    }
    return letters;
  }
  function parseRect(address) {
    const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address.toUpperCase());
    if (!match) throw officeError("InvalidArgument", `Unsupported range address: ${address}`);
    const top = Number(match[2]) - 1;
    const left = columnIndex(match[1]);
    const bottom = match[4] ? Number(match[4]) - 1 : top;
    const right = match[3] ? columnIndex(match[3]) : left;
    return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
  function rectAddress(sheetName, rect) {
    const start = columnLetters(rect.column) + (rect.row + 1);
    const end = columnLetters(rect.column + rect.columns - 1) + (rect.row + rect.rows);
    return `${sheetName}!${start === end ? start : `${start}:${end}`}`;
  }

  // ---- Proxies with Office.js's load/sync semantics ------------------------------------------
  function findSheet(name) {
    return workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  function notLoaded(name, typeName) {
    return officeError(
      "PropertyNotLoaded",
      `The property '${name}' of ${typeName} is not available. Call load and sync first.`
    );
  }

  /** Defines read-only properties that throw until load(...) + sync() filled them. */
  function loadable(target, typeName, names) {
    const loaded = {};
    for (const name of names) {
      Object.defineProperty(target, name, {
        enumerable: true,
        configurable: true,
        get() {
          if (!(name in loaded)) throw notLoaded(name, typeName);
          return loaded[name];
        },
      });
    }
    return loaded;
  }

  function requestedProperties(props, all) {
    if (props === undefined) return all;
    const list = Array.isArray(props) ? props : String(props).split(",");
    return list.map((p) => p.trim()).filter((p) => all.includes(p));
  }

  function createRange(context, sheetRef, address) {
    const range = { isNullObject: false };
    const loaded = loadable(range, "Range", ["values", "address", "rowCount", "columnCount"]);
    const rect = parseRect(address);
    Object.defineProperty(range, "values", {
      get() {
        if (!("values" in loaded)) throw notLoaded("values", "Range");
        return loaded.values;
      },
      set(values) {
        context.queue(() => {
          const sheet = sheetRef();
          if (values.length !== rect.rows || values.some((row) => row.length !== rect.columns)) {
            throw officeError(
              "InvalidArgument",
              `The number of rows or columns in the input array doesn't match the size of the range ${rectAddress(sheet.name, rect)}.`
            );
          }
          values.forEach((row, r) =>
            row.forEach((value, c) => {
              const key = columnLetters(rect.column + c) + (rect.row + r + 1);
              // As in Office.js: "" clears a cell, null leaves it unchanged.
              if (value === "") sheet.cells.delete(key);
              else if (value !== null) sheet.cells.set(key, value);
            })
          );
          stub.calls.push(["range.values", rectAddress(sheet.name, rect)]);
        });
      },
    });
    range.load = (props) => {
      const names = requestedProperties(props, ["values", "address", "rowCount", "columnCount"]);
      context.queue(() => {
        const sheet = sheetRef();
        for (const name of names) {
          if (name === "address") loaded.address = rectAddress(sheet.name, rect);
          if (name === "rowCount") loaded.rowCount = rect.rows;
          if (name === "columnCount") loaded.columnCount = rect.columns;
          if (name === "values") {
            loaded.values = Array.from({ length: rect.rows }, (_, r) =>
              Array.from({ length: rect.columns }, (_, c) => {
                const key = columnLetters(rect.column + c) + (rect.row + r + 1);
                return sheet.cells.has(key) ? sheet.cells.get(key) : "";
              })
            );
          }
        }
      });
      return range;
    };
    return range;
  }

  function createWorksheet(context, resolve, orNull) {
    const worksheet = {};
    const loaded = loadable(worksheet, "Worksheet", ["name", "position"]);
    let sheet = null;
    context.queue(() => {
      sheet = resolve();
      if (!sheet && !orNull)
        throw officeError("ItemNotFound", "The requested resource doesn't exist.");
    });
    const current = () => {
      if (!sheet) throw officeError("ItemNotFound", "The requested resource doesn't exist.");
      return sheet;
    };
    Object.defineProperty(worksheet, "isNullObject", {
      get: () => sheet === null,
    });
    worksheet.load = (props) => {
      const names = requestedProperties(props, ["name", "position"]);
      context.queue(() => {
        if (!sheet) return;
        if (names.includes("name")) loaded.name = sheet.name;
        if (names.includes("position")) loaded.position = workbook.sheets.indexOf(sheet);
      });
      return worksheet;
    };
    worksheet.getRange = (address) => createRange(context, current, address || "A1");
    worksheet.activate = () => context.queue(() => (workbook.active = current().name));
    worksheet.delete = () =>
      context.queue(() => {
        workbook.sheets.splice(workbook.sheets.indexOf(current()), 1);
      });
    return worksheet;
  }

  function createWorksheets(context) {
    const worksheets = {};
    const loaded = loadable(worksheets, "WorksheetCollection", ["items"]);
    worksheets.getItem = (name) => createWorksheet(context, () => findSheet(name), false);
    worksheets.getItemOrNullObject = (name) =>
      createWorksheet(context, () => findSheet(name), true);
    worksheets.getActiveWorksheet = () =>
      createWorksheet(context, () => findSheet(workbook.active), false);
    worksheets.add = (name) =>
      createWorksheet(
        context,
        () => {
          const sheetName = name || `Sheet${workbook.sheets.length + 1}`;
          if (findSheet(sheetName)) {
            throw officeError("ItemAlreadyExists", `A sheet named ${sheetName} already exists.`);
          }
          const sheet = { name: sheetName, cells: new Map() };
          workbook.sheets.push(sheet);
          stub.calls.push(["worksheets.add", sheetName]);
          return sheet;
        },
        false
      );
    worksheets.load = () => {
      context.queue(() => {
        // Like load("items/name"): each item resolves and loads its name within this same sync.
        loaded.items = workbook.sheets.map((sheet) =>
          createWorksheet(context, () => sheet, false).load("name,position")
        );
      });
      return worksheets;
    };
    return worksheets;
  }

  function createContext() {
    const operations = [];
    const context = {
      queue(operation) {
        operations.push(operation);
      },
      async sync() {
        stub.calls.push(["sync"]);
        while (operations.length > 0) operations.shift()();
      },
    };
    context.workbook = { worksheets: createWorksheets(context) };
    return context;
  }

  // ---- Office, Excel, CustomFunctions ---------------------------------------------------------
  const settings = new Map();
  const info = { host: "Excel", platform: "OfficeOnline" };

  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback) {
      const ready = Promise.resolve(info);
      if (callback) ready.then(callback);
      return ready;
    },
    context: {
      displayLanguage: "en-US",
      document: {
        settings: {
          get: (name) => (settings.has(name) ? settings.get(name) : null),
          set: (name, value) => void settings.set(name, value),
          remove: (name) => void settings.delete(name),
          saveAsync(options, callback) {
            const done = typeof options === "function" ? options : callback;
            if (done) done({ status: "succeeded", value: undefined });
          },
        },
      },
    },
    addin: {
      hide: async () => void stub.calls.push(["addin.hide"]),
      showAsTaskpane: async () => void stub.calls.push(["addin.showAsTaskpane"]),
      onVisibilityModeChanged: async () => () => undefined,
    },
    actions: {
      associate: (name, handler) => void (stub.actions[name] = handler),
    },
  };

  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  window.CustomFunctions = {
    associate(idOrMap, handler) {
      const entries = typeof idOrMap === "string" ? [[idOrMap, handler]] : Object.entries(idOrMap);
      for (const [id, fn] of entries) stub.functions[id] = fn;
    },
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };

  window.Excel = {
    async run(batch) {
      const context = createContext();
      const result = await batch(context);
      await context.sync();
      return result;
    },
  };
})();
