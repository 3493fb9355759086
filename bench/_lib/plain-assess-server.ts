/** The assessment behind a bare node:http handler: the baseline `bench/load.ts` compares with. */
import { createServer } from 'node:http';
import { bundledCategorySets } from '../../src/data/categories.js';
import { assess } from '../../src/rules/assess.js';
import { parseProfile } from '../../src/rules/profile/parse.js';

const sets = bundledCategorySets();
createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET') {
      response.end('{}');
      return;
    }
    const profile = parseProfile(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    const result = assess(profile, { on: url.searchParams.get('on') ?? '2026-08-01', sets });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(result));
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
