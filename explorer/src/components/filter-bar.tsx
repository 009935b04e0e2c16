import { useState } from "preact/hooks";
import { EVENT_STATUSES, MEETING_KINDS } from "../../../src/schemas/vocabulary.ts";
import { getJson } from "../api.ts";
import { kindLabel } from "../format.ts";
import { FILTERS, filtersOf, href, navigate, type View } from "../route.ts";
import type { OfficialDetail, OfficialList } from "../types.ts";
import { useLoad } from "../use-api.ts";

interface TopicList {
  data: { id: string; name: string }[];
}

/**
 * The API's filters as a form. Submitting it puts them in the URL (so the view is a
 * link) and the view reads them back from there; `keep` names the view's own
 * parameters that survive a new search (the timeline's interval, say).
 */
export function FilterBar({
  view,
  params,
  keep = [],
}: {
  view: View;
  params: URLSearchParams;
  keep?: string[];
}) {
  const [query, setQuery] = useState("");
  const topics = useLoad("topics", (signal) =>
    getJson<TopicList>("/topics", new URLSearchParams({ limit: "100" }), signal),
  );
  const suggestions = useLoad(`officials:${query}`, (signal) =>
    query.length < 2
      ? Promise.resolve({ data: [] } as unknown as OfficialList)
      : getJson<OfficialList>("/officials", new URLSearchParams({ q: query, limit: "10" }), signal),
  );
  const current = filtersOf(params);
  const officials = current.getAll("official");
  // Chips show names; the URL keeps the ids the API takes.
  const names = useLoad(`names:${officials.join(",")}`, async (signal) => {
    const found = await Promise.all(
      officials.map((id) =>
        getJson<OfficialDetail>(`/officials/${encodeURIComponent(id)}`, undefined, signal).catch(() => null),
      ),
    );
    return new Map(found.flatMap((o) => (o ? [[o.id, o.name] as const] : [])));
  });
  const chosenTopics = current.getAll("topic");

  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const next = new URLSearchParams();
    for (const name of FILTERS)
      for (const v of form.getAll(name)) if (String(v).trim()) next.append(name, String(v).trim());
    for (const name of ["addOfficial", "addTopic"]) {
      const v = String(form.get(name) ?? "").trim();
      if (v) next.append(name === "addOfficial" ? "official" : "topic", v);
    }
    for (const name of keep) {
      const v = params.get(name);
      if (v) next.set(name, v);
    }
    navigate(href(view, next));
  };
  const without = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.delete(name);
    for (const v of params.getAll(name)) if (v !== value) next.append(name, v);
    next.delete("cursor");
    return href(view, next);
  };

  return (
    <form class="filters" aria-label="Filter events" onSubmit={submit} key={params.toString()}>
      <label>
        Search{" "}
        <input name="q" type="search" defaultValue={current.get("q") ?? ""} placeholder="fentanyl, Taiwan…" />
      </label>
      <fieldset>
        <legend>Officials (all of)</legend>
        {officials.map((id) => (
          <Chip
            key={id}
            name="official"
            id={id}
            label={names.state === "ok" ? (names.data.get(id) ?? id) : id}
            remove={without("official", id)}
          />
        ))}
        <input
          name="addOfficial"
          list="official-suggestions"
          aria-label="Add an official (name or id)"
          placeholder="add an official"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <datalist id="official-suggestions">
          {suggestions.state === "ok" &&
            suggestions.data.data.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
        </datalist>
      </fieldset>
      <fieldset>
        <legend>Topics (all of)</legend>
        {chosenTopics.map((id) => (
          <Chip key={id} name="topic" id={id} label={id} remove={without("topic", id)} />
        ))}
        <select name="addTopic" aria-label="Add a topic">
          <option value="">add a topic</option>
          {topics.state === "ok" &&
            topics.data.data.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>Kind</legend>
        {MEETING_KINDS.map((k) => (
          <label key={k} class="check">
            <input
              type="checkbox"
              name="kind"
              value={k}
              defaultChecked={current.getAll("kind").includes(k)}
            />
            {kindLabel(k)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        {EVENT_STATUSES.map((s) => (
          <label key={s} class="check">
            <input
              type="checkbox"
              name="status"
              value={s}
              defaultChecked={current.getAll("status").includes(s)}
            />
            {s}
          </label>
        ))}
      </fieldset>
      <label>
        Countries{" "}
        <input name="countries" defaultValue={current.get("countries") ?? ""} placeholder="US,CN" size={8} />
      </label>
      <label>
        Place{" "}
        <input name="place" defaultValue={current.get("place") ?? ""} placeholder="Geneva or CH" size={10} />
      </label>
      <label>
        From <input name="from" type="date" defaultValue={current.get("from") ?? ""} />
      </label>
      <label>
        To <input name="to" type="date" defaultValue={current.get("to") ?? ""} />
      </label>
      <label>
        Min. confidence{" "}
        <input
          name="minConfidence"
          type="number"
          min="0"
          max="1"
          step="0.05"
          defaultValue={current.get("minConfidence") ?? ""}
        />
      </label>
      <label>
        As of <input name="asOf" type="date" defaultValue={current.get("asOf") ?? ""} />
      </label>
      <div class="actions">
        <button type="submit">Apply</button>
        <a
          href={href(
            view,
            Object.fromEntries(keep.flatMap((k) => (params.get(k) ? [[k, params.get(k) as string]] : []))),
          )}
        >
          Clear
        </a>
      </div>
    </form>
  );
}

/** A chosen value: submitted with the form, shown by its label, removed by its link. */
function Chip({ name, id, label, remove }: { name: string; id: string; label: string; remove: string }) {
  return (
    <span class="chip">
      <input type="hidden" name={name} value={id} />
      {label}{" "}
      <a href={remove} aria-label={`Remove ${name} ${id}`}>
        ×
      </a>
    </span>
  );
}
