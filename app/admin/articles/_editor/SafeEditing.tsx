"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { SaveConflict } from "@/lib/articles/edit-guard";
import { ConflictDiff } from "./ConflictDiff";
import { LockNotice } from "./LockNotice";
import { useAutosave } from "./use-autosave";
import { useEditLock } from "./use-edit-lock";

export type SafeEditingProps = {
  /** The article's version the form was loaded with (lib/articles/edit-guard.ts). */
  version: number;
  /** The form holds an autosave rather than the saved article. */
  restored?: boolean;
};

type Props = SafeEditingProps & { articleId: number | null; dirty: boolean; result: object };

function conflictOf(result: object): SaveConflict | undefined {
  return "conflict" in result ? (result.conflict as SaveConflict) : undefined;
}

function savedVersionOf(result: object): number | undefined {
  return "ok" in result && result.ok && "version" in result && typeof result.version === "number" ? result.version : undefined;
}

/**
 * Inside the article form: the version it was loaded from, autosave with its status line, the
 * edit lock, and what a refused save conflicted with.
 */
export function SafeEditing({ articleId, version, restored = false, dirty, result }: Props) {
  const anchor = useRef<HTMLInputElement>(null);
  const [id, setId] = useState(articleId);
  const [loadedVersion, setLoadedVersion] = useState(version);
  const [seen, setSeen] = useState(result);
  const [overwrite, setOverwrite] = useState<SaveConflict | null>(null);
  if (seen !== result) {
    setSeen(result);
    const saved = savedVersionOf(result);
    if (saved !== undefined) setLoadedVersion(saved);
  }
  const conflict = conflictOf(result);
  const router = useRouter();
  // A draft the autosave created, then saved by hand: on to its own page, as a first save goes.
  useEffect(() => {
    if (articleId === null && id !== null && savedVersionOf(result) !== undefined) router.replace(`/admin/articles/${id}?saved=1`);
  }, [articleId, id, result, router]);
  const lock = useEditLock(id);
  const status = useAutosave(anchor, dirty || restored, (createdId, createdVersion) => {
    setId(createdId);
    setLoadedVersion(createdVersion);
    window.history.replaceState(null, "", `/admin/articles/${createdId}`);
  });
  return (
    <>
      <input ref={anchor} type="hidden" name="version" value={loadedVersion} />
      {articleId === null && id !== null && <input type="hidden" name="id" value={id} />}
      {!lock.state.held && <LockNotice holder={lock.state.holder} takenOver={lock.state.takenOver} onTakeOver={() => void lock.takeOver()} />}
      {restored && <p className="form-message">Загружено автосохранение: сохраните статью, чтобы оно стало её текстом.</p>}
      {/* Not role=status: the save's own message is the form's status. */}
      <p className="autosave-status" aria-live="polite" data-testid="autosave-status">
        {status}
      </p>
      {conflict && overwrite !== conflict && (
        <ConflictDiff
          conflict={conflict}
          onOverwrite={() => {
            setOverwrite(conflict);
            setLoadedVersion(conflict.version);
          }}
        />
      )}
    </>
  );
}
