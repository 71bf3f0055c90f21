import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedMessage {
  id: string;
  timestamp: string;
  signature: string;
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: number;
}

export type Answer = { status: number; delayMs?: number; headers?: Record<string, string> } | 'hang';

/**
 * A webhook receiver on 127.0.0.1 that records every request and answers as the test says (a status,
 * a delay, or never). Can be taken down (port closed: connections refused) and brought back up on the
 * same port.
 */
export class WebhookReceiver {
  readonly received: ReceivedMessage[] = [];
  answer: (message: ReceivedMessage) => Answer = () => ({ status: 200 });
  /** Requests being answered right now, and the most at once. */
  concurrent = 0;
  maxConcurrent = 0;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async start(port = this.port): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const message: ReceivedMessage = {
          id: String(req.headers['webhook-id']),
          timestamp: String(req.headers['webhook-timestamp']),
          signature: String(req.headers['webhook-signature']),
          headers: req.headers,
          body,
          receivedAt: Date.now(),
        };
        this.received.push(message);
        const answer = this.answer(message);
        if (answer === 'hang') return;
        this.concurrent++;
        this.maxConcurrent = Math.max(this.maxConcurrent, this.concurrent);
        setTimeout(() => {
          this.concurrent--;
          res.writeHead(answer.status, answer.headers).end('ok');
        }, answer.delayMs ?? 0);
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Closes the port and every open connection: attempts are refused until start() again. */
  async stop(): Promise<void> {
    if (!this.server) return;
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The messages of one type, parsed. */
  messages<T = any>(type?: string): { id: string; body: { type: string; timestamp: string; data: T } }[] {
    return this.received
      .map((m) => ({ id: m.id, body: JSON.parse(m.body) as { type: string; timestamp: string; data: T } }))
      .filter((m) => !type || m.body.type === type);
  }

  /** Verifies a received message with the standardwebhooks library; throws when it does not verify. */
  static verify(secret: string, message: ReceivedMessage): unknown {
    return new Webhook(secret).verify(message.body, {
      'webhook-id': message.id,
      'webhook-timestamp': message.timestamp,
      'webhook-signature': message.signature,
    });
  }

  async waitFor(
    predicate: (received: ReceivedMessage[]) => boolean,
    timeoutMs = 15_000,
    what = 'webhook messages',
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.received)) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; received ${this.received.length}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
