/**
 * Entry point of dist/commands.js, loaded by taskpane.html (the shared runtime page): registers
 * the ribbon command handlers under the FunctionName the manifest gives them.
 */
import { commandHandlers } from "./handlers";

Office.onReady(() => {
  for (const [name, handler] of Object.entries(commandHandlers(Office.addin))) {
    Office.actions.associate(name, handler);
  }
});
