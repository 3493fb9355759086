/**
 * A worker thread of {@link generatePoolChunks}: builds the pool's generator once, then answers
 * each `{ start, end }` request with those profiles as JSON lines and their CRS totals.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { poolGenerator } from './generate.js';
import type { ChunkRequest, GeneratedChunk, WorkerSetup } from './parallel.js';
import { generateChunk } from './parallel.js';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');
const generator = poolGenerator((workerData as WorkerSetup).options);
port.on('message', (request: ChunkRequest) => {
  const chunk: GeneratedChunk = generateChunk(generator, request);
  port.postMessage(chunk, [chunk.crs.buffer as ArrayBuffer]);
});
