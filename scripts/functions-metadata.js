/**
 * Post-processing and rules of the custom functions' metadata (functions.json), applied by the
 * build (webpack.config.js) after CustomFunctionsMetadataPlugin generated it from the JSDoc, and
 * checked again on dist/functions.json by tests/build/functions-metadata.test.ts.
 *
 * Source for every rule: "Manually create JSON metadata for custom functions",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json
 */

/**
 * `allowErrorForDataTypeAny` (top-level): only then does Excel pass a cell's error value (#N/A,
 * #REF!…) to a parameter of type `any` / `any[][]`; otherwise Excel never calls the function and
 * shows the error bare. The metadata generator cannot emit it (a request for it:
 * https://github.com/OfficeDev/Office-Addin-Scripts/pull/632). Every function with an `any`
 * parameter reads it through src/functions/args.ts, which turns an error into a message naming the
 * parameter ("the cell holds #N/A — fix it or clear the cell"): so the flag is set whenever one
 * function takes an `any` parameter (generic: new functions taking ranges get it too).
 */
function postProcessMetadata(metadata) {
  const takesAny = metadata.functions.some((fn) =>
    (fn.parameters || []).some((parameter) => (parameter.type || "any") === "any")
  );
  return takesAny ? { ...metadata, allowErrorForDataTypeAny: true } : { ...metadata };
}

/** Excel's rules for the metadata; returns one line per violation (empty when all hold). */
function metadataViolations(metadata) {
  const problems = [];
  const ids = new Set();
  for (const fn of metadata.functions) {
    const label = `function ${fn.id}`;
    // "This ID can only contain alphanumeric characters and periods".
    if (!/^[A-Za-z0-9.]+$/.test(fn.id || ""))
      problems.push(`${label}: id must be letters, digits and periods`);
    // Function names: a letter first, then letters, digits, periods and underscores (custom-functions-naming).
    if (!/^[A-Za-z][A-Za-z0-9._]*$/.test(fn.name || ""))
      problems.push(`${label}: invalid name "${fn.name}"`);
    if (ids.has(String(fn.id).toUpperCase())) problems.push(`${label}: duplicate id`);
    ids.add(String(fn.id).toUpperCase());
    const options = fn.options || {};
    const dimensionality = (fn.result && fn.result.dimensionality) || "scalar";
    // "requiresParameterAddresses … must be used in combination with the dimensionality property of
    // the result object, and dimensionality must be set to matrix."
    if (options.requiresParameterAddresses === true && dimensionality !== "matrix")
      problems.push(
        `${label}: requiresParameterAddresses needs a result of dimensionality "matrix"`
      );
    if (options.requiresAddress === true && options.stream === true)
      problems.push(`${label}: requiresAddress cannot be used with stream`);
    for (const parameter of fn.parameters || []) {
      const dims = parameter.dimensionality || "scalar";
      if (dims !== "scalar" && dims !== "matrix")
        problems.push(`${label}: parameter ${parameter.name} has dimensionality ${dims}`);
    }
  }
  return problems;
}

/**
 * The metadata in another language: each function's and each parameter's `description` from
 * `table` (English text → translation); ids, names, types and options unchanged. Excel localizes
 * only `name` and `description` ("Localize custom functions",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming); the names stay
 * the same in every language, so a formula the add-in writes (`=GTM.MODEL(…)`) reads the same in
 * every Excel. Returns the English texts the table lacks and the entries no text uses (stale).
 */
function localizeMetadata(metadata, table) {
  const used = new Set();
  const missing = [];
  const say = (text) => {
    if (text === undefined) return text;
    const translated = table[text];
    if (translated === undefined) {
      missing.push(text);
      return text;
    }
    used.add(text);
    return translated;
  };
  const functions = metadata.functions.map((fn) => ({
    ...fn,
    description: say(fn.description),
    parameters: (fn.parameters || []).map((parameter) => ({
      ...parameter,
      description: say(parameter.description),
    })),
  }));
  const stale = Object.keys(table).filter((text) => !used.has(text));
  return { metadata: { ...metadata, functions }, missing: [...new Set(missing)], stale };
}

module.exports = { postProcessMetadata, metadataViolations, localizeMetadata };
