-- One localized-text map per translatable field instead of …_zh/…_en column pairs (decision 027).
-- Every word moves: blank strings become "no text in that language", everything else is kept as is.
-- Revision snapshots (the measure history and restore) move to the new shape too; the audit trail is
-- append-only and keeps the shape it was written in.
ALTER TABLE "measure" DROP COLUMN "search_english";--> statement-breakpoint
ALTER TABLE "measure" ADD COLUMN "title" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "measure" ADD COLUMN "description" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
UPDATE "measure" SET
  "title" = jsonb_strip_nulls(jsonb_build_object('zh', nullif("title_zh", ''), 'en', nullif("title_en", ''))),
  "description" = jsonb_strip_nulls(jsonb_build_object('zh', nullif("description_zh", ''), 'en', nullif("description_en", '')));--> statement-breakpoint
ALTER TABLE "measure" DROP COLUMN "title_zh";--> statement-breakpoint
ALTER TABLE "measure" DROP COLUMN "title_en";--> statement-breakpoint
ALTER TABLE "measure" DROP COLUMN "description_zh";--> statement-breakpoint
ALTER TABLE "measure" DROP COLUMN "description_en";--> statement-breakpoint
ALTER TABLE "measure" ADD COLUMN "search_english" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title ->> 'en', '') || ' ' || coalesce(description ->> 'en', ''))) STORED;--> statement-breakpoint
CREATE INDEX "measure_search_english_idx" ON "measure" USING gin ("search_english");--> statement-breakpoint
UPDATE "measure_revision" SET "snapshot" =
  ("snapshot" - 'titleZh' - 'titleEn' - 'descriptionZh' - 'descriptionEn')
  || jsonb_build_object(
    'title', jsonb_strip_nulls(jsonb_build_object('zh', nullif("snapshot" ->> 'titleZh', ''), 'en', nullif("snapshot" ->> 'titleEn', ''))),
    'description', jsonb_strip_nulls(jsonb_build_object('zh', nullif("snapshot" ->> 'descriptionZh', ''), 'en', nullif("snapshot" ->> 'descriptionEn', '')))
  )
  WHERE "snapshot" ? 'titleZh' OR "snapshot" ? 'titleEn';--> statement-breakpoint
ALTER TABLE "document" ADD COLUMN "title" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
UPDATE "document" SET "title" = jsonb_strip_nulls(jsonb_build_object('zh', nullif("title_zh", ''), 'en', nullif("title_en", '')));--> statement-breakpoint
ALTER TABLE "document" DROP COLUMN "title_zh";--> statement-breakpoint
ALTER TABLE "document" DROP COLUMN "title_en";--> statement-breakpoint
-- An organisation's `name` was its working (English) name and `name_zh` an optional Chinese one.
ALTER TABLE "organization" ALTER COLUMN "name" SET DATA TYPE jsonb
  USING jsonb_strip_nulls(jsonb_build_object('en', nullif("name", ''), 'zh', nullif("name_zh", '')));--> statement-breakpoint
ALTER TABLE "organization" ALTER COLUMN "name" SET DEFAULT '{}'::jsonb;--> statement-breakpoint
ALTER TABLE "organization" DROP COLUMN "name_zh";
--> statement-breakpoint
-- Records' titles and descriptions become localized-text maps too (decision 027, stage 2). Every word
-- moves; revision snapshots (history, pending proposals, restore) move to the new keys. The audit
-- trail is append-only and keeps the shape it was written in.
ALTER TABLE "record" ADD COLUMN "title" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "record" ADD COLUMN "description" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
UPDATE "record" SET
  "title" = jsonb_strip_nulls(jsonb_build_object('zh', nullif("title_zh", ''), 'en', nullif("title_en", ''))),
  "description" = jsonb_strip_nulls(jsonb_build_object('zh', nullif("description_zh", ''), 'en', nullif("description_en", '')));--> statement-breakpoint
ALTER TABLE "record" DROP COLUMN "title_zh";--> statement-breakpoint
ALTER TABLE "record" DROP COLUMN "title_en";--> statement-breakpoint
ALTER TABLE "record" DROP COLUMN "description_zh";--> statement-breakpoint
ALTER TABLE "record" DROP COLUMN "description_en";--> statement-breakpoint
UPDATE "record_revision" SET "snapshot" = jsonb_set(
  "snapshot",
  '{fields}',
  (("snapshot" -> 'fields') - 'titleZh' - 'titleEn' - 'descriptionZh' - 'descriptionEn')
  || jsonb_build_object(
    'title', jsonb_strip_nulls(jsonb_build_object('zh', nullif("snapshot" #>> '{fields,titleZh}', ''), 'en', nullif("snapshot" #>> '{fields,titleEn}', ''))),
    'description', jsonb_strip_nulls(jsonb_build_object('zh', nullif("snapshot" #>> '{fields,descriptionZh}', ''), 'en', nullif("snapshot" #>> '{fields,descriptionEn}', '')))
  )
)
WHERE jsonb_typeof("snapshot" -> 'fields') = 'object' AND (("snapshot" -> 'fields') ? 'titleZh' OR ("snapshot" -> 'fields') ? 'titleEn');
