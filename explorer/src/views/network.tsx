import { forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from "d3-force";
import { countryName } from "../format.ts";
import { href } from "../route.ts";
import type { OfficialNetwork } from "../types.ts";

interface Node extends SimulationNodeDatum {
  id: string;
  name: string;
  meetings: number;
  r: number;
}

const W = 640;
const H = 420;

/** A layout computed once (no animation): the same data always draws the same picture. */
function layout(network: OfficialNetwork, name: string): { centre: Node; nodes: Node[] } {
  const max = Math.max(1, ...network.counterparts.map((c) => c.meetings));
  const centre: Node = { id: network.official, name, meetings: 0, r: 14, fx: W / 2, fy: H / 2 };
  const nodes: Node[] = network.counterparts.map((c, i) => ({
    id: c.official.id,
    name: c.official.name,
    meetings: c.meetings,
    r: 5 + 15 * Math.sqrt(c.meetings / max),
    // Seeded on a circle so the layout is deterministic.
    x: W / 2 + 150 * Math.cos((2 * Math.PI * i) / network.counterparts.length),
    y: H / 2 + 150 * Math.sin((2 * Math.PI * i) / network.counterparts.length),
  }));
  const links = nodes.map((n) => ({ source: centre, target: n, distance: 190 - 10 * n.meetings }));
  forceSimulation([centre, ...nodes])
    .force(
      "link",
      forceLink(links).distance((l) => Math.max(80, l.distance)),
    )
    .force("charge", forceManyBody().strength(-120))
    .force(
      "collide",
      forceCollide<Node>((n) => n.r + 28),
    )
    .stop()
    .tick(300);
  for (const n of nodes) {
    n.x = Math.min(W - 60, Math.max(60, n.x ?? 0));
    n.y = Math.min(H - 20, Math.max(20, n.y ?? 0));
  }
  return { centre, nodes };
}

/** Counterparts sized by how often they met the official; each opens their meetings together. */
export function Network({ network, name }: { network: OfficialNetwork; name: string }) {
  if (!network.counterparts.length) return <p>No meeting with another official is recorded.</p>;
  const { centre, nodes } = layout(network, name);
  // The drawing's own extent (labels included), so a few counterparts leave no empty band.
  const all = [centre, ...nodes];
  const x0 = Math.min(...all.map((n) => (n.x ?? 0) - n.r)) - 70;
  const x1 = Math.max(...all.map((n) => (n.x ?? 0) + n.r)) + 70;
  const y0 = Math.min(...all.map((n) => (n.y ?? 0) - n.r)) - 10;
  const y1 = Math.max(...all.map((n) => (n.y ?? 0) + n.r)) + 24;
  const together = (other: string) =>
    href(
      "meetings",
      new URLSearchParams([
        ["official", network.official],
        ["official", other],
      ]),
    );
  return (
    <>
      <figure>
        <figcaption class="muted">
          Counterparts of {name}, sized by meetings; each opens their meetings together.
        </figcaption>
        <svg viewBox={`${x0} ${y0} ${x1 - x0} ${y1 - y0}`} class="network">
          <title>{`Counterparts of ${name}`}</title>
          {nodes.map((n) => (
            <line
              key={n.id}
              x1={centre.x}
              y1={centre.y}
              x2={n.x}
              y2={n.y}
              class="edge"
              stroke-width={1 + n.meetings}
            />
          ))}
          <circle cx={centre.x} cy={centre.y} r={centre.r} class="node centre" />
          <text x={centre.x} y={(centre.y ?? 0) + centre.r + 12} text-anchor="middle" class="label">
            {name}
          </text>
          {nodes.map((n) => (
            <a key={n.id} href={together(n.id)} aria-label={`${n.name}: ${n.meetings} meetings with ${name}`}>
              <circle cx={n.x} cy={n.y} r={n.r} class="node" />
              <text x={n.x} y={(n.y ?? 0) + n.r + 12} text-anchor="middle" class="label">
                {n.name}
              </text>
            </a>
          ))}
        </svg>
      </figure>
      <table>
        <caption>Counterparts of {name}</caption>
        <thead>
          <tr>
            <th scope="col">Official</th>
            <th scope="col">Meetings</th>
            <th scope="col">Last met</th>
            <th scope="col">Most discussed</th>
          </tr>
        </thead>
        <tbody>
          {network.counterparts.map((c) => (
            <tr key={c.official.id}>
              <td>
                <a href={href("official", { id: c.official.id })}>{c.official.name}</a>{" "}
                <span class="muted">({countryName(c.official.country)})</span>
              </td>
              <td>
                <a href={together(c.official.id)}>{c.meetings}</a>
              </td>
              <td>{c.lastMet ?? "–"}</td>
              <td>
                {c.topics
                  .slice(0, 3)
                  .map((t) => t.name)
                  .join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
