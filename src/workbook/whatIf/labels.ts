/**
 * The words for a cell, from the text around it (pure): the nearest text within three cells to
 * its left (a label beside an input, `Price | 120`); else, for a cell inside a table, the
 * nearest text above it and the nearest text to its left in its row (`NPV (Total)`).
 */
const NEAR = 3;

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/**
 * `row`: the cell's row from column A up to the cell itself; `column`: the cell's column from
 * row 1 down to the cell itself. Null when no text is found.
 */
export function labelFrom(row: readonly unknown[], column: readonly unknown[]): string | null {
  const own = row.length - 1;
  for (let c = own - 1; c >= Math.max(0, own - NEAR); c--) {
    const found = text(row[c]);
    if (found !== null) return found;
  }
  let rowLabel: string | null = null;
  for (let c = own - 1 - NEAR; c >= 0 && rowLabel === null; c--) rowLabel = text(row[c]);
  let header: string | null = null;
  for (let r = column.length - 2; r >= 0 && header === null; r--) header = text(column[r]);
  if (header !== null && rowLabel !== null) return `${header} (${rowLabel})`;
  return header ?? rowLabel;
}
