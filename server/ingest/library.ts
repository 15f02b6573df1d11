// The five vendored documents, as the parser needs them for resolving citations. Kept in sync with
// db/seed/documents/catalog.ts (a unit test checks that), so server/ingest stays free of db imports.

import type { LibraryEntry } from "./types";

export const LIBRARY: LibraryEntry[] = [
  { slug: "icrtop-toolkit", symbol: null },
  { slug: "a-63-677", symbol: "A/63/677" },
  { slug: "sg-2025", symbol: null },
  { slug: "a-72-884", symbol: "A/72/884-S/2018/525" },
  { slug: "a-65-877", symbol: "A/65/877-S/2011/393" },
];
