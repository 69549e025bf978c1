import { auditEntries } from "@/lib/auth/users";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { AuditTable } from "../_components/AuditTable";

export default async function AuditPage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "audit.view")) return <p role="alert">Журнал доступен администраторам.</p>;
  return (
    <section>
      <h1>Журнал действий</h1>
      <AuditTable entries={await auditEntries()} />
    </section>
  );
}
