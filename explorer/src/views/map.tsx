import { geoNaturalEarth1, geoPath } from "d3-geo";
import { getAll } from "../api.ts";
import { ApiLinks } from "../components/api-links.tsx";
import { FilterBar } from "../components/filter-bar.tsx";
import { Status } from "../components/status.tsx";
import { countryName } from "../format.ts";
import { filtersOf, href } from "../route.ts";
import type { Place } from "../types.ts";
import { useLoad } from "../use-api.ts";
import { loadWorld, type World } from "./world.ts";

/** Meetings read for the map at most; the page says when there are more. */
const MAX = 2000;

interface Located {
  id: string;
  place: Place;
}

/** Where the matching meetings took place: circles per country, and a table per city. */
export function MapView({ params }: { params: URLSearchParams }) {
  const query = filtersOf(params);
  query.set("fields", "place");
  const result = useLoad(query.toString(), async () => {
    const events = await getAll<Located>("/meetings", query, MAX);
    const world = await loadWorld(events.flatMap((e) => (e.place.country ? [e.place.country] : [])));
    return { world, events };
  });
  return (
    <>
      <FilterBar view="map" params={params} />
      <ApiLinks path="/meetings" params={query} />
      <Status result={result}>
        {({ world, events }) => <WorldMap world={world} events={events} params={params} />}
      </Status>
    </>
  );
}

const W = 960;
const H = 500;

function WorldMap({ world, events, params }: { world: World; events: Located[]; params: URLSearchParams }) {
  const byCountry = new Map<string, number>();
  const byCity = new Map<string, { city: string | null; country: string; count: number }>();
  let unplaced = 0;
  for (const e of events) {
    const country = e.place.country;
    if (!country) {
      unplaced++;
      continue;
    }
    byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
    const key = `${e.place.city ?? ""}|${country}`;
    const row = byCity.get(key) ?? { city: e.place.city, country, count: 0 };
    row.count++;
    byCity.set(key, row);
  }
  const projection = geoNaturalEarth1().fitSize([W, H], world.sphere);
  const path = geoPath(projection);
  const max = Math.max(1, ...byCountry.values());
  const radius = (n: number) => 4 + 20 * Math.sqrt(n / max);
  const placeLink = (place: string) => {
    const next = filtersOf(params);
    next.set("place", place);
    return href("meetings", next);
  };
  const rows = [...byCity.values()].sort((a, b) => b.count - a.count);
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading">Where {events.length} meetings took place</h2>
      <figure>
        <figcaption class="muted">Circles by country, sized by meetings; each opens them.</figcaption>
        <svg viewBox={`0 0 ${W} ${H}`} class="map">
          <title>World map of meeting places</title>
          <path d={path(world.sphere) ?? ""} class="sphere" />
          {world.countries.map((f) => (
            <path key={f.id} d={path(f) ?? ""} class="country" />
          ))}
          {[...byCountry].map(([code, n]) => {
            const feature = world.byAlpha2.get(code);
            const at = feature && projection(world.centroid(feature));
            if (!at) return null;
            return (
              <a key={code} href={placeLink(code)} aria-label={`${countryName(code)}: ${n} meetings`}>
                <circle cx={at[0]} cy={at[1]} r={radius(n)} class="dot">
                  <title>{`${countryName(code)}: ${n}`}</title>
                </circle>
              </a>
            );
          })}
        </svg>
      </figure>
      <table>
        <caption>Meeting places</caption>
        <thead>
          <tr>
            <th scope="col">City</th>
            <th scope="col">Country</th>
            <th scope="col">Meetings</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.city}|${r.country}`}>
              <td>
                {r.city ? <a href={placeLink(r.city)}>{r.city}</a> : <span class="muted">city unknown</span>}
              </td>
              <td>
                <a href={placeLink(r.country)}>{countryName(r.country)}</a>
              </td>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unplaced > 0 && <p class="muted">{unplaced} meetings have no known place.</p>}
      {events.length >= MAX && (
        <p class="muted">The map shows the first {MAX} matching meetings; narrow the filters.</p>
      )}
    </section>
  );
}
