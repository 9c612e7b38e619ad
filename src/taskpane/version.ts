/** The add-in's version, recorded in the audit block of every sheet it writes. */
import packageJson from "../../package.json";

export const ADDIN_VERSION: string = packageJson.version;
