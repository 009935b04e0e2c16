import { chromium } from "playwright-core";
import t from "tap";
import { chromiumPath as executablePath, NO_CHROMIUM } from "../browser.ts";
import { build } from "../helper.ts";

// Swagger UI in a real browser (see ../browser.ts).
if (!executablePath) {
  t.plan(0, `${NO_CHROMIUM}: Swagger UI browser test skipped`);
} else {
  const app = await build(t);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  t.teardown(() => browser.close());

  t.test("/docs lists every operation, and Try it out on GET /meetings returns data", async (t) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${base}/docs`);
    await page.locator(".opblock").first().waitFor();
    // Swagger UI shows an operation once per tag it has.
    const spec = app.swagger() as { paths: Record<string, Record<string, { tags?: string[] }>> };
    const expected = Object.values(spec.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => op.tags ?? []),
    );
    t.equal(
      await page.locator(".opblock").count(),
      expected.length,
      "every operation, under each of its tags",
    );

    const op = page
      .locator(
        "#operation-tag-meetings ~ div #operations-meetings-listMeetings, #operations-meetings-listMeetings",
      )
      .first();
    await op.locator(".opblock-summary").click();
    await op.locator("button.try-out__btn").click();
    await op.locator("button.execute").click();
    const status = op.locator(".live-responses-table tbody .response-col_status").first();
    await status.waitFor({ timeout: 30_000 });
    t.match(await status.innerText(), /200/);
    const body = await op.locator(".live-responses-table .response-col_description pre").first().innerText();
    const parsed = JSON.parse(body) as { data: unknown[] };
    t.ok(parsed.data.length > 0, "the prefilled examples find meetings");
    t.same(errors, [], "no script or CSP errors in the page");
  });
}
