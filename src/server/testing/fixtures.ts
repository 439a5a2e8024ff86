import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { DEMO_USERS } from '../db/seed/demo.ts';
import type { ApiClient, TestApp } from './test-app.ts';

const byRole = (role: string) => DEMO_USERS.find((u) => u.roles.includes(role as never))!.email;

/** The demo accounts by role (see db/seed/demo.ts). */
export const DEMO = {
  admin: byRole('administrator'),
  verifikator: byRole('verifikator'),
  kepalaBiro: byRole('kepala_biro'),
  pemrakarsa: byRole('pemrakarsa'),
  pimpinan: byRole('pimpinan_unit'),
  pemrakarsaKomjak: DEMO_USERS.filter((u) => u.roles.includes('pemrakarsa'))[1].email,
  pimpinanKomjak: DEMO_USERS.filter((u) => u.roles.includes('pimpinan_unit'))[1].email,
};
export const NON_ADMINS = [DEMO.verifikator, DEMO.kepalaBiro, DEMO.pemrakarsa, DEMO.pimpinan, DEMO.pemrakarsaKomjak, DEMO.pimpinanKomjak];

/** Row counts and version sums of every table a request could write: equal snapshots mean nothing was written. */
export async function dbSnapshot(t: TestApp): Promise<Record<string, number>> {
  const { rows } = await t.database.db.execute<Record<string, number>>(sql`select
    (select count(*) from units)::int as units,
    (select coalesce(sum(version), 0) from units)::int as unit_versions,
    (select count(*) from positions)::int as positions,
    (select coalesce(sum(version), 0) from positions)::int as position_versions,
    (select count(*) from users)::int as users,
    (select coalesce(sum(version), 0) from users)::int as user_versions,
    (select count(*) from user_roles)::int as user_roles,
    (select count(*) from sessions)::int as sessions,
    (select count(*) from sign_in_attempts)::int as sign_in_attempts,
    (select count(*) from password_reset_tokens)::int as reset_tokens,
    (select count(used_at) from password_reset_tokens)::int as reset_tokens_used,
    (select count(*) from services)::int as services,
    (select coalesce(sum(version), 0) from services)::int as service_versions,
    (select coalesce(sum(version), 0) from organisation)::int as organisation_version,
    (select count(*) from audit_log)::int as audit,
    (select count(*) from mail_outbox)::int as outbox,
    (select coalesce(sum(attempts), 0) from mail_outbox)::int as outbox_attempts,
    (select count(*) from requests)::int as requests,
    (select coalesce(sum(version), 0) from requests)::int as request_versions,
    (select coalesce(sum(revisi), 0) from requests)::int as request_revisi,
    (select count(*) from request_assignees)::int as request_assignees,
    (select count(*) from request_transitions)::int as request_transitions,
    (select count(*) from request_comments)::int as request_comments,
    (select count(*) from request_comment_files)::int as request_comment_files,
    (select count(*) from request_documents)::int as request_documents,
    (select count(*) from numbering_templates)::int as numbering_templates,
    (select coalesce(sum(version), 0) from numbering_templates)::int as numbering_template_versions,
    (select coalesce(sum(value), 0) from numbering_counters)::int as numbering_counters,
    (select count(*) from holidays)::int as holidays,
    (select coalesce(sum(version), 0) from holidays)::int as holiday_versions,
    (select count(*) from notifications)::int as notifications,
    (select count(read_at) from notifications)::int as notifications_read,
    (select count(*) from sops)::int as sops,
    (select coalesce(sum(version), 0) from sops)::int as sop_versions_sum,
    (select count(*) from sop_versions)::int as sop_versions,
    (select coalesce(sum(version), 0) from job_master_years)::int as job_master_versions,
    (select count(*) from job_master_years)::int as job_master_years,
    (select count(*) from job_ej_bands)::int as job_ej_bands,
    (select count(*) from job_factor_levels)::int as job_factor_levels,
    (select count(*) from job_classes)::int as job_classes,
    (select count(*) from job_competency_levels)::int as job_competency_levels,
    (select count(*) from job_documents)::int as job_documents,
    (select coalesce(sum(version), 0) from job_documents)::int as job_document_versions_sum,
    (select count(*) from job_document_versions)::int as job_document_versions,
    (select count(sop_id) from requests)::int as request_sops,
    (select count(*) from request_sop_events)::int as request_sop_events,
    (select count(*) from sop_registry)::int as sop_registry,
    (select count(status_at) from sop_registry)::int as sop_registry_status_changes,
    (select coalesce(sum(version), 0) from sop_reviews)::int as sop_review_versions,
    (select count(*) from sop_review_decisions)::int as sop_review_decisions,
    (select count(*) from sop_carrying_units)::int as sop_carrying_units,
    (select count(*) from sop_acknowledgements)::int as sop_acknowledgements,
    (select count(*) from request_job_documents)::int as request_job_documents,
    (select count(*) from request_job_document_events)::int as request_job_document_events,
    (select count(*) from job_reference_items)::int as job_reference_items,
    (select count(*) from job_required_levels)::int as job_required_levels,
    (select count(*) from job_document_events)::int as job_document_events,
    (select count(minutes_file) from job_document_events)::int as job_minutes_files,
    (select count(*) from monev_criteria)::int as monev_criteria,
    (select count(*) from monev_rounds)::int as monev_rounds,
    (select coalesce(sum(version), 0) from monev_rounds)::int as monev_round_versions,
    (select count(*) from monev_round_units)::int as monev_round_units,
    (select count(*) from monev_assessments)::int as monev_assessments,
    (select coalesce(sum(version), 0) from monev_assessments)::int as monev_assessment_versions,
    (select count(*) from monev_reminders)::int as monev_reminders`);
  return rows[0];
}

/** Runs the failing request and checks that the database is exactly as before. */
export async function expectNothingWritten<T>(t: TestApp, request: () => Promise<T>): Promise<T> {
  const before = await dbSnapshot(t);
  const result = await request();
  expect(await dbSnapshot(t)).toEqual(before);
  return result;
}

export async function auditCount(t: TestApp, action: string, entityId?: string): Promise<number> {
  const { rows } = await t.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_log where action = ${action} and (${entityId ?? null}::text is null or entity_id = ${entityId ?? null})`,
  );
  return rows[0].n;
}

/** Signs in every non-administrator demo account once. */
export async function signInNonAdmins(t: TestApp): Promise<ApiClient[]> {
  return Promise.all(NON_ADMINS.map((email) => t.signIn(email)));
}

export const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => (body.error.fields ?? []).map((f) => f.path);

type Call = (c: ApiClient) => Promise<{ statusCode: number; json(): any }>;

/** Every non-administrator gets 403 and the public 401, and none of them writes anything. */
export async function expectAdminOnly(t: TestApp, nonAdmins: ApiClient[], call: Call) {
  await expectNothingWritten(t, async () => {
    for (const c of nonAdmins) {
      const res = await call(c);
      expect(res.statusCode, res.json().error?.code).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    const res = await call(await t.client());
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
}

/** The id of a unit by its code, looked up through the API. */
export async function unitIdOf(c: ApiClient, code: string): Promise<string> {
  const res = await c.get(`/api/units?q=${encodeURIComponent(code)}&pageSize=100&includeInactive=true`);
  const unit = res.json().items.find((u: { code: string }) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}
