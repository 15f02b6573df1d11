// Issue 13: a 20 MB PDF goes up as a stream with a progress bar that moves, on a throttled uplink
// (as from a field office), and is listed on the form; a file of the wrong type never leaves.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { test } from "./fixtures";

const MB = 1024 * 1024;

test("a 20 MB PDF uploads with a visible progress bar", async ({ page, signInAs }) => {
  await signInAs("member");
  await page.goto("/en/records/new?type=commitment");
  // 8 MB/s up: the upload takes a few seconds, long enough to watch the bar.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 8 * MB });

  // Exactly the limit. From disk: the browser reads it itself, as from a file dialog.
  const pdf = Buffer.alloc(20 * MB, 0x20);
  pdf.write("%PDF-1.7\n% e2e evidence\n");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "r2p-e2e-")), "report-20mb.pdf");
  fs.writeFileSync(file, pdf);
  const requests: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/uploads")) requests.push(r.headers()["content-type"] ?? "");
  });
  await page.getByLabel("Drop files here, or choose them:").setInputFiles(file);

  const bar = page.getByRole("progressbar", { name: "Uploading report-20mb.pdf" });
  await expect(bar).toBeVisible();
  // It moves: some of the file is sent and some is still to go.
  await expect.poll(async () => Number(await bar.getAttribute("value"))).toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: "report-20mb.pdf" })).toBeVisible({ timeout: 60_000 });
  await expect(bar).toHaveCount(0);
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatch(/^multipart\/form-data; boundary=/);
});

test("a file of the wrong type is refused before sending", async ({ page, signInAs }) => {
  await signInAs("member");
  await page.goto("/en/actions/new");
  let sent = false;
  page.on("request", (r) => {
    if (r.url().endsWith("/api/uploads")) sent = true;
  });
  await page.getByLabel("Drop files here, or choose them:").setInputFiles({ name: "page.html", mimeType: "text/html", buffer: Buffer.from("<html></html>") });
  await expect(page.getByText("page.html: Only PDF, images")).toBeVisible();
  expect(sent).toBe(false);
});
