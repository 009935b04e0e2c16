import type { Column } from "../export/export.ts";
import type { PlaceCount } from "../schemas/place.ts";

export const PLACE_COLUMNS: Column<PlaceCount>[] = [
  { name: "city", group: "city", value: (p) => p.city },
  { name: "region", group: "region", value: (p) => p.region },
  { name: "country", group: "country", value: (p) => p.country },
  { name: "count", group: "count", value: (p) => p.count },
  { name: "lat", group: "location", value: (p) => p.location?.lat },
  { name: "lon", group: "location", value: (p) => p.location?.lon },
];
