CREATE TABLE "record_status_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"date" date NOT NULL,
	"status" text NOT NULL,
	"evidence_url" text,
	"note" text DEFAULT '' NOT NULL,
	"review_status" "review_status" DEFAULT 'submitted' NOT NULL,
	"decision_message" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"organization_id" uuid,
	"decided_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "record_status_event" ADD CONSTRAINT "record_status_event_record_id_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_status_event" ADD CONSTRAINT "record_status_event_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_status_event" ADD CONSTRAINT "record_status_event_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_status_event" ADD CONSTRAINT "record_status_event_decided_by_id_user_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_status_event_record_id_date_index" ON "record_status_event" USING btree ("record_id","date");--> statement-breakpoint
CREATE INDEX "record_status_event_review_status_index" ON "record_status_event" USING btree ("review_status");--> statement-breakpoint
CREATE UNIQUE INDEX "record_status_event_opening_idx" ON "record_status_event" USING btree ("record_id") WHERE "record_status_event"."origin" = 'opening';--> statement-breakpoint
-- Every existing commitment and parliamentary action becomes one opening event: its own date and its
-- status as it stands (decision 025). The record keeps every field; nothing is dropped.
INSERT INTO "record_status_event" ("record_id", "origin", "date", "status", "review_status", "created_by_id", "organization_id", "published_at", "created_at", "updated_at")
SELECT "id", 'opening', "date", "status", 'published', "created_by_id", "organization_id", coalesce("published_at", "created_at"), "created_at", "updated_at"
FROM "record"
WHERE "type" IN ('commitment', 'parliamentary_action') AND "status" IS NOT NULL;
