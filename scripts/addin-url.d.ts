/** Types for scripts/addin-url.js (plain JS so that webpack.config.js can require it). */
export declare const DEV_URL: string;
export declare const DEFAULT_PRODUCTION_URL: string;
export declare function productionUrl(env: Record<string, string | undefined>): string;
export declare function rewriteManifest(xml: string, baseUrl: string): string;
