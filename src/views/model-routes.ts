/**
 * The model views' routes and nav entries, kept here so App.svelte needs one branch and one
 * spread for all of them. `#/process/<pid>/memory` belongs to the memory views.
 */
import type { NavItem } from '../components/nav-item.ts';

export const MODEL_NAV: NavItem[] = [
  { view: 'processes', label: 'Processes' },
  { view: 'files', label: 'Files' },
  { view: 'sockets', label: 'Sockets' },
  { view: 'fs', label: 'FS diff' },
  { view: 'ipc', label: 'IPC' },
  { view: 'mounts', label: 'Mounts' },
  // Last, so the number keys of the views before it stay as they were.
  { view: 'findings', label: 'Findings' },
];

const VIEWS = new Set([
  'findings',
  'processes',
  'process',
  'files',
  'sockets',
  'fs',
  'ipc',
  'mounts',
]);

export function isModelRoute(segments: readonly string[]): boolean {
  const [view, , tab] = segments;
  if (view === 'process' && tab === 'memory') return false;
  return view !== undefined && VIEWS.has(view);
}
