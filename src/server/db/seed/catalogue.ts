import type { FormField, RequiredAttachment } from '../../../domain/catalogue/service.ts';
import type { TCreateService } from '../../modules/catalogue/catalogue.schema.ts';

/** The nine facilitation services of the seed deck, installed on first start. Administrators edit them afterwards. */

const notaDinas: RequiredAttachment = { key: 'notaDinas', label: 'Nota dinas permohonan fasilitasi', required: true, types: ['pdf'], maxMb: 10 };
const dokumenAnjab: RequiredAttachment = { key: 'dokumenAnjab', label: 'Dokumen analisis jabatan', required: true, types: ['pdf', 'docx'], maxMb: 20 };
const petaJabatan: RequiredAttachment = { key: 'petaJabatan', label: 'Peta jabatan unit kerja', required: true, types: ['pdf', 'xlsx'], maxMb: 10 };

const jumlahJabatan: FormField = { key: 'jumlahJabatan', label: 'Jumlah jabatan yang diusulkan', type: 'number', required: true };
const jenisJabatan: FormField = {
  key: 'jenisJabatan',
  label: 'Jenis jabatan',
  type: 'select',
  required: true,
  options: ['Struktural', 'Fungsional', 'Pelaksana', 'Campuran'],
};
const narahubung: FormField = { key: 'narahubung', label: 'Narahubung (nama dan nomor telepon)', type: 'text', required: true };
const keterangan: FormField = { key: 'keterangan', label: 'Keterangan tambahan', type: 'textarea', required: false };

export const SEED_SERVICES: TCreateService[] = [
  {
    code: 'SOP',
    channel: 'utama',
    sortOrder: 1,
    name: 'Fasilitasi Penyusunan SOP',
    nameEn: 'SOP drafting facilitation',
    description:
      'Pendampingan bagi unit kerja dalam menyusun Standar Operasional Prosedur Administrasi Pemerintahan (SOP AP) sesuai ' +
      'Peraturan Menteri PANRB Nomor 35 Tahun 2012. Unit pemrakarsa menyusun draf SOP di editor portal atau pada templat lembar kerja, ' +
      'lalu mendaftarkan permohonan fasilitasi. Bagian Organisasi dan Tata Laksana mereviu identitas SOP, uraian kegiatan, pelaksana, ' +
      'dan mutu baku hingga SOP siap disahkan oleh pimpinan unit.',
    requirements: [
      'Nota dinas permohonan fasilitasi dari pimpinan unit kerja',
      'Draf SOP yang disusun di editor portal atau pada templat lembar kerja SOP',
      'Daftar SOP yang diusulkan beserta dasar hukumnya',
      'Uraian tugas dan fungsi unit kerja yang menjadi dasar SOP',
      'Narahubung dari unit pemrakarsa',
    ],
    formFields: [
      { key: 'jumlahSop', label: 'Jumlah SOP yang diusulkan', type: 'number', required: true },
      { key: 'jenisUsulan', label: 'Jenis usulan', type: 'select', required: true, options: ['SOP baru', 'Revisi SOP'] },
      { key: 'dasarHukum', label: 'Dasar hukum', type: 'textarea', required: true },
      { key: 'targetPenyelesaian', label: 'Target penyelesaian yang diharapkan', type: 'date', required: false },
      narahubung,
    ],
    requiredAttachments: [
      notaDinas,
      { key: 'drafSop', label: 'Draf SOP', required: true, types: ['xlsx', 'docx', 'pdf'], maxMb: 20 },
      { key: 'dokumenPendukung', label: 'Dokumen pendukung (uraian tugas, peraturan terkait)', required: false, types: ['pdf', 'docx'], maxMb: 20 },
    ],
    output: 'Dokumen SOP AP yang telah direviu, lengkap dengan diagram alir dan nomor dokumen, siap disahkan oleh pimpinan unit kerja.',
    standardDays: [3, 5, 5, 5, 10, 3],
    requiresEndorsement: true,
    attachesSop: true,
  },
  {
    code: 'MONEV-SOP',
    channel: 'utama',
    sortOrder: 2,
    name: 'Fasilitasi Monitoring dan Evaluasi SOP',
    nameEn: 'SOP monitoring and evaluation facilitation',
    description:
      'Pendampingan pemantauan dan evaluasi penerapan SOP yang telah berlaku di unit kerja. Monitoring dilaksanakan secara berkala ' +
      'setiap enam bulan melalui observasi, wawancara dengan pelaksana, dan diskusi kelompok kerja. Hasil evaluasi menunjukkan apakah ' +
      'SOP masih mudah dipahami dan dilaksanakan, serta menjadi dasar usulan revisi atau pencabutan SOP.',
    requirements: [
      'Nota dinas permohonan dari pimpinan unit kerja',
      'Daftar SOP yang akan dimonitor dan dievaluasi beserta nomor dokumennya',
      'Catatan pelaksanaan SOP selama periode pemantauan',
      'Narahubung dari unit pemrakarsa',
    ],
    formFields: [
      { key: 'periode', label: 'Periode pemantauan', type: 'select', required: true, options: ['Semester I', 'Semester II'] },
      { key: 'tahun', label: 'Tahun pemantauan', type: 'number', required: true },
      { key: 'jumlahSop', label: 'Jumlah SOP yang dievaluasi', type: 'number', required: true },
      {
        key: 'metode',
        label: 'Metode monitoring',
        type: 'select',
        required: true,
        options: ['Observasi supervisor', 'Wawancara dengan pelaksana', 'Wawancara dengan pengguna layanan', 'Diskusi kelompok kerja', 'Pengarahan dalam pelaksanaan'],
      },
      { key: 'permasalahan', label: 'Permasalahan penerapan yang ditemukan', type: 'textarea', required: false },
    ],
    requiredAttachments: [
      notaDinas,
      { key: 'daftarSop', label: 'Daftar SOP yang dievaluasi', required: true, types: ['xlsx', 'pdf'], maxMb: 10 },
      { key: 'catatanPelaksanaan', label: 'Catatan pelaksanaan SOP', required: false, types: ['pdf', 'docx'], maxMb: 20 },
    ],
    output: 'Laporan monitoring pelaksanaan dan evaluasi penerapan SOP AP beserta rekomendasi tindak lanjut.',
    standardDays: [2, 3, 5, 5, 7, 3],
    attachesSop: true,
  },
  {
    code: 'ANJAB',
    channel: 'utama',
    sortOrder: 3,
    name: 'Fasilitasi Penyusunan Analisis Jabatan',
    nameEn: 'Job analysis facilitation',
    description:
      'Pendampingan penyusunan informasi jabatan sesuai Peraturan Menteri PANRB Nomor 1 Tahun 2020 tentang Pedoman Analisis Jabatan ' +
      'dan Analisis Beban Kerja. Bersama unit kerja, analis memetakan ikhtisar jabatan, uraian tugas, hasil kerja, bahan dan perangkat ' +
      'kerja, tanggung jawab, wewenang, serta syarat jabatan. Hasilnya menjadi dasar analisis beban kerja, evaluasi jabatan, dan standar ' +
      'kompetensi jabatan.',
    requirements: [
      'Nota dinas permohonan dari pimpinan unit kerja',
      'Peta jabatan unit kerja yang berlaku',
      'Daftar jabatan yang dianalisis beserta nama pemangku jabatan',
      'Kuesioner informasi jabatan yang telah diisi pemangku jabatan',
      'Peraturan organisasi dan tata kerja unit',
    ],
    formFields: [
      jumlahJabatan,
      jenisJabatan,
      {
        key: 'alasan',
        label: 'Alasan penyusunan',
        type: 'select',
        required: true,
        options: ['Penyusunan baru', 'Pemutakhiran karena perubahan organisasi', 'Pemutakhiran berkala'],
      },
      keterangan,
    ],
    requiredAttachments: [
      notaDinas,
      petaJabatan,
      { key: 'kuesioner', label: 'Kuesioner informasi jabatan', required: true, types: ['docx', 'xlsx', 'pdf'], maxMb: 20 },
    ],
    output: 'Dokumen informasi jabatan (Anjab) untuk setiap jabatan yang diusulkan, siap ditetapkan.',
    standardDays: [3, 5, 10, 7, 10, 3],
    jobDocumentKind: 'anjab',
  },
  {
    code: 'ABK',
    channel: 'utama',
    sortOrder: 4,
    name: 'Fasilitasi Penyusunan Analisis Beban Kerja',
    nameEn: 'Workload analysis facilitation',
    description:
      'Pendampingan penghitungan beban kerja jabatan dan kebutuhan pegawai berdasarkan uraian tugas hasil analisis jabatan. Beban kerja ' +
      'dihitung dari volume kerja dan norma waktu setiap hasil kerja terhadap waktu kerja efektif. Hasilnya berupa jumlah kebutuhan ' +
      'pegawai, efektivitas dan efisiensi jabatan (EJ), serta prestasi kerja jabatan (PJ).',
    requirements: [
      'Nota dinas permohonan dari pimpinan unit kerja',
      'Dokumen analisis jabatan yang telah ditetapkan',
      'Data volume kerja satu tahun terakhir untuk setiap uraian tugas',
      'Daftar pegawai yang ada (bezetting) per jabatan',
    ],
    formFields: [
      { key: 'tahunData', label: 'Tahun data volume kerja', type: 'number', required: true },
      jumlahJabatan,
      { key: 'jumlahPegawai', label: 'Jumlah pegawai saat ini', type: 'number', required: true },
      keterangan,
    ],
    requiredAttachments: [
      notaDinas,
      dokumenAnjab,
      { key: 'dataVolume', label: 'Data volume kerja', required: true, types: ['xlsx'], maxMb: 10 },
      { key: 'bezetting', label: 'Daftar pegawai (bezetting)', required: false, types: ['xlsx', 'pdf'], maxMb: 10 },
    ],
    output: 'Dokumen analisis beban kerja berisi beban kerja, kebutuhan pegawai, EJ, dan PJ per jabatan dan per unit kerja.',
    standardDays: [3, 5, 10, 7, 10, 3],
    jobDocumentKind: 'anjab',
  },
  {
    code: 'SKJ',
    channel: 'utama',
    sortOrder: 5,
    name: 'Fasilitasi Penyusunan Standar Kompetensi Jabatan',
    nameEn: 'Job competency standard facilitation',
    description:
      'Pendampingan penyusunan standar kompetensi jabatan sesuai Peraturan Menteri PANRB Nomor 38 Tahun 2017. Setiap jabatan ' +
      'dilengkapi kompetensi manajerial dan sosial kultural beserta level yang dipersyaratkan, serta kompetensi teknis sesuai bidang ' +
      'tugasnya. Standar kompetensi menjadi acuan seleksi, pengembangan kompetensi, dan penilaian pegawai.',
    requirements: [
      'Nota dinas permohonan dari pimpinan unit kerja',
      'Dokumen analisis jabatan untuk jabatan yang diusulkan',
      'Daftar jabatan beserta jenjangnya',
      'Usulan kompetensi teknis dari unit kerja, bila ada',
    ],
    formFields: [
      jumlahJabatan,
      {
        key: 'kelompokJabatan',
        label: 'Kelompok jabatan',
        type: 'select',
        required: true,
        options: ['Jabatan Pimpinan Tinggi', 'Jabatan Administrasi', 'Jabatan Fungsional', 'Campuran'],
      },
      { key: 'kompetensiTeknis', label: 'Usulan kompetensi teknis', type: 'textarea', required: false },
    ],
    requiredAttachments: [
      notaDinas,
      dokumenAnjab,
      { key: 'usulanKompetensi', label: 'Usulan kompetensi teknis', required: false, types: ['docx', 'xlsx', 'pdf'], maxMb: 10 },
    ],
    output: 'Dokumen standar kompetensi jabatan (SKJ) untuk setiap jabatan yang diusulkan.',
    standardDays: [3, 5, 7, 7, 7, 3],
    jobDocumentKind: 'skj',
  },
  {
    code: 'EVJAB',
    channel: 'utama',
    sortOrder: 6,
    name: 'Fasilitasi Penyusunan Informasi Faktor Jabatan (Evaluasi Jabatan)',
    nameEn: 'Job factor information (job evaluation) facilitation',
    description:
      'Pendampingan penyusunan informasi faktor jabatan sebagai bahan evaluasi jabatan sesuai Peraturan Menteri PAN dan RB Nomor 34 ' +
      'Tahun 2011. Setiap jabatan dinilai menurut faktor jabatannya, yaitu sembilan faktor untuk jabatan fungsional dan pelaksana serta ' +
      'enam faktor untuk jabatan struktural, sehingga diperoleh nilai dan kelas jabatan. Hasilnya diajukan untuk validasi dan penetapan ' +
      'kelas jabatan.',
    requirements: [
      'Nota dinas permohonan dari pimpinan unit kerja',
      'Dokumen analisis jabatan yang telah ditetapkan',
      'Peta jabatan unit kerja',
      'Daftar jabatan yang dievaluasi beserta kelas jabatan saat ini, bila ada',
    ],
    formFields: [
      jumlahJabatan,
      jenisJabatan,
      {
        key: 'alasan',
        label: 'Alasan evaluasi',
        type: 'select',
        required: true,
        options: ['Jabatan baru', 'Perubahan uraian tugas', 'Peninjauan kelas jabatan'],
      },
      keterangan,
    ],
    requiredAttachments: [notaDinas, dokumenAnjab, petaJabatan],
    output: 'Dokumen informasi faktor jabatan beserta nilai jabatan dan usulan kelas jabatan untuk setiap jabatan.',
    standardDays: [3, 5, 10, 7, 10, 3],
    jobDocumentKind: 'evjab',
  },
  {
    code: 'PROBIS',
    channel: 'penunjang',
    sortOrder: 1,
    name: 'Fasilitasi Penyusunan dan Evaluasi Proses Bisnis',
    nameEn: 'Business process drafting and evaluation facilitation',
    description:
      'Pendampingan penyusunan dan evaluasi peta proses bisnis sesuai Peraturan Menteri PANRB Nomor 19 Tahun 2018. Proses bisnis ' +
      'menggambarkan hubungan kerja antarunit organisasi, dari peta proses tingkat instansi hingga peta lintas fungsi, dan menjadi dasar ' +
      'penyusunan SOP. Evaluasi memastikan peta proses bisnis tetap selaras dengan tugas, fungsi, dan sasaran kinerja organisasi.',
    requirements: [
      'Nota dinas permohonan dari pimpinan unit kerja',
      'Rencana strategis dan peta kinerja unit kerja',
      'Peraturan organisasi dan tata kerja unit',
      'Peta proses bisnis yang berlaku, untuk permohonan evaluasi',
    ],
    formFields: [
      { key: 'jenisUsulan', label: 'Jenis usulan', type: 'select', required: true, options: ['Penyusunan baru', 'Evaluasi dan pemutakhiran'] },
      {
        key: 'tingkatPeta',
        label: 'Tingkat peta proses',
        type: 'select',
        required: true,
        options: ['Peta proses (level 0)', 'Peta subproses (level 1 atau lebih)', 'Peta lintas fungsi'],
      },
      { key: 'jumlahProses', label: 'Perkiraan jumlah proses', type: 'number', required: false },
      keterangan,
    ],
    requiredAttachments: [
      notaDinas,
      { key: 'rencanaStrategis', label: 'Rencana strategis dan peta kinerja', required: true, types: ['pdf'], maxMb: 20 },
      { key: 'petaProsesBisnis', label: 'Peta proses bisnis yang berlaku', required: false, types: ['pdf', 'bpmn', 'xlsx', 'docx'], maxMb: 20 },
    ],
    output: 'Peta proses bisnis (peta proses, peta subproses, dan peta lintas fungsi) beserta keterkaitannya dengan SOP.',
    standardDays: [3, 5, 10, 10, 10, 3],
  },
  {
    code: 'TND',
    channel: 'penunjang',
    sortOrder: 2,
    name: 'Fasilitasi Penyusunan Pedoman Tata Naskah Dinas (TND) dan TND Elektronik',
    nameEn: 'Official correspondence (TND) and electronic TND guideline facilitation',
    description:
      'Pendampingan penyusunan pedoman tata naskah dinas bagi unit kerja dan lembaga yang didukung, termasuk tata naskah dinas ' +
      'elektronik. Pedoman mengatur jenis dan susunan naskah dinas, penomoran, penandatanganan, serta pengelolaan naskah secara ' +
      'elektronik dengan mengacu pada Peraturan Menteri PANRB Nomor 80 Tahun 2012 dan Peraturan ANRI Nomor 5 Tahun 2021.',
    requirements: [
      'Nota dinas atau surat permohonan dari pimpinan unit atau lembaga',
      'Pedoman tata naskah dinas yang berlaku, bila ada',
      'Contoh naskah dinas yang digunakan saat ini',
      'Struktur organisasi dan daftar pejabat penandatangan',
    ],
    formFields: [
      { key: 'jenisUsulan', label: 'Jenis usulan', type: 'select', required: true, options: ['Pedoman baru', 'Revisi pedoman'] },
      { key: 'cakupan', label: 'Cakupan pedoman', type: 'select', required: true, options: ['TND konvensional', 'TND elektronik', 'Keduanya'] },
      { key: 'jenisNaskah', label: 'Jenis naskah dinas yang diatur', type: 'textarea', required: false },
      keterangan,
    ],
    requiredAttachments: [
      { ...notaDinas, label: 'Nota dinas atau surat permohonan' },
      { key: 'pedomanBerlaku', label: 'Pedoman tata naskah dinas yang berlaku', required: false, types: ['pdf', 'docx'], maxMb: 20 },
      { key: 'contohNaskah', label: 'Contoh naskah dinas', required: false, types: ['pdf', 'docx'], maxMb: 20 },
    ],
    output: 'Rancangan pedoman tata naskah dinas dan/atau TND elektronik beserta format naskah dinas, siap ditetapkan.',
    standardDays: [3, 7, 10, 10, 15, 5],
  },
  {
    code: 'PEDOMAN',
    channel: 'penunjang',
    sortOrder: 3,
    name: 'Fasilitasi Penyusunan Pedoman dan/atau Juklak',
    nameEn: 'Guidelines and implementation manuals facilitation',
    description:
      'Pendampingan penyusunan pedoman, petunjuk pelaksanaan (juklak), dan petunjuk teknis yang mengatur pelaksanaan tugas unit ' +
      'kerja. Fasilitasi mencakup kerangka, sistematika, dan substansi pedoman agar selaras dengan peraturan yang lebih tinggi serta ' +
      'kaidah naskah dinas arahan. Permohonan ditelusuri melalui enam tahap yang sama dengan fasilitasi SOP.',
    requirements: [
      'Nota dinas permohonan dari pimpinan unit kerja',
      'Draf atau kerangka pedoman/juklak',
      'Dasar hukum yang menjadi acuan',
      'Narahubung dari unit pemrakarsa',
    ],
    formFields: [
      {
        key: 'jenisDokumen',
        label: 'Jenis dokumen',
        type: 'select',
        required: true,
        options: ['Pedoman', 'Petunjuk pelaksanaan (juklak)', 'Petunjuk teknis (juknis)'],
      },
      { key: 'judulUsulan', label: 'Judul usulan', type: 'text', required: true },
      { key: 'jenisUsulan', label: 'Jenis usulan', type: 'select', required: true, options: ['Baru', 'Revisi'] },
      { key: 'dasarHukum', label: 'Dasar hukum', type: 'textarea', required: true },
      narahubung,
    ],
    requiredAttachments: [notaDinas, { key: 'draf', label: 'Draf pedoman/juklak', required: true, types: ['docx', 'pdf'], maxMb: 20 }],
    output: 'Rancangan pedoman dan/atau juklak yang telah direviu dan siap ditetapkan oleh pejabat yang berwenang.',
    standardDays: [3, 5, 7, 7, 10, 3],
  },
];
