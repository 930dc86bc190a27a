/**
 * The worker of `parseParallel` (src/parallel.ts): extracts the parts it is sent, one at a time,
 * and answers each with its JSON or the reason it could not.
 */
import { parentPort } from 'node:worker_threads';
import { describeThrown } from './parser.js';
import { extractPart } from './parallel.js';
import type { PartReply, PartRequest } from './parallel.js';

parentPort?.on('message', (request: PartRequest) => {
  let reply: PartReply;
  try {
    reply = { id: request.id, json: extractPart(request) };
  } catch (error) {
    reply = { id: request.id, error: describeThrown(error) };
  }
  parentPort!.postMessage(reply);
});
