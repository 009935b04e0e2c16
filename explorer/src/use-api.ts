import { useEffect, useState } from "preact/hooks";

export type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ok"; data: T };

/** Runs `load` whenever `key` changes; a stale answer never replaces a newer one. */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    const abort = new AbortController();
    setResult({ state: "loading" });
    load(abort.signal).then(
      (data) => abort.signal.aborted || setResult({ state: "ok", data }),
      (err: Error) => abort.signal.aborted || setResult({ state: "error", message: err.message }),
    );
    return () => abort.abort();
  }, [key]);
  return result;
}
