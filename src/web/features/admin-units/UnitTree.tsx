import { ActionIcon, Badge, Box, Group, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useT } from '../../i18n/index.tsx';
import type { UnitNode } from './tree.ts';

interface UnitTreeProps {
  nodes: UnitNode[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  label: string;
}

function Branch({ nodes, level, ...props }: Omit<UnitTreeProps, 'label'> & { level: number }) {
  const t = useT();
  return (
    <Box component="ul" m={0} p={0} pl={level === 0 ? 0 : 'lg'} style={{ listStyle: 'none' }}>
      {nodes.map(({ unit, children }) => {
        const open = props.expanded.has(unit.id);
        const selected = props.selectedId === unit.id;
        return (
          <li key={unit.id}>
            <div className="unit-tree-node" data-selected={selected}>
              {children.length > 0 ? (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-expanded={open}
                  aria-label={t(open ? 'units.tree.collapse' : 'units.tree.expand', { name: unit.name })}
                  onClick={() => props.onToggle(unit.id)}
                >
                  {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                </ActionIcon>
              ) : (
                <Box w={22} aria-hidden />
              )}
              <UnstyledButton
                onClick={() => props.onSelect(unit.id)}
                aria-pressed={selected}
                style={{ flex: 1, minWidth: 0 }}
              >
                <Group gap={6} wrap="wrap">
                  <Text size="sm" fw={selected ? 700 : 500} c={unit.active ? undefined : 'dimmed'}>
                    {unit.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {unit.code}
                  </Text>
                  {!unit.active ? (
                    <Badge size="xs" color="gray" variant="light" tt="none">
                      {t('status.inactive')}
                    </Badge>
                  ) : null}
                </Group>
              </UnstyledButton>
            </div>
            {open && children.length > 0 ? <Branch nodes={children} level={level + 1} {...props} /> : null}
          </li>
        );
      })}
    </Box>
  );
}

/** The unit tree as nested lists: a disclosure button per branch, and each unit a button that selects it. */
export function UnitTree({ label, ...props }: UnitTreeProps) {
  return (
    <div role="group" aria-label={label}>
      <Branch level={0} {...props} />
    </div>
  );
}
