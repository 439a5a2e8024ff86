ALTER TABLE "job_document_events" ADD COLUMN "minutes_file" jsonb;
