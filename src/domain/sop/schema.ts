import { z } from 'zod';
import { ZCalendarDate } from '../workflow/clock.ts';
import { SOP_SYMBOLS, TIME_UNITS, type SopContent } from './model.ts';

/**
 * What a saved SOP may hold. A draft may be incomplete (empty texts, missing exits: the checker reports those);
 * what it may not be is malformed: over the limits, with duplicate ids, or with links to steps or actors that do
 * not exist. Messages are keys of src/server/http/messages.ts.
 */
export const SOP_LIMITS = {
  steps: 300,
  actors: 20,
  actorsPerStep: 20,
  listItems: 50,
  idLength: 40,
  shortText: 300,
  longText: 2000,
} as const;

const ZSopId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { message: 'sop_id_invalid' });
const short = () => z.string().max(SOP_LIMITS.shortText);
const long = () => z.string().max(SOP_LIMITS.longText);
const list = () => z.array(long()).max(SOP_LIMITS.listItems);
const ZLink = ZSopId.nullable().optional();

export const ZSopActor = z.object({
  id: ZSopId,
  name: short(),
  positionId: z.string().uuid().nullable().optional(),
}).strict();

export const ZSopTime = z.object({
  value: z.number().positive({ message: 'sop_time_positive' }).max(100_000),
  unit: z.enum(TIME_UNITS),
}).strict();

export const ZSopStep = z.object({
  id: ZSopId,
  description: long(),
  actorIds: z.array(ZSopId).max(SOP_LIMITS.actorsPerStep),
  symbol: z.enum(SOP_SYMBOLS),
  requirements: long(),
  time: ZSopTime.nullable(),
  output: long(),
  notes: long(),
  next: ZLink,
  yes: ZLink,
  no: ZLink,
}).strict();

export const ZSopIdentity = z.object({
  unitId: z.string().max(64),
  number: short(),
  title: short(),
  madeOn: ZCalendarDate.nullable(),
  revisedOn: ZCalendarDate.nullable(),
  effectiveOn: ZCalendarDate.nullable(),
  ratifiedBy: z.object({ position: short(), name: short(), nip: z.string().regex(/^(\d{18})?$/, { message: 'nip_invalid' }) }).strict(),
  legalBasis: list(),
  qualifications: list(),
  related: z.array(z.object({ sopId: z.string().uuid().nullable().optional(), title: short() }).strict()).max(SOP_LIMITS.listItems),
  equipment: list(),
  warnings: long(),
  records: list(),
}).strict();

/** Ids unique, and every reference pointing at something in the same SOP. */
function checkReferences(content: z.infer<typeof ZSopContentShape>, ctx: z.RefinementCtx) {
  const actorIds = new Set<string>();
  content.actors.forEach((a, i) => {
    if (actorIds.has(a.id)) ctx.addIssue({ code: 'custom', path: ['actors', i, 'id'], message: 'sop_duplicate_id' });
    actorIds.add(a.id);
  });
  const stepIds = new Set<string>();
  content.steps.forEach((s, i) => {
    if (stepIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: 'sop_duplicate_id' });
    stepIds.add(s.id);
  });
  content.steps.forEach((s, i) => {
    const seen = new Set<string>();
    s.actorIds.forEach((a, j) => {
      if (!actorIds.has(a)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'actorIds', j], message: 'sop_unknown_actor' });
      else if (seen.has(a)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'actorIds', j], message: 'sop_duplicate_actor' });
      seen.add(a);
    });
    for (const link of ['next', 'yes', 'no'] as const) {
      const target = s[link];
      if (target === undefined || target === null) continue;
      const misplaced = s.symbol === 'decision' ? link === 'next' : link !== 'next';
      if (misplaced) ctx.addIssue({ code: 'custom', path: ['steps', i, link], message: 'sop_link_wrong_symbol' });
      else if (!stepIds.has(target)) ctx.addIssue({ code: 'custom', path: ['steps', i, link], message: 'sop_unknown_step' });
    }
  });
}

const ZSopContentShape = z.object({
  identity: ZSopIdentity,
  actors: z.array(ZSopActor).max(SOP_LIMITS.actors),
  steps: z.array(ZSopStep).max(SOP_LIMITS.steps),
}).strict();

export const ZSopContent: z.ZodType<SopContent> = ZSopContentShape.superRefine(checkReferences);

/** An empty SOP for a unit: what a new draft starts from. */
export function emptySopContent(unitId: string, title = ''): SopContent {
  return {
    identity: {
      unitId,
      number: '',
      title,
      madeOn: null,
      revisedOn: null,
      effectiveOn: null,
      ratifiedBy: { position: '', name: '', nip: '' },
      legalBasis: [],
      qualifications: [],
      related: [],
      equipment: [],
      warnings: '',
      records: [],
    },
    actors: [],
    steps: [],
  };
}
