import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { join } from "node:path";
import type { OutputLock } from "./OutputLock.ts";
import { lockHolder, type LockHolder } from "./lockHolder.ts";
import { isLockHolderAlive } from "./isLockHolderAlive.ts";
import { processStartTime } from "./processStartTime.ts";

const LOCK_FILE = "capdo.lock";

/**
 * Makes this process the one writer of `outDir`, or throws a Vietnamese message naming the holder.
 * The lock file appears whole (written aside, then hard-linked into place, which fails if one
 * exists); a lock whose holder is dead (killed, crashed) is recovered.
 */
export function acquireOutputLock(outDir: string, command = "run"): OutputLock {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), token: randomUUID(),
    processStart: processStartTime(process.pid), command,
  };
  const draft = `${path}.${process.pid}.${me.token.slice(0, 8)}.tmp`;
  writeFileSync(draft, `${JSON.stringify(me, null, 2)}\n`);
  try {
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        linkSync(draft, path);
        return heldLock(path, me);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = lockHolder(path);
      if (holder && isLockHolderAlive(holder)) throw new Error(heldMessage(outDir, path, holder));
      breakStaleLock(path, holder);
    }
    throw new Error(`Không lấy được khóa thư mục kết quả ${outDir} (tệp ${path} liên tục thay đổi) — hãy thử lại`);
  } finally {
    rmSync(draft, { force: true });
  }
}

/** Moves a dead holder's lock out of the way, making sure it is still that holder's and not a newcomer's. */
function breakStaleLock(path: string, stale: LockHolder | null): void {
  const aside = `${path}.stale-${process.pid}-${randomUUID().slice(0, 8)}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = lockHolder(aside);
  if (moved && moved.token !== stale?.token) {
    // Another process took the lock between our read and our rename: give it back.
    try {
      linkSync(aside, path);
    } catch {
      // A third process holds it now; the displaced holder finds out in assertHeld() before publishing.
    }
  }
  rmSync(aside, { force: true });
}

function heldLock(path: string, me: LockHolder): OutputLock {
  let released = false;
  return {
    path,
    token: me.token,
    assertHeld() {
      if (lockHolder(path)?.token !== me.token) {
        throw new Error(`Mất khóa thư mục kết quả (${path} không còn ghi tên lần chạy này) — không công bố gì, kết quả cũ được giữ nguyên`);
      }
    },
    release() {
      if (released) return;
      released = true;
      if (lockHolder(path)?.token === me.token) rmSync(path, { force: true });
    },
  };
}

function heldMessage(outDir: string, path: string, holder: LockHolder): string {
  const since = new Date(holder.startedAt);
  const when = Number.isNaN(since.getTime()) ? holder.startedAt : since.toLocaleString("vi-VN");
  return `Thư mục kết quả ${outDir} đang được một lần chạy capdo khác ghi (lệnh "${holder.command}", tiến trình ${holder.pid} trên máy ${holder.host}, bắt đầu lúc ${when}) — hãy đợi lần chạy đó xong rồi chạy lại. Nếu chắc chắn không còn lần chạy nào, hãy xóa tệp ${path}.`;
}
