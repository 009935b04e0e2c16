// The API's own types, generated from its OpenAPI document (npm run client): the
// explorer is checked against the same contract as the TypeScript client.
import type { components } from "../../clients/typescript/schema.d.ts";

type S = components["schemas"];
export type EventItem = S["EventListItem"];
export type EventDetail = S["EventDetail"];
/** A list read without fields=: every item is whole. */
export type EventList = Omit<S["EventList"], "data"> & { data: EventItem[] };
export type Evidence = S["Evidence"];
export type DocumentDetail = S["DocumentDetail"];
export type Timeline = S["Timeline"];
export type OfficialDetail = S["OfficialDetail"];
export type OfficialNetwork = S["OfficialNetwork"];
export type OfficialList = S["OfficialList"];
export type Place = S["Place"];
export type Places = S["Places"];
export type EventDate = S["EventDate"];
