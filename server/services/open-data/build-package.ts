// The Frictionless Data Package of everything published: the descriptor (datapackage.json), one
// CSV per resource, and the zip holding them all. Built once per data version and kept in memory
// (one build per instance and version; a request in between only asks for the version).
import { createHash } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import { env } from "~/server/env";
import { logger } from "~/server/logger";
import { tableToCsv } from "./csv-table";
import { currentDataVersion, type DataVersion } from "./data-version";
import type { TDataPackage } from "./open-data.types";
import { DATASET_RESOURCES } from "./resources";

export interface BuiltPackage extends DataVersion {
  descriptor: TDataPackage;
  /** Resource name → CSV text. */
  csv: Map<string, string>;
  zip: Uint8Array;
}

/** Where a resource's CSV lives, relative to the descriptor (/api/v1/ on the site, the zip's root). */
export const resourcePath = (name: string) => `dataset/${name}.csv`;

export const LICENSE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0",
};

async function build(version: DataVersion): Promise<BuiltPackage> {
  const started = Date.now();
  const csv = new Map<string, string>();
  const resources: TDataPackage["resources"] = [];
  // One resource at a time: on PGlite every query waits its turn anyway, and on PostgreSQL this
  // keeps a rebuild to one connection of the pool.
  for (const resource of DATASET_RESOURCES) {
    const text = tableToCsv(resource.schema, await resource.rows());
    const bytes = Buffer.byteLength(text, "utf8");
    csv.set(resource.name, text);
    resources.push({
      name: resource.name,
      path: resourcePath(resource.name),
      profile: "tabular-data-resource",
      title: resource.title,
      description: resource.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      bytes,
      hash: `sha256:${createHash("sha256").update(text).digest("hex")}`,
      schema: resource.schema,
    });
  }
  const base = env.APP_URL.replace(/\/$/, "");
  const descriptor: TDataPackage = {
    profile: "tabular-data-package",
    name: "r2p-tracker",
    id: `${base}/api/v1/datapackage.json`,
    title: "R2P Tracker: published data",
    description:
      "Everything the R2P Tracker publishes: countries with their scores, each country's status on each recommended measure with the records that decided it, the measures with their sources, published commitments, focal-point appointments and parliamentary actions, public advocacy actions, and the units of the source documents.",
    homepage: base,
    version: `${version.lastModified.toISOString().slice(0, 10)}+${version.version}`,
    created: version.lastModified.toISOString(),
    licenses: [LICENSE],
    sources: [{ title: "R2P Tracker", path: base }],
    resources,
  };
  // Zip dates start in 1980; an empty database has no change date at all.
  const mtime = new Date(Math.max(version.lastModified.getTime(), Date.UTC(1980, 0, 2)));
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    "datapackage.json": [strToU8(JSON.stringify(descriptor, null, 2)), { mtime }],
  };
  for (const [name, text] of csv) files[resourcePath(name)] = [strToU8(text), { mtime }];
  const zip = zipSync(files, { level: 6 });
  logger.info("open_data.built", { version: version.version, ms: Date.now() - started, zipBytes: zip.byteLength });
  return { ...version, descriptor, csv, zip };
}

let latest: { version: string; built: Promise<BuiltPackage> } | null = null;

/** The package of the current data version: the one in memory, or a fresh build (one at a time). */
export async function getDataPackage(): Promise<BuiltPackage> {
  const version = await currentDataVersion();
  if (latest?.version !== version.version) {
    const built = build(version);
    latest = { version: version.version, built };
    // A failed build is not kept: the next request tries again.
    built.catch(() => {
      if (latest?.built === built) latest = null;
    });
  }
  return latest.built;
}

/** Only the version (for a conditional request that may not need the package at all). */
export { currentDataVersion };
