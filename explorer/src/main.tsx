import { render } from "preact";
import { lazy, Suspense } from "preact/compat";
import { useEffect } from "preact/hooks";
import "./style.css";
import { filtersOf, href, interceptLinks, type Route, useRoute } from "./route.ts";
import { MeetingsView } from "./views/meetings.tsx";

// The meetings list is the landing view and ships in the first load; the others are
// fetched when first opened (the map's country shapes alone outweigh the rest).
const TimelineView = lazy(() => import("./views/timeline.tsx").then((m) => ({ default: m.TimelineView })));
const MapView = lazy(() => import("./views/map.tsx").then((m) => ({ default: m.MapView })));
const OfficialView = lazy(() => import("./views/official.tsx").then((m) => ({ default: m.OfficialView })));
const EventView = lazy(() => import("./views/event.tsx").then((m) => ({ default: m.EventView })));

const TITLES: Record<Route["view"], string> = {
  meetings: "Meetings",
  timeline: "Timeline",
  map: "Map",
  official: "Official",
  event: "Event",
};

function App() {
  const route = useRoute();
  const { view, params } = route;
  useEffect(() => {
    document.title = `${TITLES[view]} · Summitry explorer`;
    // A new view moves focus to its heading, as a page load would for a screen reader.
    document.getElementById("main")?.focus();
  }, [view, params.toString()]);
  // Moving between the list, timeline and map keeps the filters, not a page or an id.
  const tab = (v: Route["view"]) => ({
    href: href(v, filtersOf(params)),
    "aria-current": v === view ? ("page" as const) : undefined,
  });
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header>
        <h1>
          <a href="/">Summitry</a> <span class="muted">explorer</span>
        </h1>
        <nav aria-label="Views">
          <a {...tab("meetings")}>Meetings</a>
          <a {...tab("timeline")}>Timeline</a>
          <a {...tab("map")}>Map</a>
          <a href="/docs">API docs</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p aria-busy="true">Loading…</p>}>
          {view === "meetings" && <MeetingsView params={params} />}
          {view === "timeline" && <TimelineView params={params} />}
          {view === "map" && <MapView params={params} />}
          {view === "official" && <OfficialView params={params} />}
          {view === "event" && <EventView params={params} />}
        </Suspense>
      </main>
      <footer>
        Every fact links to the quote that supports it. Data: the Summitry API on this server (
        <a href="/openapi.json">OpenAPI</a>); fixed copies to cite and download:{" "}
        <a href="/datasets">dataset releases</a>.
      </footer>
    </>
  );
}

interceptLinks();
render(<App />, document.getElementById("app") as HTMLElement);
