/**
 * The integration's options, validated up front so a typo fails the build with the option's name.
 */
import { z } from 'zod';

/** The five type styles GB/T 9704 names (§4.1 of the spec). */
export const FONT_ROLES = ['fang', 'xiaobiaosong', 'hei', 'kai', 'song'] as const;
export type FontRole = (typeof FONT_ROLES)[number];

const fontChoice = z.strictObject({
  /** Installed family names to try first, e.g. ["仿宋_GB2312", "FangSong"]. */
  families: z.array(z.string().min(1)).default([]),
  /** A licensed font file (TrueType outlines preferred) embedded into the PDF; a path relative to the project root. */
  file: z.string().min(1).optional(),
});
export type FontChoice = z.output<typeof fontChoice>;

export const optionsSchema = z.strictObject({
  /** The content collection that holds the documents. */
  collection: z.string().min(1).default('documents'),
  /** The folder of the documents' MDX (the loader's base), checked by the linter before Astro reads it. */
  contentDir: z.string().min(1).default('content'),
  /** Where the pages live in the site, e.g. "/" or "/gongwen/". */
  base: z
    .string()
    .default('/')
    .transform((value) => `/${value.replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/')),
  /** Licensed fonts per role; the open defaults fill what is not given. */
  fonts: z.partialRecord(z.enum(FONT_ROLES), fontChoice).default({}),
  /** Write dist/<doc>.pdf for every document at the end of the build. */
  pdf: z.boolean().default(true),
  /** Give up on a print view that Paged.js has not finished within this many seconds. */
  pdfTimeoutSeconds: z.number().positive().default(120),
});

export type GongwenOptions = z.input<typeof optionsSchema>;
export type ResolvedOptions = z.output<typeof optionsSchema>;

export function resolveOptions(options: GongwenOptions | undefined): ResolvedOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  gongwen({ ${issue.path.join('.') || '…'} }): ${issue.message}`);
    throw new Error(`Invalid options for the gongwen integration:\n${lines.join('\n')}`);
  }
  return result.data;
}
