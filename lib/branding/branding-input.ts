import { z } from "zod";
import { isProfileUrl, SOCIAL_NETWORK_IDS, SOCIAL_NETWORKS, type SocialNetwork } from "./social";
import { AGE_MARKS } from "./types";

const optionalMediaId = z
  .string()
  .optional()
  .transform((v) => (v ? Number(v) : null))
  .pipe(z.number({ error: "Неверное изображение." }).int("Неверное изображение.").positive("Неверное изображение.").nullable());

const profile = (network: SocialNetwork) =>
  z
    .string()
    .trim()
    .max(300, "Ссылка длиннее 300 символов.")
    .default("")
    .refine((v) => v === "" || isProfileUrl(network, v), `Ссылка ${SOCIAL_NETWORKS[network].label}: https://${SOCIAL_NETWORKS[network].hosts[0]}/…`);

const socialFields = Object.fromEntries(SOCIAL_NETWORK_IDS.map((n) => [`social_${n}`, profile(n)])) as Record<
  `social_${SocialNetwork}`,
  ReturnType<typeof profile>
>;

/** The «Оформление и реквизиты» form as the server reads it; messages are shown beside each field. */
export const brandingInput = z
  .object({
    name: z.string().trim().min(1, "Введите название издания.").max(100, "Название длиннее 100 символов."),
    description: z.string().trim().max(300, "Описание длиннее 300 символов.").default(""),
    ...socialFields,
    address: z.string().trim().max(300, "Адрес длиннее 300 символов.").default(""),
    phone: z
      .string()
      .trim()
      .max(40, "Телефон длиннее 40 символов.")
      .default("")
      .refine((v) => v === "" || /^\+?[0-9()\- ]{5,}$/.test(v), "Телефон: цифры, пробелы, скобки, дефисы, можно «+» в начале."),
    email: z
      .string()
      .trim()
      .max(200, "Адрес почты длиннее 200 символов.")
      .default("")
      .refine((v) => v === "" || z.email().safeParse(v).success, "Введите адрес почты вида name@example.kz."),
    ageMark: z.enum([...AGE_MARKS, ""], "Выберите возрастную маркировку."),
    registrationNote: z.string().trim().max(1000, "Текст о регистрации длиннее 1000 символов.").default(""),
    copyright: z.string().trim().max(300, "Строка об авторских правах длиннее 300 символов.").default(""),
    logoLightId: optionalMediaId,
    logoDarkId: optionalMediaId,
    iconId: optionalMediaId,
  })
  .transform(({ address, phone, email, ...rest }) => {
    const social = Object.fromEntries(SOCIAL_NETWORK_IDS.map((n) => [n, rest[`social_${n}`]])) as Record<SocialNetwork, string>;
    const plain = Object.fromEntries(Object.entries(rest).filter(([k]) => !k.startsWith("social_")));
    return { ...(plain as Omit<typeof rest, `social_${SocialNetwork}`>), social, contacts: { address, phone, email } };
  });

export type BrandingInput = z.output<typeof brandingInput>;
