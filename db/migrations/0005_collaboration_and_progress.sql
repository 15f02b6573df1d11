CREATE TYPE "public"."visibility" AS ENUM('organization', 'coalition', 'public');--> statement-breakpoint
CREATE TABLE "advocacy_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_by_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"outcome_kind" text DEFAULT 'pending' NOT NULL,
	"visibility" "visibility" DEFAULT 'organization' NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"search_tokens" text DEFAULT '' NOT NULL,
	"search_simple" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_tokens)) STORED,
	"search_english" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, title || ' ' || summary || ' ' || outcome)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "advocacy_action_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"url" text,
	"upload_id" uuid,
	"label" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advocacy_action_author" (
	"action_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "advocacy_action_author_action_id_user_id_pk" PRIMARY KEY("action_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "advocacy_action_country" (
	"action_id" uuid NOT NULL,
	"country_iso3" text NOT NULL,
	CONSTRAINT "advocacy_action_country_action_id_country_iso3_pk" PRIMARY KEY("action_id","country_iso3")
);
--> statement-breakpoint
CREATE TABLE "advocacy_action_measure" (
	"action_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	CONSTRAINT "advocacy_action_measure_action_id_measure_id_pk" PRIMARY KEY("action_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "advocacy_action_record" (
	"action_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	CONSTRAINT "advocacy_action_record_action_id_record_id_pk" PRIMARY KEY("action_id","record_id")
);
--> statement-breakpoint
CREATE TABLE "advocacy_action_target" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advocacy_action_unit" (
	"action_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "advocacy_action_unit_action_id_unit_id_pk" PRIMARY KEY("action_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "activity" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activity_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" uuid,
	"verb" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"organization_id" uuid,
	"visibility" "visibility" NOT NULL,
	"country_iso3s" text[] DEFAULT '{}' NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"parent_id" uuid,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"edited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "comment_mention" (
	"comment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "comment_mention_comment_id_user_id_pk" PRIMARY KEY("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"actor_id" uuid,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"title" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"assignee_id" uuid NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"completed_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "country_measure_status" (
	"country_iso3" text NOT NULL,
	"measure_id" uuid NOT NULL,
	"status" text NOT NULL,
	"since" date NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "country_measure_status_country_iso3_measure_id_pk" PRIMARY KEY("country_iso3","measure_id")
);
--> statement-breakpoint
CREATE TABLE "country_score" (
	"country_iso3" text PRIMARY KEY NOT NULL,
	"overall" real NOT NULL,
	"by_pillar" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"by_actor" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_evidence_at" timestamp with time zone,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "email_delivery" text DEFAULT 'immediate' NOT NULL;--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "digest_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "advocacy_action" ADD CONSTRAINT "advocacy_action_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action" ADD CONSTRAINT "advocacy_action_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_attachment" ADD CONSTRAINT "advocacy_action_attachment_action_id_advocacy_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."advocacy_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_attachment" ADD CONSTRAINT "advocacy_action_attachment_upload_id_upload_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."upload"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_author" ADD CONSTRAINT "advocacy_action_author_action_id_advocacy_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."advocacy_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_author" ADD CONSTRAINT "advocacy_action_author_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_country" ADD CONSTRAINT "advocacy_action_country_action_id_advocacy_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."advocacy_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_country" ADD CONSTRAINT "advocacy_action_country_country_iso3_country_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."country"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_measure" ADD CONSTRAINT "advocacy_action_measure_action_id_advocacy_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."advocacy_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_measure" ADD CONSTRAINT "advocacy_action_measure_measure_id_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_record" ADD CONSTRAINT "advocacy_action_record_action_id_advocacy_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."advocacy_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_record" ADD CONSTRAINT "advocacy_action_record_record_id_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_target" ADD CONSTRAINT "advocacy_action_target_action_id_advocacy_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."advocacy_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_unit" ADD CONSTRAINT "advocacy_action_unit_action_id_advocacy_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."advocacy_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_action_unit" ADD CONSTRAINT "advocacy_action_unit_unit_id_document_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."document_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment" ADD CONSTRAINT "comment_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_mention" ADD CONSTRAINT "comment_mention_comment_id_comment_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_mention" ADD CONSTRAINT "comment_mention_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_assignee_id_user_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_measure_status" ADD CONSTRAINT "country_measure_status_country_iso3_country_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."country"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_measure_status" ADD CONSTRAINT "country_measure_status_measure_id_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_score" ADD CONSTRAINT "country_score_country_iso3_country_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."country"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advocacy_action_search_simple_idx" ON "advocacy_action" USING gin ("search_simple");--> statement-breakpoint
CREATE INDEX "advocacy_action_search_english_idx" ON "advocacy_action" USING gin ("search_english");--> statement-breakpoint
CREATE INDEX "advocacy_action_organization_id_date_index" ON "advocacy_action" USING btree ("organization_id","date");--> statement-breakpoint
CREATE INDEX "advocacy_action_visibility_date_index" ON "advocacy_action" USING btree ("visibility","date");--> statement-breakpoint
CREATE INDEX "advocacy_action_created_by_id_index" ON "advocacy_action" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "advocacy_action_date_index" ON "advocacy_action" USING btree ("date");--> statement-breakpoint
CREATE INDEX "advocacy_action_attachment_action_id_index" ON "advocacy_action_attachment" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "advocacy_action_attachment_upload_id_index" ON "advocacy_action_attachment" USING btree ("upload_id");--> statement-breakpoint
CREATE INDEX "advocacy_action_author_user_id_index" ON "advocacy_action_author" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "advocacy_action_country_country_iso3_index" ON "advocacy_action_country" USING btree ("country_iso3");--> statement-breakpoint
CREATE INDEX "advocacy_action_measure_measure_id_index" ON "advocacy_action_measure" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "advocacy_action_record_record_id_index" ON "advocacy_action_record" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "advocacy_action_target_action_id_index" ON "advocacy_action_target" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "advocacy_action_unit_unit_id_index" ON "advocacy_action_unit" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "activity_created_at_index" ON "activity" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "activity_subject_type_subject_id_index" ON "activity" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "activity_country_iso3s_idx" ON "activity" USING gin ("country_iso3s");--> statement-breakpoint
CREATE INDEX "comment_subject_type_subject_id_created_at_index" ON "comment" USING btree ("subject_type","subject_id","created_at");--> statement-breakpoint
CREATE INDEX "comment_author_id_index" ON "comment" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "comment_mention_user_id_index" ON "comment_mention" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "notification_user_id_read_at_created_at_index" ON "notification" USING btree ("user_id","read_at","created_at");--> statement-breakpoint
CREATE INDEX "notification_emailed_at_user_id_index" ON "notification" USING btree ("emailed_at","user_id");--> statement-breakpoint
CREATE INDEX "task_assignee_id_status_due_on_index" ON "task" USING btree ("assignee_id","status","due_on");--> statement-breakpoint
CREATE INDEX "task_subject_type_subject_id_index" ON "task" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "task_status_due_on_index" ON "task" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "country_measure_status_measure_id_status_index" ON "country_measure_status" USING btree ("measure_id","status");