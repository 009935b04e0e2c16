import { useState } from "preact/hooks";
import { apiUrl } from "../api.ts";

/** "Copy API URL", CSV and NDJSON for the list a view shows: the data behind every view. */
export function ApiLinks({ path, params }: { path: string; params: URLSearchParams }) {
  const [copied, setCopied] = useState(false);
  const url = apiUrl(path, params);
  const as = (format: string) => {
    const p = new URLSearchParams(params);
    p.delete("cursor");
    p.delete("limit");
    p.delete("facets");
    p.set("format", format);
    return apiUrl(path, p);
  };
  const copy = async () => {
    await navigator.clipboard.writeText(url);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div class="api-links">
      <label>
        API URL <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={copy}>
        {copied ? "Copied" : "Copy API URL"}
      </button>
      <a href={as("csv")} download>
        CSV
      </a>
      <a href={as("ndjson")} download>
        NDJSON
      </a>
    </div>
  );
}
