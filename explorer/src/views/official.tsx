import { getJson } from "../api.ts";
import { ApiLinks } from "../components/api-links.tsx";
import { EventRow } from "../components/event-row.tsx";
import { Status } from "../components/status.tsx";
import { countryName } from "../format.ts";
import { href } from "../route.ts";
import type { EventList, OfficialDetail, OfficialNetwork } from "../types.ts";
import { useLoad } from "../use-api.ts";
import { Network } from "./network.tsx";

/** An official: roles over time, counterparts by number of meetings, and the meetings. */
export function OfficialView({ params }: { params: URLSearchParams }) {
  const id = params.get("id") ?? "";
  const asOf = params.get("asOf");
  const base = new URLSearchParams(asOf ? { asOf } : {});
  const path = `/officials/${encodeURIComponent(id)}`;
  const meetingsQuery = new URLSearchParams(base);
  meetingsQuery.set("limit", "20");
  const result = useLoad(`${id}?${base}`, async (signal) => {
    const [official, network, meetings] = await Promise.all([
      getJson<OfficialDetail>(path, base, signal),
      getJson<OfficialNetwork>(`${path}/network`, base, signal),
      getJson<EventList>(`${path}/meetings`, meetingsQuery, signal),
    ]);
    return { official, network, meetings };
  });
  if (!id) return <p role="alert">No official given: open one from a meeting.</p>;
  return (
    <Status result={result}>
      {({ official, network, meetings }) => (
        <article>
          <h2>{official.name}</h2>
          <p class="meta">
            {countryName(official.country)} · {official.meetingCount} meetings
            {official.aliases.length > 0 && <> · also written {official.aliases.join(", ")}</>}
          </p>
          <section aria-labelledby="roles-heading">
            <h3 id="roles-heading">Roles</h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {official.roles.map((r) => (
                  <tr key={`${r.title}${r.from}`}>
                    <td>{r.title}</td>
                    <td>{r.from ?? "–"}</td>
                    <td>{r.to ?? "–"}</td>
                    <td class="muted">{r.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="network-heading">
            <h3 id="network-heading">Counterparts</h3>
            <ApiLinks path={`${path}/network`} params={base} formats={false} />
            <Network network={network} name={official.name} />
          </section>
          <section aria-labelledby="official-meetings">
            <h3 id="official-meetings">Meetings</h3>
            <ApiLinks path={`${path}/meetings`} params={meetingsQuery} />
            <ol class="events">
              {meetings.data.map((e) => (
                <EventRow key={e.id} event={e} asOf={asOf} />
              ))}
            </ol>
            {meetings.page.nextCursor && (
              <p>
                <a href={href("meetings", { official: id })}>All meetings of {official.name}</a>
              </p>
            )}
          </section>
        </article>
      )}
    </Status>
  );
}
