-- Names of states, M49 areas and regional organisations become six-language jsonb maps (decision 030).
-- Existing zh/en text moves into the maps, so nothing is lost; the seed then upserts the UN's names in
-- all six languages on the next start. Added nullable, filled, then made NOT NULL (works on PGlite too).
ALTER TABLE "country" ADD COLUMN "name" jsonb;--> statement-breakpoint
ALTER TABLE "country" ADD COLUMN "region_name" jsonb;--> statement-breakpoint
ALTER TABLE "country" ADD COLUMN "subregion_name" jsonb;--> statement-breakpoint
ALTER TABLE "regional_organization" ADD COLUMN "acronym" jsonb;--> statement-breakpoint
ALTER TABLE "regional_organization" ADD COLUMN "name" jsonb;--> statement-breakpoint
UPDATE "country" SET
  "name" = jsonb_build_object('zh', "name_zh", 'en', "name_en"),
  "region_name" = jsonb_build_object('zh', "region_zh", 'en', "region_en"),
  "subregion_name" = jsonb_build_object('zh', "subregion_zh", 'en', "subregion_en");--> statement-breakpoint
UPDATE "regional_organization" SET
  "acronym" = jsonb_strip_nulls(jsonb_build_object('zh', "acronym_zh", 'en', "acronym_en")),
  "name" = jsonb_build_object('zh', "name_zh", 'en', "name_en");--> statement-breakpoint
ALTER TABLE "country" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "country" ALTER COLUMN "region_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "country" ALTER COLUMN "subregion_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "regional_organization" ALTER COLUMN "acronym" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "regional_organization" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "country" DROP COLUMN "name_en";--> statement-breakpoint
ALTER TABLE "country" DROP COLUMN "name_zh";--> statement-breakpoint
ALTER TABLE "country" DROP COLUMN "region_en";--> statement-breakpoint
ALTER TABLE "country" DROP COLUMN "region_zh";--> statement-breakpoint
ALTER TABLE "country" DROP COLUMN "subregion_en";--> statement-breakpoint
ALTER TABLE "country" DROP COLUMN "subregion_zh";--> statement-breakpoint
ALTER TABLE "regional_organization" DROP COLUMN "acronym_en";--> statement-breakpoint
ALTER TABLE "regional_organization" DROP COLUMN "acronym_zh";--> statement-breakpoint
ALTER TABLE "regional_organization" DROP COLUMN "name_en";--> statement-breakpoint
ALTER TABLE "regional_organization" DROP COLUMN "name_zh";
