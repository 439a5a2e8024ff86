import { Center, Loader } from '@mantine/core';
import { useT } from '../i18n/index.tsx';

export function PageLoader() {
  const t = useT();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" role="status" aria-label={t('state.loading')} />
    </Center>
  );
}
