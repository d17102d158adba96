import { parentPort, workerData } from 'node:worker_threads';

/**
 * A load of `connections` clients each sending the next request as soon as the last answered,
 * for `seconds`, in a worker thread so the clients do not share the server's event loop. Posts
 * every request's latency in milliseconds, and the count of failed answers.
 */
// Plain JavaScript: a worker thread does not get the tsx loader the main thread runs with.
const { urls, headers, connections, seconds } = workerData;

const latencies = [];
let failed = 0;
const end = performance.now() + seconds * 1000;
let next = 0;

async function client() {
  while (performance.now() < end) {
    const url = urls[next++ % urls.length] ?? '';
    const start = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    latencies.push(performance.now() - start);
    if (!res.ok) failed++;
  }
}

await Promise.all(Array.from({ length: connections }, client));
parentPort?.postMessage({ latencies, failed });
