/** A seed file that cannot be loaded; the message names the file and the field. */
export class SeedError extends Error {
  override name = "SeedError";
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}
