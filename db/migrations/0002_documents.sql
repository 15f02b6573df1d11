CREATE TYPE "public"."document_kind" AS ENUM('un-report', 'toolkit');--> statement-breakpoint
CREATE TYPE "public"."unit_kind" AS ENUM('heading', 'summary', 'paragraph', 'subitem', 'annex', 'annex-subitem', 'section', 'item', 'footnote');--> statement-breakpoint
CREATE TABLE "citation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_unit_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"symbol" text NOT NULL,
	"raw" text NOT NULL,
	"paragraphs" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_document_id" uuid
);
--> statement-breakpoint
CREATE TABLE "citation_target" (
	"citation_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "citation_target_citation_id_unit_id_pk" PRIMARY KEY("citation_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"symbol" text,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"year" integer NOT NULL,
	"language" text NOT NULL,
	"kind" "document_kind" NOT NULL,
	"source_hash" text NOT NULL,
	"content_hash" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "document_unit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"locator" text NOT NULL,
	"kind" "unit_kind" NOT NULL,
	"heading" text DEFAULT '' NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"footnote_number" integer,
	"footnote_refs" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"search_tokens" text DEFAULT '' NOT NULL,
	"search_simple" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_tokens)) STORED,
	"search_english" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "unit_redirect" (
	"from_unit_id" uuid PRIMARY KEY NOT NULL,
	"to_unit_id" uuid,
	"document_id" uuid NOT NULL,
	"similarity" real,
	"needs_review" boolean NOT NULL,
	"document_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "citation" ADD CONSTRAINT "citation_source_unit_id_document_unit_id_fk" FOREIGN KEY ("source_unit_id") REFERENCES "public"."document_unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citation" ADD CONSTRAINT "citation_target_document_id_document_id_fk" FOREIGN KEY ("target_document_id") REFERENCES "public"."document"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citation_target" ADD CONSTRAINT "citation_target_citation_id_citation_id_fk" FOREIGN KEY ("citation_id") REFERENCES "public"."citation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citation_target" ADD CONSTRAINT "citation_target_unit_id_document_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."document_unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_unit" ADD CONSTRAINT "document_unit_document_id_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."document"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_redirect" ADD CONSTRAINT "unit_redirect_from_unit_id_document_unit_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."document_unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_redirect" ADD CONSTRAINT "unit_redirect_to_unit_id_document_unit_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."document_unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_redirect" ADD CONSTRAINT "unit_redirect_document_id_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."document"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citation_source_unit_id_index" ON "citation" USING btree ("source_unit_id");--> statement-breakpoint
CREATE INDEX "citation_target_document_id_index" ON "citation" USING btree ("target_document_id");--> statement-breakpoint
CREATE INDEX "citation_symbol_index" ON "citation" USING btree ("symbol");--> statement-breakpoint
CREATE INDEX "citation_target_unit_id_index" ON "citation_target" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_slug_index" ON "document" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "document_symbol_index" ON "document" USING btree ("symbol");--> statement-breakpoint
CREATE UNIQUE INDEX "document_unit_document_id_locator_index" ON "document_unit" USING btree ("document_id","locator") WHERE "document_unit"."retired_at" is null;--> statement-breakpoint
CREATE INDEX "document_unit_document_id_position_index" ON "document_unit" USING btree ("document_id","position");--> statement-breakpoint
CREATE INDEX "document_unit_search_simple_idx" ON "document_unit" USING gin ("search_simple");--> statement-breakpoint
CREATE INDEX "document_unit_search_english_idx" ON "document_unit" USING gin ("search_english");--> statement-breakpoint
CREATE INDEX "unit_redirect_document_id_needs_review_index" ON "unit_redirect" USING btree ("document_id","needs_review");--> statement-breakpoint
CREATE INDEX "unit_redirect_to_unit_id_index" ON "unit_redirect" USING btree ("to_unit_id");