import { describe, expect, it } from 'vitest';
import { acceptOf, checkFile, commentFileRule, extensionOf, typesText } from './files.ts';

const rule = { types: ['pdf', 'docx'], maxMb: 10 };

describe('file checks before an upload', () => {
  it('read the extension as the server does', () => {
    expect(extensionOf('Nota Dinas.PDF')).toBe('pdf');
    expect(extensionOf('C:\\berkas\\draf.sop.docx')).toBe('docx');
    expect(extensionOf('.pdf')).toBe('');
    expect(extensionOf('tanpa-ekstensi')).toBe('');
  });

  it('refuse a type the service does not allow, naming the allowed ones', () => {
    expect(checkFile({ name: 'foto.jpg', size: 100 }, rule)).toEqual({ key: 'req.file.type', params: { types: 'PDF, DOCX' } });
  });

  it('refuse an empty file and one over the limit; the limit itself passes', () => {
    expect(checkFile({ name: 'a.pdf', size: 0 }, rule)?.key).toBe('req.file.empty');
    expect(checkFile({ name: 'a.pdf', size: 10 * 1024 * 1024 + 1 }, rule)).toEqual({ key: 'req.file.tooLarge', params: { mb: 10 } });
    expect(checkFile({ name: 'a.pdf', size: 10 * 1024 * 1024 }, rule)).toBeNull();
  });

  it('tell the file picker and the reader what is allowed', () => {
    expect(acceptOf(rule.types)).toBe('.pdf,.docx');
    expect(typesText(rule.types)).toBe('PDF, DOCX');
  });
});

describe('files on a note', () => {
  it('may be as large as the service\'s largest attachment, 10 MB without attachments', () => {
    expect(commentFileRule([{ maxMb: 10 }, { maxMb: 20 }]).maxMb).toBe(20);
    expect(commentFileRule([]).maxMb).toBe(10);
  });

  it('are office documents, PDF and pictures', () => {
    const rule = commentFileRule([]);
    expect(checkFile({ name: 'foto.JPG', size: 10 }, rule)).toBeNull();
    expect(checkFile({ name: 'skrip.exe', size: 10 }, rule)?.key).toBe('req.file.type');
  });
});
