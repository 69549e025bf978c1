import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { AdminNav } from "./_components/AdminNav";
import "./admin.css";

export const metadata: Metadata = { title: "Редакция", robots: { index: false, follow: false } };

/** The newsroom shell. Everything below reads the session, so it renders per request inside Suspense. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="admin">
      <Suspense fallback={<nav className="admin-nav" />}>
        <AdminNav />
      </Suspense>
      <main className="admin-main">
        <Suspense fallback={<p>Загрузка…</p>}>{children}</Suspense>
      </main>
    </div>
  );
}
