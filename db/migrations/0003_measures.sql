CREATE TYPE "public"."measure_actor" AS ENUM('government', 'parliament', 'regional_organization', 'civil_society', 'academia', 'media', 'un_system', 'international_community');--> statement-breakpoint
CREATE TYPE "public"."measure_prevention" AS ENUM('upstream', 'downstream');--> statement-breakpoint
CREATE TABLE "measure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"description_zh" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"actor" "measure_actor" NOT NULL,
	"pillar" smallint,
	"category" text NOT NULL,
	"prevention" "measure_prevention",
	"key" boolean DEFAULT false NOT NULL,
	"seed_hash" text,
	"version" integer DEFAULT 1 NOT NULL,
	"search_tokens" text DEFAULT '' NOT NULL,
	"search_simple" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_tokens)) STORED,
	"search_english" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, title_en || ' ' || description_en)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"merged_into_id" uuid
);
--> statement-breakpoint
CREATE TABLE "measure_revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"actor_label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_source" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"locator" text NOT NULL,
	"quote" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_merged_into_id_measure_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."measure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_revision" ADD CONSTRAINT "measure_revision_measure_id_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_revision" ADD CONSTRAINT "measure_revision_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_source" ADD CONSTRAINT "measure_source_measure_id_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_source" ADD CONSTRAINT "measure_source_unit_id_document_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."document_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "measure_live_slug_idx" ON "measure" USING btree ("slug") WHERE "measure"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "measure_slug_idx" ON "measure" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "measure_actor_index" ON "measure" USING btree ("actor");--> statement-breakpoint
CREATE INDEX "measure_category_index" ON "measure" USING btree ("category");--> statement-breakpoint
CREATE INDEX "measure_search_simple_idx" ON "measure" USING gin ("search_simple");--> statement-breakpoint
CREATE INDEX "measure_search_english_idx" ON "measure" USING gin ("search_english");--> statement-breakpoint
CREATE INDEX "measure_revision_measure_id_created_at_index" ON "measure_revision" USING btree ("measure_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_source_measure_id_unit_id_quote_index" ON "measure_source" USING btree ("measure_id","unit_id","quote");--> statement-breakpoint
CREATE INDEX "measure_source_unit_id_index" ON "measure_source" USING btree ("unit_id");