/**
 * How the page's route table (`routes.ts`) is read: the first route whose `view` is the
 * hash's first segment and whose `params` accepts the rest wins. Pure (no Svelte), so the
 * matching and the number keys are tested without a browser.
 */
export interface RouteDef<C = unknown> {
  /** First segment of the hash (`processes` for `#/processes`). */
  view: string;
  /** Shown in the main navigation when set. */
  label?: string;
  /** The key that opens it (shown in the nav link's tooltip). */
  key?: string;
  /** The model views show the container picker of a pod checkpoint above them. */
  perContainer?: boolean;
  /**
   * The component's props from the segments after `view`; undefined when this route does not
   * take them (the next route is tried). Absent: the route takes any segments and no props.
   */
  params?: (rest: readonly string[]) => Record<string, unknown> | undefined;
  /**
   * What identifies one attempt at the view: when it changes, the view is built afresh
   * (e.g. the pid of a process page). Default: the view name.
   */
  identity?: (rest: readonly string[]) => string;
  component: C;
}

export interface MatchedRoute<C> {
  route: RouteDef<C>;
  props: Record<string, unknown>;
  /** `view` plus the route's identity: a new one remounts the view and its error boundary. */
  identity: string;
}

/** The route for `segments`; `fallback` (the Overview) when none takes them. */
export function matchRoute<C>(
  routes: readonly RouteDef<C>[],
  segments: readonly string[],
  fallback: RouteDef<C>,
): MatchedRoute<C> {
  const [view = fallback.view, ...rest] = segments;
  for (const route of routes) {
    if (route.view !== view) continue;
    const props = route.params ? route.params(rest) : {};
    if (props) return { route, props, identity: `${view}:${route.identity?.(rest) ?? ''}` };
  }
  return { route: fallback, props: fallback.params?.([]) ?? {}, identity: fallback.view };
}

/** The routes in the main navigation, in table order. */
export function navRoutes<C>(routes: readonly RouteDef<C>[]): (RouteDef<C> & { label: string })[] {
  return routes.filter((r): r is RouteDef<C> & { label: string } => r.label !== undefined);
}

/** The navigation route a key opens, if any. */
export function routeForKey<C>(
  routes: readonly RouteDef<C>[],
  key: string,
): RouteDef<C> | undefined {
  return navRoutes(routes).find((r) => r.key === key);
}
