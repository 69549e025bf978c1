import type { PrismaClient } from "../../lib/generated/prisma/client";

const HOUR = 3_600_000;

/**
 * A small newsroom with known properties: two categories, tags, two authors, published
 * articles an hour apart (newest first: "pub-1"), plus a draft, a pending article, a scheduled
 * one and a "published" one dated in the future that readers must never see.
 */
export async function buildWorld(prisma: PrismaClient, publishedCount = 30) {
  const now = Date.now();
  const society = await prisma.category.create({ data: { name: "Общество", slug: "obshchestvo", position: 1 } });
  const sport = await prisma.category.create({ data: { name: "Спорт", slug: "sport", position: 0 } });
  const empty = await prisma.category.create({ data: { name: "Культура", slug: "kultura", position: 2 } });
  const anna = await prisma.user.create({ data: { name: "Анна Ким", slug: "anna-kim", email: "anna@example.kz" } });
  const erlan = await prisma.user.create({ data: { name: "Ерлан Ахметов", slug: "erlan-akhmetov", email: "erlan@example.kz" } });
  const roads = await prisma.tag.create({ data: { name: "дороги", slug: "dorogi" } });
  const football = await prisma.tag.create({ data: { name: "футбол", slug: "futbol" } });

  const article = (
    slug: string,
    data: Partial<{
      categoryId: number;
      authorId: number;
      status: "DRAFT" | "PENDING" | "SCHEDULED" | "PUBLISHED";
      publishedAt: Date | null;
      mustRead: boolean;
      tagIds: number[];
    }>,
  ) =>
    prisma.article.create({
      data: {
        title: `Статья ${slug}`,
        slug,
        lead: `Лид ${slug}`,
        bodyHtml: `<p>Текст ${slug}</p>`,
        categoryId: data.categoryId ?? society.id,
        authorId: data.authorId ?? anna.id,
        status: data.status ?? "PUBLISHED",
        publishedAt: data.publishedAt === undefined ? new Date(now - HOUR) : data.publishedAt,
        mustRead: data.mustRead ?? false,
        tags: { create: (data.tagIds ?? []).map((tagId) => ({ tagId })) },
      },
    });

  for (let i = 1; i <= publishedCount; i++) {
    await article(`pub-${i}`, {
      publishedAt: new Date(now - i * HOUR),
      categoryId: i % 3 === 0 ? sport.id : society.id,
      authorId: i % 2 === 0 ? erlan.id : anna.id,
      mustRead: i % 10 === 0,
      tagIds: i % 5 === 0 ? [roads.id] : [],
    });
  }
  await article("draft", { status: "DRAFT", publishedAt: null, tagIds: [roads.id] });
  await article("pending", { status: "PENDING", publishedAt: null, tagIds: [roads.id] });
  await article("scheduled", { status: "SCHEDULED", publishedAt: new Date(now + 24 * HOUR), tagIds: [roads.id] });
  await article("future", { status: "PUBLISHED", publishedAt: new Date(now + HOUR), mustRead: true, tagIds: [roads.id] });

  return { society, sport, empty, anna, erlan, roads, football, hiddenSlugs: ["draft", "pending", "scheduled", "future"] };
}
