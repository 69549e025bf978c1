import type { Branding } from "@/lib/branding/types";
import { defaultBranding } from "@/lib/branding/stored";
import { SOCIAL_NETWORK_IDS, SOCIAL_NETWORKS } from "@/lib/branding/social";
import type { MenuLink } from "@/lib/menus/types";
import { editionOrDefault } from "@/lib/editions/edition-or-default";
import { siteName } from "@/lib/site";
import { BrandLogo } from "./BrandLogo";
import { MenuAnchor } from "./MenuAnchor";

export type FooterBranding = Omit<Branding, "logoDark" | "icon" | "version">;

const LOGO_HEIGHT = 36;

function FooterMenu({ links, label }: { links: MenuLink[]; label: string }) {
  if (links.length === 0) return null;
  return (
    <nav className="site-footer__menu" aria-label={label}>
      <ul>
        {links.map((link, i) => (
          <li key={i}>
            <MenuAnchor link={link} />
            {link.children.length > 0 ? (
              <ul>
                {link.children.map((child, j) => (
                  <li key={j}>
                    <MenuAnchor link={child} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Contacts({ contacts }: { contacts: FooterBranding["contacts"] }) {
  const { address, phone, email } = contacts;
  if (!address && !phone && !email) return null;
  return (
    <address className="site-footer__contacts">
      {address ? <span>{address}</span> : null}
      {phone ? <a href={`tel:${phone.replace(/[^+\d]/g, "")}`}>{phone}</a> : null}
      {email ? <a href={`mailto:${email}`}>{email}</a> : null}
    </address>
  );
}

/**
 * The footer: who publishes the site, its menus, social profiles, age mark, copyright and
 * registration note. Without `branding` (pages that render without the database: 404, errors)
 * it shows the defaults.
 */
export function SiteFooter({ branding, menus = [] }: { branding?: FooterBranding; menus?: MenuLink[][] }) {
  const brand: FooterBranding = branding ?? { ...defaultBranding(siteName()), logoLight: null };
  const social = SOCIAL_NETWORK_IDS.filter((n) => brand.social[n]);
  const t = editionOrDefault().t.footer;
  const menuLabels = [t.about, t.usefulLinks];
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <div className="site-footer__about">
          <p className="site-footer__name">{brand.logoLight ? <BrandLogo image={brand.logoLight} name={brand.name} height={LOGO_HEIGHT} /> : brand.name}</p>
          {brand.description ? <p>{brand.description}</p> : null}
          <Contacts contacts={brand.contacts} />
          {social.length > 0 ? (
            <ul className="social-links" aria-label={t.social}>
              {social.map((n) => (
                <li key={n}>
                  <a href={brand.social[n]} rel="me">
                    {SOCIAL_NETWORKS[n].label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        {menus.map((links, i) => (
          <FooterMenu key={i} links={links} label={menuLabels[i] ?? t.links} />
        ))}
      </div>
      <div className="site-footer__legal">
        <p>
          {brand.ageMark ? (
            <span className="age-mark">
              <span className="visually-hidden">{t.ageLimit} </span>
              {brand.ageMark}
            </span>
          ) : null}{" "}
          © {brand.name}.{brand.copyright ? ` ${brand.copyright}` : null}
        </p>
        {brand.registrationNote ? <p className="site-footer__registration">{brand.registrationNote}</p> : null}
      </div>
    </footer>
  );
}
