// Reference data: UN member and observer states, and the regional organisations they belong to.
import { index, integer, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

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
    nameEn: text().notNull(),
    nameZh: text().notNull(),
    status: countryStatusEnum().notNull(),
    regionCode: text().notNull(),
    regionEn: text().notNull(),
    regionZh: text().notNull(),
    subregionCode: text().notNull(),
    subregionEn: text().notNull(),
    subregionZh: text().notNull(),
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
  acronymEn: text().notNull(),
  acronymZh: text(),
  nameEn: text().notNull(),
  nameZh: text().notNull(),
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
