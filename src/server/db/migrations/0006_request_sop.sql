CREATE TABLE "request_sop_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sop_id" uuid NOT NULL,
	"sop_version" integer NOT NULL,
	"action" text,
	"actor_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "request_comments" ADD COLUMN "sop_id" uuid;--> statement-breakpoint
ALTER TABLE "request_comments" ADD COLUMN "sop_version" integer;--> statement-breakpoint
ALTER TABLE "request_comments" ADD COLUMN "sop_step_id" text;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "sop_id" uuid;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "attaches_sop" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "request_sop_events" ADD CONSTRAINT "request_sop_events_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_sop_events" ADD CONSTRAINT "request_sop_events_sop_id_sops_id_fk" FOREIGN KEY ("sop_id") REFERENCES "public"."sops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_sop_events" ADD CONSTRAINT "request_sop_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_sop_events_request_idx" ON "request_sop_events" USING btree ("request_id","at");--> statement-breakpoint
ALTER TABLE "request_comments" ADD CONSTRAINT "request_comments_sop_id_sops_id_fk" FOREIGN KEY ("sop_id") REFERENCES "public"."sops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_sop_id_sops_id_fk" FOREIGN KEY ("sop_id") REFERENCES "public"."sops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
UPDATE "services" SET "attaches_sop" = true WHERE lower("code") IN ('sop', 'monev-sop');
