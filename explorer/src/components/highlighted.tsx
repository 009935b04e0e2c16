import type { Evidence } from "../types.ts";

/**
 * Cuts `text` at every evidence boundary. Quotes overlap (the event's sentence holds
 * the date's words), so each piece lists the quotes that cover it; a quote is then the
 * run of pieces that name it, and reads exactly the characters at its offsets.
 */
export function segments(text: string, evidence: Evidence[]): { text: string; covers: number[] }[] {
  const cuts = new Set([0, text.length]);
  for (const e of evidence) {
    cuts.add(Math.max(0, Math.min(text.length, e.start)));
    cuts.add(Math.max(0, Math.min(text.length, e.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: { text: string; covers: number[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const covers = evidence.flatMap((e, j) => (e.start <= from && to <= e.end ? [j] : []));
    out.push({ text: text.slice(from, to), covers });
  }
  return out;
}

/** The article with every quote the event rests on marked where it stands. */
export function Highlighted({
  text,
  evidence,
  label,
}: {
  text: string;
  evidence: Evidence[];
  label: string;
}) {
  // A scrolling box: focusable so the keyboard can scroll it, and named for readers.
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
    <section class="article-text" tabIndex={0} aria-label={label}>
      {segments(text, evidence).map((s, i) =>
        s.covers.length ? (
          <mark
            key={i}
            data-evidence={s.covers.join(" ")}
            title={s.covers.map((j) => evidence[j]?.field).join(", ")}
            class={s.covers.length > 1 ? "overlap" : undefined}
          >
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </section>
  );
}
