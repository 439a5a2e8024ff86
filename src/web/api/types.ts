import type { Role } from '../../domain/access/roles.ts';
import type { PositionKind, UnitKind } from '../../domain/organisation/unit.ts';
import type { Channel, FormField, RequiredAttachment } from '../../domain/catalogue/service.ts';

/** The shapes of docs/API-CONTRACT.md, as the web app reads them. */

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  roles: Role[];
  mustChangePassword: boolean;
}

export interface Session {
  user: SessionUser | null;
  csrfToken: string;
}

/** A paged list: `actions` are what the caller may do on the collection (e.g. "create"). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  actions: string[];
}

export interface PageQuery {
  page?: number;
  pageSize?: number;
  q?: string;
}

/** Every object the API returns carries its version (optimistic locking) and what the caller may do with it. */
export interface Versioned {
  version: number;
  actions: string[];
}

export interface Organisation extends Versioned {
  name: string;
  shortName: string;
  bureauName: string;
  address: string;
}

export interface Unit extends Versioned {
  id: string;
  parentId: string | null;
  parentName: string | null;
  code: string;
  name: string;
  kind: UnitKind;
  active: boolean;
}

export interface UnitMember {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  active: boolean;
}

export interface Position extends Versioned {
  id: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  name: string;
  kind: PositionKind;
  active: boolean;
}

export interface User extends Versioned {
  id: string;
  email: string;
  name: string;
  nip: string | null;
  unitId: string;
  unitName: string;
  unitCode: string;
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
}

export interface Service extends Versioned {
  id: string;
  code: string;
  channel: Channel;
  sortOrder: number;
  name: string;
  nameEn: string;
  description: string;
  requirements: string[];
  formFields: FormField[];
  requiredAttachments: RequiredAttachment[];
  output: string;
  standardDays: number[];
  active: boolean;
}

export interface ServiceList {
  items: Service[];
  actions: string[];
}

export type { Role, UnitKind, PositionKind, Channel, FormField, RequiredAttachment };
