import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * A load of `connections` clients each sending the next request as soon as the last answered,
 * for `seconds`, in a worker thread so the clients do not share the server's event loop. Posts
 * every request's latency in milliseconds, and the count of failed answers. Plain JavaScript:
 * a worker thread does not get the tsx loader the main thread runs with; node:http with
 * keep-alive, as it costs the client less than fetch.
 */
const { urls, headers, connections, seconds } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

const latencies = [];
let failed = 0;
const end = performance.now() + seconds * 1000;
let next = 0;

const get = (url) =>
  new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    request.on('error', reject);
  });

async function client() {
  while (performance.now() < end) {
    const url = urls[next++ % urls.length];
    const start = performance.now();
    const status = await get(url);
    latencies.push(performance.now() - start);
    if (status < 200 || status >= 300) failed++;
  }
}

await Promise.all(Array.from({ length: connections }, client));
agent.destroy();
parentPort?.postMessage({ latencies, failed });
