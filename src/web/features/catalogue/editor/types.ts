import type { UseFormReturnType } from '@mantine/form';
import type { ServiceValues } from './values.ts';

export type ServiceForm = UseFormReturnType<ServiceValues>;
