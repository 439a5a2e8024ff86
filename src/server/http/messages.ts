import type { Language } from './language.ts';

/** Every message the API sends, Indonesian first. Keys are the error codes' message ids. */
const messages = {
  validation: { id: 'Data yang dikirim tidak valid. Periksa kolom yang ditandai.', en: 'The data sent is not valid. Check the marked fields.' },
  malformed_json: { id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' },
  body_too_large: { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  unsupported_media: { id: 'Jenis isi permintaan tidak didukung; kirim JSON.', en: 'Unsupported content type; send JSON.' },
  not_found: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  route_not_found: { id: 'Alamat API tidak dikenal.', en: 'Unknown API address.' },
  unauthenticated: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  forbidden: { id: 'Anda tidak berwenang melakukan tindakan ini.', en: 'You are not allowed to do this.' },
  csrf: { id: 'Sesi formulir tidak valid. Muat ulang halaman lalu coba lagi.', en: 'The form session is not valid. Reload the page and try again.' },
  conflict_version: {
    id: 'Data ini sudah diubah oleh orang lain. Muat ulang untuk melihat versi terbaru.',
    en: 'Someone else changed this in the meantime. Reload to see the latest version.',
  },
  rate_limited: { id: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.', en: 'Too many requests. Try again shortly.' },
  internal: { id: 'Terjadi kesalahan pada server. Silakan coba lagi.', en: 'Something went wrong on the server. Please try again.' },
  // auth
  invalid_credentials: { id: 'Email atau kata sandi salah.', en: 'Wrong e-mail or password.' },
  too_many_sign_ins: {
    id: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.',
    en: 'Too many failed sign-in attempts. Try again in {minutes} minutes.',
  },
  wrong_current_password: { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
  password_same: { id: 'Kata sandi baru harus berbeda dari yang lama.', en: 'The new password must differ from the old one.' },
  reset_token_invalid: {
    id: 'Tautan atur ulang kata sandi tidak valid atau sudah kedaluwarsa. Minta tautan baru.',
    en: 'The password reset link is invalid or has expired. Ask for a new one.',
  },
  // fields
  password_too_short: { id: 'Kata sandi minimal {min} karakter.', en: 'The password needs at least {min} characters.' },
  password_too_long: { id: 'Kata sandi maksimal {max} karakter.', en: 'The password may have at most {max} characters.' },
  email_invalid: { id: 'Alamat email tidak valid.', en: 'Not a valid e-mail address.' },
  required: { id: 'Wajib diisi.', en: 'Required.' },
  unit_code_invalid: {
    id: 'Kode unit hanya boleh huruf, angka, titik dan tanda hubung (maks. 20).',
    en: 'A unit code may only hold letters, digits, dots and hyphens (max. 20).',
  },
  service_code_invalid: {
    id: 'Kode layanan: huruf kapital, angka dan tanda hubung, 2–20 karakter.',
    en: 'Service code: capital letters, digits and hyphens, 2–20 characters.',
  },
  select_needs_options: { id: 'Kolom pilihan harus memiliki opsi.', en: 'A choice field needs options.' },
  duplicate_keys: { id: 'Kunci ganda: {keys}.', en: 'Duplicate keys: {keys}.' },
  // organisation
  unit_code_taken: { id: 'Kode unit "{code}" sudah dipakai.', en: 'Unit code "{code}" is already in use.' },
  unit_parent_unknown: { id: 'Unit induk tidak ditemukan.', en: 'The parent unit does not exist.' },
  unit_parent_inactive: { id: 'Unit induk sudah dinonaktifkan.', en: 'The parent unit is deactivated.' },
  unit_cycle: { id: 'Unit tidak dapat dipindahkan ke bawah dirinya sendiri.', en: 'A unit cannot be moved under itself.' },
  unit_has_active_children: {
    id: 'Nonaktifkan dulu sub-unit yang masih aktif.',
    en: 'Deactivate the active sub-units first.',
  },
  unit_has_active_users: {
    id: 'Masih ada {count} pengguna aktif di unit ini. Pindahkan atau nonaktifkan mereka dulu.',
    en: 'This unit still has {count} active users. Move or deactivate them first.',
  },
  unit_unknown: { id: 'Unit kerja tidak ditemukan.', en: 'The unit does not exist.' },
  unit_inactive: { id: 'Unit kerja sudah dinonaktifkan.', en: 'The unit is deactivated.' },
  position_name_taken: { id: 'Jabatan "{name}" sudah ada di unit ini.', en: 'Position "{name}" already exists in this unit.' },
  nip_invalid: { id: 'NIP terdiri atas 18 angka.', en: 'An NIP consists of 18 digits.' },
  email_taken: { id: 'Email "{email}" sudah terdaftar.', en: 'E-mail "{email}" is already registered.' },
  roles_required: { id: 'Pilih minimal satu peran.', en: 'Choose at least one role.' },
  cannot_deactivate_self: { id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.', en: 'You cannot deactivate your own account.' },
  cannot_drop_own_admin: {
    id: 'Anda tidak dapat mencabut peran administrator dari akun Anda sendiri.',
    en: 'You cannot remove the administrator role from your own account.',
  },
  service_code_taken: { id: 'Kode layanan "{code}" sudah dipakai.', en: 'Service code "{code}" is already in use.' },
  // requests
  service_unknown: { id: 'Layanan tidak ditemukan.', en: 'The service does not exist.' },
  service_inactive: { id: 'Layanan ini sedang tidak dibuka.', en: 'This service is not open at the moment.' },
  phone_invalid: { id: 'Nomor telepon hanya boleh berisi angka, spasi, +, -, dan tanda kurung.', en: 'A phone number may only hold digits, spaces, +, - and brackets.' },
  request_incomplete: {
    id: 'Permohonan belum lengkap. Lengkapi kolom dan lampiran yang ditandai.',
    en: 'The request is not complete. Fill in the marked fields and attachments.',
  },
  document_required: { id: 'Lampiran "{label}" wajib diunggah.', en: 'Attachment "{label}" must be uploaded.' },
  form_required: { id: 'Wajib diisi.', en: 'Required.' },
  form_not_text: { id: 'Harus berupa teks.', en: 'Must be text.' },
  form_too_long: { id: 'Teks terlalu panjang.', en: 'The text is too long.' },
  form_not_a_number: { id: 'Harus berupa angka.', en: 'Must be a number.' },
  form_invalid_date: { id: 'Tanggal tidak valid (TTTT-BB-HH).', en: 'Not a valid date (YYYY-MM-DD).' },
  form_invalid_option: { id: 'Pilih salah satu opsi yang tersedia.', en: 'Choose one of the options offered.' },
  form_unknown_field: { id: 'Kolom ini tidak ada pada formulir layanan.', en: 'This field is not on the service form.' },
  verifier_invalid: { id: 'Pengguna ini bukan verifikator aktif.', en: 'This user is not an active verifier.' },
  refusal_unknown_action: { id: 'Tindakan tidak dikenal.', en: 'Unknown action.' },
  refusal_wrong_state: { id: 'Tindakan ini tidak dapat dilakukan pada status atau tahap permohonan saat ini.', en: 'This action cannot be taken in the request\'s current state or stage.' },
  refusal_role_not_permitted: { id: 'Peran Anda tidak berwenang melakukan tindakan ini.', en: 'Your role does not allow this action.' },
  refusal_not_own_unit: { id: 'Permohonan ini milik unit kerja lain.', en: 'The request belongs to another unit.' },
  refusal_not_assigned: { id: 'Anda tidak ditugaskan pada permohonan ini.', en: 'You are not assigned to this request.' },
  refusal_endorsement_not_required: { id: 'Layanan ini tidak memerlukan persetujuan pimpinan unit.', en: 'This service needs no endorsement by the head of unit.' },
  refusal_already_endorsed: { id: 'Permohonan sudah disetujui pimpinan unit.', en: 'The request is already endorsed.' },
  refusal_endorsement_missing: { id: 'Permohonan belum disetujui pimpinan unit.', en: 'The head of unit has not endorsed the request yet.' },
  refusal_already_verified: { id: 'Kelengkapan sudah diverifikasi.', en: 'Completeness is already verified.' },
  refusal_completeness_not_verified: { id: 'Kelengkapan belum diverifikasi administrator.', en: 'The administrator has not verified completeness yet.' },
  refusal_no_verifier_assigned: { id: 'Belum ada verifikator yang ditugaskan.', en: 'No verifier is assigned yet.' },
  refusal_number_already_assigned: { id: 'Nomor dokumen sudah diberikan.', en: 'The document number is already assigned.' },
  refusal_number_missing: { id: 'Nomor dokumen belum diberikan.', en: 'The document number is not assigned yet.' },
  refusal_reason_required: { id: 'Alasan atau catatan wajib diisi.', en: 'A reason or note is required.' },
  refusal_verifiers_required: { id: 'Pilih minimal satu verifikator.', en: 'Choose at least one verifier.' },
  refusal_duplicate_verifier: { id: 'Verifikator yang sama dipilih dua kali.', en: 'The same verifier is chosen twice.' },
  // attachments
  attachment_key_unknown: { id: 'Lampiran "{key}" tidak ada pada layanan ini.', en: 'Attachment "{key}" is not part of this service.' },
  attachment_file_missing: { id: 'Pilih berkas yang akan diunggah.', en: 'Choose a file to upload.' },
  attachment_type: { id: 'Jenis berkas tidak diizinkan. Yang diizinkan: {types}.', en: 'This file type is not allowed. Allowed: {types}.' },
  attachment_too_large: { id: 'Berkas melebihi batas {maxMb} MB.', en: 'The file exceeds the limit of {maxMb} MB.' },
  attachment_empty: { id: 'Berkas kosong.', en: 'The file is empty.' },
  attachment_infected: { id: 'Berkas ditolak oleh pemindai virus.', en: 'The file was refused by the virus scanner.' },
  not_multipart: { id: 'Kirim berkas sebagai multipart/form-data.', en: 'Send the file as multipart/form-data.' },
  // numbering
  numbering_kind_taken: { id: 'Templat penomoran untuk jenis "{kind}" sudah ada.', en: 'A numbering template for kind "{kind}" already exists.' },
  numbering_failed: { id: 'Nomor dokumen tidak dapat dibentuk dari templat jenis "{kind}".', en: 'The document number cannot be formed from the template of kind "{kind}".' },
  number_taken: {
    id: 'Nomor dokumen yang dibentuk sudah dipakai dokumen lain. Periksa templat penomoran.',
    en: 'The document number formed is already used by another document. Check the numbering templates.',
  },
  numbering_no_template: { id: 'Belum ada templat penomoran untuk jenis "{kind}".', en: 'There is no numbering template for kind "{kind}".' },
  template_empty: { id: 'Templat tidak boleh kosong.', en: 'The template may not be empty.' },
  template_too_long: { id: 'Templat terlalu panjang (maks. 200 karakter).', en: 'The template is too long (max. 200 characters).' },
  template_unknown_token: { id: 'Templat memuat penanda yang tidak dikenal.', en: 'The template holds an unknown token.' },
  template_unexpected_argument: { id: 'Hanya {seq} yang boleh memiliki panjang, mis. {seq:3}.', en: 'Only {seq} takes a length, e.g. {seq:3}.' },
  template_invalid_padding: { id: 'Panjang nomor urut harus 1–10, mis. {seq:3}.', en: 'The sequence length must be 1–10, e.g. {seq:3}.' },
  template_missing_seq: { id: 'Templat harus memuat nomor urut {seq}.', en: 'The template must hold the sequence {seq}.' },
  template_duplicate_seq: { id: 'Nomor urut {seq} hanya boleh muncul sekali.', en: 'The sequence {seq} may appear only once.' },
  template_unclosed_brace: { id: 'Ada kurung kurawal "{" yang tidak ditutup.', en: 'A brace "{" is not closed.' },
  template_unopened_brace: { id: 'Ada kurung kurawal "}" tanpa pembuka.', en: 'A brace "}" has no opening one.' },
  template_token_unavailable: { id: 'Penanda {kodeKlasifikasi} dan {kodeSifat} belum dapat diisi otomatis.', en: 'The tokens {kodeKlasifikasi} and {kodeSifat} cannot be filled automatically yet.' },
  template_generic_needs_kind: { id: 'Templat umum harus memuat {kodeJenis}, agar nomor tiap jenis tidak sama.', en: 'The generic template must hold {kodeJenis}, so that kinds do not share numbers.' },
  // calendar
  date_invalid: { id: 'Tanggal tidak valid (TTTT-BB-HH).', en: 'Not a valid date (YYYY-MM-DD).' },
  holiday_date_taken: { id: 'Tanggal {date} sudah tercatat sebagai hari libur.', en: '{date} is already recorded as a holiday.' },
  // notifications (also the e-mail subjects)
  notice_submitted: { id: 'Permohonan baru diajukan: {title}', en: 'New request submitted: {title}' },
  notice_endorsement_needed: { id: 'Permohonan menunggu persetujuan pimpinan unit: {title}', en: 'Request awaits endorsement by the head of unit: {title}' },
  notice_endorsed: { id: 'Permohonan telah disetujui pimpinan unit: {title}', en: 'Request endorsed by the head of unit: {title}' },
  notice_assigned: { id: 'Anda ditugaskan sebagai verifikator: {title}', en: 'You are assigned as verifier: {title}' },
  notice_plan_approval_needed: { id: 'Rencana fasilitasi menunggu persetujuan Kepala Biro: {title}', en: 'Facilitation plan awaits approval by the Head of Bureau: {title}' },
  notice_plan_approved: { id: 'Rencana fasilitasi disetujui, permohonan masuk Tahap {stage}: {title}', en: 'Facilitation plan approved, the request is at stage {stage}: {title}' },
  notice_stage_changed: { id: 'Permohonan masuk Tahap {stage}: {title}', en: 'Request moved to stage {stage}: {title}' },
  notice_output_approval_needed: { id: 'Output menunggu persetujuan Kepala Biro (No. Dokumen {number}): {title}', en: 'Output awaits approval by the Head of Bureau (Document no. {number}): {title}' },
  notice_revision_requested: { id: 'Permohonan perlu revisi: {title}', en: 'Revision requested: {title}' },
  notice_revision_answered: { id: 'Unit telah menjawab permintaan revisi: {title}', en: 'The unit answered the revision request: {title}' },
  notice_on_hold: { id: 'Permohonan ditunda: {title}', en: 'Request put on hold: {title}' },
  notice_resumed: { id: 'Permohonan dilanjutkan: {title}', en: 'Request resumed: {title}' },
  notice_withdrawn: { id: 'Permohonan dibatalkan oleh unit: {title}', en: 'Request withdrawn by the unit: {title}' },
  notice_rejected: { id: 'Permohonan ditolak: {title}', en: 'Request rejected: {title}' },
  notice_completed: { id: 'Permohonan selesai (No. Dokumen {number}): {title}', en: 'Request completed (Document no. {number}): {title}' },
  notice_overdue: { id: 'Permohonan terlambat dari standar pelayanan pada Tahap {stage}: {title}', en: 'Request overdue against the service standard at stage {stage}: {title}' },
  notice_commented: { id: 'Catatan baru pada permohonan: {title}', en: 'New note on the request: {title}' },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

export function t(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
