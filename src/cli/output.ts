// Every file the command line writes goes through here, so that nothing a user made is lost:
//
//   guardOutput(path, force);                         // early, before the work: exit 2 if refused
//   await writeOutput(path, bytes, { force });        // the whole file or nothing
//
// The bytes go to a temporary file in the target's folder (same file system, so the last step is
// atomic), are flushed to disk (fsync), and only then take the target's name: by link(), which
// fails if the name exists, so two commands racing without --force cannot both win; or, with
// --force, by rename(), which replaces the old file in one step. A failure at any point removes
// the temporary file and leaves the old file as it was; a process interrupted by SIGINT, SIGTERM
// or SIGHUP removes it too, and one killed outright leaves a hidden ".name.PID-….tmp" that the
// next write to the same file removes. Every failure is one line in Thai and English, exit 2.
import { randomBytes } from "node:crypto";
import { statSync, unlinkSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "./lang";

/** The few file operations the writer uses: node:fs/promises, or a stand-in that fails on purpose. */
export interface OutputFs {
  open(path: string, flags: string, mode?: number): Promise<TempHandle>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, fresh: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ isDirectory(): boolean; mode: number }>;
  readdir(path: string): Promise<string[]>;
}

export interface TempHandle {
  writeFile(data: Uint8Array | string): Promise<void>;
  chmod(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface WriteOptions {
  /** Replace an existing file (atomically); without it an existing file is never touched. */
  force?: boolean | undefined;
  /** For tests: file operations that fail where a disk would. */
  fs?: OutputFs;
}

const NODE_FS: OutputFs = fsp as unknown as OutputFs;

const exists = (path: string): CliError =>
  new CliError(`มีไฟล์ ${path} อยู่แล้ว จึงไม่เขียนทับ (ใช้ --force ถ้าต้องการแทนที่) / ${path} exists; not overwritten (use --force to replace it)`, 2);

/** Failures found before a byte is written. */
const BEFORE_WRITING = new Set(["EISDIR", "ENOENT", "ENOTDIR", "EACCES", "EPERM", "EROFS"]);

/** Why a write failed, in one line a user can act on. */
export function writeProblem(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const folder = dirname(resolve(path));
  const reasons: Record<string, [string, string]> = {
    EEXIST: ["", ""],
    EISDIR: [`${path} เป็นโฟลเดอร์ ให้ระบุชื่อไฟล์`, `${path} is a folder; name a file`],
    ENOENT: [`ไม่มีโฟลเดอร์ ${folder}`, `the folder ${folder} does not exist`],
    ENOTDIR: [`${folder} ไม่ใช่โฟลเดอร์`, `${folder} is not a folder`],
    EACCES: [`ไม่มีสิทธิ์เขียนใน ${folder}`, `no permission to write in ${folder}`],
    EPERM: [`ไม่มีสิทธิ์เขียนใน ${folder}`, `no permission to write in ${folder}`],
    EROFS: [`${folder} เขียนไม่ได้ (อ่านได้อย่างเดียว)`, `${folder} is read-only`],
    ENOSPC: ["ดิสก์เต็ม", "the disk is full"],
    EDQUOT: ["เกินโควตาพื้นที่ดิสก์", "the disk quota is used up"],
    EFBIG: ["ไฟล์ใหญ่เกินขนาดที่ระบบยอมให้", "the file is larger than the system allows"],
    EIO: ["ดิสก์มีปัญหา", "the disk reported an input/output error"],
  };
  if (code === "EEXIST") return exists(path);
  const [th, en] = reasons[code] ?? [`ข้อผิดพลาด ${code || String(error)}`, `error ${code || String(error)}`];
  // Failures that can strike half-way through say what became of the file that was there.
  const [keptTh, keptEn] = BEFORE_WRITING.has(code) ? ["", ""] : [" ไฟล์เดิม (ถ้ามี) ยังอยู่ครบ", "; any existing file is as it was"];
  return new CliError(`เขียนไฟล์ ${path} ไม่ได้: ${th}${keptTh} / cannot write ${path}: ${en}${keptEn}`, 2);
}

/**
 * Refuses, before any work is done, an output that cannot be written: an existing file without
 * --force, a folder, a folder that does not exist. writeOutput checks again when it writes.
 */
export function guardOutput(path: string, force: boolean | undefined): void {
  const target = statOrNull(path);
  if (target?.isDirectory()) throw writeProblem(path, { code: "EISDIR" });
  if (target && !force) throw exists(path);
  const folder = statOrNull(dirname(resolve(path)));
  if (!folder) throw writeProblem(path, { code: "ENOENT" });
  if (!folder.isDirectory()) throw writeProblem(path, { code: "ENOTDIR" });
}

function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Writes the whole file or nothing (see the top of this file); a refusal or failure is a CliError, exit 2. */
export async function writeOutput(path: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? NODE_FS;
  const target = resolve(path);
  const folder = dirname(target);
  let old: { isDirectory(): boolean; mode: number } | null = null;
  try {
    old = await fs.stat(target);
  } catch {
    // No file there yet: the usual case.
  }
  if (old?.isDirectory()) throw writeProblem(path, { code: "EISDIR" });
  if (old && !options.force) throw exists(path);
  await sweepStale(fs, target);
  const tmp = join(folder, `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  const untrack = track(tmp);
  try {
    const handle = await fs.open(tmp, "wx", 0o666);
    try {
      await handle.writeFile(data);
      // A replaced file keeps its permissions.
      if (old) await handle.chmod(old.mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await place(fs, tmp, target, options.force === true);
    await syncFolder(folder);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e instanceof CliError ? e : writeProblem(path, e);
  } finally {
    untrack();
  }
}

/** Gives the flushed temporary file the target's name: replacing with --force, never without. */
async function place(fs: OutputFs, tmp: string, target: string, force: boolean): Promise<void> {
  if (force) {
    await fs.rename(tmp, target);
    return;
  }
  try {
    await fs.link(tmp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || !["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK"].includes(code ?? "")) throw e;
    // A file system without hard links (FAT, some shares): claim the name exclusively, then
    // replace the empty claim. The race is still won by one writer only.
    const claim = await fs.open(target, "wx", 0o666);
    await claim.close();
    await fs.rename(tmp, target).catch(async (error: unknown) => {
      await fs.unlink(target).catch(() => undefined);
      throw error;
    });
    return;
  }
  await fs.unlink(tmp);
}

/** Makes the rename itself durable; file systems that cannot sync a folder (Windows) are fine without. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await fsp.open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only.
  }
}

const STALE = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.tmp$/;

/** Removes temporary files a killed writer left for the same target (their process is gone). */
async function sweepStale(fs: OutputFs, target: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const m = STALE.exec(name);
    if (!m || m[1] !== basename(target) || alive(Number(m[2]))) continue;
    await fs.unlink(join(dirname(target), name)).catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

// ---- temporary files of writes in progress, removed if the process is interrupted --------------

const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Die of the same signal, as the shell expects of an interrupted command.
  process.kill(process.pid, signal);
}

function track(tmp: string): () => void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(tmp);
  return () => {
    pending.delete(tmp);
    if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}
