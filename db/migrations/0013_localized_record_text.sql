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
