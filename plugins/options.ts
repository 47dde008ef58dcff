/**
 * The integration's options, validated up front so a typo fails the build with the option's name.
 */
import { z } from 'zod';
import { SEAL_MODES } from './schema.ts';
import { RULE_SETTINGS, settingProblem } from './lint/severity.ts';
import { DEFAULT_SEAL_DIAMETER_MM } from '../print/geometry.ts';

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
  /**
   * Also publish 全部公文, the list of every document, at `base` itself. Off by default: at "/" it would
   * take the place of the site's own home page.
   */
  index: z.boolean().default(false),
  /** Licensed fonts per role; the open defaults fill what is not given. */
  fonts: z.partialRecord(z.enum(FONT_ROLES), fontChoice).default({}),
  /** Write dist/<base>/<doc>.pdf for every document at the end of the build. */
  pdf: z.boolean().default(true),
  /** 印章 (GB/T 9704 §7.3.5): the layout every document gets unless its frontmatter names another, and the seal images. */
  seal: z
    .strictObject({
      /** stamp (sealed layout, room for the seal stamped by hand), image (an electronic seal drawn in place) or none (unsealed). */
      default: z.enum(SEAL_MODES, { error: `seal.default must be one of ${SEAL_MODES.join(' / ')}` }).default('stamp'),
      /** The seal's diameter in millimetres (国发〔1999〕25号: 42–60 mm by the organ's level). */
      diameterMm: z.number().min(20).max(80).default(DEFAULT_SEAL_DIAMETER_MM),
      /**
       * Seal images (SVG or PNG in the seal's own red, transparent around it), by the name printed under the seal:
       * the 署名 for an organ's seal, the 签发人's name for a 令's 签名章. Paths relative to the project root.
       */
      images: z.record(z.string().min(1), z.string().min(1)).default({}),
      /** Also show seal images on the web page (off: the web page is not a sealed copy). */
      web: z.boolean().default(false),
    })
    .prefault({}),
  /** The linter (plugins/lint/README.md): a rule's severity by its id, 'error' (stops the build), 'warning' or 'off'. */
  lint: z
    .strictObject({
      rules: z
        .record(z.string(), z.enum(RULE_SETTINGS, { error: (issue) => `"${String(issue.input)}" is not a severity — write 'error', 'warning' or 'off'` }))
        .default({})
        .superRefine((rules, context) => {
          for (const [id, setting] of Object.entries(rules)) {
            const problem = settingProblem(id, setting);
            if (problem) context.addIssue({ code: 'custom', path: [id], message: problem });
          }
        }),
    })
    .prefault({}),
  /**
   * Full-text search (Pagefind, with its Chinese word segmentation): index the document pages at the end
   * of the build into <base>/pagefind/ and publish the 搜索 page at <base>search/.
   */
  search: z.boolean({ error: 'search is true (build the index and the 搜索 page) or false (no search)' }).default(true),
  /** Send a Content-Security-Policy with every page that allows only the site's own resources (plugins/csp.ts). */
  csp: z.boolean().default(true),
  /** Give up on a print view that Paged.js has not finished within this many seconds. */
  pdfTimeoutSeconds: z.number().positive().default(120),
  /**
   * How many PDFs print at once, each in a tab of its own; by default one per core, up to four. Each tab
   * adds about 200 MB to the build's peak memory; 1 prints one document after another.
   */
  pdfTabs: z.number({ error: 'pdfTabs is a whole number of tabs, 1 to 16' }).int().min(1).max(16).optional(),
});

export type GongwenOptions = z.input<typeof optionsSchema>;
export type ResolvedOptions = z.output<typeof optionsSchema>;

/** What the injected pages are given (virtual:gongwen/config): the options and the URL path their links start with. */
export type PageConfig = ResolvedOptions & {
  /** Astro's `base` then gongwen's, e.g. "/site/documents/": the pages' links start with it, while dist/ holds them under `base` alone. */
  href: string;
};

/** The URL path of gongwen's pages: Astro's own `base` (where it serves dist/) joined with gongwen's `base`. */
export function pagesHref(astroBase: string, base: string): string {
  return `/${astroBase}/${base}/`.replace(/\/+/gu, '/');
}

export function resolveOptions(options: GongwenOptions | undefined): ResolvedOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  gongwen({ ${issue.path.join('.') || '…'} }): ${issue.message}`);
    throw new Error(`Invalid options for the gongwen integration:\n${lines.join('\n')}`);
  }
  return result.data;
}
