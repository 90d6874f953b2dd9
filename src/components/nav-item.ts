/** One tab of the main navigation. A .ts module, so plain `tsc` sees the type too. */
export interface NavItem {
  /** First segment of the hash route, e.g. `images` for `#/images`. */
  view: string;
  label: string;
}
