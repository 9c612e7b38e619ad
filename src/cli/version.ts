/** The product's version, from package.json (`gtm --version`, and the audit block of written sheets). */
import { version } from "../../package.json";

export const VERSION: string = version;
