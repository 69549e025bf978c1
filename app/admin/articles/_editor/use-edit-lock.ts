"use client";
import { useCallback, useEffect, useState } from "react";

export type ClientLockState = { held: true } | { held: false; holder: string; takenOver: boolean };

export const HEARTBEAT_MS = 20_000;

async function post(articleId: number, fields: Record<string, string>, keepalive = false): Promise<ClientLockState | null> {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  const response = await fetch(`/admin/articles/${articleId}/lock`, { method: "POST", body, keepalive, credentials: "same-origin" }).catch(() => null);
  if (!response?.ok) return null;
  const data = (await response.json()) as ClientLockState | { released: true };
  return "held" in data ? data : null;
}

/**
 * Holds the edit lock while the editor is open: a heartbeat on opening and every 20 s, the lock
 * freed on leaving. The server decides who holds it; this only shows what it says.
 */
export function useEditLock(articleId: number | null) {
  const [state, setState] = useState<ClientLockState>({ held: true });
  const send = useCallback(
    (fields: Record<string, string>) =>
      articleId === null
        ? Promise.resolve()
        : post(articleId, fields).then((next) => {
            if (next) setState(next);
          }),
    [articleId],
  );
  useEffect(() => {
    if (articleId === null) return;
    void send({});
    const timer = setInterval(() => void send({}), HEARTBEAT_MS);
    const release = () => void post(articleId, { release: "1" }, true);
    window.addEventListener("pagehide", release);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", release);
    };
  }, [articleId, send]);
  return { state, takeOver: () => send({ takeOver: "1" }) };
}
