import { describe, expect, it } from 'vitest';
import { noticeHref } from './useNotifications.ts';

describe('noticeHref', () => {
  it('leads to the request, else to the in-portal link, never off the portal', () => {
    expect(noticeHref({ requestId: 'r1', link: '/daftar-sop/x' })).toBe('/permohonan/r1');
    expect(noticeHref({ requestId: null, link: '/daftar-sop/x' })).toBe('/daftar-sop/x');
    expect(noticeHref({ requestId: null, link: null })).toBeNull();
    expect(noticeHref({ requestId: null, link: '//evil.example/x' })).toBeNull();
    expect(noticeHref({ requestId: null, link: 'https://evil.example/x' })).toBeNull();
  });
});
