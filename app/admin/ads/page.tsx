import { adStats, listAdSlots, readAdSettings } from "@/lib/ads/writes";
import { PLACEMENT_LABELS } from "@/lib/ads/placements";
import { toLocalInput } from "@/lib/articles/local-time";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { adSourcesOf } from "@/lib/security/ad-sources";
import { getCategories } from "@/lib/taxonomy/reads";
import { AdSlotForm } from "./AdSlotForm";
import { CountersForm } from "./CountersForm";

export default async function AdsPage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "ads.manage")) return <p role="alert">Рекламой управляют администраторы.</p>;
  const [slots, stats, categories, settings] = await Promise.all([listAdSlots(), adStats(14), getCategories(), readAdSettings()]);
  const zone = env().SITE_TIMEZONE;
  const sources = adSourcesOf([...slots.flatMap((s) => (s.html ? [s.html] : [])), settings.headCode, settings.bodyCode], []);
  const canUseCode = can(staff.role, "ads.html");
  return (
    <section>
      <h1>Реклама и счётчики</h1>
      {slots.map((s) => (
        <AdSlotForm
          key={s.id}
          categories={categories.map(({ id, name }) => ({ id, name }))}
          canUseCode={canUseCode}
          slot={{
            id: s.id,
            name: s.name,
            placement: s.placement,
            imageUrl: s.imageUrl ?? "",
            linkUrl: s.linkUrl ?? "",
            html: s.html ?? "",
            active: s.active,
            position: s.position,
            weight: s.weight,
            afterNth: s.afterNth,
            startsAt: s.startsAt ? toLocalInput(s.startsAt, zone) : "",
            endsAt: s.endsAt ? toLocalInput(s.endsAt, zone) : "",
            categoryIds: s.categoryIds,
          }}
        />
      ))}
      <h2>Новое место</h2>
      <AdSlotForm slot={null} categories={categories.map(({ id, name }) => ({ id, name }))} canUseCode={canUseCode} />
      <h2>Показы и переходы за 14 дней</h2>
      {stats.length === 0 ? (
        <p>Пока ничего не посчитано.</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">День</th>
              <th scope="col">Место</th>
              <th scope="col">Показы</th>
              <th scope="col">Переходы</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((row) => {
              const slot = slots.find((s) => s.id === row.slotId);
              return (
                <tr key={`${row.slotId}-${row.day.toISOString()}`}>
                  <td>{row.day.toISOString().slice(0, 10)}</td>
                  <td>{slot ? `${slot.name} (${PLACEMENT_LABELS[slot.placement]})` : row.slotId}</td>
                  <td>{row.impressions}</td>
                  <td>{row.clicks}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2>Код счётчиков</h2>
      {canUseCode ? (
        <CountersForm
          headCode={settings.headCode}
          bodyCode={settings.bodyCode}
          extraOrigins={settings.extraOrigins}
          derived={[
            { label: "Скрипты", origins: sources.scriptOrigins },
            { label: "Фреймы", origins: sources.frameOrigins },
            { label: "Картинки", origins: sources.imageOrigins },
          ]}
        />
      ) : null}
    </section>
  );
}
