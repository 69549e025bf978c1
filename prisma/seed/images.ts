import { Random } from "./random";

/** A generated picture: an abstract SVG composition rendered to WebP by lib/media. */
export type ImageSpec = {
  key: string;
  kind: "cover" | "banner";
  width: number;
  height: number;
  widths: number[];
  palette: readonly [string, string, string];
  /** Which composition to draw (0–4). */
  variant: number;
  seed: number;
};

export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 675;
export const COVER_WIDTHS = [480, 960] as const;
export const COVERS_PER_CATEGORY = 8;

export type AdSpec = {
  name: string;
  placement: "ARTICLE_TOP" | "ARTICLE_INLINE" | "ARTICLE_BOTTOM" | "SIDEBAR";
  linkUrl: string;
  active: boolean;
  alt: string;
  image: ImageSpec;
};

function banner(key: string, width: number, height: number, palette: readonly [string, string, string], variant: number): ImageSpec {
  return { key, kind: "banner", width, height, widths: [width / 2, width], palette, variant, seed: key.length * 7919 + variant };
}

export const AD_SPECS: readonly AdSpec[] = [
  {
    name: "Турбаза «Баянтау Тур» — над статьёй",
    placement: "ARTICLE_TOP",
    linkUrl: "https://example.kz/bayantau-tour",
    active: true,
    alt: "Реклама: турбаза «Баянтау Тур»",
    image: banner("seed-ad-article-top", 1200, 150, ["#264653", "#2a9d8f", "#e9c46a"], 0),
  },
  {
    name: "Хлебозавод «Степной хлеб» — в тексте статьи",
    placement: "ARTICLE_INLINE",
    linkUrl: "https://example.kz/stepnoy-khleb",
    active: true,
    alt: "Реклама: хлебозавод «Степной хлеб»",
    image: banner("seed-ad-article-inline", 1200, 300, ["#bc6c25", "#dda15e", "#fefae0"], 1),
  },
  {
    name: "Автосалон «Иртыш Моторс» — боковая колонка",
    placement: "SIDEBAR",
    linkUrl: "https://example.kz/irtysh-motors",
    active: true,
    alt: "Реклама: автосалон «Иртыш Моторс»",
    image: banner("seed-ad-sidebar", 600, 500, ["#14213d", "#fca311", "#e5e5e5"], 2),
  },
  {
    name: "ТРЦ «Батыр Молл» — под статьёй (кампания завершена)",
    placement: "ARTICLE_BOTTOM",
    linkUrl: "https://example.kz/batyr-mall",
    active: false,
    alt: "Реклама: ТРЦ «Батыр Молл»",
    image: banner("seed-ad-article-bottom", 1200, 150, ["#6a040f", "#dc2f02", "#ffba08"], 3),
  },
];

const f = (n: number) => n.toFixed(1);

function hills(rng: Random, w: number, h: number, colors: readonly string[]): string {
  return colors
    .map((color, layer) => {
      const base = h * (0.55 + layer * 0.13);
      let d = `M0 ${f(base)}`;
      const steps = 4 + layer;
      for (let i = 1; i <= steps; i++) {
        const x = (w * i) / steps;
        const cx = x - w / steps / 2;
        d += ` Q${f(cx)} ${f(base - rng.int(20, 90) * (h / 675))} ${f(x)} ${f(base + rng.int(-20, 20))}`;
      }
      return `<path d="${d} L${w} ${h} L0 ${h} Z" fill="${color}" fill-opacity="${f(0.55 + layer * 0.15)}"/>`;
    })
    .join("");
}

function skyline(rng: Random, w: number, h: number, color: string, light: string): string {
  let out = "";
  let x = 0;
  while (x < w) {
    const bw = rng.int(40, 110) * (w / 1200);
    const bh = rng.int(15, 55) * (h / 100);
    const y = h - bh;
    out += `<rect x="${f(x)}" y="${f(y)}" width="${f(bw - 4)}" height="${f(bh)}" fill="${color}"/>`;
    for (let wy = y + 12; wy < h - 16; wy += 22) {
      for (let wx = x + 8; wx < x + bw - 16; wx += 18) {
        if (rng.chance(0.35)) out += `<rect x="${f(wx)}" y="${f(wy)}" width="8" height="10" fill="${light}" fill-opacity="0.8"/>`;
      }
    }
    x += bw;
  }
  return out;
}

function waves(rng: Random, w: number, h: number, colors: readonly string[]): string {
  return colors
    .map((color, i) => {
      const y = h * (0.45 + i * 0.16);
      const amp = rng.int(12, 40) * (h / 675);
      const len = w / rng.int(2, 4);
      let d = `M0 ${f(y)}`;
      for (let x = 0; x < w; x += len) d += ` q${f(len / 4)} ${f(-amp)} ${f(len / 2)} 0 t${f(len / 2)} 0`;
      return `<path d="${d} L${w} ${h} L0 ${h} Z" fill="${color}" fill-opacity="${f(0.5 + i * 0.2)}"/>`;
    })
    .join("");
}

function shapes(rng: Random, w: number, h: number, colors: readonly string[]): string {
  let out = "";
  for (let i = 0; i < 14; i++) {
    const color = rng.pick(colors);
    const opacity = f(0.15 + rng.next() * 0.5);
    const x = rng.int(0, w);
    const y = rng.int(0, h);
    const size = rng.int(Math.round(h / 12), Math.round(h / 2.5));
    if (rng.chance(0.5)) {
      out += `<circle cx="${x}" cy="${y}" r="${size}" fill="${color}" fill-opacity="${opacity}"/>`;
    } else {
      out += `<polygon points="${x},${y - size} ${x + size},${y + size} ${x - size},${y + size}" fill="${color}" fill-opacity="${opacity}" transform="rotate(${rng.int(0, 359)} ${x} ${y})"/>`;
    }
  }
  return out;
}

function stripes(rng: Random, w: number, h: number, colors: readonly string[]): string {
  let out = "";
  const step = rng.int(40, 90);
  for (let x = -h; x < w + h; x += step * 2) {
    out += `<polygon points="${x},0 ${x + step},0 ${x + step + h},${h} ${x + h},${h}" fill="${rng.pick(colors)}" fill-opacity="0.18"/>`;
  }
  const r = Math.min(w, h) * 0.35;
  out += `<circle cx="${f(w * (0.25 + rng.next() * 0.5))}" cy="${f(h / 2)}" r="${f(r)}" fill="${colors[2]}" fill-opacity="0.75"/>`;
  out += `<circle cx="${f(w * (0.25 + rng.next() * 0.5))}" cy="${f(h / 2)}" r="${f(r * 0.55)}" fill="${colors[0]}" fill-opacity="0.6"/>`;
  return out;
}

/** Deterministic abstract artwork for an image spec. Contains no text: fonts may lack Cyrillic. */
export function renderSvg(spec: ImageSpec): string {
  const rng = new Random(spec.seed);
  const { width: w, height: h } = spec;
  const [a, b, c] = spec.palette;
  const angle = rng.int(0, 359);
  const sun = `<circle cx="${f(w * (0.15 + rng.next() * 0.7))}" cy="${f(h * (0.15 + rng.next() * 0.25))}" r="${f(Math.min(w, h) * 0.12)}" fill="${c}" fill-opacity="0.9"/>`;
  let art: string;
  switch (spec.variant % 5) {
    case 0:
      art = sun + hills(rng, w, h, [b, a, "#1b1b1b"]);
      break;
    case 1:
      art = sun + skyline(rng, w, h, "#10172a", c);
      break;
    case 2:
      art = sun + waves(rng, w, h, [b, a, "#0b2545"]);
      break;
    case 3:
      art = shapes(rng, w, h, [a, b, c, "#ffffff"]);
      break;
    default:
      art = stripes(rng, w, h, [a, b, c]);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<defs><linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)">` +
    `<stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs>` +
    `<rect width="${w}" height="${h}" fill="url(#bg)"/>${art}</svg>`
  );
}
