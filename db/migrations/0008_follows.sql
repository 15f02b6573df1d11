CREATE TABLE "follow" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "follow_subject_type_check" CHECK ("follow"."subject_type" in ('country', 'measure', 'action'))
);
--> statement-breakpoint
ALTER TABLE "follow" ADD CONSTRAINT "follow_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_user_subject_idx" ON "follow" USING btree ("user_id","subject_type","subject_key");--> statement-breakpoint
CREATE INDEX "follow_subject_idx" ON "follow" USING btree ("subject_type","subject_key");