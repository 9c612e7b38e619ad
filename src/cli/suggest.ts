/** "Did you mean …": the closest of the valid names to what was typed, when it is close. */
import { words } from "./i18n/messages";
import type { Words } from "./i18n/words";

/** Optimal string alignment distance (Levenshtein with adjacent swaps), ignoring case. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[s.length][t.length];
}

/**
 * The valid name closest to `typed`, when it is close: at most a third of the typed length
 * (at least 1, at most 3) edits away, or the typed text is the start of exactly one name.
 * Ties go to the first in `names`. Null when nothing is close.
 */
export function closest(typed: string, names: readonly string[]): string | null {
  const limit = Math.min(3, Math.max(1, Math.floor(typed.length / 3)));
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const distance = editDistance(typed, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  if (best !== null && bestDistance <= limit) return best;
  const lower = typed.toLowerCase();
  const starts = names.filter((name) => lower.length >= 2 && name.toLowerCase().startsWith(lower));
  return starts.length === 1 ? starts[0] : null;
}

/** ` — did you mean X?` (with the names' own spelling), or "" when nothing is close. */
export function didYouMean(typed: string, names: readonly string[]): Words | string {
  const name = closest(typed, names);
  return name === null ? "" : words("didYouMean", name);
}
