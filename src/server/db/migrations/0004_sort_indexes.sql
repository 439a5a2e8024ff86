DROP INDEX "requests_submitted_at_idx";--> statement-breakpoint
DROP INDEX "requests_completed_at_idx";--> statement-breakpoint
CREATE INDEX "requests_days_used_sort_idx" ON "requests" USING btree ("days_used","id");--> statement-breakpoint
CREATE INDEX "requests_revisi_sort_idx" ON "requests" USING btree ("revisi","id");--> statement-breakpoint
CREATE INDEX "requests_tgl_revisi_sort_idx" ON "requests" USING btree ("tgl_revisi","id");--> statement-breakpoint
CREATE INDEX "requests_stage_sort_idx" ON "requests" USING btree ("stage","id");--> statement-breakpoint
CREATE INDEX "requests_state_sort_idx" ON "requests" USING btree ("state" collate "C","id");--> statement-breakpoint
CREATE INDEX "requests_document_number_sort_idx" ON "requests" USING btree ("document_number" collate "C","id");--> statement-breakpoint
CREATE INDEX "requests_submitted_at_idx" ON "requests" USING btree ("submitted_at","id");--> statement-breakpoint
CREATE INDEX "requests_completed_at_idx" ON "requests" USING btree ("completed_at","id");