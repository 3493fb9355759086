/** A worker thread of {@link runProfileJobs}: answers each job with its profiles as JSON text. */
import { parentPort } from 'node:worker_threads';
import { type ProfileJob, runProfileJob } from './profile-jobs.js';

const port = parentPort;
if (!port) throw new Error('profile-worker.ts runs as a worker thread');
port.on('message', (job: ProfileJob) => port.postMessage(JSON.stringify(runProfileJob(job))));
