import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense, type ReactNode } from "react";
import { env } from "@/lib/env";
import { AdminNav } from "./_components/AdminNav";
import { SiteTimeZoneProvider } from "./_components/TimeZoneHint";
import "./admin.css";

export const metadata: Metadata = { title: "Редакция", robots: { index: false, follow: false } };

/** SITE_TIMEZONE as the server runs with it, not as the build saw it. */
async function WithSiteTimeZone({ children }: { children: ReactNode }) {
  await connection();
  return <SiteTimeZoneProvider timeZone={env().SITE_TIMEZONE}>{children}</SiteTimeZoneProvider>;
}

/** The newsroom shell. Everything below reads the session, so it renders per request inside Suspense. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="admin">
      <Suspense fallback={<nav className="admin-nav" />}>
        <AdminNav />
      </Suspense>
      <main className="admin-main">
        <Suspense fallback={<p>Загрузка…</p>}>
          <WithSiteTimeZone>{children}</WithSiteTimeZone>
        </Suspense>
      </main>
    </div>
  );
}
