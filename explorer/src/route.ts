import { useEffect, useState } from "preact/hooks";

// Every view is a URL: `/?view=timeline&official=joe-biden&interval=year`. The filter
// parameters are the API's own, so a view's URL and the API call behind it read alike.
export const VIEWS = ["meetings", "timeline", "map", "official", "event"] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  params: URLSearchParams;
}

export function readRoute(): Route {
  const params = new URLSearchParams(location.search);
  const view = params.get("view");
  params.delete("view");
  return { view: (VIEWS as readonly string[]).includes(view ?? "") ? (view as View) : "meetings", params };
}

export function href(view: View, params: URLSearchParams | Record<string, string> = {}): string {
  const query = new URLSearchParams(params);
  query.delete("view");
  const rest = query.toString();
  return `/?view=${view}${rest ? `&${rest}` : ""}`;
}

const CHANGE = "summitry:navigate";

export function navigate(to: string): void {
  history.pushState(null, "", to);
  window.dispatchEvent(new Event(CHANGE));
}

/** The current route, updated on navigation and on back/forward. */
export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const update = () => setRoute(readRoute());
    window.addEventListener("popstate", update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener("popstate", update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return route;
}

/** Plain left clicks on same-origin links navigate in place; the rest stay links. */
export function interceptLinks(): void {
  document.addEventListener("click", (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element).closest?.("a");
    if (!a || a.target || a.hasAttribute("download") || a.origin !== location.origin) return;
    if (a.pathname !== "/") return;
    e.preventDefault();
    navigate(a.pathname + a.search);
  });
}

/** The filter subset of the route that lists, the timeline and the map share. */
export const FILTERS = [
  "q",
  "official",
  "topic",
  "countries",
  "place",
  "kind",
  "status",
  "from",
  "to",
  "minConfidence",
  "asOf",
] as const;

export function filtersOf(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of params) if ((FILTERS as readonly string[]).includes(k) && v !== "") out.append(k, v);
  return out;
}
