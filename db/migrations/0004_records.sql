CREATE TYPE "public"."evidence_kind" AS ENUM('url', 'file');--> statement-breakpoint
CREATE TYPE "public"."record_type" AS ENUM('commitment', 'focal_point', 'parliamentary_action');--> statement-breakpoint
CREATE TYPE "public"."review_status" AS ENUM('draft', 'submitted', 'published', 'changes_requested', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."revision_state" AS ENUM('applied', 'pending', 'changes_requested', 'rejected');--> statement-breakpoint
CREATE TABLE "record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "record_type" NOT NULL,
	"review_status" "review_status" DEFAULT 'draft' NOT NULL,
	"country_iso3" text,
	"regional_organization_id" integer,
	"title_zh" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"description_zh" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"date" date NOT NULL,
	"status" text,
	"kind" text,
	"venue" text,
	"treaty" text,
	"ended_on" date,
	"office" text,
	"position_title" text,
	"person_name" text,
	"person_name_public" boolean DEFAULT false NOT NULL,
	"network" boolean DEFAULT false NOT NULL,
	"chamber" text,
	"members_involved" text,
	"outcome" text,
	"notes" text DEFAULT '' NOT NULL,
	"organization_id" uuid,
	"created_by_id" uuid NOT NULL,
	"pending_revision_id" uuid,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "record_holder" CHECK (("record"."country_iso3" is null) <> ("record"."regional_organization_id" is null))
);
--> statement-breakpoint
CREATE TABLE "record_decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"revision_id" uuid,
	"decision" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"decided_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"kind" "evidence_kind" NOT NULL,
	"url" text,
	"upload_id" uuid,
	"label" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_measure" (
	"record_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	CONSTRAINT "record_measure_record_id_measure_id_pk" PRIMARY KEY("record_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "record_revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"state" "revision_state" NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_unit" (
	"record_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "record_unit_record_id_unit_id_pk" PRIMARY KEY("record_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "upload" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"filename" text NOT NULL,
	"uploaded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "record" ADD CONSTRAINT "record_country_iso3_country_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."country"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record" ADD CONSTRAINT "record_regional_organization_id_regional_organization_id_fk" FOREIGN KEY ("regional_organization_id") REFERENCES "public"."regional_organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record" ADD CONSTRAINT "record_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record" ADD CONSTRAINT "record_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_decision" ADD CONSTRAINT "record_decision_record_id_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_decision" ADD CONSTRAINT "record_decision_revision_id_record_revision_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."record_revision"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_decision" ADD CONSTRAINT "record_decision_decided_by_id_user_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_evidence" ADD CONSTRAINT "record_evidence_record_id_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_evidence" ADD CONSTRAINT "record_evidence_upload_id_upload_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."upload"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_measure" ADD CONSTRAINT "record_measure_record_id_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_measure" ADD CONSTRAINT "record_measure_measure_id_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_revision" ADD CONSTRAINT "record_revision_record_id_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_revision" ADD CONSTRAINT "record_revision_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_unit" ADD CONSTRAINT "record_unit_record_id_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_unit" ADD CONSTRAINT "record_unit_unit_id_document_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."document_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upload" ADD CONSTRAINT "upload_uploaded_by_id_user_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_type_review_status_index" ON "record" USING btree ("type","review_status");--> statement-breakpoint
CREATE INDEX "record_country_iso3_index" ON "record" USING btree ("country_iso3");--> statement-breakpoint
CREATE INDEX "record_organization_id_index" ON "record" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "record_created_by_id_index" ON "record" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "record_decision_record_id_created_at_index" ON "record_decision" USING btree ("record_id","created_at");--> statement-breakpoint
CREATE INDEX "record_evidence_record_id_index" ON "record_evidence" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "record_evidence_upload_id_index" ON "record_evidence" USING btree ("upload_id");--> statement-breakpoint
CREATE INDEX "record_measure_measure_id_index" ON "record_measure" USING btree ("measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "record_revision_record_id_number_index" ON "record_revision" USING btree ("record_id","number");--> statement-breakpoint
CREATE INDEX "record_unit_unit_id_index" ON "record_unit" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "upload_sha256_index" ON "upload" USING btree ("sha256");