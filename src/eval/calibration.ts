// Calibration: does a confidence of 0.7 mean about 7 in 10 such readings were right?
// Expected calibration error over ten equal-width bins, and the reliability table.

export interface Scored {
  confidence: number;
  correct: boolean;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  n: number;
  /** Mean confidence in the bin. */
  confidence: number | null;
  /** Share of correct readings in the bin. */
  accuracy: number | null;
}

export interface Calibration {
  n: number;
  /** Sum over bins of |accuracy - confidence| weighted by the bin's share; null when n = 0. */
  ece: number | null;
  bins: ReliabilityBin[];
}

const BINS = 10;

export function calibration(scored: Scored[]): Calibration {
  const bins: ReliabilityBin[] = Array.from({ length: BINS }, (_, i) => ({
    from: i / BINS,
    to: (i + 1) / BINS,
    n: 0,
    confidence: null,
    accuracy: null,
  }));
  const sums = bins.map(() => ({ conf: 0, right: 0 }));
  for (const s of scored) {
    const i = Math.min(BINS - 1, Math.floor(s.confidence * BINS));
    const bin = bins[i] as ReliabilityBin;
    const sum = sums[i] as { conf: number; right: number };
    bin.n += 1;
    sum.conf += s.confidence;
    sum.right += s.correct ? 1 : 0;
  }
  let ece = 0;
  bins.forEach((b, i) => {
    const sum = sums[i] as { conf: number; right: number };
    if (!b.n) return;
    b.confidence = sum.conf / b.n;
    b.accuracy = sum.right / b.n;
    ece += (b.n / scored.length) * Math.abs(b.accuracy - b.confidence);
  });
  return { n: scored.length, ece: scored.length ? ece : null, bins };
}
