// The baseline of bench/realtime: a bare `ws` broadcast server doing the same delivery as
// Eventide's /v1/realtime in the benchmark, and nothing else (no token, no log, no feed, no
// cursor). A socket joins its group with `?group=`; `POST /v1/conversations/<group>/messages`
// sends the JSON body to every socket of the group and answers 201. Run as a child: prints its port.
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const groups = new Map<string, Set<WebSocket>>();
let seq = 0;
const server = createServer((req, res) => {
  const match = /^\/v1\/conversations\/([^/]+)\/messages$/.exec(req.url ?? '');
  if (req.method !== 'POST' || !match) {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { clientMessageId: string };
    const id = `m${++seq}`;
    const frame = JSON.stringify({ id, seq, ...body });
    for (const ws of groups.get(match[1]!) ?? []) ws.send(frame);
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id, seq }));
  });
});
const wss = new WebSocketServer({ server, path: '/v1/realtime' });
wss.on('connection', (ws, req) => {
  const group = new URL(req.url ?? '/', 'http://x').searchParams.get('group') ?? '';
  const members = groups.get(group) ?? new Set<WebSocket>();
  groups.set(group, members);
  members.add(ws);
  ws.on('close', () => members.delete(ws));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
