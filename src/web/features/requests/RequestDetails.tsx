import { Box, SimpleGrid, Text } from '@mantine/core';
import type { FormField, RequestDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatWibDate } from './format.ts';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Box>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {value || '—'}
      </Text>
    </Box>
  );
}

/** A form value as the user entered it: numbers and dates in the interface's format. */
function shown(field: FormField, value: unknown, lang: 'id' | 'en'): string {
  if (value === undefined || value === null || value === '') return '';
  if (field.type === 'number' && typeof value === 'number') return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB').format(value);
  if (field.type === 'date' && typeof value === 'string') return formatWibDate(`${value}T00:00:00+07:00`, lang) || value;
  return String(value);
}

/** What the unit registered: the service's fields and the contact person. */
export function RequestDetails({ request, fields }: { request: RequestDetail; fields: readonly FormField[] }) {
  const { lang, t } = useI18n();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {fields.map((f) => (
        <Row key={f.key} label={f.label} value={shown(f, request.formValues[f.key], lang)} />
      ))}
      <Row label={t('req.field.contactName')} value={request.contactName} />
      <Row label={t('req.field.contactPhone')} value={request.contactPhone} />
      <Row label={t('req.field.contactEmail')} value={request.contactEmail} />
    </SimpleGrid>
  );
}
