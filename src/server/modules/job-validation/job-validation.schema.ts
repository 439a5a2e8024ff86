import { z } from 'zod';
import { EVJAB_TEAM_ROLES } from '../../../domain/jabatan/model.ts';
import { EVJAB_MOVES, EVJAB_STATES } from '../../../domain/jabatan/validation.ts';
import { ZCalendarDate } from '../../../domain/workflow/clock.ts';

const ZTeamMember = z.object({
  name: z.string().trim().min(1, { message: 'job_validation_member_name' }).max(300),
  role: z.enum(EVJAB_TEAM_ROLES),
  position: z.string().trim().max(300),
}).strict();

/**
 * The bureau's decision on a submitted Evjab (regulations.md §3.2: validasi nilai & kelas, berita acara). Validating
 * needs the team, the date and the *berita acara* number; returning needs the notes saying what to change.
 */
export const ZEvjabDecision = z.object({
  decision: z.enum(['divalidasi', 'dikembalikan'], { message: 'job_validation_decision_required' }),
  team: z.array(ZTeamMember).max(30).default([]),
  decidedOn: ZCalendarDate.nullable().optional(),
  minutesNumber: z.string().trim().max(300).default(''),
  notes: z.string().trim().max(4000).default(''),
}).strict().superRefine((v, ctx) => {
  if (v.decision === 'divalidasi') {
    if (v.team.length === 0) ctx.addIssue({ code: 'custom', path: ['team'], message: 'job_validation_team_required' });
    if (!v.decidedOn) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'job_validation_date_required' });
    if (!v.minutesNumber) ctx.addIssue({ code: 'custom', path: ['minutesNumber'], message: 'job_validation_minutes_required' });
  } else if (v.decision === 'dikembalikan' && !v.notes) {
    ctx.addIssue({ code: 'custom', path: ['notes'], message: 'job_validation_notes_required' });
  }
});
export type TEvjabDecision = z.infer<typeof ZEvjabDecision>;

export const ZEvjabMoveNote = z.object({ notes: z.string().trim().max(4000).default('') }).strict();

export const ZValidationEvent = z.object({
  id: z.number().int(),
  action: z.enum(EVJAB_MOVES),
  fromStatus: z.enum(EVJAB_STATES),
  toStatus: z.enum(EVJAB_STATES),
  /** The document version the move was made on. */
  version: z.number().int(),
  team: z.array(z.object({ name: z.string(), role: z.string(), position: z.string() })).nullable(),
  decidedOn: z.string().nullable(),
  minutesNumber: z.string().nullable(),
  /** The signed berita acara, when the bureau has uploaded it (download: GET …/validation/events/:eventId/minutes). */
  minutesFile: z.object({ fileName: z.string(), size: z.number().int(), sha256: z.string(), at: z.string() }).nullable(),
  notes: z.string(),
  actor: z.object({ id: z.string().uuid(), name: z.string() }),
  at: z.string(),
});

/** An Evjab's validation: status, the moves the caller may make now, and every status change, oldest first. */
export const ZEvjabValidation = z.object({
  documentId: z.string().uuid(),
  status: z.enum(EVJAB_STATES),
  actions: z.array(z.enum(EVJAB_MOVES)),
  /** Whether the caller may upload the signed berita acara of the standing validation. */
  canUploadMinutes: z.boolean(),
  /** The latest decision (validated or returned) still standing, for the banner. */
  decision: ZValidationEvent.nullable(),
  events: z.array(ZValidationEvent),
});
export type TEvjabValidation = z.infer<typeof ZEvjabValidation>;

export const ZEvjabEventParams = z.object({ id: z.string().uuid(), eventId: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });
