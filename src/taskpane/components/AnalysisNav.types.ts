export interface NavItem<T extends string> {
  value: T;
  label: string;
}

export interface AnalysisNavProps<T extends string> {
  /** The pages in order; the ones that do not fit the pane's width go to the "More" menu. */
  items: NavItem<T>[];
  selected: T;
  /** Accessible name of the "More" button, given the number of pages it holds. */
  moreLabel: (count: number) => string;
  /** The text of the "More" button. */
  moreText: string;
  onSelect(value: T): void;
}
