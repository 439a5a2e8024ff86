import { Button, Group } from '@mantine/core';
import type { RequestDetail } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { actionLabelKey, buttonActions, dialogFor } from './actions.ts';

const TONE = { primary: { variant: 'filled', color: undefined }, warning: { variant: 'default', color: undefined }, danger: { variant: 'outline', color: 'red.9' } } as const;

/** Exactly the workflow moves the server lists in `actions`; each opens its dialog. */
export function ActionBar({ request, onAction }: { request: RequestDetail; onAction: (action: string) => void }) {
  const t = useT();
  const actions = buttonActions(request.actions);
  if (actions.length === 0) return null;
  return (
    <Group gap="xs" role="group" aria-label={t('req.actions')}>
      {actions.map((action) => {
        const tone = TONE[dialogFor(action).tone];
        return (
          <Button key={action} variant={tone.variant} color={tone.color} onClick={() => onAction(action)}>
            {t(actionLabelKey(action))}
          </Button>
        );
      })}
    </Group>
  );
}
