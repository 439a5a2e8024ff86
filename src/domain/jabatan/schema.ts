import { z } from 'zod';
import { ZCalendarDate } from '../workflow/clock.ts';
import { FACTOR_SETS, WORK_PERIODS } from './master.ts';
import { JENJANG } from './reference.ts';
import {
  EVJAB_TEAM_ROLES, IMPORTANCE, JOB_KINDS, TRAINING_KINDS,
  type AnjabContent, type EvjabContent, type JobDocumentContent, type JobDocumentKind, type JobKind, type SkjContent,
} from './model.ts';

/**
 * What a saved job document may hold. A draft may be incomplete (empty texts, tasks without volume or time: the
 * computations leave those out); what it may not be is malformed: over the limits, with duplicate ids or codes.
 * Messages are keys of src/server/http/messages.ts.
 */
export const JOB_LIMITS = {
  tasks: 100,
  listItems: 50,
  teamMembers: 30,
  competencies: 20,
  shortText: 300,
  longText: 4000,
  /** Largest volume per period and minutes per result: far beyond any real task, small enough to stay exact. */
  volume: 10_000_000,
  minutes: 1_000_000,
  presentStaff: 100_000,
} as const;

const short = () => z.string().max(JOB_LIMITS.shortText);
const long = () => z.string().max(JOB_LIMITS.longText);
const texts = () => z.array(long()).max(JOB_LIMITS.listItems);
const items = <T extends z.ZodType>(item: T) => z.array(item).max(JOB_LIMITS.listItems);
const ZLocalId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { message: 'job_id_invalid' });
/** Ids are the catalogue's; a draft may still be unlinked (empty). */
const ZPositionRef = z.union([z.string().uuid(), z.literal('')]);

const ZTraining = z.object({ kind: z.enum(TRAINING_KINDS), name: short() }).strict();
const ZTaskResult = z.object({ name: long(), unit: short() }).strict();
const ZMaterialUse = z.object({ name: short(), use: long() }).strict();

export const ZAnjabTask = z.object({
  id: ZLocalId,
  description: long(),
  steps: texts(),
  results: items(ZTaskResult),
  resultUnit: short(),
  volume: z.number().positive({ message: 'job_volume_positive' }).max(JOB_LIMITS.volume).nullable(),
  period: z.enum(WORK_PERIODS),
  minutesPerResult: z.number().positive({ message: 'job_minutes_positive' }).max(JOB_LIMITS.minutes).nullable(),
}).strict();

export const ZAnjabContent = z.object({
  kind: z.literal('anjab'),
  identity: z.object({ positionId: ZPositionRef, name: short(), code: short(), unit: long(), kind: z.enum(JOB_KINDS) }).strict(),
  summary: long(),
  qualifications: z.object({ education: texts(), trainings: items(ZTraining), experience: texts() }).strict(),
  tasks: z.array(ZAnjabTask).max(JOB_LIMITS.tasks),
  results: items(ZTaskResult),
  materials: items(ZMaterialUse),
  equipment: items(ZMaterialUse),
  responsibilities: texts(),
  authority: texts(),
  relations: items(z.object({ position: short(), unit: short(), purpose: long() }).strict()),
  workingConditions: items(z.object({ aspect: short(), factor: short() }).strict()),
  hazards: items(z.object({ name: short(), cause: long() }).strict()),
  requirements: z.object({
    rank: short(),
    education: texts(),
    courses: items(ZTraining),
    experience: texts(),
    knowledge: texts(),
    skills: texts(),
    aptitudes: texts(),
    temperaments: texts(),
    interests: texts(),
    physicalEffort: texts(),
    physicalConditions: z.object({
      sex: short(), age: short(), height: short(), weight: short(), posture: short(), appearance: short(), state: short(),
    }).strict(),
    jobFunctions: z.object({ data: texts(), people: texts(), things: texts() }).strict(),
  }).strict(),
  expectedPerformance: items(z.object({
    result: long(),
    quantity: z.number().nonnegative().max(JOB_LIMITS.volume).nullable(),
    unit: short(),
    time: short(),
  }).strict()),
  otherInformation: long(),
  presentStaff: z.number().int().min(0).max(JOB_LIMITS.presentStaff),
}).strict().superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.tasks.forEach((task, i) => {
    if (seen.has(task.id)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'id'], message: 'job_duplicate_id' });
    seen.add(task.id);
  });
});

export const ZEvjabContent = z.object({
  kind: z.literal('evjab'),
  positionId: ZPositionRef,
  factorSet: z.enum(FACTOR_SETS),
  choices: z.array(z.object({
    code: z.string().regex(/^[0-9]{1,2}[A-Z]?$/, { message: 'job_factor_code_invalid' }),
    level: z.number().int().min(1).max(20),
    justification: long(),
  }).strict()).max(20),
  validation: z.object({
    team: z.array(z.object({ name: short(), role: z.enum(EVJAB_TEAM_ROLES), position: short() }).strict()).max(JOB_LIMITS.teamMembers),
    decisionNumber: short(),
    decisionDate: ZCalendarDate.nullable(),
    minutes: long(),
  }).strict(),
}).strict().superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.choices.forEach((choice, i) => {
    if (seen.has(choice.code)) ctx.addIssue({ code: 'custom', path: ['choices', i, 'code'], message: 'job_duplicate_factor' });
    seen.add(choice.code);
  });
});

const ZCompetencyRequirement = z.object({
  code: z.string().regex(/^[A-Z]{1,3}\.[0-9]{1,3}$/, { message: 'job_competency_code_invalid' }),
  level: z.number().int().min(1).max(5),
  justification: long().optional(),
}).strict();

function uniqueCodes(list: { code: string }[], path: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  list.forEach((c, i) => {
    if (seen.has(c.code)) ctx.addIssue({ code: 'custom', path: [path, i, 'code'], message: 'job_duplicate_competency' });
    seen.add(c.code);
  });
}

const importance = () => z.enum(IMPORTANCE);

export const ZSkjContent = z.object({
  kind: z.literal('skj'),
  identity: z.object({ positionId: ZPositionRef, name: short(), group: short(), governmentAffairs: short(), code: short(), jenjang: z.enum(JENJANG).optional() }).strict(),
  summary: long(),
  managerial: z.array(ZCompetencyRequirement).max(JOB_LIMITS.competencies),
  socioCultural: z.array(ZCompetencyRequirement).max(JOB_LIMITS.competencies),
  technical: z.array(z.object({ name: short(), level: z.number().int().min(1).max(5), description: long() }).strict()).max(JOB_LIMITS.competencies),
  requirements: z.object({
    education: items(z.object({ level: short(), field: short(), importance: importance() }).strict()),
    trainings: items(z.object({ kind: z.enum(TRAINING_KINDS), name: short(), importance: importance() }).strict()),
    experience: items(z.object({ description: long(), importance: importance() }).strict()),
    rank: items(z.object({ rank: short(), importance: importance() }).strict()),
  }).strict(),
  performanceIndicators: texts(),
}).strict().superRefine((c, ctx) => {
  uniqueCodes(c.managerial, 'managerial', ctx);
  uniqueCodes(c.socioCultural, 'socioCultural', ctx);
});

export const ZJobDocumentContent: z.ZodType<JobDocumentContent> = z.discriminatedUnion('kind', [ZAnjabContent, ZEvjabContent, ZSkjContent]);

// Compile-time checks that the schemas and the plain types agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAnjab: Same<z.infer<typeof ZAnjabContent>, AnjabContent> = true;
const sameEvjab: Same<z.infer<typeof ZEvjabContent>, EvjabContent> = true;
const sameSkj: Same<z.infer<typeof ZSkjContent>, SkjContent> = true;
void [sameAnjab, sameEvjab, sameSkj];

/** A new document's content: empty, with the position's identity filled in. */
export function emptyJobContent(kind: JobDocumentKind, position: { id: string; name: string; kind: JobKind; unit: string }): JobDocumentContent {
  switch (kind) {
    case 'anjab':
      return {
        kind,
        identity: { positionId: position.id, name: position.name, code: '', unit: position.unit, kind: position.kind },
        summary: '',
        qualifications: { education: [], trainings: [], experience: [] },
        tasks: [],
        results: [],
        materials: [],
        equipment: [],
        responsibilities: [],
        authority: [],
        relations: [],
        workingConditions: [],
        hazards: [],
        requirements: {
          rank: '', education: [], courses: [], experience: [], knowledge: [], skills: [], aptitudes: [], temperaments: [], interests: [],
          physicalEffort: [],
          physicalConditions: { sex: '', age: '', height: '', weight: '', posture: '', appearance: '', state: '' },
          jobFunctions: { data: [], people: [], things: [] },
        },
        expectedPerformance: [],
        otherInformation: '',
        presentStaff: 0,
      };
    case 'evjab':
      return {
        kind,
        positionId: position.id,
        factorSet: position.kind === 'struktural' ? 'struktural' : 'fungsional_pelaksana',
        choices: [],
        validation: { team: [], decisionNumber: '', decisionDate: null, minutes: '' },
      };
    case 'skj':
      return {
        kind,
        identity: { positionId: position.id, name: position.name, group: '', governmentAffairs: '', code: '' },
        summary: '',
        managerial: [],
        socioCultural: [],
        technical: [],
        requirements: { education: [], trainings: [], experience: [], rank: [] },
        performanceIndicators: [],
      };
  }
}
