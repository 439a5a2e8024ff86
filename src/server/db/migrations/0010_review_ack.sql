ALTER TABLE "organisation" ADD COLUMN "sop_review_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_sop_review_months" CHECK ("organisation"."sop_review_months" between 1 and 120);--> statement-breakpoint
CREATE TABLE "sop_reviews" (
	"registry_id" uuid PRIMARY KEY NOT NULL,
	"sop_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"due_on" text NOT NULL,
	"new_version_started_at" timestamp with time zone,
	"new_version_number" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sop_review_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registry_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"due_on_before" text NOT NULL,
	"due_on_after" text,
	"sop_version" integer,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sop_review_decisions_outcome" CHECK ("sop_review_decisions"."outcome" in ('no_change', 'new_version'))
);
--> statement-breakpoint
CREATE TABLE "sop_review_reminders" (
	"registry_id" uuid NOT NULL,
	"due_on" text NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sop_review_reminders_registry_id_due_on_kind_pk" PRIMARY KEY("registry_id","due_on","kind")
);
--> statement-breakpoint
CREATE TABLE "sop_carrying_units" (
	"registry_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sop_carrying_units_registry_id_unit_id_pk" PRIMARY KEY("registry_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "sop_acknowledgements" (
	"registry_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"acknowledged_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sop_acknowledgements_registry_id_user_id_pk" PRIMARY KEY("registry_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "sop_reviews" ADD CONSTRAINT "sop_reviews_registry_id_sop_registry_id_fk" FOREIGN KEY ("registry_id") REFERENCES "public"."sop_registry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_reviews" ADD CONSTRAINT "sop_reviews_sop_id_sops_id_fk" FOREIGN KEY ("sop_id") REFERENCES "public"."sops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_reviews" ADD CONSTRAINT "sop_reviews_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_review_decisions" ADD CONSTRAINT "sop_review_decisions_registry_id_sop_registry_id_fk" FOREIGN KEY ("registry_id") REFERENCES "public"."sop_registry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_review_decisions" ADD CONSTRAINT "sop_review_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_review_reminders" ADD CONSTRAINT "sop_review_reminders_registry_id_sop_registry_id_fk" FOREIGN KEY ("registry_id") REFERENCES "public"."sop_registry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_carrying_units" ADD CONSTRAINT "sop_carrying_units_registry_id_sop_registry_id_fk" FOREIGN KEY ("registry_id") REFERENCES "public"."sop_registry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_carrying_units" ADD CONSTRAINT "sop_carrying_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_carrying_units" ADD CONSTRAINT "sop_carrying_units_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_acknowledgements" ADD CONSTRAINT "sop_acknowledgements_registry_id_sop_registry_id_fk" FOREIGN KEY ("registry_id") REFERENCES "public"."sop_registry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_acknowledgements" ADD CONSTRAINT "sop_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_acknowledgements" ADD CONSTRAINT "sop_acknowledgements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sop_reviews_unit_idx" ON "sop_reviews" USING btree ("unit_id","due_on");--> statement-breakpoint
CREATE INDEX "sop_reviews_due_idx" ON "sop_reviews" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "sop_review_decisions_registry_idx" ON "sop_review_decisions" USING btree ("registry_id","decided_at");--> statement-breakpoint
CREATE INDEX "sop_carrying_units_unit_idx" ON "sop_carrying_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "sop_acknowledgements_user_idx" ON "sop_acknowledgements" USING btree ("user_id");--> statement-breakpoint
-- Versions ratified before this migration: a review one year after taking effect, carried out by their own unit.
INSERT INTO "sop_reviews" ("registry_id", "sop_id", "unit_id", "due_on")
SELECT r."id", r."sop_id", r."unit_id", to_char((r."effective_on"::date + interval '12 months')::date, 'YYYY-MM-DD')
FROM "sop_registry" r WHERE r."status" = 'effective';--> statement-breakpoint
INSERT INTO "sop_carrying_units" ("registry_id", "unit_id", "added_at")
SELECT r."id", r."unit_id", r."ratified_at" FROM "sop_registry" r;
