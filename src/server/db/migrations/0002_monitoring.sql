CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE SEQUENCE IF NOT EXISTS "request_registration_seq";--> statement-breakpoint
CREATE TABLE "request_comment_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"comment_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "registration_no" integer;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "unit_label" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "days_used" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "target_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "overdue" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "clock_stages" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "clock_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(title || ' ' || coalesce(document_number, '') || ' ' || unit_label)) STORED;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('indonesian'::regconfig, title || ' ' || coalesce(document_number, '') || ' ' || unit_label)) STORED;--> statement-breakpoint
ALTER TABLE "request_comment_files" ADD CONSTRAINT "request_comment_files_comment_id_request_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."request_comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_comment_files" ADD CONSTRAINT "request_comment_files_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_comment_files" ADD CONSTRAINT "request_comment_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_comment_files_comment_idx" ON "request_comment_files" USING btree ("comment_id");--> statement-breakpoint
CREATE INDEX "request_comment_files_request_idx" ON "request_comment_files" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "requests_registration_no_key" ON "requests" USING btree ("registration_no");--> statement-breakpoint
CREATE INDEX "requests_submitted_at_idx" ON "requests" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "requests_completed_at_idx" ON "requests" USING btree ("completed_at");--> statement-breakpoint
CREATE INDEX "requests_overdue_idx" ON "requests" USING btree ("overdue") WHERE "requests"."overdue";--> statement-breakpoint
CREATE INDEX "requests_search_vector_idx" ON "requests" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "requests_search_text_trgm_idx" ON "requests" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
UPDATE "requests" SET "unit_label" = "units"."code" || ' ' || "units"."name" FROM "units" WHERE "units"."id" = "requests"."unit_id";--> statement-breakpoint
UPDATE "requests" SET "registration_no" = nextval('request_registration_seq') WHERE "submitted_at" IS NOT NULL;
