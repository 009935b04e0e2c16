import { countryName, formatDate, formatPlace, kindLabel, percent } from "../format.ts";
import { href } from "../route.ts";
import type { EventItem } from "../types.ts";

/** One event in a list: what, when, where, who, and how sure the pipeline was. */
export function EventRow({ event, asOf }: { event: EventItem; asOf?: string | null }) {
  const link = href("event", asOf ? { id: event.id, asOf } : { id: event.id });
  return (
    <li class="event-row">
      <h3>
        <a href={link}>{event.title}</a>
      </h3>
      <p class="meta">
        <time dateTime={event.date.start ?? undefined}>{formatDate(event.date)}</time> ·{" "}
        {kindLabel(event.kind)} · {event.status} · {formatPlace(event.place)} · confidence{" "}
        {percent(event.confidence.event)}
        {event.curated && <span class="badge">reviewed</span>}
      </p>
      <p class="people">
        {event.participants.map((p, i) => (
          <span key={p.id}>
            {i > 0 && ", "}
            <a href={href("official", { id: p.id })}>{p.name}</a>
            {p.country && <span class="muted"> ({countryName(p.country)})</span>}
          </span>
        ))}
      </p>
      {event.topics.length > 0 && <p class="topics">{event.topics.map((t) => t.name).join(" · ")}</p>}
    </li>
  );
}
