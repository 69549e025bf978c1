import { listAdSlots } from "@/lib/ads/writes";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { AdSlotForm } from "./AdSlotForm";

export default async function AdsPage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "ads.manage")) return <p role="alert">Рекламой управляют администраторы.</p>;
  const slots = await listAdSlots();
  return (
    <section>
      <h1>Рекламные места</h1>
      {slots.map((s) => (
        <AdSlotForm
          key={s.id}
          slot={{
            id: s.id,
            name: s.name,
            placement: s.placement,
            imageUrl: s.imageUrl ?? "",
            linkUrl: s.linkUrl ?? "",
            html: s.html ?? "",
            active: s.active,
            position: s.position,
          }}
        />
      ))}
      <h2>Новое место</h2>
      <AdSlotForm slot={null} />
    </section>
  );
}
