// Reference data: UN member and observer states, and the regional organisations they belong to.
import { index, integer, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { localizedName } from "./reference-localized";

export const unGroupEnum = pgEnum("un_group", [
  "african",
  "asia_pacific",
  "eastern_european",
  "latin_american_caribbean",
  "weog",
]);

export const countryStatusEnum = pgEnum("country_status", ["member", "observer"]);

export const country = pgTable(
  "country",
  {
    iso3: text().primaryKey(),
    iso2: text().notNull().unique(),
    m49: text().notNull().unique(),
    /** The UN's short name in the six languages (UNSD M49 tables; decision 030). */
    name: localizedName().notNull(),
    status: countryStatusEnum().notNull(),
    regionCode: text().notNull(),
    regionName: localizedName().notNull(),
    subregionCode: text().notNull(),
    subregionName: localizedName().notNull(),
    unGroup: unGroupEnum(),
  },
  (t) => [index().on(t.regionCode), index().on(t.unGroup)],
);

export const regionalOrganizationKindEnum = pgEnum("regional_organization_kind", [
  "regional",
  "subregional",
  "interregional",
]);

export const regionalOrganization = pgTable("regional_organization", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  /** Acronym per language; a language without an established one has no entry and readers fall back. */
  acronym: localizedName().notNull(),
  name: localizedName().notNull(),
  kind: regionalOrganizationKindEnum().notNull(),
});

export const regionalOrganizationMember = pgTable(
  "regional_organization_member",
  {
    organizationId: integer()
      .notNull()
      .references(() => regionalOrganization.id, { onDelete: "cascade" }),
    countryIso3: text()
      .notNull()
      .references(() => country.iso3),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.countryIso3] }), index().on(t.countryIso3)],
);
