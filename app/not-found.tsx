import Link from "next/link";
import { StaticFrame } from "@/components/site/StaticFrame";

export default function NotFound() {
  return (
    <StaticFrame>
      <div className="status-page">
        <p className="status-page__code">404</p>
        <h1>Страница не найдена</h1>
        <p>Возможно, материал был перемещён или адрес набран с ошибкой.</p>
        <p>
          <Link href="/">Перейти на главную страницу</Link>
        </p>
      </div>
    </StaticFrame>
  );
}
