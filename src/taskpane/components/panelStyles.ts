/** The layout every analysis page shares: a column of fields, and rows of fields that wrap at 320 px. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "120px" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});
