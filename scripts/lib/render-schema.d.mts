// Types for render-schema.mjs, which stays plain JavaScript because postinstall runs it
// before any TypeScript loader is installed.
export declare const SQLITE_SCHEMA: URL;
export declare const POSTGRES_SCHEMA: URL;
export declare function renderPostgresSchema(sqlite: string): string;
export declare function writePostgresSchema(): boolean;
