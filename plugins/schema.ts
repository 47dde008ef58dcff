/**
 * The 公文 content model: the frontmatter of one official document.
 *
 * Defined once and shared by the web page, the print view, the PDF metadata
 * and the linter. Field names say what an element is; the GB/T 9704-2012
 * term and clause stand beside each. Messages speak the author's language:
 * the value found, what is expected, and how to write it.
 */
import { z } from 'zod';
import { chineseNumber, parseChineseDate, type ChineseDate } from './dates.ts';

/** 发文字号: 机关代字 + 〔year〕 + serial + 号 (GB/T 9704 §7.2.5). */
export const DOC_NUMBER_PATTERN = /^(?<prefix>\S+?)〔(?<year>\d{4})〕(?<serial>[1-9]\d*)号$/u;

export const SECRECY_LEVELS = ['绝密', '机密', '秘密'] as const;
export const URGENCY_LEVELS = ['特急', '加急', '特提', '平急'] as const;
export const DISCLOSURES = ['主动公开', '依申请公开', '不予公开'] as const;
/** 行文方向: a 上行文 goes to a superior organ and carries 签发人 (§7.2.6). */
export const DIRECTIONS = ['down', 'parallel', 'up'] as const;
/** How a notice relates to the document it carries (印发 / 转发 / 批转). */
export const ISSUE_RELATIONS = ['印发', '转发', '批转'] as const;

export interface DocNumber {
  text: string;
  prefix: string;
  year: number;
  serial: number;
}

/** Says what is wrong with a 发文字号 and how to write it, or returns null when it is well formed. */
export function docNumberProblem(value: string): string | null {
  if (DOC_NUMBER_PATTERN.test(value)) return null;
  const yearInOtherBrackets = /^(\S+?)[[【(（〖［](\d{4})[\]】)）〗］](.*)$/u.exec(value);
  if (yearInOtherBrackets) {
    const [, prefix, year, rest] = yearInOtherBrackets;
    const fixed = fixSerial(`${prefix}〔${year}〕${rest}`);
    return `the year must be in 六角括号 〔〕 — write ${fixed}`;
  }
  const withoutBrackets = /^(\S+?)(\d{4})(第?\d+号)$/u.exec(value);
  if (withoutBrackets) {
    const [, prefix, year, rest] = withoutBrackets;
    return `the year must stand in 六角括号 〔〕 after the 机关代字 — write ${fixSerial(`${prefix}〔${year}〕${rest}`)}`;
  }
  const shortYear = /〔(\d{2})〕/u.exec(value);
  if (shortYear) return `the year must be written in full (4 digits), e.g. 〔20${shortYear[1]}〕`;
  if (/〕第/u.test(value)) return `the serial number takes no 第 — write ${fixSerial(value)}`;
  if (/〕0\d*号$/u.test(value)) return `the serial number takes no leading zero — write ${fixSerial(value)}`;
  if (!value.endsWith('号')) return 'a 发文字号 ends with 号, as in 西青张政发〔2024〕1号';
  return 'expected 机关代字〔YYYY〕N号, as in 西青张政发〔2024〕1号';
}

function fixSerial(value: string): string {
  return value.replace(/〕第?0*(\d+)号?$/u, (_, n: string) => `〕${n === '' ? '1' : n}号`);
}

export function parseDocNumber(value: string): DocNumber | null {
  const match = DOC_NUMBER_PATTERN.exec(value);
  if (!match?.groups) return null;
  const { prefix, year, serial } = match.groups;
  return { text: value, prefix: prefix!, year: Number(year), serial: Number(serial) };
}

/** A 保密期限 as read: which numerals it is written in, and its GB/T 9704-2012 form. */
export interface SecrecyPeriod {
  form: 'arabic' | 'chinese';
  /** As GB/T 9704-2012 §7.2.2 writes it, in Arabic digits: 1年, 6个月, 长期. */
  arabic: string;
}

/** Reads 1年, 6个月 or 长期, and 一年 or 六个月 as documents under GB/T 9704-1999 printed them; undefined for anything else. */
export function parseSecrecyPeriod(value: string): SecrecyPeriod | undefined {
  if (/^\d+(年|个月)$|^长期$/u.test(value)) return { form: 'arabic', arabic: value };
  const chinese = /^([一二三四五六七八九十]+)(年|个月)$/u.exec(value);
  const count = chinese ? chineseNumber(chinese[1]!) : undefined;
  return count === undefined ? undefined : { form: 'chinese', arabic: `${count}${chinese![2]}` };
}

const nonEmpty = (what: string) =>
  z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `${what} must not be empty` });

/** The message for a required field that is absent, else the field's own message: an author needs the line to add. */
const missingOr =
  (what: string, example: string, otherwise: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `${what} is missing — add ${example}` : otherwise;

const chineseDate = (what: string, field: string) =>
  z
    .union([z.string(), z.date()], {
      error: missingOr(what, `${field}: 2024年1月23日`, `expected ${what} as a date such as 2024年1月23日`),
    })
    .transform((value, ctx): ChineseDate => {
      const parsed = parseChineseDate(value);
      if (typeof parsed === 'string') {
        ctx.issues.push({ code: 'custom', message: `${what} ${parsed}`, input: value });
        return z.NEVER;
      }
      return parsed;
    });

/** 发文机关标志: the red organ mark at the head of page 1 (§7.2.4). */
const issuerMark = z.strictObject({
  /** Names as printed in the mark; defaults to the issuers. Several names make a joint mark (联合行文). */
  names: z.array(nonEmpty('an organ name in the issuer mark')).min(1).optional(),
  /** Printed after the names, usually 文件; an empty string prints the names alone. */
  suffix: z.string().default('文件'),
});

/** 版记: 抄送, 印发机关 and 印发日期 at the foot of the last page (§7.4). */
const colophon = z.strictObject({
  /** 抄送机关, in order; printed as 抄送：甲，乙。 */
  copyTo: z.array(nonEmpty('a 抄送 organ')).min(1).optional(),
  /** 印发机关: the office that prints and distributes the document. */
  printedBy: nonEmpty('印发机关 (colophon.printedBy)'),
  /** 印发日期. */
  printDate: chineseDate('印发日期 (colophon.printDate)', 'printDate'),
});

/** A finding of the linter that the author keeps on purpose (原文如此). */
const acknowledgement = z.strictObject({
  /** The rule id, e.g. latin-in-han. */
  rule: nonEmpty('the acknowledged rule id'),
  /** The exact text the finding is about, as it stands in the document. */
  text: nonEmpty('the acknowledged text'),
  /** Why the published wording is kept. */
  reason: nonEmpty('the reason for keeping the wording'),
});

/** A document that the notice issues, forwards or approves (印发 / 转发 / 批转), set after the notice (§11). */
const issuedDocument = z.strictObject({
  title: nonEmpty('the issued document title'),
  relation: z.enum(ISSUE_RELATIONS, { error: `relation must be one of ${ISSUE_RELATIONS.join(' / ')}` }).default('印发'),
});

/** 附件说明 entry: the title of an attachment, matching its <Attachment> in the body (§7.3.4). */
const attachmentEntry = z.strictObject({
  title: nonEmpty('the attachment title'),
});

export const documentSchema = z
  .strictObject({
    /** 标题 (§7.3.1). */
    title: z
      .string({ error: missingOr('标题 (title)', 'title: 关于印发《政府工作报告》的通知', 'expected 标题 (title) as text') })
      .trim()
      .min(1, { error: '标题 (title) must not be empty' }),
    /** How the 2号 title breaks into lines (a trapezoid or diamond, never an hourglass); joined, it must equal the title. */
    titleLines: z.array(nonEmpty('a title line')).min(1).optional(),
    /** 份号: six digits (§7.2.1); other lengths, which GB/T 9704-1999 allowed, are kept and linted (gbt9704-2012-form). */
    copyNumber: z
      .string({ error: '份号 (copyNumber) must be Arabic digits in quotes, e.g. "000001"' })
      .regex(/^\d+$/u, { error: '份号 (copyNumber) must be Arabic digits, six of them, e.g. 000001' })
      .optional(),
    /** 密级 (§7.2.2). */
    secrecyLevel: z
      .enum(SECRECY_LEVELS, { error: `密级 (secrecyLevel) must be one of ${SECRECY_LEVELS.join(' / ')}` })
      .optional(),
    /** 保密期限, e.g. 1年; printed as 机密★1年 (§7.2.2). Chinese numerals (一年), as older documents wrote them, are kept and linted. */
    secrecyPeriod: z
      .string()
      .refine((value) => parseSecrecyPeriod(value) !== undefined, {
        error: '保密期限 (secrecyPeriod) is a number with 年 or 个月 (e.g. 1年, 6个月), or 长期',
      })
      .optional(),
    /** 紧急程度 (§7.2.3). */
    urgency: z.enum(URGENCY_LEVELS, { error: `紧急程度 (urgency) must be one of ${URGENCY_LEVELS.join(' / ')}` }).optional(),
    /** 发文机关: full names, the lead organ first. The first is the PDF's Author. */
    issuers: z
      .array(nonEmpty('an issuer (发文机关) name'), {
        error: missingOr('发文机关 (issuers)', 'issuers: [天津市西青区张家窝镇人民政府]', 'expected 发文机关 (issuers) as a list, e.g. [天津市西青区张家窝镇人民政府]'),
      })
      .min(1, { error: 'name at least one issuer (发文机关)' }),
    /** 发文机关标志 (§7.2.4). */
    issuerMark: issuerMark.default({ suffix: '文件' }),
    /** 发文字号, e.g. 西青张政发〔2024〕1号 (§7.2.5). */
    docNumber: z
      .string({
        error: missingOr('发文字号 (docNumber)', 'docNumber: 西青张政发〔2024〕1号', 'expected 发文字号 (docNumber) as text, e.g. 西青张政发〔2024〕1号'),
      })
      .superRefine((value, ctx) => {
      const problem = docNumberProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    /** 行文方向: down (下行文), parallel (平行文) or up (上行文). */
    direction: z.enum(DIRECTIONS, { error: 'direction must be down (下行文), parallel (平行文) or up (上行文)' }).default('down'),
    /** 签发人, for a 上行文 (§7.2.6). */
    signers: z.array(nonEmpty('a 签发人 name')).min(1).optional(),
    /** 主送机关, as published, without the closing colon (§7.3.2). */
    recipients: nonEmpty('主送机关 (recipients)').optional(),
    /** 附件说明 (§7.3.4). */
    attachments: z.array(attachmentEntry).min(1).optional(),
    /** 发文机关署名; defaults to the issuers (§7.3.5). */
    signatories: z.array(nonEmpty('a 发文机关署名')).min(1).optional(),
    /** 成文日期 (§7.3.5.4). */
    date: chineseDate('成文日期 (date)', 'date'),
    /** 公开方式: 主动公开 / 依申请公开 / 不予公开; optional, as many published documents state none. */
    disclosure: z.enum(DISCLOSURES, { error: `公开方式 (disclosure) must be one of ${DISCLOSURES.join(' / ')}` }).optional(),
    /**
     * 附注, without its brackets; defaults to 此件主动公开 / 此件依申请公开 from the disclosure (§7.3.6).
     * false prints none, for a published copy that printed none although its disclosure is known.
     */
    note: z
      .union([z.literal(false), nonEmpty('附注 (note)')], { error: '附注 (note) is the note without brackets, or false to print none' })
      .optional(),
    /** Documents the notice issues or forwards, in body order (§11). */
    issuedDocuments: z.array(issuedDocument).min(1).optional(),
    /** 版记 (§7.4). */
    colophon: colophon.optional(),
    /** Linter findings kept on purpose, with the reason (原文如此). */
    acknowledgements: z.array(acknowledgement).optional(),
  })
  .superRefine(
    (doc, ctx) => {
      if (doc.secrecyPeriod && !doc.secrecyLevel) {
        ctx.addIssue({
          code: 'custom',
          path: ['secrecyPeriod'],
          message: `保密期限 "${doc.secrecyPeriod}" needs a 密级 — add secrecyLevel (${SECRECY_LEVELS.join(' / ')}) or remove secrecyPeriod`,
        });
      }
      if (doc.signers && doc.direction !== 'up') {
        ctx.addIssue({
          code: 'custom',
          path: ['signers'],
          message: `签发人 is printed only on a 上行文; this document has direction "${doc.direction}" — set direction: up or remove signers`,
        });
      }
      if (doc.direction === 'up' && !doc.signers) {
        ctx.addIssue({
          code: 'custom',
          path: ['signers'],
          message: 'a 上行文 (direction: up) must name its 签发人 — add signers: [姓名]',
        });
      }
      if (Array.isArray(doc.titleLines) && doc.titleLines.join('') !== doc.title) {
        ctx.addIssue({
          code: 'custom',
          path: ['titleLines'],
          message: `titleLines joined give "${doc.titleLines.join('')}", which differs from the title "${doc.title}"`,
        });
      }
    },
    // Also when other fields failed, so an author sees every problem of the frontmatter in one run.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

/** A validated document's frontmatter, as the pages, the print view and the linter see it. */
export type GongwenDocument = z.output<typeof documentSchema>;
/** Frontmatter as an author writes it. */
export type GongwenFrontmatter = z.input<typeof documentSchema>;

/** The 附注 printed under the date: the author's note, else the one the disclosure implies; none for note: false or no disclosure. */
export function noteText(doc: Pick<GongwenDocument, 'note' | 'disclosure'>): string | undefined {
  if (doc.note === false) return undefined;
  if (doc.note) return doc.note;
  if (doc.disclosure === undefined || doc.disclosure === '不予公开') return undefined;
  return `此件${doc.disclosure}`;
}

/** The 发文机关标志 line(s): the names, and the suffix printed beside them. */
export function issuerMarkOf(doc: Pick<GongwenDocument, 'issuerMark' | 'issuers'>): { names: string[]; suffix: string } {
  return { names: doc.issuerMark.names ?? doc.issuers, suffix: doc.issuerMark.suffix };
}

/** The 发文机关署名 under the body. */
export function signatoriesOf(doc: Pick<GongwenDocument, 'signatories' | 'issuers'>): string[] {
  return doc.signatories ?? doc.issuers;
}
