import { getBranding } from "@/lib/branding/reads";
import { getMenu } from "@/lib/menus/reads";
import { SiteFooter } from "./SiteFooter";
import { edition } from "@/lib/editions/edition";

/** The footer of reader pages: the two footer menus and the outlet's details. */
export async function ReaderFooter() {
  const { language } = edition();
  const [first, second, branding] = await Promise.all([getMenu("FOOTER_1", language), getMenu("FOOTER_2", language), getBranding()]);
  return <SiteFooter branding={branding} menus={[first.links, second.links]} />;
}
