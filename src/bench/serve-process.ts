// The real `sitrep serve` in a process of its own on a free port of 127.0.0.1, for the benchmark and
// the tests: resolves with its URL once it says it is listening.
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

export function startServe(bin: string, args: string[], cwd?: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const stop = () => new Promise<void>((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
      const url = /serving .* at (http:\/\/\S+?)\/? /.exec(err)?.[1];
      if (url) resolve({ url, child, stop });
    });
    child.once('exit', (code) => reject(new Error(`sitrep serve exited with ${code}: ${err}`)));
  });
}
