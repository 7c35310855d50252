#!/usr/bin/env node
/**
 * Run by `npm start` before the build: when the demo's port is taken, say so in one line and exit 1,
 * rather than build for a minute and then print the dev server's stack trace.
 */
import { createServer } from 'node:net';
import config from '../web-dev-server.config.js';

const { port, hostname } = config;
const error = await new Promise((resolve) => {
  const probe = createServer()
    .once('error', resolve)
    .once('listening', () => probe.close(() => resolve(undefined)));
  probe.listen(port, hostname);
});
if (error) {
  const why = error.code === 'EADDRINUSE' ? 'is in use' : `cannot be used (${error.code ?? error.message})`;
  console.error(`npm start: port ${port} on ${hostname} ${why}; stop what uses it, or choose another: PORT=8080 npm start`);
  process.exit(1);
}
