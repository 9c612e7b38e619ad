/** Types for scripts/chromium.js (plain JS, shared by scripts/test.js and the browser tests). */
export declare function findChromium(env?: Record<string, string | undefined>): string | null;
export declare const CHROMIUM_ARGS: string[];
