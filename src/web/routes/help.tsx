import { Anchor, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Page } from '../components/Page.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { Lang } from '../i18n/lang.ts';
import { reviewAckEn } from '../i18n/review-ack.en.ts';
import { reviewAckId } from '../i18n/review-ack.id.ts';
import { monevEn } from '../i18n/monev.en.ts';
import { monevId } from '../i18n/monev.id.ts';
import { monevReportsEn } from '../i18n/monev-reports.en.ts';
import { monevReportsId } from '../i18n/monev-reports.id.ts';

interface HelpSection {
  id: string;
  title: string;
  body: ReactNode;
}

/** The help text, Indonesian and English. It describes what the portal does today, and says what comes later. */
function sections(lang: Lang): HelpSection[] {
  const id = lang === 'id';
  const roles: [string, string][] = id
    ? [
        ['Pemrakarsa', 'Operator unit kerja yang meminta layanan. Mendaftarkan Permohonan Fasilitasi untuk unitnya, mengunggah lampiran, mengajukan, berdiskusi dengan biro, dan menjawab permintaan revisi. Menyusun SOP di editor atau lewat templat spreadsheet, serta dokumen jabatan (Anjab, Evjab, SKJ) unitnya.'],
        ['Pimpinan Unit', 'Kepala unit kerja. Semua yang dapat dilakukan pemrakarsa di unitnya, ditambah halaman Unit Saya yang menampilkan pengguna unitnya, dan menyetujui pengajuan bila layanan memerlukannya.'],
        ['Verifikator', 'Analis pada unit tata laksana. Ditugaskan pada permohonan, memeriksa, memberi komentar, meminta revisi, dan memindahkan permohonan antartahap (tahap 2 sampai 6).'],
        ['Administrator', 'Administrator unit tata laksana. Mengelola pengguna, unit kerja, jabatan, katalog layanan, dan data organisasi melalui menu Administrasi. Memeriksa kelengkapan permohonan, menugaskan verifikator, serta dapat menunda, melanjutkan, dan menolak permohonan.'],
        ['Kepala Biro', 'Kepala biro. Menyetujui rencana fasilitasi (tahap 1) dan output (tahap 6), dapat menolak permohonan, dan melihat Dasbor Biro.'],
      ]
    : [
        ['Requester (Pemrakarsa)', 'An operator of a unit that asks for a service. Registers facilitation requests for the unit, uploads attachments, submits, discusses with the bureau and answers revision requests. Drafts SOPs in the editor or through the spreadsheet template, and the unit\'s job documents (Anjab, Evjab, SKJ).'],
        ['Head of unit (Pimpinan Unit)', 'Head of a unit. Everything a requester of that unit can do, plus the My unit page listing the unit\'s users, and endorses submissions where the service requires it.'],
        ['Verifier (Verifikator)', 'An analyst of the governance unit. Is assigned to requests, reviews them, comments, requests revisions and moves requests between stages (2 to 6).'],
        ['Administrator', 'The governance unit\'s administrator. Manages users, units, positions, the service catalogue and the organisation\'s details in the Administration menu. Checks the completeness of requests, assigns verifiers, and can put requests on hold, resume and reject them.'],
        ['Head of Bureau (Kepala Biro)', 'Head of the bureau. Approves the facilitation plan (stage 1) and the output (stage 6), can reject requests, and sees the bureau dashboard.'],
      ];

  return [
    {
      id: 'tentang',
      title: id ? 'Tentang portal ini' : 'About this portal',
      body: (
        <>
          <Text>
            {id
              ? 'Layanan Manajemen Ortala adalah portal layanan fasilitasi organisasi dan tata laksana. Portal menyediakan katalog layanan (terbuka untuk umum), pendaftaran dan pengolahan Permohonan Fasilitasi, notifikasi, akun pengguna, dan halaman administrasi.'
              : 'Organisation & Governance Services is the portal of the organisation and governance facilitation services. It offers the service catalogue (open to everyone), registering and working facilitation requests, notifications, user accounts and the administration pages.'}
          </Text>
          <Text>
            {id
              ? 'Setiap halaman layanan menjelaskan persyaratan, lampiran yang diperlukan, output, dan Standar Pelayanan: target hari kerja untuk masing-masing dari enam tahap fasilitasi. Tombol Daftar Sekarang membuka formulir pendaftaran permohonan layanan tersebut.'
              : 'Each service page explains the requirements, the attachments needed, the output and the service standard: the target working days of each of the six facilitation stages. The Register now button opens the service\'s registration form.'}
          </Text>
        </>
      ),
    },
    {
      id: 'masuk',
      title: id ? 'Masuk' : 'Signing in',
      body: (
        <List spacing={4}>
          <List.Item>{id ? 'Pilih Masuk di menu, lalu isi email dan kata sandi akun Anda. Akun dibuat oleh administrator.' : 'Choose Sign in in the menu, then enter the e-mail and password of your account. Accounts are created by an administrator.'}</List.Item>
          <List.Item>{id ? 'Pada saat pertama masuk dengan kata sandi sementara dari administrator, Anda diminta membuat kata sandi baru sebelum dapat melanjutkan.' : 'When you first sign in with a temporary password from the administrator, you are asked to choose a new password before you can go on.'}</List.Item>
          <List.Item>{id ? 'Setelah beberapa kali gagal masuk, percobaan berikutnya ditahan sementara. Tunggu beberapa menit, lalu coba lagi.' : 'After several failed attempts, further attempts are held back for a while. Wait a few minutes and try again.'}</List.Item>
          <List.Item>{id ? 'Untuk keluar, buka menu pengguna di kanan atas dan pilih Keluar.' : 'To sign out, open the user menu at the top right and choose Sign out.'}</List.Item>
        </List>
      ),
    },
    {
      id: 'kata-sandi',
      title: id ? 'Lupa atau mengganti kata sandi' : 'Forgotten or changing your password',
      body: (
        <List spacing={4}>
          <List.Item>{id ? 'Di halaman Masuk, pilih "Lupa kata sandi?" dan isi email Anda. Jika email terdaftar, Anda menerima tautan untuk mengatur ulang kata sandi. Demi keamanan, portal selalu menampilkan pesan yang sama, baik email terdaftar maupun tidak.' : 'On the sign-in page, choose "Forgot password?" and enter your e-mail. If it is registered, you receive a link to reset your password. For safety, the portal always shows the same message, whether or not the address is registered.'}</List.Item>
          <List.Item>{id ? 'Buka tautan tersebut dan isi kata sandi baru dua kali. Tautan hanya berlaku untuk waktu terbatas; mintalah tautan baru jika sudah kedaluwarsa.' : 'Open the link and enter the new password twice. The link is valid for a limited time; ask for a new one if it has expired.'}</List.Item>
          <List.Item>{id ? 'Untuk mengganti kata sandi saat sudah masuk: Akun → Ubah kata sandi. Kata sandi terdiri atas 10 sampai 128 karakter. Sesi Anda di perangkat lain diakhiri.' : 'To change your password while signed in: Account → Change password. A password has 10 to 128 characters. Your sessions on other devices end.'}</List.Item>
          <List.Item>{id ? 'Administrator juga dapat mengatur ulang kata sandi Anda; Anda lalu menerima kata sandi sementara darinya.' : 'An administrator can also reset your password; you then receive a temporary password from them.'}</List.Item>
        </List>
      ),
    },
    {
      id: 'peran',
      title: id ? 'Peran dan kewenangannya' : 'Roles and what they can do',
      body: (
        <>
          <Text>{id ? 'Seorang pengguna tergabung dalam satu unit kerja dan dapat memiliki beberapa peran. Setiap tindakan diperiksa oleh server; tombol yang tidak Anda lihat memang tidak tersedia untuk Anda.' : 'A user belongs to one unit and may hold several roles. The server checks every action; a button you do not see is not available to you.'}</Text>
          <Table.ScrollContainer minWidth={480} type="native" tabIndex={0} aria-label={id ? 'Peran pengguna' : 'User roles'}>
            <Table withTableBorder verticalSpacing="xs" captionSide="top">
              <caption style={{ textAlign: 'left' }}>{id ? 'Peran pengguna' : 'User roles'}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={200}>{id ? 'Peran' : 'Role'}</Table.Th>
                  <Table.Th scope="col">{id ? 'Kewenangan' : 'Can'}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {roles.map(([role, text]) => (
                  <Table.Tr key={role}>
                    <Table.Th scope="row">{role}</Table.Th>
                    <Table.Td>{text}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ),
    },
    {
      id: 'administrasi',
      title: id ? 'Halaman administrasi' : 'Administration pages',
      body: (
        <>
          <Text>{id ? 'Menu Administrasi hanya tampil bagi administrator.' : 'The Administration menu is shown to administrators only.'}</Text>
          <List spacing={6}>
            <List.Item>
              <b>{id ? 'Pengguna' : 'Users'}</b>:{' '}
              {id
                ? 'mencari dan menyaring pengguna menurut unit dan peran; menambah pengguna (kata sandi sementara ditampilkan sekali, dengan tombol Salin); mengubah nama, email, NIP, unit dan peran; menonaktifkan dan mengaktifkan kembali; mengatur ulang kata sandi.'
                : 'search and filter users by unit and role; add a user (the temporary password is shown once, with a Copy button); change name, e-mail, NIP, unit and roles; deactivate and reactivate; reset a password.'}
            </List.Item>
            <List.Item>
              <b>{id ? 'Unit Kerja' : 'Units'}</b>:{' '}
              {id
                ? 'melihat unit sebagai pohon atau daftar yang dapat dicari; menambah unit atau sub-unit; mengubah kode, nama dan jenis; memindahkan unit ke induk lain; menonaktifkan (setelah sub-unit dan penggunanya tidak aktif lagi) dan mengaktifkan kembali.'
                : 'see the units as a tree or as a searchable list; add a unit or sub-unit; change code, name and kind; move a unit under another parent; deactivate (once its sub-units and users are no longer active) and reactivate.'}
            </List.Item>
            <List.Item>
              <b>{id ? 'Hari Libur' : 'Holidays'}</b>:{' '}
              {id
                ? 'hari libur nasional dan cuti bersama per tahun; menambah, mengubah dan menghapus. Hari kerja Standar Pelayanan tidak menghitung hari-hari ini, dan Tabel Pemantauan langsung dihitung ulang.'
                : 'public holidays and collective leave per year; add, edit and delete. Working days of the service standard skip these days, and the monitoring table is recounted at once.'}
            </List.Item>
            <List.Item>
              <b>{id ? 'Penomoran Dokumen' : 'Document numbering'}</b>:{' '}
              {id
                ? 'templat No. Dokumen per jenis dokumen (kode layanan, atau UMUM), dengan contoh nomor yang langsung tampil saat templat diketik; nomor diberikan otomatis pada Tahap 6.'
                : 'the No. Dokumen template of each document kind (a service code, or UMUM), with an example number shown as you type; numbers are given automatically at stage 6.'}
            </List.Item>
            <List.Item>
              <b>{id ? 'Kotak Keluar Email' : 'E-mail outbox'}</b>:{' '}
              {id
                ? 'semua email yang dikirim portal beserta statusnya (Menunggu, Terkirim, Gagal). Tanpa server email (SMTP), email tetap di sini untuk dibaca dan disampaikan secara manual; email yang gagal dapat dikirim ulang.'
                : 'every e-mail the portal sent, with its status (Waiting, Sent, Failed). Without a mail server (SMTP) e-mails stay here to be read and passed on by hand; a failed one can be sent again.'}
            </List.Item>
            <List.Item>
              <b>{id ? 'Jabatan' : 'Positions'}</b>:{' '}
              {id
                ? 'daftar jabatan per unit dengan pencarian; menambah, mengubah, menonaktifkan dan mengaktifkan kembali jabatan.'
                : 'the positions of each unit, with search; add, change, deactivate and reactivate positions.'}
            </List.Item>
            <List.Item>
              <b>{id ? 'Katalog Layanan' : 'Service catalogue'}</b>:{' '}
              {id
                ? 'mengubah nama, uraian, persyaratan, isian formulir pendaftaran, lampiran wajib, output, target hari kerja keenam tahap, serta status aktif setiap layanan.'
                : 'change each service\'s names, description, requirements, intake form fields, required attachments, output, the target working days of the six stages, and whether it is active.'}
            </List.Item>
            <List.Item>
              <b>{id ? 'Organisasi' : 'Organisation'}</b>:{' '}
              {id ? 'nama instansi, nama singkat, nama biro dan alamat yang tampil di portal.' : 'the organisation\'s name, short name, bureau name and address shown in the portal.'}
            </List.Item>
          </List>
          <Text>
            {id
              ? 'Tidak ada data yang dihapus: unit, jabatan, pengguna dan layanan dinonaktifkan dan dapat diaktifkan kembali. Jika orang lain mengubah data yang sama pada waktu yang bersamaan, portal memberi tahu Anda dan memuat ulang versi terbaru; ulangi perubahan Anda bila masih perlu.'
              : 'Nothing is deleted: units, positions, users and services are deactivated and can be reactivated. If someone else changes the same data at the same time, the portal tells you and loads the latest version; make your change again if it is still needed.'}
          </Text>
        </>
      ),
    },
    {
      id: 'permohonan',
      title: id ? 'Mendaftarkan dan mengikuti Permohonan Fasilitasi' : 'Registering and following a facilitation request',
      body: (
        <>
          <List type="ordered" spacing={4}>
            <List.Item>{id ? 'Buka layanan di menu Layanan Tata Laksana lalu pilih Daftar Sekarang, atau pilih Permohonan → Permohonan baru lalu pilih layanannya.' : 'Open the service under Governance Services and choose Register now, or choose Requests → New request and pick the service.'}</List.Item>
            <List.Item>{id ? 'Isi Uraian (judul singkat permohonan), isian layanan, dan narahubung. Pilih berkas untuk setiap lampiran; jenis berkas dan ukuran maksimumnya tertulis di bawah nama lampiran. Pilih Simpan draf.' : 'Fill in the description (a short title), the service fields and the contact person. Choose a file for each attachment; the allowed file types and maximum size are shown under its name. Choose Save draft.'}</List.Item>
            <List.Item>{id ? 'Draf dapat diubah (Ubah draf) dan lampirannya diganti sampai permohonan diajukan. Kolom bertanda * dan lampiran wajib harus lengkap sebelum diajukan; halaman permohonan menyebut apa yang masih kurang.' : 'A draft can be changed (Edit draft) and its attachments replaced until it is submitted. Fields marked * and required attachments must be complete before submitting; the request page says what is still missing.'}</List.Item>
            <List.Item>{id ? 'Pilih Ajukan permohonan. Jika layanan memerlukan persetujuan pimpinan unit, pimpinan unit memilih Setujui pengajuan. Administrator lalu memeriksa kelengkapan dan menugaskan verifikator, dan kepala biro menyetujui rencana fasilitasi.' : 'Choose Submit the request. If the service needs the head of unit\'s endorsement, the head of unit chooses Endorse the submission. The administrator then checks completeness and assigns verifiers, and the head of bureau approves the facilitation plan.'}</List.Item>
          </List>
          <Text>
            {id
              ? 'Halaman permohonan menampilkan Status dan Tahap secara terpisah: hanya "Selesai" berarti permohonan telah selesai, sedangkan permohonan yang Ditolak atau Dibatalkan menyebut tahap tempat ia berhenti. Di sana juga tercantum No. Dokumen (diberikan otomatis pada tahap 6), Revisi dan Tgl. Revisi, serta hari kerja yang terpakai dibanding Standar Pelayanan per tahap.'
              : 'The request page shows its state and its stage apart: only "Completed" means finished, while a Rejected or Withdrawn request names the stage where it stopped. It also shows the document number (given automatically at stage 6), the revision number and date, and the working days used against the service standard per stage.'}
          </Text>
          <List spacing={4}>
            <List.Item>{id ? 'Tombol tindakan hanya menampilkan apa yang boleh Anda lakukan saat itu. Setiap tindakan meminta konfirmasi; meminta revisi, menjawab revisi, menunda, dan menolak memerlukan alasan atau catatan.' : 'The action buttons show only what you may do at that moment. Every action asks for confirmation; requesting a revision, answering one, putting on hold and rejecting need a reason or note.'}</List.Item>
            <List.Item>{id ? 'Jika biro meminta revisi (Perlu Revisi), hitungan Standar Pelayanan berhenti. Unggah versi baru dokumen yang diminta di bagian Lampiran, lalu pilih Kirim jawaban revisi dengan catatan. Versi lama tetap tersimpan dan dapat diunduh dari riwayat versi.' : 'If the bureau requests a revision, the service-standard clock stops. Upload new versions of the documents asked for under Attachments, then choose Send the revision answer with a note. Earlier versions are kept and can be downloaded from the version history.'}</List.Item>
            <List.Item>{id ? 'Bagian Diskusi untuk tanya jawab antara unit kerja dan biro, dengan lampiran bila perlu. Linimasa mencatat setiap perpindahan, komentar dan versi dokumen: siapa, kapan, dari mana ke mana, dan alasannya.' : 'The Discussion part is for questions and answers between the unit and the bureau, with attachments if needed. The timeline records every move, comment and document version: who, when, from where to where, and why.'}</List.Item>
            <List.Item>{id ? 'Jika orang lain bertindak atas permohonan yang sama lebih dahulu, portal menampilkan pesannya dan memuat keadaan terbaru; periksa lalu ulangi tindakan Anda bila masih perlu.' : 'If someone else acts on the same request first, the portal shows a message and loads the current state; check it and repeat your action if still needed.'}</List.Item>
            <List.Item>{id ? 'Lonceng di kanan atas menunjukkan jumlah notifikasi yang belum dibaca, mis. saat permohonan Anda berpindah tahap atau diminta revisi. Pilih notifikasi untuk membuka permohonannya; semua notifikasi ada di halaman Notifikasi. Pemberitahuan yang sama juga dikirim melalui email.' : 'The bell at the top right shows how many notifications are unread, e.g. when your request changes stage or a revision is requested. Choose a notification to open its request; all of them are on the Notifications page. The same notices are also sent by e-mail.'}</List.Item>
          </List>
        </>
      ),
    },
    {
      id: 'pemantauan',
      title: id ? 'Membaca Tabel Pemantauan dan Dasbor Biro' : 'Reading the monitoring table and the bureau dashboard',
      body: (
        <>
          <Text>
            {id
              ? 'Tabel Layanan Fasilitasi Ketatalaksanaan (menu Tabel Pemantauan) menampilkan setiap Permohonan Fasilitasi yang telah diajukan. Tabel ini terbuka untuk umum tanpa perlu masuk; setelah masuk, unit kerja dapat membuka permohonannya sendiri secara lengkap, dan biro dapat membuka semuanya.'
              : 'The Facilitation Monitoring Table (menu Monitoring table) shows every facilitation request that has been submitted. It is open to everyone without signing in; once signed in, a unit can open its own requests in full, and the bureau all of them.'}
          </Text>
          <List spacing={4}>
            <List.Item>{id ? 'No. Urut adalah nomor pendaftaran; No. Dokumen diberikan pada tahap 6 (Output/Hasil). Revisi dan Tgl. Revisi menunjukkan berapa kali dokumen diperbarui dan kapan terakhir kali.' : 'No. is the registration number; the document number is given at stage 6 (Output). Revision and revision date tell how often the documents were renewed, and when last.'}</List.Item>
            <List.Item>{id ? 'Status menyebut keadaan permohonan dengan kata dan warna, dan di bawahnya tahap tempat permohonan berada. Hanya "Selesai" berarti permohonan telah selesai; permohonan yang "Ditolak" atau "Dibatalkan" menyebut tahap tempat ia berhenti.' : 'Status names the request\'s state in words and colour, with the stage it is at below it. Only "Completed" means finished; a "Rejected" or "Withdrawn" request names the stage where it stopped.'}</List.Item>
            <List.Item>{id ? 'Hari kerja terpakai dibandingkan dengan Standar Pelayanan, mis. "12 / 20 hari kerja". Akhir pekan dan hari libur tidak dihitung, dan hitungan berhenti selama permohonan menunggu revisi dari unit. Permohonan yang melewati target ditandai "Terlambat".' : 'Working days used are set against the service standard, e.g. "12 / 20 working days". Weekends and holidays do not count, and the count stops while the request waits for the unit\'s revision. Requests past the target are marked "Overdue".'}</List.Item>
            <List.Item>{id ? 'Cari menurut uraian, nomor dokumen atau unit kerja; saring menurut layanan, status, tahap, unit kerja, tahun, atau hanya yang terlambat; pilih judul kolom untuk mengurutkan. Alamat halaman menyimpan semua pilihan ini, sehingga tautannya dapat dibagikan.' : 'Search by description, document number or unit; filter by service, status, stage, unit, year, or overdue only; choose a column heading to sort. The page address keeps all these choices, so its link can be shared.'}</List.Item>
            <List.Item>{id ? 'Unduh XLSX dan Unduh CSV mengunduh seluruh baris tampilan saat ini (dengan pencarian, filter dan urutan yang sama) untuk diolah di aplikasi lembar kerja.' : 'Download XLSX and Download CSV download every row of the current view (same search, filters and order) for a spreadsheet application.'}</List.Item>
            <List.Item>{id ? 'Pilih uraian permohonan untuk melihat linimasanya: kapan permohonan berpindah tahap atau berubah status. Linimasa umum tidak memuat nama petugas, catatan, maupun lampiran.' : 'Choose a request\'s description to see its timeline: when it moved between stages or changed state. The public timeline shows no names, notes or attachments.'}</List.Item>
          </List>
          <Text>
            {id
              ? 'Dasbor Biro (untuk administrator, verifikator dan kepala biro) merangkum permohonan per tahap, per layanan dan per unit kerja, jumlah yang terlambat, rata-rata hari kerja setiap tahap dibanding Standar Pelayanan, dan jumlah yang selesai setiap bulan. Setiap grafik memiliki tabel angka yang dapat dibuka; pilih baris tabel atau batang grafik untuk membuka Tabel Pemantauan dengan filter yang sesuai.'
              : 'The bureau dashboard (for administrators, verifiers and the head of bureau) sums up requests per stage, per service and per unit, the overdue ones, the average working days of each stage against the service standard, and completions per month. Every chart has a table of its figures that can be opened; choose a table row or a bar to open the monitoring table with the matching filter.'}
          </Text>
        </>
      ),
    },
    {
      id: 'sop',
      title: id ? 'Menyusun SOP' : 'Drafting an SOP',
      body: (
        <>
          <Text>
            {id
              ? 'Menu SOP menampilkan SOP unit Anda (biro melihat SOP semua unit). Ada dua cara menyusun SOP, dan hasilnya sama:'
              : 'The SOP menu lists your unit\'s SOPs (the bureau sees every unit\'s). There are two ways to draft an SOP, with the same result:'}
          </Text>
          <List spacing={4}>
            <List.Item>{id ? 'Daring: pilih "SOP baru", beri judul, lalu isi identitas, pelaksana dan langkah-langkah langsung di portal. Diagram alir tergambar sendiri di pratinjau saat Anda mengetik.' : 'Online: choose "New SOP", give it a title, then fill in the identity, actors and steps directly in the portal. The flowchart draws itself in the preview as you type.'}</List.Item>
            <List.Item>{id ? 'Luring: pilih "Unduh templat kosong", isi spreadsheet di Excel atau LibreOffice tanpa internet (lembar Identitas, Pelaksana dan Langkah), lalu pilih "Impor dari templat".' : 'Offline: choose "Download the blank template", fill in the spreadsheet with Excel or LibreOffice without internet (sheets Identitas, Pelaksana and Langkah), then choose "Import from template".'}</List.Item>
          </List>
          <Text fw={600}>{id ? 'Lima simbol diagram alir' : 'The five flowchart symbols'}</Text>
          <List spacing={4}>
            <List.Item>{id ? 'Terminator (mulai/selesai): bentuk lonjong, untuk langkah pertama dan langkah terakhir.' : 'Terminator (start/end): a rounded shape, for the first and the last step.'}</List.Item>
            <List.Item>{id ? 'Proses: kotak, untuk kegiatan biasa.' : 'Process: a box, for an ordinary activity.'}</List.Item>
            <List.Item>{id ? 'Keputusan: belah ketupat, untuk pertanyaan yang dijawab "Ya" atau "Tidak".' : 'Decision: a diamond, for a question answered "Yes" (Ya) or "No" (Tidak).'}</List.Item>
            <List.Item>{id ? 'Garis alir (panah): menghubungkan langkah; portal menggambarnya sendiri.' : 'Flow line (arrow): joins the steps; the portal draws it for you.'}</List.Item>
            <List.Item>{id ? 'Penghubung antarhalaman: segi lima berhuruf, bila alur berlanjut ke halaman lain; portal menempatkannya sendiri.' : 'Off-page connector: a lettered pentagon where the flow continues on another page; the portal places it for you.'}</List.Item>
          </List>
          <Text>
            {id
              ? 'Setiap keputusan harus punya dua tujuan: langkah untuk jawaban "Ya" dan langkah untuk jawaban "Tidak". Tujuan boleh langkah sebelumnya (alur kembali, mis. berkas dikembalikan untuk diperbaiki); panahnya digambar kembali ke atas. Langkah biasa berlanjut ke langkah berikutnya, kecuali Anda memilih tujuan lain.'
              : 'Every decision needs two targets: the step for "Yes" and the step for "No". A target may be an earlier step (a loop back, e.g. a file returned for correction); its arrow is drawn back up. An ordinary step goes on to the next one unless you choose another target.'}
          </Text>
          <Text>
            {id
              ? 'Pemeriksaan SOP berjalan terus saat Anda mengetik. Kesalahan (merah), mis. keputusan tanpa tujuan "Tidak" atau langkah tanpa pelaksana, harus diperbaiki sebelum SOP dapat diajukan ke permohonan fasilitasi. Peringatan (kuning), mis. pelaksana yang tidak mengerjakan langkah apa pun, tidak menghalangi pengajuan. Pilih "Tuju" di samping masalah untuk langsung ke isian yang bersangkutan. Di sana juga tertulis total waktu jalur utama (mis. "2 hari 3 jam"; satu hari kerja = 7,5 jam).'
              : 'The SOP check runs as you type. Errors (red), e.g. a decision without a "No" target or a step without an actor, must be fixed before the SOP can be submitted with a facilitation request. Warnings (yellow), e.g. an actor who carries out no step, do not block the submission. Choose "Go to" beside a problem to jump to the field. The total time along the main path is shown there too (e.g. "2 days 3 hours"; a working day is 7.5 hours).'}
          </Text>
          <List spacing={4}>
            <List.Item>{id ? 'Simpan otomatis dan versi: perubahan disimpan sendiri beberapa detik setelah Anda berhenti mengetik; setiap simpanan menjadi versi baru. "Riwayat versi" menampilkan semua versi, siapa dan kapan menyimpannya, PDF setiap versi, dan perbandingan dua versi (langkah yang ditambah, dihapus, diubah atau dipindah).' : 'Autosave and versions: changes save themselves a few seconds after you stop typing; each save is a new version. "Version history" lists every version, who saved it and when, the PDF of each, and a comparison of two versions (steps added, removed, changed or moved).'}</List.Item>
            <List.Item>{id ? 'Unduh: PDF (kertas A4 atau F4), Word (.docx) atau spreadsheet (.xlsx). Spreadsheet yang diunduh dapat diisi lagi dan diimpor kembali.' : 'Download: PDF (A4 or F4 paper), Word (.docx) or spreadsheet (.xlsx). A downloaded spreadsheet can be edited and imported again.'}</List.Item>
            <List.Item>{id ? 'Impor: bila ada yang salah di spreadsheet, tidak ada yang disimpan; portal menampilkan tabel semua masalah dengan lembar, sel dan alasannya (mis. "Langkah, C3: Pelaksana tidak ada di lembar Pelaksana"). Perbaiki sel-sel itu, lalu unggah lagi.' : 'Import: if anything is wrong in the spreadsheet, nothing is saved; the portal shows a table of every problem with its sheet, cell and reason (e.g. "Langkah, C3: actor not on the Pelaksana sheet"). Fix those cells and upload again.'}</List.Item>
          </List>
        </>
      ),
    },
    {
      id: 'sop-permohonan',
      title: id ? 'SOP pada permohonan, Daftar SOP dan verifikasi' : 'SOPs on requests, the SOP registry and verification',
      body: (
        <List spacing={4}>
          <List.Item>{id ? 'Layanan penyusunan SOP dan monitoring-evaluasi SOP melampirkan SOP. Pada halaman permohonan, kartu SOP memungkinkan Anda memilih SOP unit atau membuat SOP baru. Permohonan baru dapat diajukan bila SOP tidak memiliki kesalahan; versi yang diajukan dicatat pada riwayat permohonan.' : 'The SOP drafting and SOP monitoring-evaluation services carry an SOP. On the request page, the SOP card lets you choose one of your unit\'s SOPs or create a new one. The request can be submitted once the SOP has no errors; the version submitted is recorded in the request\'s timeline.'}</List.Item>
          <List.Item>{id ? 'Verifikator membuka "Tinjau SOP", memberi komentar pada langkah tertentu, dan membandingkan dua versi yang diajukan.' : 'The verifier opens "Review SOP", comments on single steps, and compares two submitted versions.'}</List.Item>
          <List.Item>{id ? 'Saat permohonan selesai, SOP ditetapkan: nomor, tanggal berlaku dan pejabat yang mengesahkan dicetak pada PDF yang dibekukan, lengkap dengan kode QR. SOP yang berlaku tampil di Daftar SOP (terbuka untuk umum); versi yang digantikan atau dicabut tetap dapat dibaca dan ditandai jelas.' : 'When the request is completed, the SOP is ratified: its number, effective date and ratifying official are printed on a frozen PDF with a QR code. Effective SOPs appear in the public SOP registry; superseded and revoked versions stay readable and clearly marked.'}</List.Item>
          <List.Item>{id ? 'Verifikasi: pindai kode QR atau buka menu Verifikasi, lalu masukkan nomor SOP atau unggah berkas PDF-nya. Portal menyatakan apakah dokumen itu versi yang berlaku; berkas yang diubah tidak akan cocok.' : 'Verification: scan the QR code or open Verification, then enter the SOP number or upload its PDF. The portal says whether the document is the effective version; a changed file will not match.'}</List.Item>
          <List.Item>{id ? 'Mengubah SOP yang berlaku: SOP yang sudah disahkan tidak dapat diubah, dan editornya hanya menampilkan isinya. Pilih "Mulai versi baru" (di editor atau di halaman SOP pada Daftar SOP) untuk membuat draf baru dari versi yang berlaku; hanya ada satu draf pada satu waktu, dan bila draf sudah ada tombol itu membukanya ("Buka draf versi baru"). Lampirkan draf itu pada permohonan penyusunan SOP yang baru melalui kartu SOP; saat permohonan selesai, versi baru berlaku dan versi lama ditandai "Digantikan".' : 'Changing an SOP in effect: a ratified SOP cannot be changed, and its editor only shows it. Choose "Start a new version" (in the editor or on the SOP\'s page in the SOP registry) to start a new draft from the version in effect; there is one draft at a time, and when one exists the button opens it ("Open the new draft version"). Attach the draft to a new SOP request through the SOP card; when the request is completed, the new version takes effect and the old one is marked "Superseded".'}</List.Item>
          <List.Item>{id ? 'Pengesahan di luar permohonan (Kepala Biro dan administrator): "Sahkan SOP" di Daftar SOP, di daftar SOP (menu SOP) atau di halaman SOP. Pilih unit, SOP dan versinya (hanya versi tanpa kesalahan), isi nomor SOP dan tanggal berlaku; pejabat yang mengesahkan diisi dari identitas SOP dan dapat diubah. Nomor yang sudah dipakai SOP lain ditolak.' : 'Ratification outside a request (head of the bureau and administrators): "Ratify SOP" in the SOP registry, in the SOP list (SOP menu) or on the SOP\'s page. Choose the unit, the SOP and its version (only a version without errors), enter the SOP number and the effective date; the ratifying official is filled in from the SOP\'s identity and can be changed. A number another SOP already carries is refused.'}</List.Item>
          <List.Item>{id ? 'Pencabutan (Kepala Biro dan administrator): "Cabut SOP" di halaman SOP pada Daftar SOP, dengan alasan yang wajib diisi. SOP yang dicabut tetap dapat dibaca, ditandai "Dicabut" beserta alasannya, dan verifikasinya menyatakan tidak berlaku.' : 'Revocation (head of the bureau and administrators): "Revoke SOP" on the SOP\'s page in the SOP registry, with a required reason. A revoked SOP stays readable, marked "Revoked" with its reason, and verification says it is not in effect.'}</List.Item>
        </List>
      ),
    },
    {
      id: 'tinjauan-tanda-baca',
      title: (id ? reviewAckId : reviewAckEn)['review-ack.help.title'],
      body: (
        <List spacing={4}>
          {(['review-ack.help.p1', 'review-ack.help.p2', 'review-ack.help.p3'] as const).map((k) => (
            <List.Item key={k}>{(id ? reviewAckId : reviewAckEn)[k]}</List.Item>
          ))}
        </List>
      ),
    },
    {
      id: 'monev',
      title: (id ? monevId : monevEn)['monev.help.title'],
      body: (
        <List spacing={4}>
          {(['monev.help.p1', 'monev.help.p2', 'monev.help.p3', 'monev.help.p4'] as const).map((k) => (
            <List.Item key={k}>{(id ? monevId : monevEn)[k]}</List.Item>
          ))}
          <List.Item>{(id ? monevReportsId : monevReportsEn)['monevReports.help']}</List.Item>
        </List>
      ),
    },
    {
      id: 'jabatan',
      title: id ? 'Dokumen jabatan: Anjab, ABK, Evjab, SKJ' : 'Job documents: Anjab, ABK, Evjab, SKJ',
      body: (
        <List spacing={4}>
          <List.Item>{id ? 'Menu "Anjab & Evjab" menampilkan jabatan unit Anda; untuk setiap jabatan dapat dibuat Analisis Jabatan (Anjab), Evaluasi Jabatan (Evjab) dan Standar Kompetensi Jabatan (SKJ). Semua tersimpan otomatis sebagai versi.' : 'The "Job analysis & evaluation" menu lists your unit\'s positions; for each you can create a job analysis (Anjab), a job evaluation (Evjab) and a job competency standard (SKJ). Each saves itself as versions.'}</List.Item>
          <List.Item>{id ? 'ABK dihitung dari tugas pokok Anjab: jumlah hasil (per hari, minggu, bulan atau tahun) × waktu penyelesaian, dibagi waktu kerja efektif. Kebutuhan pegawai ditampilkan sebelum dan sesudah pembulatan, bersama selisih dengan pegawai yang ada, EJ dan predikatnya (PJ).' : 'The workload analysis (ABK) is computed from the Anjab\'s tasks: volume (per day, week, month or year) × completion time, divided by the effective working time. Staff needed is shown before and after rounding, with the difference from present staff, EJ and its grade (PJ).'}</List.Item>
          <List.Item>{id ? 'Evjab: pilih tingkat setiap faktor beserta alasannya; nilai dan kelas jabatan mengikuti. Peta jabatan unit dan tabel ABK unit tersedia dari halaman jabatan.' : 'Evjab: choose a level for each factor with a justification; the points and the job class follow. The unit\'s job map and ABK table are on the positions page.'}</List.Item>
          <List.Item>{id ? 'Angka acuan (waktu kerja efektif, pembulatan, rentang EJ, faktor, kelas, kamus kompetensi) adalah data induk per tahun yang dikelola administrator, masing-masing dengan dasar hukumnya; yang belum terkonfirmasi diberi tanda. Mengubah tahun baru tidak mengubah hasil tahun sebelumnya.' : 'The reference figures (effective working time, rounding, EJ bands, factors, classes, competency dictionary) are master data per year kept by administrators, each with its legal source; unconfirmed ones are marked. Changing a new year leaves earlier results as they were.'}</List.Item>
          <List.Item>{id ? 'Setiap dokumen dapat diunduh sebagai PDF, Word atau spreadsheet.' : 'Each document downloads as PDF, Word or spreadsheet.'}</List.Item>
          <List.Item>{id ? 'Syarat jabatan Anjab (bakat kerja, temperamen kerja, minat kerja, upaya fisik, fungsi pekerjaan data/orang/benda) dipilih dari daftar rujukan beserta uraiannya. Isian lama berupa teks bebas tetap tampil sebagai "isian lama" sampai dihapus.' : 'The Anjab\'s requirements (aptitudes, temperaments, interests, physical effort, job functions data/people/things) are picked from reference lists with their descriptions. Older free-text entries stay, shown as "older entry", until removed.'}</List.Item>
          <List.Item>{id ? 'SKJ: pilih jenjang jabatan; level kompetensi manajerial dan sosial kultural diisi dari tabel tingkat yang dipersyaratkan (tombol "Isi dari tabel tingkat"; SKJ baru jabatan pelaksana terisi otomatis). Level yang berbeda dari tabel ditandai dan perlu alasan.' : 'SKJ: choose the position level; the managerial and socio-cultural levels are filled from the required-level table ("Fill from the level table"; a new SKJ of a pelaksana position starts filled in). A level differing from the table is marked and needs a justification.'}</List.Item>
          <List.Item>{id ? 'Melampirkan dokumen jabatan ke permohonan: layanan Anjab, ABK, Evjab dan SKJ melampirkan dokumen jabatan unit dari jenisnya (layanan ABK melampirkan Anjab). Di halaman permohonan, kartu "Dokumen jabatan yang dilampirkan" menampilkan setiap dokumen dengan versi terakhir, versi yang diajukan dan kelengkapannya; pilih dokumen unit lalu "Lampirkan dokumen", atau lepas dokumen selama permohonan masih draf atau perlu revisi. Permohonan baru dapat diajukan bila ada dokumen yang dilampirkan dan setiap dokumen lengkap; versi terakhir setiap dokumen dicatat saat diajukan, dan verifikator meninjaunya (baca saja, dapat diunduh sebagai PDF, Word atau spreadsheet) melalui tombol "Tinjau". Jawaban revisi yang membawa versi baru menaikkan Revisi permohonan.' : 'Attaching job documents to a request: the Anjab, ABK, Evjab and SKJ services attach the unit\'s job documents of their kind (the ABK service attaches Anjabs). On the request page, the "Attached job documents" card lists each document with its latest version, the version submitted and its completeness; choose one of the unit\'s documents and "Attach document", or detach one while the request is a draft or needs revision. The request can be submitted once documents are attached and each is complete; each document\'s latest version is recorded on submission, and the verifier reviews it (read-only, downloadable as PDF, Word or spreadsheet) through "Review". An answer to a revision that carries a new version raises the request\'s Revisi.'}</List.Item>
          <List.Item>{id ? 'Validasi Evjab: unit mengajukan Evjab yang lengkap untuk validasi; biro (verifikator, kepala biro, administrator) memvalidasi dengan tim, tanggal dan nomor berita acara, atau mengembalikannya dengan catatan; setelah divalidasi, biro mengunggah pindaian berita acara bertanda tangan (PDF, JPG atau PNG) yang dapat diunduh unit dari riwayat status. Evjab yang diajukan atau divalidasi hanya dapat dibaca; "Buka versi baru" membukanya kembali sebagai draf. Riwayat status tampil di dokumen, dan peta jabatan menandai kelas yang sudah divalidasi.' : 'Evjab validation: the unit submits a complete Evjab for validation; the bureau (verifier, head of bureau, administrator) validates it with the team, date and minutes number, or returns it with notes; once validated, the bureau uploads the scan of the signed minutes (PDF, JPG or PNG), which the unit downloads from the status history. A submitted or validated Evjab is read-only; "Open a new version" reopens it as a draft. The status history shows on the document, and the peta jabatan marks validated classes.'}</List.Item>
          <List.Item>{id ? 'Data induk (menu Data Induk Jabatan, administrator): waktu kerja efektif, pembulatan, rentang EJ, faktor dan nilai tingkatnya (kedua kelompok), kelas, kamus kompetensi beserta uraian level, tabel tingkat kompetensi yang dipersyaratkan, dan daftar rujukan Anjab dapat diubah per tahun. Setiap baris menampilkan sumbernya dan tanda "[U] belum terkonfirmasi". Perubahan pada suatu tahun ikut mengubah dokumen yang dihitung dengan tahun itu; salin ke tahun berikutnya untuk mengubah angka tanpa menyentuh hasil lama. Jika orang lain mengubah tahun yang sama lebih dulu, muat ulang lalu ulangi.' : 'Master data (Job master data menu, administrators): the effective working time, rounding, EJ bands, factors and their level points (both sets), classes, the competency dictionary with level descriptions, the required competency level table and the Anjab reference lists can be edited per year. Each row shows its source and a "[U] unconfirmed" mark. A change to a year changes the documents computed with that year; copy to the next year to change figures without touching earlier results. If someone changed the same year first, reload and try again.'}</List.Item>
        </List>
      ),
    },
    {
      id: 'bahasa',
      title: id ? 'Bahasa dan aksesibilitas' : 'Language and accessibility',
      body: (
        <List spacing={4}>
          <List.Item>{id ? 'Pilih ID atau EN di bagian atas untuk mengganti bahasa; pilihan Anda diingat di peramban ini.' : 'Choose ID or EN at the top to switch the language; your choice is remembered in this browser.'}</List.Item>
          <List.Item>{id ? 'Semua fungsi dapat digunakan dengan papan ketik. Tekan Tab di awal halaman untuk memunculkan tautan "Lewati ke konten utama".' : 'Everything can be used with the keyboard. Press Tab at the top of a page to reveal the "Skip to main content" link.'}</List.Item>
          <List.Item>{id ? 'Pada layar kecil, menu utama ada di balik tombol menu di kiri atas.' : 'On small screens, the main menu is behind the menu button at the top left.'}</List.Item>
        </List>
      ),
    },
  ];
}

/** `/bantuan`: help for users, true to what the portal does today. */
export function HelpPage() {
  const { lang, t } = useI18n();
  const list = sections(lang);
  return (
    <Page title={t('nav.help')} description={t('help.intro')}>
      <Paper withBorder radius="md" p="md" component="nav" aria-label={t('help.contents')}>
        <Text fw={700} mb={4}>
          {t('help.contents')}
        </Text>
        <List spacing={2}>
          {list.map((s) => (
            <List.Item key={s.id}>
              <Anchor href={`#${s.id}`}>{s.title}</Anchor>
            </List.Item>
          ))}
        </List>
      </Paper>
      {list.map((s) => (
        <Stack key={s.id} component="section" aria-labelledby={`${s.id}-title`} gap="xs">
          <Title order={2} id={`${s.id}-title`}>
            <span id={s.id} style={{ scrollMarginTop: 80 }} />
            {s.title}
          </Title>
          {s.body}
        </Stack>
      ))}
    </Page>
  );
}
