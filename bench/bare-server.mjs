// The yardstick: a bare node:http handler that sends, for each `METHOD /path` the bench recorded
// from the reference server, the same status, headers and body. No routing library, no database,
// no validation: what the machine can do with these bytes. Reads the recordings as JSON on stdin.
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
let input = '';
for await (const chunk of process.stdin) input += chunk;
const answers = new Map(
  JSON.parse(input).map(({ method, path, status, headers, body }) => [
    `${method} ${path}`,
    { status, headers, body: Buffer.from(body, 'base64') },
  ]),
);

createServer((request, response) => {
  const path = request.url.split('?')[0];
  if (path === '/ready') return response.writeHead(200).end('ok');
  const answer = answers.get(`${request.method} ${path}`);
  if (!answer) return response.writeHead(404).end();
  // A POST is answered after its body arrived, as the reference server does.
  request.resume();
  request.on('end', () => response.writeHead(answer.status, answer.headers).end(answer.body));
}).listen(port, '127.0.0.1');
