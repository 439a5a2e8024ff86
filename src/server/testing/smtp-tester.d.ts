declare module 'smtp-tester' {
  import type { SMTPServer } from 'smtp-server';
  export interface CapturedEmail {
    sender: string;
    receivers: Record<string, true>;
    headers: Record<string, unknown>;
    body: string;
  }
  export interface MailServer {
    smtpServer: SMTPServer & { server: import('node:net').Server };
    bind(handler: (address: string | null, id: number, email: CapturedEmail) => void): void;
    captureOne(recipient: string, opts?: { wait?: number }): Promise<{ address: string; id: number; email: CapturedEmail }>;
    removeAll(): void;
    stop(callback?: () => void): void;
  }
  const smtpTester: { init(port: number): MailServer };
  export default smtpTester;
}
