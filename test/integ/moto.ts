import { ChildProcess, spawn } from 'child_process';
import * as net from 'net';
import * as path from 'path';

/**
 * moto's server (pinned in requirements-dev.txt, in .venv) as the Cognito API peer, on 127.0.0.1
 * at a free port: started by a test file's beforeAll, stopped by its afterAll (and at exit).
 */
const MOTO_SERVER = path.join(__dirname, '..', '..', '.venv', 'bin', 'moto_server');

export interface MotoServer {
  readonly endpoint: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(port));
    }).on('error', reject);
  });
}

async function waitForServer(port: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>(resolve => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); }).on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error(`moto did not listen on 127.0.0.1:${port} in time`);
}

export async function startMoto(): Promise<MotoServer> {
  const port = await freePort();
  const server: ChildProcess = spawn(MOTO_SERVER, ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const kill = () => server.kill('SIGKILL');
  process.once('exit', kill);
  await waitForServer(port, Date.now() + 30_000);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise(resolve => server.once('exit', resolve));
        server.kill('SIGTERM');
        await Promise.race([exited, new Promise(r => setTimeout(r, 5_000))]);
        kill();
      }
      process.removeListener('exit', kill);
    },
  };
}
