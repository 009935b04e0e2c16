import { scaleBand, scaleLinear } from "d3-scale";
import { INTERVALS, MEETING_KINDS } from "../../../src/schemas/vocabulary.ts";
import { getJson } from "../api.ts";
import { ApiLinks } from "../components/api-links.tsx";
import { FilterBar } from "../components/filter-bar.tsx";
import { Status } from "../components/status.tsx";
import { filtersOf, href } from "../route.ts";
import type { Timeline } from "../types.ts";
import { useLoad } from "../use-api.ts";

type Interval = (typeof INTERVALS)[number];

/** The first and last day of a period as /timeline names it (2024, 2024-Q3, 2024-07). */
export function periodRange(period: string): [string, string] {
  const [year, rest] = period.split("-") as [string, string | undefined];
  if (!rest) return [`${year}-01-01`, `${year}-12-31`];
  const first = rest.startsWith("Q") ? (Number(rest.slice(1)) - 1) * 3 + 1 : Number(rest);
  const last = rest.startsWith("Q") ? first + 2 : first;
  const end = new Date(Date.UTC(Number(year), last, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, "0");
  return [`${year}-${mm(first)}-01`, `${year}-${mm(last)}-${end}`];
}

/** Every period from the first to the last, so quiet ones show as gaps, not as nothing. */
export function fillPeriods(
  buckets: Timeline["buckets"],
  interval: Interval,
): { period: string; count: number }[] {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return [];
  const counts = new Map(buckets.map((b) => [b.period, b.count]));
  const step = interval === "year" ? 12 : interval === "quarter" ? 3 : 1;
  const name = (m: number) => {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    if (interval === "year") return String(year);
    if (interval === "quarter") return `${year}-Q${Math.ceil(month / 3)}`;
    return `${year}-${String(month).padStart(2, "0")}`;
  };
  const month = (period: string) => {
    const [from] = periodRange(period);
    return Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1;
  };
  const out = [];
  for (let m = month(first.period); m <= month(last.period); m += step) {
    const period = name(m);
    out.push({ period, count: counts.get(period) ?? 0 });
  }
  return out;
}

/** Meetings per month, quarter or year, as bars and as a table of links. */
export function TimelineView({ params }: { params: URLSearchParams }) {
  const interval = (INTERVALS as readonly string[]).includes(params.get("interval") ?? "")
    ? (params.get("interval") as Interval)
    : "month";
  const query = filtersOf(params);
  query.set("interval", interval);
  // /timeline counts every event; without a kind chosen, the explorer counts meetings.
  if (!query.has("kind")) for (const k of MEETING_KINDS) query.append("kind", k);
  const result = useLoad(query.toString(), (signal) => getJson<Timeline>("/timeline", query, signal));
  const switchTo = (i: Interval) => {
    const next = filtersOf(params);
    next.set("interval", i);
    return href("timeline", next);
  };
  return (
    <>
      <FilterBar view="timeline" params={params} keep={["interval"]} />
      <ApiLinks path="/timeline" params={query} formats={false} />
      <nav aria-label="Interval" class="tabs">
        {INTERVALS.map((i) => (
          <a key={i} href={switchTo(i)} aria-current={i === interval ? "page" : undefined}>
            per {i}
          </a>
        ))}
      </nav>
      <Status result={result}>{(t) => <Bars timeline={t} params={params} />}</Status>
    </>
  );
}

const W = 720;
const H = 220;
const M = { top: 10, right: 10, bottom: 40, left: 36 };

function Bars({ timeline, params }: { timeline: Timeline; params: URLSearchParams }) {
  const buckets = fillPeriods(timeline.buckets, timeline.interval);
  if (!buckets.length) return <p>No dated meeting matches these filters.</p>;
  const x = scaleBand()
    .domain(buckets.map((b) => b.period))
    .range([M.left, W - M.right])
    .padding(0.15);
  const max = Math.max(...buckets.map((b) => b.count));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([H - M.bottom, M.top]);
  const every = Math.ceil(buckets.length / 12);
  const linkFor = (period: string) => {
    const next = filtersOf(params);
    const [from, to] = periodRange(period);
    next.set("from", from);
    next.set("to", to);
    return href("meetings", next);
  };
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Meetings per {timeline.interval}</h2>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        class="chart"
        role="img"
        aria-label={`Bar chart of meetings per ${timeline.interval}`}
      >
        {y.ticks(4).map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} class="grid" />
            <text x={M.left - 6} y={y(v)} class="tick" text-anchor="end" dominant-baseline="middle">
              {v}
            </text>
          </g>
        ))}
        {buckets.map((b, i) => (
          <g key={b.period}>
            <rect x={x(b.period)} width={x.bandwidth()} y={y(b.count)} height={y(0) - y(b.count)} class="bar">
              <title>{`${b.period}: ${b.count}`}</title>
            </rect>
            {i % every === 0 && (
              <text
                x={(x(b.period) ?? 0) + x.bandwidth() / 2}
                y={H - M.bottom + 16}
                class="tick"
                text-anchor="middle"
              >
                {b.period}
              </text>
            )}
          </g>
        ))}
      </svg>
      <table>
        <caption>Meetings per {timeline.interval}; each period opens its meetings</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Meetings</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.period}>
              <th scope="row">
                <a href={linkFor(b.period)}>{b.period}</a>
              </th>
              <td>{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(timeline.imprecise.count > 0 || timeline.undated.count > 0) && (
        <p class="muted">
          Not in the chart: {timeline.imprecise.count} dated only roughly, {timeline.undated.count} undated.
        </p>
      )}
    </section>
  );
}
