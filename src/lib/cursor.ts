import { createHmac, timingSafeEqual } from "node:crypto";
import { BadRequestError } from "./errors.ts";

// Cursors are opaque keyset positions: the sort key and id of the last item seen,
// bound to the ordering they were issued for and signed, so a hand-edited or
// foreign cursor fails loudly instead of silently skipping rows.

export interface Position {
  key: string;
  id: string;
}

export class CursorCodec {
  constructor(private readonly secret: Buffer) {}

  private sign(payload: string): string {
    return createHmac("sha256", this.secret).update(payload).digest("base64url").slice(0, 22);
  }

  encode(order: string, pos: Position): string {
    const payload = Buffer.from(JSON.stringify([order, pos.key, pos.id])).toString("base64url");
    return `${payload}.${this.sign(payload)}`;
  }

  decode(order: string, cursor: string): Position {
    const invalid = () =>
      new BadRequestError("cursor", "is not a cursor this endpoint issued for this sort order");
    const [payload, mac, extra] = cursor.split(".");
    if (!payload || !mac || extra !== undefined) throw invalid();
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    } catch {
      throw invalid();
    }
    if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== order) throw invalid();
    const [, key, id] = parsed;
    if (typeof key !== "string" || typeof id !== "string") throw invalid();
    return { key, id };
  }
}
