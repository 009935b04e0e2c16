import { geoNaturalEarth1, geoPath } from "d3-geo";
import { getJson } from "../api.ts";
import { ApiLinks } from "../components/api-links.tsx";
import { FilterBar } from "../components/filter-bar.tsx";
import { Status } from "../components/status.tsx";
import { countryName } from "../format.ts";
import { filtersOf, href } from "../route.ts";
import type { Places } from "../types.ts";
import { useLoad } from "../use-api.ts";
import { loadWorld, type World } from "./world.ts";

/** Places asked of /places at most; the page says when there are more. */
const MAX = 5000;

/** Where the matching meetings took place: a circle per city at its point, from /places. */
export function MapView({ params }: { params: URLSearchParams }) {
  const query = filtersOf(params);
  query.set("limit", String(MAX));
  const result = useLoad(query.toString(), async (signal) => {
    const places = await getJson<Places>("/places", query, signal);
    const world = await loadWorld(places.places.flatMap((p) => (p.country ? [p.country] : [])));
    return { world, places };
  });
  return (
    <>
      <FilterBar view="map" params={params} />
      <ApiLinks path="/places" params={query} />
      <Status result={result}>
        {({ world, places }) => <WorldMap world={world} places={places} params={params} />}
      </Status>
    </>
  );
}

const W = 960;
const H = 500;

function WorldMap({ world, places, params }: { world: World; places: Places; params: URLSearchParams }) {
  const projection = geoNaturalEarth1().fitSize([W, H], world.sphere);
  const path = geoPath(projection);
  const rows = places.places;
  const total = rows.reduce((n, p) => n + p.count, 0);
  const max = Math.max(1, ...rows.map((p) => p.count));
  const radius = (n: number) => 3 + 14 * Math.sqrt(n / max);
  const placeLink = (place: string) => {
    const next = filtersOf(params);
    next.set("place", place);
    return href("meetings", next);
  };
  const nameOf = (p: Places["places"][number]) =>
    p.city ? `${p.city}, ${countryName(p.country ?? "")}` : `${countryName(p.country ?? "")} (city unknown)`;
  // A city at its own point; a meeting placed only in a country at the country's middle,
  // drawn hollow so that it does not pass for a city.
  const dots = rows.flatMap((p) => {
    const shape = p.country ? world.byAlpha2.get(p.country) : undefined;
    const lonLat = p.location
      ? ([p.location.lon, p.location.lat] as [number, number])
      : shape && world.centroid(shape);
    const at = lonLat && projection(lonLat);
    return at ? [{ p, at }] : [];
  });
  // Largest first, so that small circles stay on top and can be reached.
  dots.sort((a, b) => b.p.count - a.p.count);
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading">Where {total} meetings took place</h2>
      <figure>
        <figcaption class="muted">
          A circle per city, sized by meetings; hollow where only the country is known. Each opens its
          meetings.
        </figcaption>
        <svg viewBox={`0 0 ${W} ${H}`} class="map">
          <title>World map of meeting places</title>
          <path d={path(world.sphere) ?? ""} class="sphere" />
          {world.countries.map((f) => (
            <path key={f.id} d={path(f) ?? ""} class="country" />
          ))}
          {dots.map(({ p, at }) => (
            <a
              key={`${p.city}|${p.region}|${p.country}`}
              href={placeLink(p.city ?? p.country ?? "")}
              aria-label={`${nameOf(p)}: ${p.count} ${p.count === 1 ? "meeting" : "meetings"}`}
            >
              <circle cx={at[0]} cy={at[1]} r={radius(p.count)} class={p.city ? "dot" : "dot hollow"}>
                <title>{`${nameOf(p)}: ${p.count}`}</title>
              </circle>
            </a>
          ))}
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
            <tr key={`${r.city}|${r.region}|${r.country}`}>
              <td>
                {r.city ? <a href={placeLink(r.city)}>{r.city}</a> : <span class="muted">city unknown</span>}
              </td>
              <td>{r.country ? <a href={placeLink(r.country)}>{countryName(r.country)}</a> : null}</td>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {places.unplaced > 0 && <p class="muted">{places.unplaced} meetings have no known place.</p>}
      {places.more && <p class="muted">The map shows the {MAX} busiest places; narrow the filters.</p>}
    </section>
  );
}
