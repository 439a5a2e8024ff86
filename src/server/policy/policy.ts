import { BUREAU_ROLES, hasAnyRole, type Role } from '../../domain/access/roles.ts';
import { allowedActions, refusalFor, type RefusalCode, type WorkflowAction, type WorkflowActor, type WorkflowRequest } from '../../domain/workflow/transitions.ts';

/** Who is asking: null for the public. */
export interface Actor {
  id: string;
  unitId: string;
  roles: Role[];
}

/**
 * Every authorization decision of the server, in one place. Routes ask `can`; responses carry `actionsFor`,
 * so the interface shows exactly the buttons the server would accept.
 */
const rules = {
  'unit.read': () => true,
  'unit.create': (a) => isAdmin(a),
  'unit.update': (a) => isAdmin(a),
  'unit.deactivate': (a) => isAdmin(a),
  'unit.listUsers': (a, s) => isAdmin(a) || (a !== null && a.roles.includes('pimpinan_unit') && a.unitId === s?.unitId),
  'position.read': (a) => a !== null,
  'position.create': (a) => isAdmin(a),
  'position.update': (a) => isAdmin(a),
  'position.deactivate': (a) => isAdmin(a),
  'user.list': (a) => isAdmin(a),
  'user.read': (a, s) => isAdmin(a) || (a !== null && a.id === s?.id),
  'user.create': (a) => isAdmin(a),
  'user.update': (a) => isAdmin(a),
  'user.resetPassword': (a) => isAdmin(a),
  'user.deactivate': (a, s) => isAdmin(a) && a!.id !== s?.id,
  'service.read': () => true,
  'service.create': (a) => isAdmin(a),
  'service.update': (a) => isAdmin(a),
  'service.deactivate': (a) => isAdmin(a),
  'organisation.update': (a) => isAdmin(a),
  'audit.read': (a) => isAdmin(a),
  'outbox.read': (a) => isAdmin(a),
  'outbox.retry': (a) => isAdmin(a),
  // Drafts stay with their unit (and the administrators who may register for a unit); the bureau sees the rest.
  'request.read': (a, s) => a !== null && (a.unitId === s?.unitId || isAdmin(a) || (isBureau(a) && s?.state !== 'draf')),
  'request.list': (a) => a !== null,
  'request.create': (a, s) => isAdmin(a) || isUnitMember(a, s),
  'request.update': (a, s) => s?.state === 'draf' && (isAdmin(a) || isUnitMember(a, s)),
  // A draft's documents, and new versions while the unit answers a revision.
  'request.upload': (a, s) => (s?.state === 'draf' && (isAdmin(a) || isUnitMember(a, s))) || (s?.state === 'perlu_revisi' && isUnitMember(a, s)),
  // What a request carries from the unit's own documents (the SOP of an SOP service, the Anjab/Evjab/SKJ of a job
  // service): linked or changed while the unit may still edit (a draft, or a revision round).
  'request.linkDocument': (a, s) => (s?.state === 'draf' || s?.state === 'perlu_revisi') && (isAdmin(a) || isUnitMember(a, s)),
  'holiday.read': (a) => a !== null,
  'holiday.create': (a) => isAdmin(a),
  'holiday.update': (a) => isAdmin(a),
  'holiday.delete': (a) => isAdmin(a),
  'numbering.read': (a) => isAdmin(a),
  'numbering.create': (a) => isAdmin(a),
  'numbering.update': (a) => isAdmin(a),
  'notification.read': (a) => a !== null,
  // The monitoring table and each row's timeline are public (public columns only); the dashboard is the bureau's.
  'monitoring.read': () => true,
  'monitoring.export': () => true,
  'dashboard.read': (a) => isBureau(a),
  // An SOP stays with its unit; the bureau reads every unit's. Drafts are written by the unit and administrators.
  'sop.read': (a, s) => isBureau(a) || isUnitMember(a, s),
  'sop.list': (a) => a !== null,
  'sop.create': (a, s) => isAdmin(a) || isUnitMember(a, s),
  'sop.update': (a, s) => s?.state === 'draf' && (isAdmin(a) || isUnitMember(a, s)),
  // Job instruments: master data is read by every signed-in user and kept by administrators. A job document (Anjab,
  // Evjab, SKJ) stays with its position's unit like an SOP; the bureau reads every unit's.
  'jobMaster.read': (a) => a !== null,
  'jobMaster.update': (a) => isAdmin(a),
  'jobDocument.read': (a, s) => isBureau(a) || isUnitMember(a, s),
  'jobDocument.list': (a) => a !== null,
  'jobDocument.create': (a, s) => isAdmin(a) || isUnitMember(a, s),
  // Editable while a draft or returned by the bureau (an Evjab submitted or validated is read-only: domain/jabatan/validation.ts).
  'jobDocument.update': (a, s) => (s?.state === 'draf' || s?.state === 'dikembalikan') && (isAdmin(a) || isUnitMember(a, s)),
  // Evjab validation (§3.2): the unit submits and reopens; only the bureau validates or returns.
  'jobDocument.submitValidation': (a, s) => isAdmin(a) || isUnitMember(a, s),
  'jobDocument.validate': (a) => isBureau(a),
  // The registry of ratified SOPs is public. The bureau's head and administrators ratify and revoke; a unit (or an
  // administrator) starts a new version of its effective SOP.
  'registry.read': () => true,
  'registry.ratify': (a) => isAdmin(a) || (a !== null && a.roles.includes('kepala_biro')),
  'registry.revoke': (a) => isAdmin(a) || (a !== null && a.roles.includes('kepala_biro')),
  'registry.newVersion': (a, s) => isAdmin(a) || isUnitMember(a, s),
  // Periodic review (issue 5): the owning unit (and administrators) decide; the bureau reads every unit's. Any
  // signed-in user may acknowledge, the service checks their unit carries the SOP out; the bureau follows progress.
  'sopReview.read': (a, s) => isBureau(a) || isUnitMember(a, s),
  'sopReview.decide': (a, s) => isAdmin(a) || isUnitMember(a, s),
  'sopAck.acknowledge': (a) => a !== null,
  'sopAck.progress': (a) => isBureau(a),
  'sopAck.remind': (a) => isBureau(a),
  'sopAck.editUnits': (a) => isAdmin(a) || (a !== null && a.roles.includes('kepala_biro')),
  // Monitoring and evaluation (issue 5): administrators and the head of the bureau open, change and close rounds
  // and send reminders; the whole bureau follows progress and results. A unit's Table 7 is read by the users of
  // that unit and filled in by its pemrakarsa and pimpinan unit (administrators may act on its behalf).
  'monev.manage': (a) => isAdmin(a) || (a !== null && a.roles.includes('kepala_biro')),
  'monev.progress': (a) => isBureau(a),
  'monev.read': (a, s) => isBureau(a) || (a !== null && a.unitId === s?.unitId),
  'monev.fill': (a, s) => isAdmin(a) || isUnitMember(a, s),
  'monev.requestRevision': (a, s) => isAdmin(a) || isUnitMember(a, s),
  // Monev reports (per round, unit, SOP; JSON, spreadsheet, PDF): the bureau every unit's, a unit's users their own
  // unit's only. Asked without a unit, the rule answers whether the actor may read every unit's.
  'monevReport.read': (a, s) => isBureau(a) || (a !== null && s?.unitId !== undefined && a.unitId === s.unitId),
} satisfies Record<string, (actor: Actor | null, subject?: Subject) => boolean>;

export type Action = keyof typeof rules;
export interface Subject {
  id?: string;
  unitId?: string;
  state?: string;
}

function isAdmin(a: Actor | null): boolean {
  return a !== null && hasAnyRole(a.roles, ['administrator']);
}

function isBureau(a: Actor | null): boolean {
  return a !== null && hasAnyRole(a.roles, BUREAU_ROLES);
}

/** A pemrakarsa or pimpinan unit of the subject's unit. */
function isUnitMember(a: Actor | null, s?: Subject): boolean {
  return a !== null && hasAnyRole(a.roles, ['pemrakarsa', 'pimpinan_unit']) && a.unitId === s?.unitId;
}

export function can(actor: Actor | null, action: Action, subject?: Subject): boolean {
  return rules[action](actor, subject);
}

type Family = 'unit' | 'position' | 'user' | 'service' | 'organisation' | 'holiday' | 'numbering' | 'sop';

/** The actions of one family (e.g. "unit.") that the actor may take on the subject, without the prefix. */
export function actionsFor(actor: Actor | null, family: Family, subject?: Subject): string[] {
  const prefix = `${family}.`;
  return (Object.keys(rules) as Action[])
    .filter((a) => a.startsWith(prefix) && !a.endsWith('.read') && can(actor, a, subject))
    .map((a) => a.slice(prefix.length));
}

const COLLECTION_ACTIONS = new Set(['create', 'list']);

/** What the actor may do on the collection of a family: ["create"] or []. */
export function collectionActions(actor: Actor | null, family: Family): string[] {
  return actionsFor(actor, family).filter((a) => a === 'create');
}

/** What the actor may do on one object; an inactive object offers "activate" where an active one offers "deactivate". */
export function itemActions(actor: Actor | null, family: Family, subject: Subject & { active: boolean }): string[] {
  return actionsFor(actor, family, subject)
    .filter((a) => !COLLECTION_ACTIONS.has(a))
    .map((a) => (a === 'deactivate' && !subject.active ? 'activate' : a));
}

/** The workflow's view of a signed-in user. */
export function workflowActor(a: Actor): WorkflowActor {
  return { userId: a.id, unitId: a.unitId, roles: a.roles };
}

/** Why the actor may not take a workflow action (the transition table in src/domain/workflow decides), or null. */
export function workflowRefusal(a: Actor, request: WorkflowRequest, action: WorkflowAction): RefusalCode | null {
  return refusalFor(request, action, workflowActor(a));
}

/** What the actor may do with a request: the workflow's actions, plus editing and uploading where allowed. */
export function requestActions(a: Actor | null, request: WorkflowRequest): string[] {
  if (!a) return [];
  const subject = { unitId: request.unitId, state: request.state };
  return [
    ...(can(a, 'request.update', subject) ? ['edit'] : []),
    ...(can(a, 'request.upload', subject) ? ['upload'] : []),
    ...allowedActions(request, workflowActor(a)),
  ];
}
