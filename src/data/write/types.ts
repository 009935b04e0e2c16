import type { Prisma } from "../../generated/prisma/client.ts";

/** The Prisma client inside a loader transaction: every write goes through one. */
export type Tx = Prisma.TransactionClient;
