ALTER TABLE "monev_assessments" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;
