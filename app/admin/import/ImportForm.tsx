"use client";
import { useState, type FormEvent } from "react";

type Line = {
  items?: number;
  posts?: number;
  comments?: number;
  text?: { posts: { imported: number; updated: number } };
  media?: { done: number; total: number };
  done?: unknown;
  lines?: string[];
  error?: string;
};

/** Sends the export as the request body and shows the import's progress and report as they stream back. */
export function ImportForm() {
  const [status, setStatus] = useState("");
  const [report, setReport] = useState<string[]>([]);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setError("Выберите файл экспорта WordPress (.xml).");
    setBusy(true);
    setError("");
    setReport([]);
    setStatus("Загрузка файла…");
    try {
      const response = await fetch(`/admin/import/wordpress${data.get("dryRun") ? "?dryRun=1" : ""}`, {
        method: "POST",
        body: file,
        headers: { "content-type": "application/xml" },
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        throw new Error(body.error ?? `Сервер ответил ${response.status}.`);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const text of lines.filter(Boolean)) {
          const line = JSON.parse(text) as Line;
          if (line.items !== undefined) setStatus(`Прочитано записей: ${line.posts ?? 0}, комментариев: ${line.comments ?? 0}…`);
          if (line.text) {
            const { imported, updated } = line.text.posts;
            setStatus(`Текст перенесён (записей: ${imported + updated}). Переносятся изображения…`);
          }
          if (line.media) setStatus(`Текст перенесён. Изображения: ${line.media.done} из ${line.media.total}…`);
          if (line.done !== undefined && line.lines) {
            setReport(line.lines);
            setStatus("Импорт завершён.");
          }
          if (line.error) throw new Error(line.error);
        }
      }
    } catch (failure) {
      setStatus("");
      setError(failure instanceof Error ? failure.message : "Импорт не удался.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="admin-form">
      <label htmlFor="wordpress-file">Файл экспорта (.xml)</label>
      <input id="wordpress-file" name="file" type="file" accept=".xml,application/xml,text/xml" required />
      <label>
        <input type="checkbox" name="dryRun" value="1" /> Пробный прогон: проверить файл, ничего не записывая
      </label>
      <button type="submit" disabled={busy}>
        {busy ? "Импорт…" : "Импортировать"}
      </button>
      <p role="status" id="import-status" className="form-message">
        {status}
      </p>
      {error && (
        <p role="alert" id="import-error" className="form-message">
          {error}
        </p>
      )}
      {report.length > 0 && (
        <ul className="import-report" aria-label="Отчёт об импорте">
          {report.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
