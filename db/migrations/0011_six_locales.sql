ALTER TYPE "public"."locale" ADD VALUE 'ar' BEFORE 'zh';--> statement-breakpoint
ALTER TYPE "public"."locale" ADD VALUE 'fr';--> statement-breakpoint
ALTER TYPE "public"."locale" ADD VALUE 'ru';--> statement-breakpoint
ALTER TYPE "public"."locale" ADD VALUE 'es';