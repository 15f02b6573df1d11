// The terminology glossary: one agreed term per concept and language (server/i18n/glossary/<locale>.json),
// so that every screen says "focal point" the same way. Read by `npm run i18n:glossary` (docs/i18n/GLOSSARY.md)
// and by tests/unit/i18n/glossary.test.ts, which checks the catalogues use these terms.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Locale } from "~/db/locales";

export const GLOSSARY_TERM_IDS = [
  "r2p",
  "r2pShort",
  "atrocityCrimes",
  "genocide",
  "warCrimes",
  "ethnicCleansing",
  "crimesAgainstHumanity",
  "pillar1",
  "pillar2",
  "pillar3",
  "focalPoint",
  "focalPointsNetwork",
  "groupOfFriends",
  "earlyWarning",
  "prevention",
  "nationalMechanism",
  "parliament",
  "parliamentarian",
  "commitment",
  "measure",
  "record",
  "review",
  "secretariat",
  "member",
  "regionalOrganization",
  "sgReport",
  "generalAssembly",
  "securityCouncil",
  "humanRightsCouncil",
  "upr",
  "toolkit",
  "advocacyAction",
  "evidence",
  "publish",
] as const;

export type GlossaryTermId = (typeof GLOSSARY_TERM_IDS)[number];

const ZTermId = z.enum(GLOSSARY_TERM_IDS);

export const ZGlossary = z
  .object({
    ...Object.fromEntries(GLOSSARY_TERM_IDS.map((id) => [id, z.string().trim().min(1)])),
    /** Why a variant was chosen, for a reviewer. */
    notes: z.partialRecord(ZTermId, z.string().trim().min(1)).optional(),
    /** Other forms of a term the catalogue may use: plurals, cases, definite articles, abbreviations. */
    forms: z.partialRecord(ZTermId, z.array(z.string().trim().min(1))).optional(),
  })
  .strict();

export type Glossary = Record<GlossaryTermId, string> & {
  notes?: Partial<Record<GlossaryTermId, string>>;
  forms?: Partial<Record<GlossaryTermId, string[]>>;
};

export const GLOSSARY_DIR = join(process.cwd(), "server/i18n/glossary");

/** A locale's glossary, or null while its translator has not written it yet. Throws if it is malformed. */
export function readGlossary(locale: Locale, dir = GLOSSARY_DIR): Glossary | null {
  const path = join(dir, `${locale}.json`);
  if (!existsSync(path)) return null;
  return ZGlossary.parse(JSON.parse(readFileSync(path, "utf8"))) as Glossary;
}

/** The term and every accepted form of it, for matching in catalogue text. */
export const formsOf = (glossary: Glossary, id: GlossaryTermId): string[] => [glossary[id], ...(glossary.forms?.[id] ?? [])];
