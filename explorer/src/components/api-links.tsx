import { useState } from "preact/hooks";
import { apiUrl } from "../api.ts";

/**
 * "Copy API URL", and CSV and NDJSON for the lists that offer them (`formats`): the
 * data behind every view.
 */
export function ApiLinks({
  path,
  params,
  formats = true,
}: {
  path: string;
  params: URLSearchParams;
  formats?: boolean;
}) {
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
      {formats && (
        <>
          <a href={as("csv")} download>
            CSV
          </a>
          <a href={as("ndjson")} download>
            NDJSON
          </a>
        </>
      )}
    </div>
  );
}
