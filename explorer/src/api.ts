// The explorer reads only the public API, on the origin that served it.

/** An API answer other than 2xx: the problem+json's detail, or the status line. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** `path` with `params` as an absolute URL, the form users copy and share. */
export function apiUrl(path: string, params?: URLSearchParams): string {
  const url = new URL(path, location.origin);
  if (params) url.search = params.toString();
  return url.toString();
}

export async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const res = await fetch(apiUrl(path, params), { headers: { Accept: "application/json" }, signal });
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`;
    if (res.headers.get("content-type")?.includes("json")) {
      const body = (await res.json()) as { detail?: string; title?: string };
      detail = body.detail ?? body.title ?? detail;
    }
    throw new ApiError(res.status, detail);
  }
  return (await res.json()) as T;
}
