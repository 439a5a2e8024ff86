CREATE TABLE "monev_criteria" (
	"id" text PRIMARY KEY NOT NULL,
	"ordinal" integer NOT NULL,
	"text_id" text NOT NULL,
	"text_en" text NOT NULL,
	"source" text NOT NULL,
	"unconfirmed" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monev_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"period_start" text NOT NULL,
	"period_end" text NOT NULL,
	"deadline" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reminder_days" integer[] DEFAULT '{7,1}'::integer[] NOT NULL,
	"opened_by" uuid NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "monev_rounds_status" CHECK ("monev_rounds"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "monev_round_units" (
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	CONSTRAINT "monev_round_units_round_id_unit_id_pk" PRIMARY KEY("round_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "monev_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"registry_id" uuid NOT NULL,
	"assessment" text,
	"notes" text DEFAULT '' NOT NULL,
	"action" text DEFAULT '' NOT NULL,
	"assessor_name" text DEFAULT '' NOT NULL,
	"assessor_position" text DEFAULT '' NOT NULL,
	"assessor_user_id" uuid,
	"methods" text[] DEFAULT '{}'::text[] NOT NULL,
	"criteria" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"revision_request_id" uuid,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monev_assessments_assessment" CHECK ("monev_assessments"."assessment" is null or "monev_assessments"."assessment" in ('berjalan_baik', 'tidak_berjalan_baik'))
);
--> statement-breakpoint
CREATE TABLE "monev_reminders" (
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_on" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"sent_by" uuid,
	"recipients" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "monev_reminders_kind" CHECK ("monev_reminders"."kind" in ('before_deadline', 'late', 'manual'))
);
--> statement-breakpoint
ALTER TABLE "monev_rounds" ADD CONSTRAINT "monev_rounds_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_round_units" ADD CONSTRAINT "monev_round_units_round_id_monev_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."monev_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_round_units" ADD CONSTRAINT "monev_round_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_round_units" ADD CONSTRAINT "monev_round_units_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_assessments" ADD CONSTRAINT "monev_assessments_round_id_monev_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."monev_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_assessments" ADD CONSTRAINT "monev_assessments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_assessments" ADD CONSTRAINT "monev_assessments_registry_id_sop_registry_id_fk" FOREIGN KEY ("registry_id") REFERENCES "public"."sop_registry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_assessments" ADD CONSTRAINT "monev_assessments_assessor_user_id_users_id_fk" FOREIGN KEY ("assessor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_assessments" ADD CONSTRAINT "monev_assessments_revision_request_id_requests_id_fk" FOREIGN KEY ("revision_request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_assessments" ADD CONSTRAINT "monev_assessments_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_reminders" ADD CONSTRAINT "monev_reminders_round_id_monev_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."monev_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_reminders" ADD CONSTRAINT "monev_reminders_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_reminders" ADD CONSTRAINT "monev_reminders_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monev_rounds_opened_idx" ON "monev_rounds" USING btree ("opened_at");--> statement-breakpoint
CREATE INDEX "monev_round_units_unit_idx" ON "monev_round_units" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monev_assessments_round_registry_key" ON "monev_assessments" USING btree ("round_id","registry_id");--> statement-breakpoint
CREATE INDEX "monev_assessments_unit_idx" ON "monev_assessments" USING btree ("round_id","unit_id");--> statement-breakpoint
CREATE INDEX "monev_assessments_registry_idx" ON "monev_assessments" USING btree ("registry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monev_reminders_key" ON "monev_reminders" USING btree ("round_id","unit_id","kind","sent_on");--> statement-breakpoint
-- The evaluation criteria of regulations.md §1.7: six found verbatim in three independent applications [S], the
-- seventh in two others only [U] (to verify). Data, not code: the bureau may deactivate or reword them.
INSERT INTO "monev_criteria" ("id", "ordinal", "text_id", "text_en", "source", "unconfirmed") VALUES
	('K1', 1, 'Mampu mendorong peningkatan kinerja', 'Helps improve performance', 'regulations.md §1.7 [S]: EVALUASI_KRITERIA in three independent applications', false),
	('K2', 2, 'Mudah dipahami', 'Easy to understand', 'regulations.md §1.7 [S]: EVALUASI_KRITERIA in three independent applications', false),
	('K3', 3, 'Mudah dilaksanakan', 'Easy to carry out', 'regulations.md §1.7 [S]: EVALUASI_KRITERIA in three independent applications', false),
	('K4', 4, 'Semua orang dapat menjalankan perannya masing-masing', 'Everyone can perform their own role', 'regulations.md §1.7 [S]: EVALUASI_KRITERIA in three independent applications', false),
	('K5', 5, 'Mampu mengatasi permasalahan yang berkaitan dengan proses', 'Resolves problems related to the process', 'regulations.md §1.7 [S]: EVALUASI_KRITERIA in three independent applications', false),
	('K6', 6, 'Mampu menjawab kebutuhan peningkatan kinerja organisasi', 'Meets the organisation''s need to improve performance', 'regulations.md §1.7 [S]: EVALUASI_KRITERIA in three independent applications', false),
	('K7', 7, 'Sinergi satu dengan lainnya', 'Works in synergy with the others', 'regulations.md §1.7 [U]: two applications only (Monev controller, seeder pertanyaan_evaluasi); to verify', true);
