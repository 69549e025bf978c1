import { siteName } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>© {siteName()}. Региональное информационное издание. При использовании материалов ссылка на источник обязательна.</p>
    </footer>
  );
}
