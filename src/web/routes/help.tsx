import { Anchor, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Page } from '../components/Page.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { Lang } from '../i18n/lang.ts';

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
        ['Pemrakarsa', 'Operator unit kerja yang meminta layanan. Melihat katalog layanan dan akunnya sendiri. Pada rilis berikutnya: menyusun dokumen, mendaftarkan permohonan fasilitasi untuk unitnya, dan menjawab permintaan revisi.'],
        ['Pimpinan Unit', 'Kepala unit kerja. Semua yang dapat dilakukan pemrakarsa di unitnya, ditambah halaman Unit Saya yang menampilkan pengguna unitnya. Pada rilis berikutnya: menyetujui pengajuan dan mengesahkan SOP unitnya.'],
        ['Verifikator', 'Analis pada unit tata laksana. Pada rilis berikutnya: ditugaskan pada permohonan, memeriksa, memberi catatan, meminta revisi, dan memindahkan permohonan antartahap.'],
        ['Administrator', 'Administrator unit tata laksana. Mengelola pengguna, unit kerja, jabatan, katalog layanan, dan data organisasi melalui menu Administrasi. Pada rilis berikutnya juga menugaskan permohonan.'],
        ['Kepala Biro', 'Kepala biro. Pada rilis berikutnya: menyetujui rencana fasilitasi (tahap 1) dan output (tahap 6) serta melihat seluruh dasbor.'],
      ]
    : [
        ['Requester (Pemrakarsa)', 'An operator of a unit that asks for a service. Sees the service catalogue and their own account. In the next release: drafts documents, registers facilitation requests for the unit, and answers revision requests.'],
        ['Head of unit (Pimpinan Unit)', 'Head of a unit. Everything a requester of that unit can do, plus the My unit page listing the unit\'s users. In the next release: endorses submissions and ratifies the unit\'s SOPs.'],
        ['Verifier (Verifikator)', 'An analyst of the governance unit. In the next release: is assigned to requests, reviews them, comments, requests revisions and moves requests between stages.'],
        ['Administrator', 'The governance unit\'s administrator. Manages users, units, positions, the service catalogue and the organisation\'s details in the Administration menu. In the next release also assigns requests.'],
        ['Head of Bureau (Kepala Biro)', 'Head of the bureau. In the next release: approves the facilitation plan (stage 1) and the output (stage 6) and sees every dashboard.'],
      ];

  return [
    {
      id: 'tentang',
      title: id ? 'Tentang portal ini' : 'About this portal',
      body: (
        <>
          <Text>
            {id
              ? 'Layanan Manajemen Ortala adalah portal layanan fasilitasi organisasi dan tata laksana. Saat ini portal menyediakan katalog layanan (terbuka untuk umum), akun pengguna, dan halaman administrasi.'
              : 'Organisation & Governance Services is the portal of the organisation and governance facilitation services. Today it offers the service catalogue (open to everyone), user accounts and the administration pages.'}
          </Text>
          <Text>
            {id
              ? 'Setiap halaman layanan menjelaskan persyaratan, lampiran yang diperlukan, output, dan Standar Pelayanan: target hari kerja untuk masing-masing dari enam tahap fasilitasi. Pendaftaran permohonan fasilitasi secara daring (tombol Daftar Sekarang) dan tabel pemantauan dibuka pada rilis berikutnya.'
              : 'Each service page explains the requirements, the attachments needed, the output and the service standard: the target working days of each of the six facilitation stages. Registering a facilitation request online (the Register now button) and the monitoring table open in the next release.'}
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
