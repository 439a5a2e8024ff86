import { NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { MAX_TEXT, MAX_TEXTAREA } from '../../../domain/catalogue/form.ts';
import type { FormField } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { IntakeForm } from './IntakeForm.tsx';

/** One field of a service's intake form, by its kind (src/domain/catalogue/form.ts). */
export function FieldInput({ field, form }: { field: FormField; form: IntakeForm }) {
  const { lang, t } = useI18n();
  const path = `formValues.${field.key}`;
  const common = { label: field.label, required: field.required, key: form.key(path), ...form.getInputProps(path) };
  switch (field.type) {
    case 'text':
      return <TextInput {...common} maxLength={MAX_TEXT} />;
    case 'textarea':
      return <Textarea {...common} autosize minRows={3} maxRows={12} maxLength={MAX_TEXTAREA} />;
    case 'number':
      return <NumberInput {...common} decimalSeparator={lang === 'id' ? ',' : '.'} hideControls={false} allowDecimal />;
    case 'date':
      return <TextInput {...common} type="date" description={t('req.form.dateHint')} />;
    case 'select':
      return (
        <Select
          {...common}
          data={field.options ?? []}
          clearable
          placeholder={t('req.form.choose')}
          comboboxProps={{ withinPortal: true }}
        />
      );
  }
}
