import { getJson } from "../api.ts";
import { Highlighted } from "../components/highlighted.tsx";
import { Status } from "../components/status.tsx";
import { countryName, formatDate, formatPlace, kindLabel, percent } from "../format.ts";
import { href } from "../route.ts";
import type { DocumentDetail, EventDetail } from "../types.ts";
import { useLoad } from "../use-api.ts";

/** Every fact of one event, how sure each is, who corrected what, and the quotes in place. */
export function EventView({ params }: { params: URLSearchParams }) {
  const id = params.get("id") ?? "";
  const asOf = params.get("asOf");
  const base = new URLSearchParams(asOf ? { asOf } : {});
  const result = useLoad(`${id}?${base}`, async (signal) => {
    const event = await getJson<EventDetail>(`/events/${encodeURIComponent(id)}`, base, signal);
    const documents = await Promise.all(
      event.sources.map((s) =>
        getJson<DocumentDetail>(`/documents/${encodeURIComponent(s.document.id)}`, base, signal),
      ),
    );
    return { event, documents };
  });
  if (!id) return <p role="alert">No event given: open one from a list.</p>;
  return (
    <Status result={result}>
      {({ event, documents }) => (
        <article>
          <h2>{event.title}</h2>
          {asOf && <p class="notice">As the documents published by {asOf} described it.</p>}
          <Facts event={event} />
          {event.curation.length > 0 && (
            <section aria-labelledby="curation-heading">
              <h3 id="curation-heading">Reviewed corrections</h3>
              <ul>
                {event.curation.map((c, i) => (
                  <li key={i}>
                    <strong>
                      {c.action}
                      {c.field ? ` ${c.field}` : ""}
                    </strong>{" "}
                    by {c.by}: {c.reason}
                  </li>
                ))}
              </ul>
              <p>
                <a href={`/events/${encodeURIComponent(event.id)}/history`}>
                  Every version of this event (JSON)
                </a>
              </p>
            </section>
          )}
          {event.conflicts.length > 0 && (
            <section aria-labelledby="conflicts-heading">
              <h3 id="conflicts-heading">Sources that disagree</h3>
              <ul>
                {event.conflicts.map((c, i) => (
                  <li key={i}>
                    {c.field}: kept “{c.kept}”, {c.document} reports “{c.reported}”
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="sources-heading">
            <h3 id="sources-heading">Sources and evidence</h3>
            {event.sources.map((s, i) => {
              const doc = documents[i] as DocumentDetail;
              return (
                <section key={s.document.id} class="source" data-document={s.document.id}>
                  <h4>
                    {doc.title ?? s.document.id}
                    {doc.publisher && <span class="muted"> · {doc.publisher}</span>}
                    <span class="muted"> · {doc.publishedAt.value}</span>
                  </h4>
                  {doc.url && (
                    <p>
                      <a href={doc.url} rel="noreferrer">
                        Original article
                      </a>
                    </p>
                  )}
                  <ul class="evidence">
                    {s.evidence.map((e, j) => (
                      <li key={j}>
                        <strong>{e.field}</strong>: “{e.quote}”
                      </li>
                    ))}
                  </ul>
                  <Highlighted
                    text={doc.text}
                    evidence={s.evidence}
                    label={`Text of ${doc.title ?? s.document.id}`}
                  />
                </section>
              );
            })}
          </section>
        </article>
      )}
    </Status>
  );
}

/** The corrections of one fact, as "by whom: why", for the fact's "reviewed" mark. */
function reviewedBy(event: EventDetail, fields: string[]): string | null {
  const notes = event.curation.filter((c) => c.field && fields.includes(c.field));
  return notes.length ? notes.map((c) => `${c.action} by ${c.by}: ${c.reason}`).join("\n") : null;
}

function Facts({ event }: { event: EventDetail }) {
  const c = event.confidence;
  const rows: [string, preact.ComponentChildren, number | null, string[]][] = [
    ["Kind", kindLabel(event.kind), null, ["kind"]],
    ["Status", event.status, null, ["status"]],
    ["Date", `${formatDate(event.date)} (${event.date.precision ?? "no"} precision)`, c.date, ["date"]],
    ["Place", formatPlace(event.place), c.place, ["place"]],
    ["Summit", event.summit?.name ?? "–", null, ["summit"]],
    [
      "Participants",
      event.participants.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ", "}
          <a href={href("official", { id: p.id })}>{p.name}</a> ({p.role ?? countryName(p.country)})
        </span>
      )),
      c.participants,
      ["participant", "participants"],
    ],
    ["Topics", event.topics.map((t) => t.name).join(", ") || "–", c.topics, ["topic", "topics"]],
  ];
  return (
    <table class="facts">
      <caption>
        Facts; confidence of the event as a whole: {percent(c.event)}
        {event.curated && <span class="badge">reviewed</span>}
      </caption>
      <thead>
        <tr>
          <th scope="col">Fact</th>
          <th scope="col">Value</th>
          <th scope="col">Confidence</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, value, conf, fields]) => {
          const review = reviewedBy(event, fields);
          return (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>
                {value}
                {review && (
                  <span class="badge" title={review}>
                    reviewed
                  </span>
                )}
              </td>
              <td>{percent(conf)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
