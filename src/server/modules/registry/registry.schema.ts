import { z } from 'zod';
import { ZSopContent } from '../../../domain/sop/schema.ts';

export const REGISTRY_STATUSES = ['effective', 'superseded', 'revoked'] as const;
export type RegistryStatus = (typeof REGISTRY_STATUSES)[number];

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ZRatifier = z.object({
  position: z.string().trim().max(300),
  name: z.string().trim().max(300),
  nip: z.string().trim().max(40),
});

/** `POST /api/registry`: ratify one saved version of an SOP. */
export const ZRatify = z.object({
  sopId: z.string().uuid(),
  version: z.number().int().min(1),
  number: z.string().trim().min(1).max(200),
  effectiveOn: ZIsoDate,
  /** The ratifying official; the version's own identity when left out. */
  ratifiedBy: ZRatifier.optional(),
  requestId: z.string().uuid().optional(),
});
export type TRatify = z.infer<typeof ZRatify>;

export const ZRevoke = z.object({ reason: z.string().max(2000).optional() });

const ZEntryRef = z.object({ id: z.string().uuid(), number: z.string(), version: z.number().int() });

/** A ratified version as anyone may see it. */
export const ZPublicEntry = z.object({
  id: z.string().uuid(),
  sopId: z.string().uuid(),
  version: z.number().int(),
  number: z.string(),
  title: z.string(),
  unitId: z.string().uuid(),
  unitLabel: z.string(),
  effectiveOn: z.string(),
  ratifier: ZRatifier,
  ratifiedAt: z.string(),
  status: z.enum(REGISTRY_STATUSES),
  statusReason: z.string().nullable(),
  statusAt: z.string().nullable(),
  supersededBy: ZEntryRef.nullable(),
  code: z.string(),
  verifyUrl: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  downloads: z.object({ pdf: z.string(), docx: z.string(), xlsx: z.string() }),
});
export type TPublicEntry = z.infer<typeof ZPublicEntry>;

/** The bureau's view: the public fields, the request it came through and who recorded what. */
export const ZRegistryEntry = ZPublicEntry.extend({
  requestId: z.string().uuid().nullable(),
  ratifiedByUser: z.object({ id: z.string().uuid(), name: z.string() }),
  statusBy: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  actions: z.array(z.string()),
});
export type TRegistryEntry = z.infer<typeof ZRegistryEntry>;

export const ZNewVersionResult = z.object({ sopId: z.string().uuid(), version: z.number().int(), fromEntryId: z.string().uuid() });

export const ZPublicQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(200).optional(),
  unitId: z.string().uuid().optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  status: z.enum(REGISTRY_STATUSES).default('effective'),
});
export type TPublicQuery = z.infer<typeof ZPublicQuery>;

export const ZPublicListItem = z.object({
  id: z.string().uuid(),
  sopId: z.string().uuid(),
  version: z.number().int(),
  number: z.string(),
  title: z.string(),
  unitId: z.string().uuid(),
  unitLabel: z.string(),
  effectiveOn: z.string(),
  status: z.enum(REGISTRY_STATUSES),
});

export const ZPublicOptions = z.object({
  units: z.array(z.object({ id: z.string().uuid(), label: z.string() })),
  years: z.array(z.number().int()),
});

const ZRelated = z.object({ sopId: z.string().uuid().nullable(), title: z.string(), number: z.string().nullable(), status: z.enum(REGISTRY_STATUSES).nullable() });

/** `GET /api/public/sops/:id`: the SOP's current ratified version (the effective one, else the latest), its content and history. */
export const ZPublicSop = z.object({
  sopId: z.string().uuid(),
  current: ZPublicEntry,
  content: ZSopContent,
  versions: z.array(ZPublicEntry),
  /** SOPs this one names in its identity, and SOPs (in effect) that name this one. */
  related: z.object({ names: z.array(ZRelated), namedBy: z.array(ZRelated) }),
});

export const ZVerifyResult = z.object({
  found: z.boolean(),
  /** True only for the version currently in effect. */
  valid: z.boolean(),
  entry: ZPublicEntry.nullable(),
  /** The version in effect now, when the one asked about is not. */
  effective: ZEntryRef.nullable(),
  /** For an uploaded file: the SHA-256 of the bytes received. */
  sha256: z.string().optional(),
});
export type TVerifyResult = z.infer<typeof ZVerifyResult>;

export const ZCodeParams = z.object({ code: z.string().trim().min(1).max(40) });
export const ZNumberQuery = z.object({ number: z.string().trim().min(1).max(200) });
