import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

const FLUSH_BYTES = 1 << 20;

/** Streams a fast-import command stream to `git fast-import`, honouring backpressure. */
export class FastImportWriter {
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;
  private chunks: string[] = [];
  private pending = 0;

  constructor(gitDir: string) {
    this.child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: gitDir, stdio: ['pipe', 'inherit', 'inherit'] });
    this.exited = once(this.child, 'exit').then(([code]) => code as number | null);
  }

  commit(c: {
    ref: string;
    author: string;
    committer: string;
    when: string;
    message: string;
    files: { path: string; content: string | null }[];
  }): Promise<void> {
    this.push(`commit ${c.ref}\nauthor ${c.author} ${c.when}\ncommitter ${c.committer} ${c.when}\n${data(c.message)}`);
    for (const f of c.files) {
      this.push(f.content === null ? `D ${f.path}\n` : `M 100644 inline ${f.path}\n${data(f.content)}`);
    }
    this.push('\n');
    return this.pending >= FLUSH_BYTES ? this.flush() : Promise.resolve();
  }

  async finish(): Promise<void> {
    this.push('done\n');
    await this.flush();
    this.child.stdin!.end();
    const code = await this.exited;
    if (code !== 0) throw new Error(`git fast-import exited with ${code}`);
  }

  private push(text: string): void {
    this.chunks.push(text);
    this.pending += text.length;
  }

  private async flush(): Promise<void> {
    const text = this.chunks.join('');
    this.chunks = [];
    this.pending = 0;
    if (!this.child.stdin!.write(text)) await once(this.child.stdin!, 'drain');
  }
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}
