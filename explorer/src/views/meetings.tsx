import { getJson } from "../api.ts";
import { ApiLinks } from "../components/api-links.tsx";
import { EventRow } from "../components/event-row.tsx";
import { FilterBar } from "../components/filter-bar.tsx";
import { Status } from "../components/status.tsx";
import { countryName } from "../format.ts";
import { filtersOf, href } from "../route.ts";
import type { EventList } from "../types.ts";
import { useLoad } from "../use-api.ts";

const PAGE = "20";

/** The meetings that match the filters, a page at a time, with counts per facet. */
export function MeetingsView({ params }: { params: URLSearchParams }) {
  const query = filtersOf(params);
  query.set("limit", PAGE);
  const cursor = params.get("cursor");
  if (cursor) query.set("cursor", cursor);
  const apiQuery = new URLSearchParams(query);
  apiQuery.set("facets", "topic,country,official,year");
  const result = useLoad(apiQuery.toString(), (signal) => getJson<EventList>("/meetings", apiQuery, signal));

  return (
    <>
      <FilterBar view="meetings" params={params} />
      <ApiLinks path="/meetings" params={query} />
      <Status result={result}>
        {(list) => (
          <div class="with-facets">
            <section aria-labelledby="results-heading">
              <h2 id="results-heading">Meetings</h2>
              {list.data.length === 0 ? (
                <p>No meeting matches these filters.</p>
              ) : (
                <ol class="events">
                  {list.data.map((e) => (
                    <EventRow key={e.id} event={e} asOf={params.get("asOf")} />
                  ))}
                </ol>
              )}
              <nav aria-label="Pages" class="pager">
                {cursor && <a href={href("meetings", filtersOf(params))}>First page</a>}
                {list.page.nextCursor && (
                  <a rel="next" href={href("meetings", withCursor(params, list.page.nextCursor))}>
                    Next page
                  </a>
                )}
              </nav>
            </section>
            <Facets params={params} facets={list.facets} />
          </div>
        )}
      </Status>
    </>
  );
}

function withCursor(params: URLSearchParams, cursor: string) {
  const next = filtersOf(params);
  next.set("cursor", cursor);
  return next;
}

const FACET_PARAM: Record<string, string> = { topic: "topic", country: "countries", official: "official" };

function Facets({ params, facets }: { params: URLSearchParams; facets: EventList["facets"] }) {
  if (!facets) return null;
  const refine = (facet: string, value: string) => {
    const next = filtersOf(params);
    const name = FACET_PARAM[facet];
    if (name === "countries") next.set(name, value);
    else if (name) next.append(name, value);
    else {
      next.set("from", `${value}-01-01`);
      next.set("to", `${value}-12-31`);
    }
    return href("meetings", next);
  };
  const names: [string, string][] = [
    ["official", "Officials"],
    ["country", "Countries"],
    ["topic", "Topics"],
    ["year", "Years"],
  ];
  return (
    <aside class="facets" aria-label="Counts">
      {names.map(([key, title]) => {
        const values = facets[key as keyof typeof facets] ?? [];
        if (!values.length) return null;
        return (
          <section key={key}>
            <h3>{title}</h3>
            <ul>
              {values.slice(0, 10).map((v) => (
                <li key={v.value}>
                  <a href={refine(key, v.value)}>
                    {v.label ?? (key === "country" ? countryName(v.value) : v.value)}
                  </a>{" "}
                  <span class="count">{v.count}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
