CREATE TABLE "document_language_unit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"locator" text NOT NULL,
	"kind" "unit_kind" NOT NULL,
	"heading" text DEFAULT '' NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"footnote_number" integer,
	"search_tokens" text DEFAULT '' NOT NULL,
	"search_simple" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_tokens)) STORED,
	"search_language" "tsvector" GENERATED ALWAYS AS (to_tsvector((case locale when 'en' then 'english'::regconfig when 'fr' then 'french'::regconfig when 'es' then 'spanish'::regconfig when 'ru' then 'russian'::regconfig when 'ar' then 'arabic'::regconfig else 'simple'::regconfig end), text)) STORED,
	CONSTRAINT "document_language_unit_locale_check" CHECK ("document_language_unit"."locale" in ('ar', 'zh', 'en', 'fr', 'ru', 'es'))
);
--> statement-breakpoint
CREATE TABLE "document_language_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"source_hash" text NOT NULL,
	"characters" integer NOT NULL,
	"uploaded_by_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "document_language_version_locale_check" CHECK ("document_language_version"."locale" in ('ar', 'zh', 'en', 'fr', 'ru', 'es'))
);
--> statement-breakpoint
ALTER TABLE "document_language_unit" ADD CONSTRAINT "document_language_unit_version_id_document_language_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."document_language_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_language_version" ADD CONSTRAINT "document_language_version_document_id_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."document"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_language_version" ADD CONSTRAINT "document_language_version_uploaded_by_id_user_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "document_language_unit_version_id_locator_index" ON "document_language_unit" USING btree ("version_id","locator");--> statement-breakpoint
CREATE INDEX "document_language_unit_version_id_position_index" ON "document_language_unit" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "document_language_unit_search_simple_idx" ON "document_language_unit" USING gin ("search_simple");--> statement-breakpoint
CREATE INDEX "document_language_unit_search_language_idx" ON "document_language_unit" USING gin ("search_language");--> statement-breakpoint
CREATE UNIQUE INDEX "document_language_version_document_id_locale_index" ON "document_language_version" USING btree ("document_id","locale") WHERE "document_language_version"."deleted_at" is null;