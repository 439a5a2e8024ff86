CREATE TABLE "request_search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "request_search_words_trgm_idx" ON "request_search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "requests_title_sort_idx" ON "requests" USING btree (lower("title") collate "C","id");--> statement-breakpoint
CREATE INDEX "requests_unit_label_sort_idx" ON "requests" USING btree (lower("unit_label") collate "C","id");
--> statement-breakpoint
CREATE FUNCTION "request_search_words_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Words in a fixed order, so that two transactions adding the same new words never wait on each other in a cycle.
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO request_search_words (word)
    SELECT DISTINCT w FROM new_rows n, regexp_split_to_table(n.search_text, '[^[:alnum:]]+') AS w
    WHERE length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
      AND NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id AND o.search_text IS NOT DISTINCT FROM n.search_text)
    ORDER BY 1
    ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO request_search_words (word)
    SELECT DISTINCT w FROM new_rows n, regexp_split_to_table(n.search_text, '[^[:alnum:]]+') AS w
    WHERE length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
    ORDER BY 1
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "request_search_words_insert" AFTER INSERT ON "requests" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "request_search_words_add"();--> statement-breakpoint
CREATE TRIGGER "request_search_words_update" AFTER UPDATE ON "requests" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "request_search_words_add"();--> statement-breakpoint
INSERT INTO "request_search_words" ("word")
SELECT DISTINCT w FROM "requests" r, regexp_split_to_table(r.search_text, '[^[:alnum:]]+') AS w
WHERE length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
ON CONFLICT DO NOTHING;
