import { getBranding } from "@/lib/branding/reads";

/**
 * The icons and the web manifest, versioned so that they can be cached for a year. React puts
 * <link> elements in the document's <head> wherever they are rendered.
 */
export async function BrandHead() {
  const { version } = await getBranding();
  return (
    <>
      <link rel="icon" href={`/favicon.ico?v=${version}`} sizes="48x48" />
      <link rel="icon" href={`/icon-32.png?v=${version}`} type="image/png" sizes="32x32" />
      <link rel="apple-touch-icon" href={`/apple-touch-icon.png?v=${version}`} />
      <link rel="manifest" href={`/manifest.webmanifest?v=${version}`} />
    </>
  );
}
