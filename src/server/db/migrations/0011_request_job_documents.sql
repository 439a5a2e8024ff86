ALTER TABLE "services" ADD COLUMN "job_document_kind" text;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_job_document_kind_check" CHECK ("services"."job_document_kind" is null or "services"."job_document_kind" in ('anjab', 'evjab', 'skj'));--> statement-breakpoint
CREATE TABLE "request_job_documents" (
	"request_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"attached_by" uuid NOT NULL,
	"attached_at" timestamp with time zone NOT NULL,
	CONSTRAINT "request_job_documents_request_id_document_id_pk" PRIMARY KEY("request_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "request_job_document_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"document_id" uuid NOT NULL,
	"document_version" integer NOT NULL,
	"action" text,
	"actor_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "request_job_documents" ADD CONSTRAINT "request_job_documents_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_job_documents" ADD CONSTRAINT "request_job_documents_document_id_job_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."job_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_job_documents" ADD CONSTRAINT "request_job_documents_attached_by_users_id_fk" FOREIGN KEY ("attached_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_job_document_events" ADD CONSTRAINT "request_job_document_events_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_job_document_events" ADD CONSTRAINT "request_job_document_events_document_id_job_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."job_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_job_document_events" ADD CONSTRAINT "request_job_document_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_job_document_events_request_idx" ON "request_job_document_events" USING btree ("request_id","at");--> statement-breakpoint
UPDATE "services" SET "job_document_kind" = 'anjab' WHERE lower("code") IN ('anjab', 'abk');--> statement-breakpoint
UPDATE "services" SET "job_document_kind" = 'evjab' WHERE lower("code") = 'evjab';--> statement-breakpoint
UPDATE "services" SET "job_document_kind" = 'skj' WHERE lower("code") = 'skj';
