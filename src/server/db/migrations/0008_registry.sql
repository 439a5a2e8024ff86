CREATE TABLE "registry_search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sop_registry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sop_id" uuid NOT NULL,
	"sop_version" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_label" text NOT NULL,
	"title" text NOT NULL,
	"number" text NOT NULL,
	"effective_on" text NOT NULL,
	"ratifier_position" text NOT NULL,
	"ratifier_name" text NOT NULL,
	"ratifier_nip" text NOT NULL,
	"ratified_at" timestamp with time zone NOT NULL,
	"ratified_by" uuid NOT NULL,
	"request_id" uuid,
	"code" text NOT NULL,
	"pdf_key" text NOT NULL,
	"pdf_sha256" text NOT NULL,
	"pdf_size" integer NOT NULL,
	"status" text DEFAULT 'effective' NOT NULL,
	"status_reason" text,
	"status_by" uuid,
	"status_at" timestamp with time zone,
	"superseded_by" uuid,
	"search_text" text GENERATED ALWAYS AS (lower(title || ' ' || number || ' ' || unit_label)) STORED,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('indonesian'::regconfig, title || ' ' || number || ' ' || unit_label)) STORED
);
--> statement-breakpoint
ALTER TABLE "sop_registry" ADD CONSTRAINT "sop_registry_sop_id_sops_id_fk" FOREIGN KEY ("sop_id") REFERENCES "public"."sops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_registry" ADD CONSTRAINT "sop_registry_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_registry" ADD CONSTRAINT "sop_registry_ratified_by_users_id_fk" FOREIGN KEY ("ratified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_registry" ADD CONSTRAINT "sop_registry_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_registry" ADD CONSTRAINT "sop_registry_status_by_users_id_fk" FOREIGN KEY ("status_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sop_registry" ADD CONSTRAINT "sop_registry_superseded_by_sop_registry_id_fk" FOREIGN KEY ("superseded_by") REFERENCES "public"."sop_registry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registry_search_words_trgm_idx" ON "registry_search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "sop_registry_number_key" ON "sop_registry" USING btree (lower("number"));--> statement-breakpoint
CREATE UNIQUE INDEX "sop_registry_code_key" ON "sop_registry" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "sop_registry_version_key" ON "sop_registry" USING btree ("sop_id","sop_version");--> statement-breakpoint
CREATE UNIQUE INDEX "sop_registry_effective_key" ON "sop_registry" USING btree ("sop_id") WHERE "sop_registry"."status" = 'effective';--> statement-breakpoint
CREATE INDEX "sop_registry_status_idx" ON "sop_registry" USING btree ("status","effective_on","id");--> statement-breakpoint
CREATE INDEX "sop_registry_unit_idx" ON "sop_registry" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "sop_registry_sha_idx" ON "sop_registry" USING btree ("pdf_sha256");--> statement-breakpoint
CREATE INDEX "sop_registry_search_vector_idx" ON "sop_registry" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "sop_registry_search_text_trgm_idx" ON "sop_registry" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE FUNCTION "registry_search_words_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO registry_search_words (word)
  SELECT DISTINCT w FROM new_rows n, regexp_split_to_table(n.search_text, '[^[:alnum:]]+') AS w
  WHERE length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
  ORDER BY 1
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "registry_search_words_insert" AFTER INSERT ON "sop_registry" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "registry_search_words_add"();--> statement-breakpoint
CREATE FUNCTION "sop_registry_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A ratified version never changes: only its status (superseded, revoked) may be recorded afterwards.
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'sop_registry rows are never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF (NEW.id, NEW.sop_id, NEW.sop_version, NEW.unit_id, NEW.unit_label, NEW.title, NEW.number, NEW.effective_on,
      NEW.ratifier_position, NEW.ratifier_name, NEW.ratifier_nip, NEW.ratified_at, NEW.ratified_by, NEW.request_id,
      NEW.code, NEW.pdf_key, NEW.pdf_sha256, NEW.pdf_size)
     IS DISTINCT FROM
     (OLD.id, OLD.sop_id, OLD.sop_version, OLD.unit_id, OLD.unit_label, OLD.title, OLD.number, OLD.effective_on,
      OLD.ratifier_position, OLD.ratifier_name, OLD.ratifier_nip, OLD.ratified_at, OLD.ratified_by, OLD.request_id,
      OLD.code, OLD.pdf_key, OLD.pdf_sha256, OLD.pdf_size) THEN
    RAISE EXCEPTION 'a ratified SOP version is frozen' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "sop_registry_frozen_update" BEFORE UPDATE OR DELETE ON "sop_registry" FOR EACH ROW EXECUTE FUNCTION "sop_registry_frozen"();
