CREATE TYPE "public"."country_status" AS ENUM('member', 'observer');--> statement-breakpoint
CREATE TYPE "public"."regional_organization_kind" AS ENUM('regional', 'subregional', 'interregional');--> statement-breakpoint
CREATE TYPE "public"."un_group" AS ENUM('african', 'asia_pacific', 'eastern_european', 'latin_american_caribbean', 'weog');--> statement-breakpoint
CREATE TYPE "public"."locale" AS ENUM('zh', 'en');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'secretariat', 'member', 'parliamentarian');--> statement-breakpoint
CREATE TYPE "public"."mail_transport" AS ENUM('smtp', 'log');--> statement-breakpoint
CREATE TABLE "country" (
	"iso3" text PRIMARY KEY NOT NULL,
	"iso2" text NOT NULL,
	"m49" text NOT NULL,
	"name_en" text NOT NULL,
	"name_zh" text NOT NULL,
	"status" "country_status" NOT NULL,
	"region_code" text NOT NULL,
	"region_en" text NOT NULL,
	"region_zh" text NOT NULL,
	"subregion_code" text NOT NULL,
	"subregion_en" text NOT NULL,
	"subregion_zh" text NOT NULL,
	"un_group" "un_group",
	CONSTRAINT "country_iso2_unique" UNIQUE("iso2"),
	CONSTRAINT "country_m49_unique" UNIQUE("m49")
);
--> statement-breakpoint
CREATE TABLE "regional_organization" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "regional_organization_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"acronym_en" text NOT NULL,
	"acronym_zh" text,
	"name_en" text NOT NULL,
	"name_zh" text NOT NULL,
	"kind" "regional_organization_kind" NOT NULL,
	CONSTRAINT "regional_organization_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "regional_organization_member" (
	"organization_id" integer NOT NULL,
	"country_iso3" text NOT NULL,
	CONSTRAINT "regional_organization_member_organization_id_country_iso3_pk" PRIMARY KEY("organization_id","country_iso3")
);
--> statement-breakpoint
CREATE TABLE "invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"role" "role" NOT NULL,
	"organization_id" uuid,
	"country_iso3" text,
	"locale" "locale" DEFAULT 'zh' NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitation_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "membership" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid,
	"role" "role" NOT NULL,
	"country_iso3" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organization" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"name_zh" text,
	"country_iso3" text,
	"website" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "password_reset_token" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "password_reset_token_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempt" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_in_attempt_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"locale" "locale" DEFAULT 'zh' NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deactivated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"transport" "mail_transport" NOT NULL,
	"sent_at" timestamp with time zone,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "regional_organization_member" ADD CONSTRAINT "regional_organization_member_organization_id_regional_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."regional_organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regional_organization_member" ADD CONSTRAINT "regional_organization_member_country_iso3_country_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."country"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_country_iso3_country_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."country"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invited_by_id_user_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_country_iso3_country_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."country"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_country_iso3_country_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."country"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_reset_token" ADD CONSTRAINT "password_reset_token_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "country_region_code_index" ON "country" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "country_un_group_index" ON "country" USING btree ("un_group");--> statement-breakpoint
CREATE INDEX "regional_organization_member_country_iso3_index" ON "regional_organization_member" USING btree ("country_iso3");--> statement-breakpoint
CREATE INDEX "invitation_email_index" ON "invitation" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_user_id_index" ON "membership" USING btree ("user_id") WHERE "membership"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "membership_organization_id_index" ON "membership" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_slug_index" ON "organization" USING btree ("slug") WHERE "organization"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "sign_in_attempt_email_created_at_index" ON "sign_in_attempt" USING btree ("email","created_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempt_ip_created_at_index" ON "sign_in_attempt" USING btree ("ip","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "user_email_index" ON "user" USING btree ("email");--> statement-breakpoint
CREATE INDEX "audit_event_created_at_index" ON "audit_event" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_event_entity_type_entity_id_index" ON "audit_event" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_event_actor_id_created_at_index" ON "audit_event" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_event_action_index" ON "audit_event" USING btree ("action");--> statement-breakpoint
CREATE INDEX "mail_message_created_at_index" ON "mail_message" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "mail_message_to_index" ON "mail_message" USING btree ("to");