/**
 * Routes and nav entries of the shell history and secrets views (`#/history`, `#/secrets`),
 * kept here so App.svelte needs one spread and one branch for them.
 */
import type { NavItem } from '../../components/nav-item.ts';

export const ANALYST_NAV: NavItem[] = [
  { view: 'history', label: 'History' },
  { view: 'secrets', label: 'Secrets' },
];

export function isAnalystRoute(segments: readonly string[]): boolean {
  return segments[0] === 'history' || segments[0] === 'secrets';
}
