import type { Loaded } from "../use-api.ts";

/** Loading and error states shared by every view; the error is the API's own detail. */
export function Status<T>({
  result,
  children,
}: {
  result: Loaded<T>;
  children: (data: T) => preact.ComponentChildren;
}) {
  if (result.state === "loading") return <p aria-busy="true">Loading…</p>;
  if (result.state === "error")
    return (
      <p role="alert" class="error">
        {result.message}
      </p>
    );
  return <>{children(result.data)}</>;
}
