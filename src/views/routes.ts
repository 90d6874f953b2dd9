/**
 * Every view of the page, the only list: its address, its nav label and key, its component.
 * A new view is its component plus one line here. Order matters twice: the navigation shows
 * the labelled routes in this order, and the first route that takes an address wins
 * (`#/process/1/memory` before `#/process/1`). Matching is in `route-match.ts`.
 */
import type { Component } from 'svelte';
import { analyser } from '../state/analyser.svelte.ts';
import Compare from './compare/Compare.svelte';
import Files from './files/Files.svelte';
import FsChanges from './files/FsChanges.svelte';
import History from './analyst/History.svelte';
import Findings from './findings/Findings.svelte';
import Images from './Images.svelte';
import MemoryHome from './memory/MemoryHome.svelte';
import { parseMemoryPlace } from './memory/memory-route.ts';
import SearchPanel from './memory/SearchPanel.svelte';
import Overview from './Overview.svelte';
import ProcessPage from './process/ProcessPage.svelte';
import Processes from './processes/Processes.svelte';
import Secrets from './analyst/Secrets.svelte';
import type { RouteDef } from './route-match.ts';
import Sockets from './sockets/Sockets.svelte';
import Timeline from './timeline/Timeline.svelte';
import Ipc from './system/Ipc.svelte';
import Mounts from './system/Mounts.svelte';
import Notes from './notes/Notes.svelte';
import Yara from './yara/Yara.svelte';

// Components take different props; `params` supplies each its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ViewRoute = RouteDef<Component<any>>;

const pidOf = (text: string | undefined) => (/^\d+$/.test(text ?? '') ? Number(text) : undefined);

export const OVERVIEW: ViewRoute = {
  view: 'overview',
  label: 'Overview',
  key: '1',
  params: () => ({ summary: analyser.summary, storage: analyser.storage }),
  component: Overview,
};

export const ROUTES: readonly ViewRoute[] = [
  OVERVIEW,
  { view: 'findings', label: 'Findings', key: 'f', perContainer: true, component: Findings },
  { view: 'processes', label: 'Processes', key: '2', perContainer: true, component: Processes },
  { view: 'files', label: 'Files', key: '3', perContainer: true, component: Files },
  { view: 'sockets', label: 'Sockets', key: '4', perContainer: true, component: Sockets },
  { view: 'fs', label: 'FS diff', key: '5', perContainer: true, component: FsChanges },
  { view: 'ipc', label: 'IPC', key: '6', perContainer: true, component: Ipc },
  { view: 'mounts', label: 'Mounts', key: '7', perContainer: true, component: Mounts },
  {
    view: 'images',
    label: 'Images',
    key: '8',
    params: (rest) => ({ selection: [...rest] }),
    component: Images,
  },
  { view: 'memory', label: 'Memory', key: '9', component: MemoryHome },
  { view: 'search', label: 'Search', key: '0', component: SearchPanel },
  { view: 'timeline', label: 'Timeline', key: 't', component: Timeline },
  { view: 'notes', label: 'Notes', key: 'n', component: Notes },
  { view: 'history', label: 'History', key: 'h', component: History },
  { view: 'secrets', label: 'Secrets', key: 's', component: Secrets },
  { view: 'yara', label: 'YARA', key: 'y', component: Yara },
  // The eleventh view: `-` is the key after 0 on the number row.
  { view: 'compare', label: 'Compare', key: '-', component: Compare },
  // One process page, two routes: its memory tab `#/process/<pid>/memory[/c/N][/at/0x…]
  // [/tab/strings]` (the container is the address's, no picker), then its model tabs
  // `#/process/<pid>[/files|/sockets|/maps]`. Same identity: a tab change keeps the page.
  {
    view: 'process',
    params: (rest) => {
      const place = parseMemoryPlace(rest);
      return place && { pid: place.pid, tab: 'memory', place };
    },
    identity: (rest) => rest[0] ?? '',
    component: ProcessPage,
  },
  {
    view: 'process',
    perContainer: true,
    params: ([pidText, tab]) => {
      const pid = pidOf(pidText);
      return pid === undefined ? undefined : { pid, tab: tab ?? 'details' };
    },
    identity: (rest) => rest[0] ?? '',
    component: ProcessPage,
  },
];
