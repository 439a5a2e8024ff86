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
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

export function t(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
