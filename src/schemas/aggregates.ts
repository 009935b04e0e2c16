import { FACETS, INTERVALS } from "./vocabulary.ts";

export { FACETS, INTERVALS };
export type Facet = (typeof FACETS)[number];
export type Interval = (typeof INTERVALS)[number];
