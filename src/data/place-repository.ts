import { z } from "zod";
import type { Location, PlaceKey } from "../extract/places/locate.ts";
import type { Reader } from "./db/read-pool.ts";
import type { EventFilter } from "./event-filter.ts";
import { Int, query } from "./query.ts";
import { placesSql, unplacedSql } from "./sql/aggregate-sql.ts";

const PlaceRow = z.object({
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  n: Int,
  places: Int,
});
const CountRow = z.object({ n: Int });

/** Where events took place: counts per place, each city with its point on the map. */
export class PlaceRepository {
  /**
   * @param pool aggregates scan every matching event, so they run off the event loop
   * @param locate a city's coordinates (placeLocator), null where only the country is known
   */
  constructor(
    private readonly pool: Reader,
    private readonly locate: (place: PlaceKey) => Location | null,
  ) {}

  async places(filter: EventFilter, limit: number) {
    const q = placesSql(this.pool.dialect, filter, limit);
    const rows = await query(this.pool, PlaceRow, q.sql, q.params);
    const u = unplacedSql(this.pool.dialect, filter);
    const [unplaced] = await query(this.pool, CountRow, u.sql, u.params);
    return {
      places: rows.map(({ city, region, country, n }) => ({
        city,
        region,
        country,
        count: n,
        location: this.locate({ city, region, country }),
      })),
      more: (rows[0]?.places ?? 0) > rows.length,
      unplaced: unplaced?.n ?? 0,
    };
  }
}
