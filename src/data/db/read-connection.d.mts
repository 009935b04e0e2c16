// Types for read-connection.mjs, plain JavaScript so that worker threads load it.
export interface ReadConnection {
  all(sql: string, params: unknown[]): unknown[];
  close(): void;
  /** Statements kept prepared. */
  readonly prepared: number;
}
export declare const MAX_STATEMENTS: number;
export declare function openReadConnection(file: string): ReadConnection;
