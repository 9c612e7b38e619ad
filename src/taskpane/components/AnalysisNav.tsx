/**
 * The pane's navigation: a tab strip that keeps what fits the pane's width and moves the rest into
 * a "More" menu (Fluent UI v9's overflow pattern for a TabList), so every page stays one click away
 * at 320 px. The selected page always stays visible.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import type { AnalysisNavProps, NavItem } from "./AnalysisNav.types";

const useStyles = makeStyles({
  tabs: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    minWidth: 0,
    overflow: "hidden",
  },
});

function OverflowEntry<T extends string>({
  item,
  onSelect,
}: {
  item: NavItem<T>;
  onSelect(value: T): void;
}) {
  const visible = useIsOverflowItemVisible(item.value);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(item.value)}>{item.label}</MenuItem>;
}

function MoreMenu<T extends string>({
  items,
  moreLabel,
  onSelect,
  moreText,
}: Pick<AnalysisNavProps<T>, "items" | "moreLabel" | "moreText" | "onSelect">) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          size="small"
          // A tab list may hold only tabs (WAI-ARIA): the menu button is one, as in Fluent's
          // "TabList with overflow" example.
          role="tab"
          aria-label={moreLabel(overflowCount)}
        >
          {moreText} ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {items.map((item) => (
            <OverflowEntry key={item.value} item={item} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function AnalysisNav<T extends string>({
  items,
  selected,
  moreLabel,
  moreText,
  onSelect,
}: AnalysisNavProps<T>) {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={2}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as T)}
      >
        {items.map((item) => (
          <OverflowItem key={item.value} id={item.value} priority={item.value === selected ? 2 : 1}>
            <Tab value={item.value}>{item.label}</Tab>
          </OverflowItem>
        ))}
        <MoreMenu items={items} moreLabel={moreLabel} moreText={moreText} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}
