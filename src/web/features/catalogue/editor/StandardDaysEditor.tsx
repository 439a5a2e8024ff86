import { Group, NumberInput, SimpleGrid, Text } from '@mantine/core';
import { STAGES } from '../../../../domain/workflow/stages.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { stageName, totalDays } from '../catalogue.ts';
import type { ServiceForm } from './types.ts';

/** Six inputs: the target working days of each stage, and the total. */
export function StandardDaysEditor({ form }: { form: ServiceForm }) {
  const { lang, t } = useI18n();
  const days = form.getValues().standardDays.map((d) => (typeof d === 'number' ? d : Number(d) || 0));
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        {STAGES.map((stage, i) => (
          <NumberInput
            key={stage.number}
            label={t('editor.days.label', { n: stage.number, name: stageName(i, lang) })}
            suffix={` ${t('editor.days.unit')}`}
            min={0}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            required
            {...form.getInputProps(`standardDays.${i}`)}
          />
        ))}
      </SimpleGrid>
      <Group mt="sm" gap="xs" role="status" aria-live="polite">
        <Text fw={600}>{t('service.total')}:</Text>
        <Text>{t('service.days', { days: totalDays(days) })}</Text>
      </Group>
    </>
  );
}
