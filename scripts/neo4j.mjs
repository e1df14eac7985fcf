#!/usr/bin/env node
// Start / stop / inspect a real Neo4j 5.26 Community server for kg, without Docker.
//
//   node scripts/neo4j.mjs start    build tools/neo4j if needed, launch it in the background,
//                                   wait until Bolt answers `RETURN 1`, print URI and user
//   node scripts/neo4j.mjs stop     SIGTERM (clean shutdown), SIGKILL after a timeout
//   node scripts/neo4j.mjs status   exit 0 = running and answering, 1 = running but not
//                                   answering, 3 = not running
//   node scripts/neo4j.mjs build    only build tools/neo4j (downloads from Maven Central once)
//
// Environment (all optional):
//   NEO4J_BOLT_PORT      Bolt port on 127.0.0.1             (default 7687)
//   NEO4J_BOLT_HOST      listen address                      (default 127.0.0.1)
//   NEO4J_PASSWORD       password of user neo4j              (default kg-password, min. 8 chars)
//   NEO4J_DATA_DIR       store directory                     (default <repo>/.neo4j/data)
//   NEO4J_PAGECACHE      page cache size                     (default 256m)
//   NEO4J_JAVA_OPTS      JVM options       (default -Xms1g -Xmx2g -XX:+UseParallelGC ...: throughput GC, see docs/neo4j.md)
//   NEO4J_START_TIMEOUT  seconds to wait for Bolt on start   (default 120)
//   NEO4J_STOP_TIMEOUT   seconds before SIGKILL on stop      (default 60)
//   JAVA_HOME            Java 17+ to use (else `java` on PATH); MVN: Maven command (default mvn)
//
// The pid file is .neo4j/neo4j.pid and the server log .neo4j/neo4j.log under the repo root.
// Plain Node ESM on purpose: no build step, only node built-ins and neo4j-driver.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUN_DIR = path.join(ROOT, '.neo4j');
const PID_FILE = path.join(RUN_DIR, 'neo4j.pid');
const LOG_FILE = path.join(RUN_DIR, 'neo4j.log');
const LOCK_DIR = path.join(RUN_DIR, 'neo4j.lock');
const TOOL_DIR = path.join(ROOT, 'tools', 'neo4j');
const JAR = path.join(TOOL_DIR, 'target', 'kg-neo4j.jar');
const LIB_DIR = path.join(TOOL_DIR, 'target', 'lib');
const JAR_MARKER = 'kg-neo4j.jar'; // how we recognise our java process in its command line
const READY_RE = /^kg-neo4j: ready (.*)$/m;
const FAILED_RE = /^kg-neo4j: FAILED (.*)$/m;

class CliError extends Error {}

const env = process.env;
const USER = 'neo4j';
const DEFAULT_PASSWORD = 'kg-password';
const HOST = env.NEO4J_BOLT_HOST || '127.0.0.1';
const PORT = parseIntEnv('NEO4J_BOLT_PORT', 7687);
const PASSWORD = env.NEO4J_PASSWORD || DEFAULT_PASSWORD;
const DATA_DIR = path.resolve(env.NEO4J_DATA_DIR || path.join(RUN_DIR, 'data'));
const START_TIMEOUT_MS = parseIntEnv('NEO4J_START_TIMEOUT', 120) * 1000;
const STOP_TIMEOUT_MS = parseIntEnv('NEO4J_STOP_TIMEOUT', 60) * 1000;
const URI = `bolt://${HOST.includes(':') ? `[${HOST}]` : HOST}:${PORT}`;
const JAVA = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
const MVN = env.MVN || 'mvn';
const JAVA_OPTS = (env.NEO4J_JAVA_OPTS ||
  '-Xms1g -Xmx2g -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError -Djdk.nio.maxCachedBufferSize=1024 ' +
  '-Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8')
  .split(/\s+/)
  .filter(Boolean);

function parseIntEnv(name, dflt) {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) {
    console.error(`neo4j: ${name} must be a positive integer, got "${raw}"`);
    process.exit(2);
  }
  return n;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rel = (p) => (path.relative(process.cwd(), p).startsWith('..') ? p : path.relative(process.cwd(), p) || '.');

// ---------------------------------------------------------------- processes

/** true if pid exists and is not a zombie */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
  } catch {
    /* no /proc (macOS): trust kill(0) */
  }
  return true;
}

/** true if pid is alive and is our java launcher (guards against pid reuse) */
function isOurServer(pid) {
  if (!isAlive(pid)) return false;
  let cmd = null;
  try {
    cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    const r = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
    if (r.status === 0) cmd = r.stdout;
  }
  return cmd === null ? true : cmd.includes(JAR_MARKER);
}

function readPid() {
  try {
    const pid = Number(fs.readFileSync(PID_FILE, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function removePidFile() {
  fs.rmSync(PID_FILE, { force: true });
}

async function waitForExit(pid, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/** SIGTERM, wait, SIGKILL. Returns 'terminated' | 'killed' | 'gone'. */
async function terminate(pid, timeoutMs) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return 'gone';
  }
  if (await waitForExit(pid, timeoutMs)) return 'terminated';
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return 'gone';
  }
  if (!(await waitForExit(pid, 10_000))) throw new CliError(`process ${pid} survived SIGKILL`);
  return 'killed';
}

// ---------------------------------------------------------------- lock (start/stop must not race)

async function withLock(fn) {
  fs.mkdirSync(RUN_DIR, { recursive: true });
  const deadline = Date.now() + START_TIMEOUT_MS + STOP_TIMEOUT_MS + 30_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'owner'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = null;
      try {
        owner = Number(fs.readFileSync(path.join(LOCK_DIR, 'owner'), 'utf8'));
      } catch {
        /* being created or removed */
      }
      const age = (() => {
        try {
          return Date.now() - fs.statSync(LOCK_DIR).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if ((owner && !isAlive(owner)) || (!owner && age > 10_000)) {
        fs.rmSync(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new CliError(`another neo4j.mjs (pid ${owner}) holds ${rel(LOCK_DIR)}`);
      await sleep(250);
    }
  }
  const release = () => fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  process.once('exit', release);
  try {
    return await fn();
  } finally {
    release();
  }
}

// ---------------------------------------------------------------- Bolt

/** Run `RETURN 1` through neo4j-driver. Resolves { ok: true } or { ok: false, error }. */
async function ping(password = PASSWORD, timeoutMs = 5000) {
  const driver = neo4j.driver(URI, neo4j.auth.basic(USER, password), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    disableLosslessIntegers: true,
  });
  const session = driver.session();
  try {
    const res = await session.run('RETURN 1 AS one');
    const one = res.records[0]?.get('one');
    return one === 1 ? { ok: true } : { ok: false, error: new Error(`RETURN 1 gave ${one}`) };
  } catch (error) {
    return { ok: false, error };
  } finally {
    await session.close().catch(() => {});
    await driver.close().catch(() => {});
  }
}

function portInUse(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    const done = (v) => {
      sock.destroy();
      resolve(v);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

const describeError = (e) => (e?.code ? `${e.code}: ${e.message}` : String(e?.message ?? e));

// ---------------------------------------------------------------- build

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    newest = Math.max(newest, ent.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function buildNeeded() {
  if (!fs.existsSync(JAR) || !fs.existsSync(LIB_DIR) || fs.readdirSync(LIB_DIR).length === 0) return 'missing';
  const jarTime = fs.statSync(JAR).mtimeMs;
  const srcTime = Math.max(fs.statSync(path.join(TOOL_DIR, 'pom.xml')).mtimeMs, newestMtime(path.join(TOOL_DIR, 'src')));
  return srcTime > jarTime ? 'stale' : null;
}

function build(reason) {
  console.log(
    `Building ${rel(TOOL_DIR)} (${reason}; the first build downloads Neo4j 5.26 from Maven Central into ~/.m2) ...`,
  );
  const t0 = Date.now();
  const r = spawnSync(
    MVN,
    ['-q', '-B', '--no-transfer-progress', '-Dstyle.color=never', '-f', path.join(TOOL_DIR, 'pom.xml'), 'package'],
    // Output is kept and shown only on failure (Maven 3.8 prints stray ANSI resets even with -q -B).
    { cwd: TOOL_DIR, stdio: ['ignore', 'pipe', 'pipe'], env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.error?.code === 'ENOENT') throw new CliError(`Maven ("${MVN}") not found: install Maven 3.8+ and Java 17+`);
  if (r.status !== 0 || !fs.existsSync(JAR)) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
    throw new CliError(`Maven build of ${rel(TOOL_DIR)} failed (exit ${r.status}):\n${tail(out, 60)}`);
  }
  // Maven may keep the old jar's timestamp when nothing changed; make the staleness check settle.
  const now = new Date();
  fs.utimesSync(JAR, now, now);
  console.log(`Built ${rel(JAR)} in ${secs(Date.now() - t0)}`);
}

function checkJava() {
  const r = spawnSync(JAVA, ['-version'], { encoding: 'utf8' });
  if (r.error) throw new CliError(`Java not found ("${JAVA}"): Neo4j 5.26 needs Java 17 or 21 (set JAVA_HOME)`);
  const m = /version "(\d+)/.exec(r.stderr + r.stdout);
  if (m && Number(m[1]) < 17) throw new CliError(`Java ${m[1]} found at "${JAVA}"; Neo4j 5.26 needs Java 17 or 21`);
}

// ---------------------------------------------------------------- log

function logSize() {
  try {
    return fs.statSync(LOG_FILE).size;
  } catch {
    return 0;
  }
}

function readLogFrom(offset) {
  try {
    const fd = fs.openSync(LOG_FILE, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (size <= offset) return '';
      const buf = Buffer.alloc(size - offset);
      fs.readSync(fd, buf, 0, buf.length, offset);
      return buf.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** Byte offset of the last "===== ... neo4j.mjs start" header, i.e. where the current run's output begins. */
function lastRunOffset() {
  const buf = (() => {
    try {
      return fs.readFileSync(LOG_FILE);
    } catch {
      return Buffer.alloc(0);
    }
  })();
  const i = buf.lastIndexOf('\n===== ');
  return i < 0 ? 0 : i;
}

function tail(text, lines = 40) {
  const all = text.trimEnd().split('\n');
  return all.slice(-lines).map((l) => `  | ${l}`).join('\n');
}

// ---------------------------------------------------------------- commands

function printConnection(pid, extra = '') {
  console.log(`Neo4j is running (pid ${pid})${extra}`);
  console.log(`  NEO4J_URI=${URI}`);
  console.log(`  NEO4J_USERNAME=${USER}`);
  console.log(`  NEO4J_PASSWORD=${PASSWORD === DEFAULT_PASSWORD ? PASSWORD : '<value of $NEO4J_PASSWORD>'}`);
  console.log(`  data: ${rel(DATA_DIR)}   log: ${rel(LOG_FILE)}`);
}

async function waitUntilReady(pid, logOffset, child) {
  const t0 = Date.now();
  const deadline = t0 + START_TIMEOUT_MS;
  let exit = null;
  child?.once('exit', (code, signal) => (exit = { code, signal }));
  let ready = false;
  let last = null;
  while (Date.now() < deadline) {
    const text = readLogFrom(logOffset);
    const failed = FAILED_RE.exec(text);
    if (exit || !isAlive(pid) || failed) {
      const how = exit ? (exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`) : 'exited';
      if (isAlive(pid)) await terminate(pid, STOP_TIMEOUT_MS);
      removePidFile();
      throw new CliError(
        `Neo4j failed to start (${failed ? failed[1] : how}). Last lines of ${rel(LOG_FILE)}:\n${tail(text)}`,
      );
    }
    // Gate on the launcher's own "ready" line (printed once the password is in place), so we
    // do not burn failed logins (Neo4j locks a user after 3 failures); then prove it via Bolt.
    if (!ready) ready = READY_RE.test(text);
    if (ready) {
      const res = await ping(PASSWORD, 5000);
      if (res.ok) return { ms: Date.now() - t0, info: READY_RE.exec(text)?.[1] ?? '' };
      last = res.error;
      if (last?.code === 'Neo.ClientError.Security.Unauthorized') {
        throw new CliError(
          `Neo4j is up but rejected user "${USER}" with the NEO4J_PASSWORD given (${describeError(last)})`,
        );
      }
    }
    await sleep(ready ? 1000 : 250);
  }
  const text = readLogFrom(logOffset);
  await terminate(pid, STOP_TIMEOUT_MS);
  removePidFile();
  throw new CliError(
    `Neo4j did not answer RETURN 1 on ${URI} within ${secs(START_TIMEOUT_MS)}` +
      `${last ? ` (last error: ${describeError(last)})` : ''}; the process was stopped. ` +
      `Last lines of ${rel(LOG_FILE)}:\n${tail(text)}`,
  );
}

async function start() {
  return withLock(async () => {
    const pid = readPid();
    if (pid && isOurServer(pid)) {
      const res = await ping(PASSWORD, 5000);
      if (res.ok) {
        printConnection(pid, ' - already running, nothing to do');
        return 0;
      }
      const header = /neo4j\.mjs start: (\S+) data=(.*)$/m.exec(readLogFrom(lastRunOffset()));
      if (header && (header[1] !== URI || path.resolve(header[2].trim()) !== DATA_DIR)) {
        throw new CliError(
          `Neo4j (pid ${pid}) is already running from this checkout with other settings ` +
            `(${header[1]}, data ${rel(header[2].trim())}); run \`node scripts/neo4j.mjs stop\` first`,
        );
      }
      console.log(`Neo4j process ${pid} exists but does not answer yet (${describeError(res.error)}); waiting ...`);
      const { ms } = await waitUntilReady(pid, lastRunOffset());
      printConnection(pid, ` - answered after ${secs(ms)}`);
      return 0;
    }
    if (pid) {
      console.log(`Removing stale pid file (process ${pid} is gone)`);
      removePidFile();
    }

    if (await portInUse(HOST, PORT)) {
      const res = await ping(PASSWORD, 5000);
      if (res.ok) {
        console.log(`A Neo4j server not started by this script already answers on ${URI} (docker compose?).`);
        console.log('Using it as is; `stop` will not touch it.');
        return 0;
      }
      throw new CliError(
        `port ${PORT} on ${HOST} is already in use by something else (${describeError(res.error)}); ` +
          `stop it or set NEO4J_BOLT_PORT`,
      );
    }

    if (PASSWORD.length < 8) throw new CliError('NEO4J_PASSWORD must be at least 8 characters (Neo4j\'s minimum)');
    const why = buildNeeded();
    if (why) build(why === 'missing' ? 'jar missing' : 'sources changed');
    checkJava();

    fs.mkdirSync(DATA_DIR, { recursive: true });
    if (logSize() > 20 * 1024 * 1024) fs.renameSync(LOG_FILE, `${LOG_FILE}.1`);
    const offset = logSize();
    const logFd = fs.openSync(LOG_FILE, 'a');
    fs.writeSync(logFd, `\n===== ${new Date().toISOString()} neo4j.mjs start: ${URI} data=${DATA_DIR}\n`);
    const t0 = Date.now();
    const child = spawn(JAVA, [...JAVA_OPTS, '-jar', JAR], {
      cwd: ROOT,
      detached: true, // own process group: survives this script, no SIGINT from the terminal
      stdio: ['ignore', logFd, logFd],
      env: {
        ...env,
        NEO4J_DATA_DIR: DATA_DIR,
        NEO4J_BOLT_HOST: HOST,
        NEO4J_BOLT_PORT: String(PORT),
        NEO4J_PASSWORD: PASSWORD,
      },
    });
    fs.closeSync(logFd);
    const spawnError = await new Promise((resolve) => {
      child.once('error', resolve);
      child.once('spawn', () => resolve(null));
    });
    if (spawnError) throw new CliError(`could not run ${JAVA}: ${spawnError.message}`);
    child.unref();
    fs.writeFileSync(PID_FILE, `${child.pid}\n`);
    console.log(`Starting Neo4j (pid ${child.pid}) on ${URI}, data in ${rel(DATA_DIR)} ...`);

    const { info } = await waitUntilReady(child.pid, offset, child);
    const version = /version=(\S+)/.exec(info)?.[1];
    printConnection(child.pid, ` - ready in ${secs(Date.now() - t0)}${version ? `, Neo4j ${version}` : ''}`);
    return 0;
  });
}

async function stop() {
  return withLock(async () => {
    const pid = readPid();
    if (!pid) {
      console.log(`Neo4j is not running (no ${rel(PID_FILE)})`);
      return 0;
    }
    if (!isOurServer(pid)) {
      removePidFile();
      console.log(`Neo4j is not running (removed stale pid file for pid ${pid})`);
      return 0;
    }
    const t0 = Date.now();
    console.log(`Stopping Neo4j (pid ${pid}) ...`);
    const how = await terminate(pid, STOP_TIMEOUT_MS);
    removePidFile();
    if (how === 'killed') {
      console.warn(
        `Neo4j did not stop within ${secs(STOP_TIMEOUT_MS)} and was killed (SIGKILL); ` +
          `it will run recovery on the next start. See ${rel(LOG_FILE)}`,
      );
      return 0;
    }
    console.log(`Neo4j stopped in ${secs(Date.now() - t0)}`);
    return 0;
  });
}

async function status() {
  const pid = readPid();
  if (pid && isOurServer(pid)) {
    const res = await ping(PASSWORD, 5000);
    if (res.ok) {
      printConnection(pid, ', answering RETURN 1');
      return 0;
    }
    console.log(`Neo4j process ${pid} is running but ${URI} does not answer: ${describeError(res.error)}`);
    return 1;
  }
  if (pid) console.log(`Stale pid file ${rel(PID_FILE)} (process ${pid} is gone)`);
  if (await portInUse(HOST, PORT)) {
    const res = await ping(PASSWORD, 5000);
    console.log(
      res.ok
        ? `Neo4j is not running from this script, but a server answers on ${URI} (docker compose?)`
        : `Neo4j is not running from this script; port ${PORT} is in use by something else`,
    );
    return res.ok ? 0 : 3;
  }
  console.log('Neo4j is not running');
  return 3;
}

const USAGE = 'usage: node scripts/neo4j.mjs start|stop|status|build';

async function main(argv) {
  const cmd = argv[0];
  switch (cmd) {
    case 'start':
      return start();
    case 'stop':
      return stop();
    case 'status':
      return status();
    case 'build': {
      const why = buildNeeded();
      if (why || argv.includes('--force')) build(why === 'missing' ? 'jar missing' : why ? 'sources changed' : 'forced');
      else console.log(`${rel(JAR)} is up to date`);
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof CliError ? `neo4j: ${err.message}` : err);
    process.exitCode = 1;
  },
);
