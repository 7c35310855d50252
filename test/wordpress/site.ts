/**
 * A throwaway WordPress site from Debian's packages: MariaDB on a socket in a temporary folder,
 * WordPress installed by a PHP script, PHP's built-in server in front. Nothing outside the temporary
 * folder changes except one file, /etc/wordpress/config-<name>.php, which Debian's wp-config.php
 * insists on and `stop()` removes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORDPRESS = '/usr/share/wordpress';
const HERE = fileURLToPath(new URL('.', import.meta.url));
const PATH = `${process.env.PATH}:/usr/sbin:/sbin`;
/** A block theme and a classic one, as Debian packages them. */
export const THEMES = ['twentytwentythree', 'twentytwentyone'] as const;

function which(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { env: { ...process.env, PATH }, encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** The Debian packages this needs that are not installed, by package name. */
export function missingPackages(): string[] {
  const php = which('php');
  const mysqli = php && spawnSync(php, ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0;
  return [
    existsSync(join(WORDPRESS, 'wp-settings.php')) ? '' : 'wordpress',
    ...THEMES.map((theme) => (existsSync(join(WORDPRESS, 'wp-content/themes', theme)) ? '' : `wordpress-theme-${theme}`)),
    which('mariadbd') ? '' : 'mariadb-server',
    php ? '' : 'php-cli',
    mysqli ? '' : 'php-mysql',
  ].filter(Boolean);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until(what: string, ready: () => boolean | Promise<boolean>, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`${what} was not ready within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What install.php made, by its keys. */
export type Posts = Record<'story2019' | 'storyToday' | 'storyOff' | 'custom' | 'terms' | 'glossary' | 'plain', { id: number; url: string }>;

export interface Site {
  url: string;
  posts: Posts;
  /** The folder under which WordPress keeps plugins, themes and uploads. */
  content: string;
  /** Runs a PHP script with the site's configuration; WordPress is loaded by the script itself. */
  php(script: string, args?: string[]): string;
  /** What WordPress and PHP logged (deprecations of WordPress 6.1 under PHP 8.2 among them). */
  debugLog(): string;
  stop(): Promise<void>;
}

/** Installs a site with the plugin from `zip` and the theme `theme`, and serves it. */
export async function startSite(zip: string, theme: (typeof THEMES)[number]): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'ics-wordpress-'));
  const name = `ics-glossary-test-${basename(dir).split('-').pop()!.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
  const config = `/etc/wordpress/config-${name}.php`;
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Each was started in its own process group, so PHP's server workers go with it.
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
    rmSync(config, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: an empty data folder, reached only through its socket. Without grant tables there
    // are no passwords, and nothing else on the machine can reach it.
    const socket = join(dir, 'mysqld.sock');
    mkdirSync(join(dir, 'db'));
    const db = spawn(
      which('mariadbd')!,
      ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--user=root', `--socket=${socket}`, '--skip-networking',
        '--skip-grant-tables', '--skip-log-bin', '--innodb-buffer-pool-size=32M', '--innodb-log-file-size=16M'],
      { detached: true, stdio: ['ignore', 'ignore', 'ignore'] },
    );
    children.push(db);

    // The document root: WordPress's files by symlink, and a content folder of the site's own.
    const root = join(dir, 'site');
    const content = join(root, 'wp-content');
    mkdirSync(root);
    for (const entry of readdirSync(WORDPRESS)) {
      if (entry !== 'wp-content') symlinkSync(join(WORDPRESS, entry), join(root, entry));
    }
    for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(content, sub), { recursive: true });
    for (const theme of THEMES) symlinkSync(join(WORDPRESS, 'wp-content/themes', theme), join(content, 'themes', theme));

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const php = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    writeFileSync(
      config,
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'WP_HOME', ${php(url)} );
define( 'WP_SITEURL', ${php(url)} );
define( 'WP_CONTENT_DIR', ${php(content)} );
define( 'WP_CONTENT_URL', ${php(`${url}/wp-content`)} );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${php(join(dir, 'debug.log'))} );
`,
    );
    // Debian's wp-config.php picks the file above by this name; PHP's built-in server does not pass
    // the environment on in $_SERVER, so a file prepended to every script sets it.
    const prepend = join(dir, 'prepend.php');
    writeFileSync(
      prepend,
      `<?php
$_SERVER['WORDPRESS_CONFIG'] = ${php(name)};
if ( PHP_SAPI === 'cli' ) { $_SERVER['HTTP_HOST'] = ${php(`127.0.0.1:${port}`)}; }
`,
    );
    const debugLog = () => (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : '');
    const runPhp = (script: string, args: string[] = []) => {
      const run = spawnSync('php', ['-d', `auto_prepend_file=${prepend}`, script, ...args], { encoding: 'utf8', env: { ...process.env, PATH } });
      if (run.status !== 0) {
        const fatal = debugLog().split('\n').filter((line) => /PHP (Fatal|Parse) error/.test(line));
        throw new Error(`php ${basename(script)} failed (${run.status}):\n${run.stderr}${fatal.join('\n') || run.stdout.slice(0, 2000)}`);
      }
      return run.stdout;
    };

    const mariadb = which('mariadb') ?? which('mysql')!;
    const sql = (statement: string) => spawnSync(mariadb, ['--no-defaults', `--socket=${socket}`, '-e', statement], { encoding: 'utf8' });
    await until('MariaDB', () => existsSync(socket) && sql('SELECT 1').status === 0);
    const created = sql('CREATE DATABASE wordpress');
    if (created.status !== 0) throw new Error(`MariaDB: ${created.stderr}`);

    const installed = runPhp(join(HERE, 'install.php'), [zip, theme]);
    const posts = JSON.parse(/^RESULT (.*)$/m.exec(installed)![1]!).posts as Posts;

    const server = spawn('php', ['-d', `auto_prepend_file=${prepend}`, '-S', `127.0.0.1:${port}`, '-t', root], {
      detached: true,
      stdio: ['ignore', 'ignore', 'ignore'],
      // Workers, so that a page's script and style requests are not queued behind it.
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(server);
    await until('PHP server', async () => {
      try {
        return (await fetch(`${url}/wp-login.php`)).ok;
      } catch {
        return false;
      }
    });
    return {
      url,
      posts,
      content,
      php: runPhp,
      debugLog,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
