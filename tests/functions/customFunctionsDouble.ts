/**
 * A tiny test double of Excel's `CustomFunctions` global: the Error class (code + message) and the
 * ErrorCode enum values, as the runtime provides them. Importing this module installs it once.
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class ErrorDouble {
  constructor(
    readonly code: ErrorCode,
    readonly message?: string
  ) {}
}

/** The Error class and ErrorCode enum, also handed to the bundle's bare context in the contract test. */
export const customFunctionsDouble = { Error: ErrorDouble, ErrorCode };

Object.assign(globalThis, { CustomFunctions: customFunctionsDouble });

export { ErrorDouble };
