"use client";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

export const AUTOSAVE_MS = 30_000;

type Saved = { ok: true; id: number; version: number; created: boolean; savedAt: string } | { ok: false; message: string };

function snapshot(form: HTMLFormElement): FormData {
  const data = new FormData(form);
  data.delete("intent");
  return data;
}

const serialize = (data: FormData) => JSON.stringify([...data.entries()].map(([k, v]) => [k, String(v)]));

/**
 * Sends the form to the autosave route every 30 s while it has unsaved changes, and once more
 * when the page is hidden or left (`keepalive` lets that request outlive the page).
 */
export function useAutosave(anchor: RefObject<HTMLInputElement | null>, unsaved: boolean, onCreated: (id: number, version: number) => void) {
  const [status, setStatus] = useState("");
  const unsavedRef = useRef(unsaved);
  const lastSent = useRef("");
  const created = useRef(onCreated);
  useEffect(() => {
    unsavedRef.current = unsaved;
    created.current = onCreated;
  });

  const send = useCallback(
    async (keepalive: boolean) => {
      const form = anchor.current?.form;
      if (!form || !unsavedRef.current) return;
      const data = snapshot(form);
      const key = serialize(data);
      if (key === lastSent.current) return;
      lastSent.current = key;
      const response = await fetch("/admin/articles/autosave", { method: "POST", body: data, keepalive, credentials: "same-origin" }).catch(() => null);
      const result = (await response?.json().catch(() => null)) as Saved | null;
      if (!result) {
        lastSent.current = "";
        setStatus("Автосохранение не удалось: нет связи с сервером.");
      } else if (!result.ok) {
        setStatus(result.message);
      } else {
        if (result.created) created.current(result.id, result.version);
        setStatus(`Автосохранено в ${new Date(result.savedAt).toLocaleTimeString("ru-RU", { hour: "2-digit", minute: "2-digit" })}`);
      }
    },
    [anchor],
  );

  useEffect(() => {
    const timer = setInterval(() => void send(false), AUTOSAVE_MS);
    const hidden = () => {
      if (document.visibilityState === "hidden") void send(true);
    };
    const leave = () => void send(true);
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", leave);
    };
  }, [send]);
  return status;
}
