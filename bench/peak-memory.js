/**
 * Loaded with `node --import` before the program a benchmark measures: writes the process's peak
 * resident memory, in KiB, to file descriptor 3 as it exits.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(3, `${process.resourceUsage().maxRSS}\n`));
