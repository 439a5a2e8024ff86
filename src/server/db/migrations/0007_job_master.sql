CREATE TABLE "job_classes" (
	"year" integer NOT NULL,
	"grade" integer NOT NULL,
	"min_points" integer NOT NULL,
	"source" text NOT NULL,
	"unconfirmed" boolean NOT NULL,
	CONSTRAINT "job_classes_year_grade_pk" PRIMARY KEY("year","grade")
);
--> statement-breakpoint
CREATE TABLE "job_competencies" (
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer NOT NULL,
	"source" text NOT NULL,
	"unconfirmed" boolean NOT NULL,
	CONSTRAINT "job_competencies_year_code_pk" PRIMARY KEY("year","code")
);
--> statement-breakpoint
CREATE TABLE "job_competency_levels" (
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"level" integer NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "job_competency_levels_year_code_level_pk" PRIMARY KEY("year","code","level")
);
--> statement-breakpoint
CREATE TABLE "job_document_versions" (
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"master_year" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"saved_by" uuid NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "job_document_versions_document_id_number_pk" PRIMARY KEY("document_id","number")
);
--> statement-breakpoint
CREATE TABLE "job_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draf' NOT NULL,
	"master_year" integer NOT NULL,
	"current_version" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_ej_bands" (
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"min" double precision NOT NULL,
	"min_inclusive" boolean NOT NULL,
	"source" text NOT NULL,
	"unconfirmed" boolean NOT NULL,
	CONSTRAINT "job_ej_bands_year_code_pk" PRIMARY KEY("year","code")
);
--> statement-breakpoint
CREATE TABLE "job_factor_levels" (
	"year" integer NOT NULL,
	"factor_set" text NOT NULL,
	"code" text NOT NULL,
	"level" integer NOT NULL,
	"points" integer NOT NULL,
	"description" text NOT NULL,
	"placeholder" boolean NOT NULL,
	CONSTRAINT "job_factor_levels_year_factor_set_code_level_pk" PRIMARY KEY("year","factor_set","code","level")
);
--> statement-breakpoint
CREATE TABLE "job_factors" (
	"year" integer NOT NULL,
	"factor_set" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer NOT NULL,
	"source" text NOT NULL,
	"unconfirmed" boolean NOT NULL,
	CONSTRAINT "job_factors_year_factor_set_code_pk" PRIMARY KEY("year","factor_set","code")
);
--> statement-breakpoint
CREATE TABLE "job_master_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"wke_hari" integer NOT NULL,
	"wke_minggu" integer NOT NULL,
	"wke_bulan" integer NOT NULL,
	"wke_tahun" integer NOT NULL,
	"wke_source" text NOT NULL,
	"wke_unconfirmed" boolean NOT NULL,
	"rounding" text NOT NULL,
	"rounding_source" text NOT NULL,
	"rounding_unconfirmed" boolean NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_master_years_wke_positive" CHECK ("job_master_years"."wke_hari" > 0 and "job_master_years"."wke_minggu" > 0 and "job_master_years"."wke_bulan" > 0 and "job_master_years"."wke_tahun" > 0),
	CONSTRAINT "job_master_years_rounding" CHECK ("job_master_years"."rounding" in ('HALF_UP', 'CEIL'))
);
--> statement-breakpoint
ALTER TABLE "job_classes" ADD CONSTRAINT "job_classes_year_job_master_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."job_master_years"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_competencies" ADD CONSTRAINT "job_competencies_year_job_master_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."job_master_years"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_document_versions" ADD CONSTRAINT "job_document_versions_document_id_job_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."job_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_document_versions" ADD CONSTRAINT "job_document_versions_master_year_job_master_years_year_fk" FOREIGN KEY ("master_year") REFERENCES "public"."job_master_years"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_document_versions" ADD CONSTRAINT "job_document_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_documents" ADD CONSTRAINT "job_documents_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_documents" ADD CONSTRAINT "job_documents_master_year_job_master_years_year_fk" FOREIGN KEY ("master_year") REFERENCES "public"."job_master_years"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_documents" ADD CONSTRAINT "job_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_documents" ADD CONSTRAINT "job_documents_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_ej_bands" ADD CONSTRAINT "job_ej_bands_year_job_master_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."job_master_years"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_factors" ADD CONSTRAINT "job_factors_year_job_master_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."job_master_years"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_documents_position_idx" ON "job_documents" USING btree ("position_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "job_documents_open_draft_key" ON "job_documents" USING btree ("position_id","kind") WHERE "job_documents"."status" = 'draf';--> statement-breakpoint
-- Master data of 2026 (regulations.md §2.4–§4.2). Sources and [U] flags travel with the rows; administrators edit them.
INSERT INTO "job_master_years" ("year", "wke_hari", "wke_minggu", "wke_bulan", "wke_tahun", "wke_source", "wke_unconfirmed", "rounding", "rounding_source", "rounding_unconfirmed") VALUES (2026, 300, 1500, 6250, 75000, 'PermenPANRB No. 1 Tahun 2020: 1.250 jam = 75.000 menit per tahun. Angka per bulan/minggu/hari (6.250/1.500/300 menit) hanya dari komentar kode referensi dan belum terkonfirmasi.', true, 'HALF_UP', 'Tidak ada ketentuan pembulatan dalam teks peraturan yang tersedia; pembulatan 0,5 ke atas dipilih portal (regulations.md §2.5). Belum terkonfirmasi.', true);--> statement-breakpoint
INSERT INTO "job_ej_bands" ("year", "code", "label", "min", "min_inclusive", "source", "unconfirmed") VALUES
  (2026, 'A', 'Sangat Baik', 1, false, 'Kategori yang sering dikutip dari Permendagri No. 12 Tahun 2008; belum terverifikasi dengan naskah resmi.', true),
  (2026, 'B', 'Baik', 0.9, true, 'Kategori yang sering dikutip dari Permendagri No. 12 Tahun 2008; belum terverifikasi dengan naskah resmi.', true),
  (2026, 'C', 'Cukup', 0.7, true, 'Kategori yang sering dikutip dari Permendagri No. 12 Tahun 2008; belum terverifikasi dengan naskah resmi.', true),
  (2026, 'D', 'Sedang', 0.5, true, 'Kategori yang sering dikutip dari Permendagri No. 12 Tahun 2008; belum terverifikasi dengan naskah resmi.', true),
  (2026, 'E', 'Kurang', 0, true, 'Kategori yang sering dikutip dari Permendagri No. 12 Tahun 2008; belum terverifikasi dengan naskah resmi.', true);--> statement-breakpoint
INSERT INTO "job_factors" ("year", "factor_set", "code", "name", "sort_order", "source", "unconfirmed") VALUES
  (2026, 'fungsional_pelaksana', '1', 'Pengetahuan yang Dibutuhkan Jabatan', 1, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'fungsional_pelaksana', '2', 'Pengawasan Penyelia', 2, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'fungsional_pelaksana', '3', 'Pedoman', 3, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'fungsional_pelaksana', '4', 'Kompleksitas', 4, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'fungsional_pelaksana', '5', 'Ruang Lingkup dan Dampak', 5, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'fungsional_pelaksana', '6', 'Hubungan Personal', 6, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'fungsional_pelaksana', '7', 'Tujuan Hubungan', 7, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'fungsional_pelaksana', '8', 'Persyaratan Fisik', 8, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'fungsional_pelaksana', '9', 'Lingkungan Pekerjaan', 9, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'struktural', '1', 'Ruang Lingkup dan Dampak Program', 1, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'struktural', '2', 'Pengaturan Organisasi', 2, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'struktural', '3', 'Wewenang Penyeliaan dan Manajerial', 3, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011. Jumlah tingkat faktor ini belum terkonfirmasi.', true),
  (2026, 'struktural', '4A', 'Hubungan Personal — Sifat Hubungan', 4, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'struktural', '4B', 'Hubungan Personal — Tujuan Hubungan', 5, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'struktural', '5', 'Kesulitan dalam Pengarahan Pekerjaan', 6, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011 (jumlah tingkat dari bahan pelatihan; nilai sesuai FES dan data rujukan). Uraian tingkat masih placeholder.', false),
  (2026, 'struktural', '6', 'Kondisi Lain', 7, 'PermenPAN-RB No. 34 Tahun 2011 dan Perka BKN No. 21 Tahun 2011. "Situasi khusus" belum terkonfirmasi.', true);--> statement-breakpoint
INSERT INTO "job_factor_levels" ("year", "factor_set", "code", "level", "points", "description", "placeholder") VALUES
  (2026, 'fungsional_pelaksana', '1', 1, 50, 'Tingkat 1-1', true),
  (2026, 'fungsional_pelaksana', '1', 2, 200, 'Tingkat 1-2', true),
  (2026, 'fungsional_pelaksana', '1', 3, 350, 'Tingkat 1-3', true),
  (2026, 'fungsional_pelaksana', '1', 4, 550, 'Tingkat 1-4', true),
  (2026, 'fungsional_pelaksana', '1', 5, 750, 'Tingkat 1-5', true),
  (2026, 'fungsional_pelaksana', '1', 6, 950, 'Tingkat 1-6', true),
  (2026, 'fungsional_pelaksana', '1', 7, 1250, 'Tingkat 1-7', true),
  (2026, 'fungsional_pelaksana', '1', 8, 1550, 'Tingkat 1-8', true),
  (2026, 'fungsional_pelaksana', '1', 9, 1850, 'Tingkat 1-9', true),
  (2026, 'fungsional_pelaksana', '2', 1, 25, 'Tingkat 2-1', true),
  (2026, 'fungsional_pelaksana', '2', 2, 125, 'Tingkat 2-2', true),
  (2026, 'fungsional_pelaksana', '2', 3, 275, 'Tingkat 2-3', true),
  (2026, 'fungsional_pelaksana', '2', 4, 450, 'Tingkat 2-4', true),
  (2026, 'fungsional_pelaksana', '2', 5, 650, 'Tingkat 2-5', true),
  (2026, 'fungsional_pelaksana', '3', 1, 25, 'Tingkat 3-1', true),
  (2026, 'fungsional_pelaksana', '3', 2, 125, 'Tingkat 3-2', true),
  (2026, 'fungsional_pelaksana', '3', 3, 275, 'Tingkat 3-3', true),
  (2026, 'fungsional_pelaksana', '3', 4, 450, 'Tingkat 3-4', true),
  (2026, 'fungsional_pelaksana', '3', 5, 650, 'Tingkat 3-5', true),
  (2026, 'fungsional_pelaksana', '4', 1, 25, 'Tingkat 4-1', true),
  (2026, 'fungsional_pelaksana', '4', 2, 75, 'Tingkat 4-2', true),
  (2026, 'fungsional_pelaksana', '4', 3, 150, 'Tingkat 4-3', true),
  (2026, 'fungsional_pelaksana', '4', 4, 225, 'Tingkat 4-4', true),
  (2026, 'fungsional_pelaksana', '4', 5, 325, 'Tingkat 4-5', true),
  (2026, 'fungsional_pelaksana', '4', 6, 450, 'Tingkat 4-6', true),
  (2026, 'fungsional_pelaksana', '5', 1, 25, 'Tingkat 5-1', true),
  (2026, 'fungsional_pelaksana', '5', 2, 75, 'Tingkat 5-2', true),
  (2026, 'fungsional_pelaksana', '5', 3, 150, 'Tingkat 5-3', true),
  (2026, 'fungsional_pelaksana', '5', 4, 225, 'Tingkat 5-4', true),
  (2026, 'fungsional_pelaksana', '5', 5, 325, 'Tingkat 5-5', true),
  (2026, 'fungsional_pelaksana', '5', 6, 450, 'Tingkat 5-6', true),
  (2026, 'fungsional_pelaksana', '6', 1, 10, 'Tingkat 6-1', true),
  (2026, 'fungsional_pelaksana', '6', 2, 25, 'Tingkat 6-2', true),
  (2026, 'fungsional_pelaksana', '6', 3, 60, 'Tingkat 6-3', true),
  (2026, 'fungsional_pelaksana', '6', 4, 110, 'Tingkat 6-4', true),
  (2026, 'fungsional_pelaksana', '7', 1, 20, 'Tingkat 7-1', true),
  (2026, 'fungsional_pelaksana', '7', 2, 50, 'Tingkat 7-2', true),
  (2026, 'fungsional_pelaksana', '7', 3, 120, 'Tingkat 7-3', true),
  (2026, 'fungsional_pelaksana', '7', 4, 220, 'Tingkat 7-4', true),
  (2026, 'fungsional_pelaksana', '8', 1, 5, 'Tingkat 8-1', true),
  (2026, 'fungsional_pelaksana', '8', 2, 20, 'Tingkat 8-2', true),
  (2026, 'fungsional_pelaksana', '8', 3, 50, 'Tingkat 8-3', true),
  (2026, 'fungsional_pelaksana', '9', 1, 5, 'Tingkat 9-1', true),
  (2026, 'fungsional_pelaksana', '9', 2, 20, 'Tingkat 9-2', true),
  (2026, 'fungsional_pelaksana', '9', 3, 50, 'Tingkat 9-3', true),
  (2026, 'struktural', '1', 1, 175, 'Tingkat 1-1', true),
  (2026, 'struktural', '1', 2, 350, 'Tingkat 1-2', true),
  (2026, 'struktural', '1', 3, 550, 'Tingkat 1-3', true),
  (2026, 'struktural', '1', 4, 775, 'Tingkat 1-4', true),
  (2026, 'struktural', '1', 5, 900, 'Tingkat 1-5', true),
  (2026, 'struktural', '2', 1, 100, 'Tingkat 2-1', true),
  (2026, 'struktural', '2', 2, 250, 'Tingkat 2-2', true),
  (2026, 'struktural', '2', 3, 350, 'Tingkat 2-3', true),
  (2026, 'struktural', '3', 1, 450, 'Tingkat 3-1', true),
  (2026, 'struktural', '3', 2, 775, 'Tingkat 3-2', true),
  (2026, 'struktural', '3', 3, 900, 'Tingkat 3-3', true),
  (2026, 'struktural', '4A', 1, 25, 'Tingkat 4A-1', true),
  (2026, 'struktural', '4A', 2, 50, 'Tingkat 4A-2', true),
  (2026, 'struktural', '4A', 3, 75, 'Tingkat 4A-3', true),
  (2026, 'struktural', '4A', 4, 100, 'Tingkat 4A-4', true),
  (2026, 'struktural', '4B', 1, 30, 'Tingkat 4B-1', true),
  (2026, 'struktural', '4B', 2, 75, 'Tingkat 4B-2', true),
  (2026, 'struktural', '4B', 3, 100, 'Tingkat 4B-3', true),
  (2026, 'struktural', '4B', 4, 125, 'Tingkat 4B-4', true),
  (2026, 'struktural', '5', 1, 75, 'Tingkat 5-1', true),
  (2026, 'struktural', '5', 2, 205, 'Tingkat 5-2', true),
  (2026, 'struktural', '5', 3, 340, 'Tingkat 5-3', true),
  (2026, 'struktural', '5', 4, 505, 'Tingkat 5-4', true),
  (2026, 'struktural', '5', 5, 650, 'Tingkat 5-5', true),
  (2026, 'struktural', '5', 6, 800, 'Tingkat 5-6', true),
  (2026, 'struktural', '5', 7, 930, 'Tingkat 5-7', true),
  (2026, 'struktural', '5', 8, 1030, 'Tingkat 5-8', true),
  (2026, 'struktural', '6', 1, 310, 'Tingkat 6-1', true),
  (2026, 'struktural', '6', 2, 575, 'Tingkat 6-2', true),
  (2026, 'struktural', '6', 3, 975, 'Tingkat 6-3', true),
  (2026, 'struktural', '6', 4, 1120, 'Tingkat 6-4', true),
  (2026, 'struktural', '6', 5, 1225, 'Tingkat 6-5', true),
  (2026, 'struktural', '6', 6, 1325, 'Tingkat 6-6', true);--> statement-breakpoint
INSERT INTO "job_classes" ("year", "grade", "min_points", "source", "unconfirmed") VALUES
  (2026, 1, 190, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 2, 241, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 3, 301, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 4, 371, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 5, 451, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 6, 651, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 7, 851, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 8, 1101, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 9, 1351, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 10, 1601, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 11, 1851, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 12, 2101, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 13, 2351, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 14, 2751, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 15, 3151, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 16, 3601, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true),
  (2026, 17, 4051, 'PermenPAN-RB No. 34 Tahun 2011, konversi nilai ke kelas jabatan (batas dari data rujukan; cetakan resmi diyakini memakai batas bawah berakhiran 5, hasil kelas sama). Belum terverifikasi.', true);--> statement-breakpoint
INSERT INTO "job_competencies" ("year", "code", "kind", "name", "sort_order", "source", "unconfirmed") VALUES
  (2026, 'M.01', 'manajerial', 'Integritas', 1, 'PermenPANRB No. 38 Tahun 2017, Lampiran II (judul tingkat; indikator perilaku belum dimuat).', false),
  (2026, 'M.02', 'manajerial', 'Kerjasama', 2, 'PermenPANRB No. 38 Tahun 2017, Lampiran II (judul tingkat; indikator perilaku belum dimuat).', false),
  (2026, 'M.03', 'manajerial', 'Komunikasi', 3, 'PermenPANRB No. 38 Tahun 2017, Lampiran II (judul tingkat; indikator perilaku belum dimuat).', false),
  (2026, 'M.04', 'manajerial', 'Orientasi pada Hasil', 4, 'PermenPANRB No. 38 Tahun 2017, Lampiran II (judul tingkat; indikator perilaku belum dimuat).', false),
  (2026, 'M.05', 'manajerial', 'Pelayanan Publik', 5, 'PermenPANRB No. 38 Tahun 2017, Lampiran II (judul tingkat; indikator perilaku belum dimuat).', false),
  (2026, 'M.06', 'manajerial', 'Pengembangan Diri dan Orang Lain', 6, 'PermenPANRB No. 38 Tahun 2017, Lampiran II (judul tingkat; indikator perilaku belum dimuat).', false),
  (2026, 'M.07', 'manajerial', 'Mengelola Perubahan', 7, 'PermenPANRB No. 38 Tahun 2017, Lampiran II (judul tingkat; indikator perilaku belum dimuat).', false),
  (2026, 'M.08', 'manajerial', 'Pengambilan Keputusan', 8, 'PermenPANRB No. 38 Tahun 2017, Lampiran II (judul tingkat; indikator perilaku belum dimuat).', false),
  (2026, 'SK.01', 'sosial_kultural', 'Perekat Bangsa', 9, 'PermenPANRB No. 38 Tahun 2017 (judul tingkat). Kode "SK.01" disimpulkan dari pola M.01 dan belum terkonfirmasi.', true);--> statement-breakpoint
INSERT INTO "job_competency_levels" ("year", "code", "level", "description") VALUES
  (2026, 'M.01', 1, 'Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi'),
  (2026, 'M.01', 2, 'Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi'),
  (2026, 'M.01', 3, 'Mampu memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi, dalam lingkup formal'),
  (2026, 'M.01', 4, 'Mampu menciptakan situasi kerja yang mendorong kepatuhan pada nilai, norma, dan etika organisasi'),
  (2026, 'M.01', 5, 'Mampu menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional'),
  (2026, 'M.02', 1, 'Berpartisipasi dalam kelompok kerja'),
  (2026, 'M.02', 2, 'Menumbuhkan tim kerja yang partisipatif dan efektif'),
  (2026, 'M.02', 3, 'Efektif membangun tim kerja untuk peningkatan kinerja organisasi'),
  (2026, 'M.02', 4, 'Membangun komitmen tim, sinergi'),
  (2026, 'M.02', 5, 'Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi'),
  (2026, 'M.03', 1, 'Menyampaikan informasi dengan jelas, lengkap, pemahaman yang sama'),
  (2026, 'M.03', 2, 'Aktif menjalankan komunikasi secara formal dan informal; bersedia mendengarkan orang lain, …'),
  (2026, 'M.03', 3, 'Berkomunikasi secara asertif, terampil berkomunikasi lisan/tertulis untuk menyampaikan informasi yang sensitif/rumit/kompleks'),
  (2026, 'M.03', 4, 'Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan …'),
  (2026, 'M.03', 5, 'Menggagas sistem komunikasi yang terbuka secara strategis …'),
  (2026, 'M.04', 1, 'Bertanggung jawab untuk memenuhi standar kerja'),
  (2026, 'M.04', 2, 'Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar …'),
  (2026, 'M.04', 3, 'Menetapkan target kerja yang menantang bagi unit kerja, memberi apresiasi dan teguran …'),
  (2026, 'M.04', 4, 'Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya'),
  (2026, 'M.04', 5, 'Meningkatkan mutu pencapaian kerja organisasi'),
  (2026, 'M.05', 1, 'Menjalankan tugas mengikuti standar pelayanan'),
  (2026, 'M.05', 2, 'Mampu mensupervisi/mengawasi/menyelia dan menjelaskan proses pelaksanaan tugas … secara transparan'),
  (2026, 'M.05', 3, 'Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja'),
  (2026, 'M.05', 4, 'Mampu memonitor, mengevaluasi, memperhitungkan dan mengantisipasi dampak dari isu-isu jangka panjang …'),
  (2026, 'M.05', 5, 'Mampu memastikan kebijakan-kebijakan pelayanan publik yang menjamin … objektif, netral, tidak memihak …'),
  (2026, 'M.06', 1, 'Pengembangan diri'),
  (2026, 'M.06', 2, 'Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan …'),
  (2026, 'M.06', 3, 'Memberikan umpan balik, membimbing'),
  (2026, 'M.06', 4, 'Menyusun program pengembangan jangka panjang … manajemen pembelajaran'),
  (2026, 'M.06', 5, 'Menciptakan situasi yang mendorong organisasi untuk mengembangkan kemampuan belajar secara berkelanjutan …'),
  (2026, 'M.07', 1, 'Mengikuti perubahan dengan arahan'),
  (2026, 'M.07', 2, 'Proaktif beradaptasi mengikuti perubahan'),
  (2026, 'M.07', 3, 'Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat'),
  (2026, 'M.07', 4, 'Memimpin perubahan pada unit kerja'),
  (2026, 'M.07', 5, 'Memimpin, menggalang dan menggerakkan dukungan pemangku kepentingan … tingkat instansi/nasional'),
  (2026, 'M.08', 1, 'Mengumpulkan informasi untuk bertindak sesuai kewenangan'),
  (2026, 'M.08', 2, 'Menganalisis masalah secara mendalam'),
  (2026, 'M.08', 3, 'Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi'),
  (2026, 'M.08', 4, 'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, membuat tindakan pengamanan; mitigasi risiko'),
  (2026, 'M.08', 5, 'Menghasilkan solusi dan mengambil keputusan untuk mengatasi permasalahan jangka panjang/strategis, berdampak nasional'),
  (2026, 'SK.01', 1, 'Peka memahami dan menerima kemajemukan'),
  (2026, 'SK.01', 2, 'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan'),
  (2026, 'SK.01', 3, 'Mempromosikan, mengembangkan sikap toleransi dan persatuan'),
  (2026, 'SK.01', 4, 'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektifitas organisasi'),
  (2026, 'SK.01', 5, 'Wakil pemerintah untuk membangun hubungan sosial psikologis');
