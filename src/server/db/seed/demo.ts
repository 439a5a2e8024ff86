import type { PositionKind, UnitKind } from '../../../domain/organisation/unit.ts';
import type { Role } from '../../../domain/access/roles.ts';

/**
 * Demo organisation after Perpres 73/2020 (see domain/regulations.md §7). The root unit takes the organisation's
 * own name; every other unit names its parent by code.
 */
export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parent: string | null;
  positions: [name: string, kind: PositionKind][];
}

export const ROOT_UNIT_CODE = 'KL';

const staff = (head: string): [string, PositionKind][] => [
  [head, 'struktural'],
  ['Analis Kebijakan', 'fungsional'],
  ['Pengadministrasi Perkantoran', 'pelaksana'],
];

const deputi = (n: number, bidang: string): DemoUnit => {
  const name = `Deputi Bidang Koordinasi ${bidang}`;
  return { code: `DEP-${n}`, name, kind: 'eselon1', parent: ROOT_UNIT_CODE, positions: staff(name) };
};

export const DEMO_UNITS: DemoUnit[] = [
  { code: ROOT_UNIT_CODE, name: '', kind: 'kementerian', parent: null, positions: [] },
  { code: 'SES', name: 'Sekretariat Kementerian Koordinator', kind: 'eselon1', parent: ROOT_UNIT_CODE, positions: staff('Sekretaris Kementerian Koordinator') },
  deputi(1, 'Politik Dalam Negeri'),
  deputi(2, 'Politik Luar Negeri'),
  deputi(3, 'Hukum dan Hak Asasi Manusia'),
  deputi(4, 'Pertahanan Negara'),
  deputi(5, 'Keamanan dan Ketertiban Masyarakat'),
  deputi(6, 'Kesatuan Bangsa'),
  deputi(7, 'Komunikasi, Informasi, dan Aparatur'),
  {
    code: 'BRO-PO',
    name: 'Biro Perencanaan dan Organisasi',
    kind: 'eselon2',
    parent: 'SES',
    positions: [
      ['Kepala Biro Perencanaan dan Organisasi', 'struktural'],
      ['Analis Kebijakan', 'fungsional'],
      ['Perencana', 'fungsional'],
    ],
  },
  {
    code: 'BAG-OTL',
    name: 'Bagian Organisasi dan Tata Laksana',
    kind: 'eselon3',
    parent: 'BRO-PO',
    positions: [
      ['Kepala Bagian Organisasi dan Tata Laksana', 'struktural'],
      ['Analis Organisasi', 'fungsional'],
      ['Analis Tata Laksana', 'fungsional'],
      ['Analis Jabatan', 'fungsional'],
      ['Analis SDM Aparatur', 'fungsional'],
      ['Penata Kelola Sistem dan Teknologi Informasi', 'fungsional'],
      ['Pengadministrasi Perkantoran', 'pelaksana'],
    ],
  },
  {
    code: 'BRO-HPH',
    name: 'Biro Hukum, Persidangan, dan Hubungan Kelembagaan',
    kind: 'eselon2',
    parent: 'SES',
    positions: [
      ['Kepala Biro Hukum, Persidangan, dan Hubungan Kelembagaan', 'struktural'],
      ['Analis Hukum', 'fungsional'],
      ['Perancang Peraturan Perundang-undangan', 'fungsional'],
      ['Pengadministrasi Perkantoran', 'pelaksana'],
    ],
  },
  {
    code: 'ASDEP-3.1',
    name: 'Asisten Deputi Koordinasi Hukum Internasional',
    kind: 'eselon2',
    parent: 'DEP-3',
    positions: staff('Asisten Deputi Koordinasi Hukum Internasional'),
  },
  {
    code: 'ASDEP-3.2',
    name: 'Asisten Deputi Koordinasi Pemajuan dan Perlindungan Hak Asasi Manusia',
    kind: 'eselon2',
    parent: 'DEP-3',
    positions: staff('Asisten Deputi Koordinasi Pemajuan dan Perlindungan Hak Asasi Manusia'),
  },
  {
    code: 'ASDEP-3.3',
    name: 'Asisten Deputi Koordinasi Materi Hukum',
    kind: 'eselon2',
    parent: 'DEP-3',
    positions: staff('Asisten Deputi Koordinasi Materi Hukum'),
  },
  {
    code: 'SETKOMPOLNAS',
    name: 'Sekretariat Komisi Kepolisian Nasional',
    kind: 'terkait',
    parent: ROOT_UNIT_CODE,
    positions: [
      ['Kepala Sekretariat Komisi Kepolisian Nasional', 'struktural'],
      ['Kepala Bagian Administrasi Umum', 'struktural'],
      ['Analis Kebijakan', 'fungsional'],
      ['Pengadministrasi Perkantoran', 'pelaksana'],
    ],
  },
  {
    code: 'SETKOMJAK',
    name: 'Sekretariat Komisi Kejaksaan',
    kind: 'terkait',
    parent: ROOT_UNIT_CODE,
    positions: [
      ['Kepala Sekretariat Komisi Kejaksaan', 'struktural'],
      ['Kepala Bagian Administrasi Umum', 'struktural'],
      ['Analis Kebijakan', 'fungsional'],
      ['Pengadministrasi Perkantoran', 'pelaksana'],
    ],
  },
];

export interface DemoUser {
  email: string;
  name: string;
  nip: string;
  unitCode: string;
  roles: Role[];
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.manorta.id', name: 'Rina Wulandari, S.Sos.', nip: '198604122010122003', unitCode: 'BAG-OTL', roles: ['administrator'] },
  { email: 'verifikator@demo.manorta.id', name: 'Andi Prasetyo, S.AP.', nip: '199108232015031002', unitCode: 'BAG-OTL', roles: ['verifikator'] },
  { email: 'kepala.biro@demo.manorta.id', name: 'Dr. Hendra Gunawan, M.Si.', nip: '197503151999031001', unitCode: 'BRO-PO', roles: ['kepala_biro'] },
  { email: 'pemrakarsa@demo.manorta.id', name: 'Siti Rahmawati, S.H.', nip: '199305072019022004', unitCode: 'SETKOMPOLNAS', roles: ['pemrakarsa'] },
  { email: 'pimpinan@demo.manorta.id', name: 'Bambang Suryanto, S.H., M.H.', nip: '197811092003121002', unitCode: 'SETKOMPOLNAS', roles: ['pimpinan_unit'] },
  { email: 'pemrakarsa.komjak@demo.manorta.id', name: 'Dewi Kartikasari, S.E.', nip: '199502182020122005', unitCode: 'SETKOMJAK', roles: ['pemrakarsa'] },
  // The SOP service needs the endorsement of the unit's head before the bureau takes a request up.
  { email: 'pimpinan.komjak@demo.manorta.id', name: 'Agus Setiawan, S.H., M.Hum.', nip: '197906142005011003', unitCode: 'SETKOMJAK', roles: ['pimpinan_unit'] },
];
