ALTER TABLE "notifications" ADD COLUMN "link" text;
