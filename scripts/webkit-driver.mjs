// WebKit for the browser tests: Debian's WebKitGTK MiniBrowser, driven by
// WebKitWebDriver on a virtual X display (Xvfb). Both are started here and
// stopped by their PIDs when the run ends, however it ends (success,
// failure, Ctrl-C or a crash of the runner): a driver left behind would keep
// its port, and one without --replace-on-new-session would refuse the next
// run's session.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free TCP port on 127.0.0.1 (several runs may share the machine). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Xvfb (on a display it picks itself, so parallel runs never collide)
 * and WebKitWebDriver on a free port. Resolves to `{ port, stop }` once the
 * driver answers; `stop()` ends both, and is also called on exit and on
 * SIGINT/SIGTERM.
 */
export async function startWebKitDriver() {
  const children = [];
  const stop = () => {
    for (const child of children.splice(0).reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    }
  };
  process.once('exit', stop);
  try {
    // -displayfd: Xvfb writes the display number it chose once it accepts connections.
    // 800×600: X starts the pointer at the screen's centre, (400, 300), which then lies inside
    // MiniBrowser's window (at 0,0) at every size the tests give it (it is never narrower than
    // about 450 px). With no window manager, GTK counts the window under the pointer as the
    // focused one; without that, document.hasFocus() is false and :focus never matches.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '800x600x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(xvfb);
    const display = await new Promise((resolve, reject) => {
      let text = '';
      let errors = '';
      xvfb.stderr.on('data', (chunk) => (errors += chunk));
      xvfb.stdio[3].on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(`:${text.trim()}`);
      });
      xvfb.once('error', reject);
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it was ready:\n${errors}`)));
    });
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--replace-on-new-session'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DISPLAY: display },
    });
    children.push(driver);
    await untilAnswers(`http://127.0.0.1:${port}/status`, driver);
    return { port, display, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

async function untilAnswers(url, child) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on ${url} within 20 s`);
}
