// The facets and timeline buckets the API offers: the query schemas validate against
// them and the SQL builders select by them, so both sides read the one list.
export const FACETS = ["topic", "kind", "status", "country", "official", "year"] as const;
export type Facet = (typeof FACETS)[number];
export const INTERVALS = ["month", "quarter", "year"] as const;
export type Interval = (typeof INTERVALS)[number];
