import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypePdf, IconFileWord } from '@tabler/icons-react';
import { sopExportUrl } from '../../api/sops.ts';
import { useT } from '../../i18n/index.tsx';

/** "Unduh": the SOP as PDF (A4 or F4), Word or spreadsheet; plain links, so the browser names and saves the file. */
export function SopDownloads({ sopId, version, title }: { sopId: string; version?: number; title: string }) {
  const t = useT();
  const items = [
    { label: t('sop-docs.download.pdfA4'), href: sopExportUrl(sopId, 'pdf', { version, paper: 'A4' }), icon: IconFileTypePdf },
    { label: t('sop-docs.download.pdfF4'), href: sopExportUrl(sopId, 'pdf', { version, paper: 'F4' }), icon: IconFileTypePdf },
    { label: t('sop-docs.download.docx'), href: sopExportUrl(sopId, 'docx', { version }), icon: IconFileWord },
    { label: t('sop-docs.download.xlsx'), href: sopExportUrl(sopId, 'xlsx', { version }), icon: IconFileSpreadsheet },
  ];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} rightSection={<IconChevronDown size={16} aria-hidden />} aria-label={t('sop-docs.download.menuLabel', { title })}>
          {t('sop-docs.download.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item key={item.href} component="a" href={item.href} download leftSection={<item.icon size={18} aria-hidden />}>
            {item.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
