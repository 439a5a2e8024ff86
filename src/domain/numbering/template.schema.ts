import { z } from 'zod';
import { parseTemplate } from './template.ts';

/** For request bodies: each problem becomes an issue whose message is `template_<code>`. */
export const ZNumberTemplate = z.string().superRefine((source, ctx) => {
  const result = parseTemplate(source);
  if (result.ok) return;
  for (const e of result.errors) ctx.addIssue({ code: 'custom', message: `template_${e.code}`, params: { ...e } });
});
