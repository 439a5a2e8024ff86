import { Alert, List } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useCallback } from 'react';
import { isApiError, type FieldError } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';
import { errorText } from './errors.ts';
import { pathExists } from './paths.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyForm = UseFormReturnType<any, any>;


/**
 * The one mapping of the API's field errors onto a Mantine form: each message goes next to its input (the paths
 * match the form's value paths, e.g. "standardDays.2"); `aliases` renames API paths that the form calls otherwise.
 * Returns the field errors that fit no input, for the form's own alert.
 */
export function applyFieldErrors(form: AnyForm, error: unknown, aliases: Record<string, string> = {}): FieldError[] {
  if (!isApiError(error) || error.fields.length === 0) return [];
  const values = form.getValues();
  const errors: Record<string, string> = {};
  const rest: FieldError[] = [];
  for (const field of error.fields) {
    const path = aliases[field.path] ?? field.path;
    if (pathExists(values, path)) errors[path] = errors[path] ? `${errors[path]} ${field.message}` : field.message;
    else rest.push(field);
  }
  form.setErrors(errors);
  return rest;
}

interface HandleOptions {
  form?: AnyForm;
  aliases?: Record<string, string>;
  /** Queries to load again after someone else's change (409 VERSION_CONFLICT). */
  reload?: QueryKey[];
  onConflict?: () => void;
}

/**
 * What every mutation does on failure: a version conflict is announced and the data reloaded; field errors are
 * placed on their inputs; the rest is left to <FormError>.
 */
export function useApiErrorHandler() {
  const t = useT();
  const queryClient = useQueryClient();
  return useCallback(
    (error: unknown, options: HandleOptions = {}) => {
      if (isApiError(error) && error.isConflict) {
        notifications.show({ color: 'orange', title: t('conflict.title'), message: t('conflict.text'), autoClose: 8000 });
        for (const key of options.reload ?? []) void queryClient.invalidateQueries({ queryKey: key });
        options.onConflict?.();
        return;
      }
      if (options.form) {
        applyFieldErrors(options.form, error, options.aliases);
        focusFirstProblem();
      } else {
        notifications.show({ color: 'red', title: t('error.title'), message: errorText(error, t) });
      }
    },
    [t, queryClient],
  );
}

/** After a refused submit: the first marked input, else the form's message, into view and focus. */
export function focusFirstProblem() {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.querySelector<HTMLElement>('[data-form-error]');
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  });
}

/** The form-level message of a failed submit: the server's text, and field errors that belong to no input. */
export function FormError({ error, form }: { error: unknown; form?: AnyForm }) {
  const t = useT();
  if (!error || (isApiError(error) && error.isConflict)) return null;
  const values = form?.getValues();
  const message = errorText(error, t);
  const rest = isApiError(error)
    ? error.fields.filter((f) => (!form || !pathExists(values, f.path)) && f.message !== message)
    : [];
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-form-error tabIndex={-1}>
      {message}
      {rest.length > 0 ? (
        <List size="sm" mt={4}>
          {rest.map((f) => (
            <List.Item key={`${f.path}:${f.message}`}>{f.message}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}

/** A short success message after a change. */
export function notifySaved(message: string) {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}
