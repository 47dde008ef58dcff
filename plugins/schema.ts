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
/**
 * A 发文字号 as some are published: 第 before the serial or a leading zero (京建送达公告（通建）〔2014〕第650005号,
 * 〔2014〕016号). GB/T 9704 §7.2.5 writes neither, but the 文号 is still read: the content model takes it as
 * published and the linter (doc-number-brackets) reports the slip, which an acknowledgement may keep.
 */
const PUBLISHED_DOC_NUMBER_PATTERN = /^(?<prefix>\S+?)〔(?<year>\d{4})〕第?(?<serial>0*[1-9]\d*)号$/u;

export const SECRECY_LEVELS = ['绝密', '机密', '秘密'] as const;
export const URGENCY_LEVELS = ['特急', '加急', '特提', '平急'] as const;
export const DISCLOSURES = ['主动公开', '依申请公开', '不予公开'] as const;
/** 行文方向: a 上行文 goes to a superior organ and carries 签发人 (§7.2.6). */
export const DIRECTIONS = ['down', 'parallel', 'up'] as const;
/** How a notice relates to the document it carries (印发 / 转发 / 批转). */
export const ISSUE_RELATIONS = ['印发', '转发', '批转'] as const;
/**
 * 公文格式 (§10): the 文件格式 (`document`), or one of the three special formats — 信函格式
 * (`letter`), 命令（令）格式 (`order`), 纪要格式 (`minutes`). Their geometry is FORMAT_GEOMETRY in print/geometry.ts.
 */
export const FORMATS = ['document', 'letter', 'order', 'minutes'] as const;
export type DocumentFormat = (typeof FORMATS)[number];
/**
 * How the 署名 is sealed (§7.3.5): `stamp` — the sealed layout (§7.3.5.1) with room for the organ's seal,
 * stamped by hand on the printed copy; `image` — the sealed layout with an electronic seal image drawn in
 * place; `none` — the unsealed layout (§7.3.5.2). A document's `seal`, else the project's `seal.default`.
 */
export const SEAL_MODES = ['stamp', 'image', 'none'] as const;
export type SealMode = (typeof SEAL_MODES)[number];
/** What each format prints after the organ names in its mark when the author names no suffix (§7.2.4, §10). */
export const MARK_SUFFIX: Record<DocumentFormat, string> = { document: '文件', letter: '', order: '令', minutes: '纪要' };

export interface DocNumber {
  text: string;
  prefix: string;
  year: number;
  serial: number;
}

/** Says what is wrong with a 发文字号 and how to write it, or returns null when it is well formed. */
export function docNumberProblem(value: string): string | null {
  if (DOC_NUMBER_PATTERN.test(value)) return null;
  if (PUBLISHED_DOC_NUMBER_PATTERN.test(value)) {
    return /〕第/u.test(value) ? `the serial number takes no 第 — write ${fixSerial(value)}` : `the serial number takes no leading zero — write ${fixSerial(value)}`;
  }
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
  if (!value.endsWith('号')) return 'a 发文字号 ends with 号, as in 西青张政发〔2024〕1号';
  return 'expected 机关代字〔YYYY〕N号, as in 西青张政发〔2024〕1号';
}

/** What makes a 发文字号 unreadable as one, or null: a 第 or a leading zero in its serial leaves it readable (see PUBLISHED_DOC_NUMBER_PATTERN). */
function unreadableDocNumber(value: string): string | null {
  return PUBLISHED_DOC_NUMBER_PATTERN.test(value) ? null : docNumberProblem(value);
}

function fixSerial(value: string): string {
  return value.replace(/〕第?0*(\d+)号?$/u, (_, n: string) => `〕${n === '' ? '1' : n}号`);
}

/**
 * 令号 (§10.2): an order is numbered by its organ's series, 第N号 or 〔YYYY〕第N号, often after the
 * 代字 (国务院令第777号); an ordinary 发文字号 is accepted too.
 */
export const ORDER_NUMBER_PATTERN = /^(?:\S*?〔\d{4}〕|\S*?令)?第[1-9]\d*号$/u;

/** Says what is wrong with a 令号, or null. */
export function orderNumberProblem(value: string): string | null {
  if (ORDER_NUMBER_PATTERN.test(value) || DOC_NUMBER_PATTERN.test(value)) return null;
  const zero = /第0+(\d+)号$/u.exec(value);
  if (zero) return `the serial number takes no leading zero — write ${value.replace(/第0+(\d+)号$/u, '第$1号')}`;
  return 'a 令号 is 第N号 or 〔YYYY〕第N号, as in 第12号';
}

export function parseDocNumber(value: string): DocNumber | null {
  const match = PUBLISHED_DOC_NUMBER_PATTERN.exec(value);
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

/** Text of the 政府信息公开 catalogue, kept as the publishing site lists it: trimmed, never empty. */
const catalogueText = (what: string, example: string) =>
  z
    .string({ error: `expected ${what} as text, as the site lists it — write ${example}` })
    .trim()
    .min(1, { error: `${what} must not be empty — write ${example}, or remove the field` });

/** Where 主题词 are split when written on one line: spaces (the catalogue's U+3000 too), 、 and ；. */
const KEYWORD_SEPARATORS = /[\s、；;]+/u;

/**
 * 主题词: a list of words, or one line as catalogues print them (气象　广东　香港) split at
 * KEYWORD_SEPARATORS; either way the document carries a list.
 */
const keywords = z
  .union([z.array(z.string().trim().min(1, { error: 'a 主题词 (keywords entry) must not be empty' })).min(1), z.string()], {
    error: 'expected 主题词 (keywords) as a list of words, e.g. keywords: [气象, 广东, 香港], or one line, e.g. keywords: 气象　广东　香港',
  })
  .transform((value, ctx): string[] => {
    const words = typeof value === 'string' ? value.split(KEYWORD_SEPARATORS).filter((word) => word !== '') : value;
    if (words.length === 0) {
      ctx.issues.push({ code: 'custom', message: '主题词 (keywords) names no word — write keywords: [气象, 广东], or remove the field', input: value });
      return z.NEVER;
    }
    return words;
  });

/** 发文机关标志: the red organ mark at the head of page 1 (§7.2.4). */
const issuerMark = z.strictObject({
  /** Names as printed in the mark; defaults to the issuers. Several names make a joint mark (联合行文). */
  names: z.array(nonEmpty('an organ name in the issuer mark')).min(1).optional(),
  /** Printed after the names; defaults to the format's (文件, 令, 纪要, none for a 信函); "" prints the names alone. */
  suffix: z.string().optional(),
});

/** A 版记 row other than 主送 and 抄送, such as 分送 or 内部发送: label and organs, printed 分送：甲，乙。 */
const colophonRow = z.strictObject({
  label: nonEmpty('the 版记 row label (e.g. 分送)'),
  names: z.array(nonEmpty('an organ in a 版记 row')).min(1),
});

/**
 * 版记 (§7.4): 主送 (when moved there, §7.3.2), 抄送 and other rows, then 印发机关 and 印发日期 on
 * the last line. A 信函 prints no 印发 line (§10.1); every other format needs both.
 */
const colophon = z.strictObject({
  /** 抄送机关, in order; printed as 抄送：甲，乙。 */
  copyTo: z.array(nonEmpty('a 抄送 organ')).min(1).optional(),
  /** Rows such as 分送 / 内部发送, printed in this order after 抄送. */
  rows: z.array(colophonRow).min(1).optional(),
  /** 印发机关: the office that prints and distributes the document. */
  printedBy: nonEmpty('印发机关 (colophon.printedBy)').optional(),
  /** 印发日期. */
  printDate: chineseDate('印发日期 (colophon.printDate)', 'printDate').optional(),
});

/** 签发人: a name (上行文, §7.2.6), or 职务 and name for the signature stamp of a 令 (§7.3.5.3). */
const signer = z.union(
  [nonEmpty('a 签发人 name'), z.strictObject({ title: nonEmpty('the 签发人职务 (title)'), name: nonEmpty('the 签发人 name') })],
  { error: 'a 签发人 is a name, or { title: 职务, name: 姓名 } on a 令' },
);

/** 出席 / 请假 / 列席 lists of a 纪要 (§10.3): the label as printed and the units or names after it. */
const attendanceRow = z.strictObject({
  label: nonEmpty('the attendance label (出席, 请假, 列席)'),
  /** Names as printed; a list is joined with 、. */
  names: z.union([nonEmpty('the attendance names'), z.array(nonEmpty('an attendee')).min(1)]),
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

/** 附件说明 entry: the title of an attachment, matching its <Attachment> in the body (§7.3.4). */
const attachmentEntry = z.strictObject({
  title: nonEmpty('the attachment title'),
  /** How its title breaks into lines on the attachment's page. */
  titleLines: z.array(nonEmpty('a title line')).min(1).optional(),
});

/**
 * A document that the notice issues, forwards or approves (印发 / 转发 / 批转), set after the notice (§11).
 * It may carry what a document has: its own 主送, 署名, 成文日期, 附注 and 附件说明 — a forwarded 请示
 * prints with its own, and an issued regulation's attachments print after it, listed at its end.
 */
const issuedDocument = z.strictObject({
  title: nonEmpty('the issued document title'),
  relation: z.enum(ISSUE_RELATIONS, { error: `relation must be one of ${ISSUE_RELATIONS.join(' / ')}` }).default('印发'),
  titleLines: z.array(nonEmpty('a title line')).min(1).optional(),
  recipients: nonEmpty('its 主送机关 (recipients)').optional(),
  attachments: z.array(attachmentEntry).min(1).optional(),
  signatories: z.array(nonEmpty('a 发文机关署名')).min(1).optional(),
  date: chineseDate('its 成文日期 (date)', 'date').optional(),
  note: nonEmpty('its 附注 (note)').optional(),
});

/** The fields of a document's frontmatter, each validated alone; documentSchema adds the rules between them. */
const documentFields = z.strictObject({
    /** 公文格式: document (文件格式, default), letter (信函), order (命令/令), minutes (纪要) (§10). */
    format: z.enum(FORMATS, { error: `format must be one of ${FORMATS.join(' / ')}` }).default('document'),
    /** 标题 (§7.3.1); a 令 has none of its own, a 纪要 may have none but its mark. */
    title: z
      .string({ error: 'expected 标题 (title) as text' })
      .trim()
      .min(1, { error: '标题 (title) must not be empty' })
      .optional(),
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
    /** 发文机关标志 (§7.2.4); its suffix defaults per format (MARK_SUFFIX). */
    issuerMark: issuerMark.optional(),
    /** 发文字号, e.g. 西青张政发〔2024〕1号 (§7.2.5); a 令号 on a 令; optional on a 纪要 (its 期号). */
    docNumber: z.string({ error: 'expected 发文字号 (docNumber) as text, e.g. 西青张政发〔2024〕1号' }).trim().min(1).optional(),
    /** 行文方向: down (下行文), parallel (平行文) or up (上行文). */
    direction: z.enum(DIRECTIONS, { error: 'direction must be down (下行文), parallel (平行文) or up (上行文)' }).default('down'),
    /** 签发人: names on a 上行文 (§7.2.6); 职务 and name on a 令 (§7.3.5.3). */
    signers: z.array(signer).min(1).optional(),
    /** 出席 / 请假 / 列席 of a 纪要 (§10.3). */
    attendance: z.array(attendanceRow).min(1).optional(),
    /** 主送机关, as published, without the closing colon (§7.3.2). */
    recipients: nonEmpty('主送机关 (recipients)').optional(),
    /** 附件说明 (§7.3.4). */
    attachments: z.array(attachmentEntry).min(1).optional(),
    /** 发文机关署名; defaults to the issuers (§7.3.5). */
    signatories: z.array(nonEmpty('a 发文机关署名')).min(1).optional(),
    /** 成文日期 (§7.3.5.4). */
    date: chineseDate('成文日期 (date)', 'date'),
    /** 印章 (§7.3.5): stamp, image or none; the project's seal.default when absent. A 纪要 takes none (§10.3). */
    seal: z.enum(SEAL_MODES, { error: `印章 (seal) must be one of ${SEAL_MODES.join(' / ')}` }).optional(),
    /** 索引号 of the 政府信息公开 catalogue, as published, e.g. 000014349/2018-00219 on www.gov.cn. */
    indexNumber: catalogueText('索引号 (indexNumber)', 'indexNumber: 000014349/2018-00219').optional(),
    /** 主题分类, as published: category\subcategory, e.g. 财政、金融、审计\税务. */
    subject: catalogueText('主题分类 (subject)', 'subject: 财政、金融、审计\\税务').optional(),
    /** 发布日期: when the site published it, on or after the 成文日期 (the linter warns otherwise). */
    publishedDate: chineseDate('发布日期 (publishedDate)', 'publishedDate').optional(),
    /** 主题词 (see keywords above). */
    keywords: keywords.optional(),
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
  });

type DocumentFields = z.output<typeof documentFields>;

export const documentSchema = documentFields.superRefine(
    (doc, ctx) => {
      if (doc.secrecyPeriod && !doc.secrecyLevel) {
        ctx.addIssue({
          code: 'custom',
          path: ['secrecyPeriod'],
          message: `保密期限 "${doc.secrecyPeriod}" needs a 密级 — add secrecyLevel (${SECRECY_LEVELS.join(' / ')}) or remove secrecyPeriod`,
        });
      }
      checkFormat(doc, ctx);
      checkTitleLines(doc, ctx);
      if (doc.signers && doc.direction !== 'up' && doc.format !== 'order') {
        ctx.addIssue({
          code: 'custom',
          path: ['signers'],
          message: `签发人 is printed only on a 上行文; this document has direction "${doc.direction}" — set direction: up or remove signers`,
        });
      }
      if (doc.direction === 'up' && Array.isArray(doc.signers) && doc.signers.some((s) => typeof s !== 'string')) {
        ctx.addIssue({
          code: 'custom',
          path: ['signers'],
          message: 'a 上行文 prints 签发人 names only — write signers: [姓名]',
        });
      }
      if (doc.direction === 'up' && !doc.signers) {
        ctx.addIssue({
          code: 'custom',
          path: ['signers'],
          message: 'a 上行文 (direction: up) must name its 签发人 — add signers: [姓名]',
        });
      }
    },
    // Also when other fields failed, so an author sees every problem of the frontmatter in one run.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

/** What each format requires and refuses (§7, §10), each problem at its field. */
function checkFormat(doc: DocumentFields, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const { format } = doc;
  // A 令 has no title of its own, and a 纪要's mark may be its only one (§10.2, §10.3).
  if (doc.title === undefined && format !== 'order' && format !== 'minutes') issue(['title'], '标题 (title) is missing — add title: 关于印发《政府工作报告》的通知');
  if (doc.docNumber === undefined) {
    if (format === 'order') issue(['docNumber'], '令号 (docNumber) is missing — add docNumber: 第1号');
    else if (format !== 'minutes') issue(['docNumber'], '发文字号 (docNumber) is missing — add docNumber: 西青张政发〔2024〕1号');
  } else {
    const problem = typeof doc.docNumber !== 'string' ? null : format === 'order' ? orderNumberProblem(doc.docNumber) : format === 'minutes' ? null : unreadableDocNumber(doc.docNumber);
    if (problem) issue(['docNumber'], problem);
  }
  if (format === 'order') {
    if (!doc.signers) issue(['signers'], 'a 令 is signed by its 签发人 — add signers: [{ title: 市长, name: 姓名 }]');
    else if (Array.isArray(doc.signers) && doc.signers.some((s) => typeof s === 'string')) issue(['signers'], 'a 令 prints the 签发人职务 with the name — write signers: [{ title: 市长, name: 姓名 }]');
  }
  if (format === 'minutes' && doc.seal !== undefined && doc.seal !== 'none') issue(['seal'], `a 纪要 takes no seal (§10.3) — remove seal: ${doc.seal}`);
  if (doc.attendance !== undefined && format !== 'minutes') issue(['attendance'], '出席/请假/列席 lists belong to a 纪要 — set format: minutes or remove attendance');
  const colophon = doc.colophon;
  if (typeof colophon === 'object' && colophon !== null) {
    const printed = colophon.printedBy !== undefined || colophon.printDate !== undefined;
    if (format === 'letter' && printed) {
      issue(['colophon'], 'a 信函\'s 版记 has no 印发机关 or 印发日期 (§10.1) — remove printedBy and printDate');
    } else if (format !== 'letter') {
      if (colophon.printedBy === undefined) issue(['colophon', 'printedBy'], '印发机关 (colophon.printedBy) is missing — add printedBy: 张家窝镇人民政府办公室');
      if (colophon.printDate === undefined) issue(['colophon', 'printDate'], '印发日期 (colophon.printDate) is missing — add printDate: 2024年1月23日');
    }
  }
}

/** The titleLines of the document, of each issued document and of each attachment join to their title. */
function checkTitleLines(doc: DocumentFields, ctx: z.RefinementCtx): void {
  // Runs also when fields failed (see documentSchema), so nothing here may trust a field's type.
  const entries = (list: unknown, field: string) => (Array.isArray(list) ? list.map((entry: unknown, i) => ({ entry, path: [field, i] })) : []);
  const titled = [{ entry: doc as unknown, path: [] as (string | number)[] }, ...entries(doc.issuedDocuments, 'issuedDocuments'), ...entries(doc.attachments, 'attachments')];
  for (const { entry, path } of titled) {
    const { title, titleLines } = (typeof entry === 'object' && entry !== null ? entry : {}) as { title?: unknown; titleLines?: unknown };
    if (Array.isArray(titleLines) && typeof title === 'string' && titleLines.join('') !== title) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'titleLines'],
        message: `titleLines joined give "${titleLines.join('')}", which differs from the title "${title}"`,
      });
    }
  }
}

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

/** The 发文机关标志 line(s): the names, and the suffix printed beside them (by default the format's). */
export function issuerMarkOf(doc: Pick<GongwenDocument, 'issuerMark' | 'issuers' | 'format'>): { names: string[]; suffix: string } {
  // A 信函 carries the lead organ's mark alone, even for a joint letter (§10.1).
  const names = doc.issuerMark?.names ?? (doc.format === 'letter' ? doc.issuers.slice(0, 1) : doc.issuers);
  return { names, suffix: doc.issuerMark?.suffix ?? MARK_SUFFIX[doc.format] };
}

/** The document's name for its page, the PDF's Title and the index: its 标题, else (a 令, a 纪要) its mark and number. */
export function documentTitle(doc: Pick<GongwenDocument, 'title' | 'issuerMark' | 'issuers' | 'format' | 'docNumber'>): string {
  if (doc.title) return doc.title;
  const mark = issuerMarkOf(doc);
  return `${mark.names.join('')}${mark.suffix}${doc.docNumber ?? ''}`;
}

/** The document's 印章 mode: its own, else the project's; a 纪要 never takes a seal (§10.3). */
export function sealModeOf(doc: Pick<GongwenDocument, 'seal' | 'format'>, projectDefault: SealMode): SealMode {
  return doc.format === 'minutes' ? 'none' : (doc.seal ?? projectDefault);
}

/** 签发人 as 职务 and name; a bare name has no 职务. */
export function signersOf(doc: Pick<GongwenDocument, 'signers'>): { title?: string; name: string }[] {
  return (doc.signers ?? []).map((signer) => (typeof signer === 'string' ? { name: signer } : signer));
}

/** The 发文机关署名 under the body. */
export function signatoriesOf(doc: Pick<GongwenDocument, 'signatories' | 'issuers'>): string[] {
  return doc.signatories ?? doc.issuers;
}

/** The names a seal stands over, in order: the 署名, or on a 令 the 签发人 whose 签名章 it is (§7.3.5.3). */
export function sealedNamesOf(doc: Pick<GongwenDocument, 'signatories' | 'issuers' | 'signers' | 'format'>): string[] {
  return doc.format === 'order' ? signersOf(doc).map((signer) => signer.name) : signatoriesOf(doc);
}

/** What a seal image's alt text calls it: 印章 of an organ, 签名章 of a 令's 签发人. */
export function sealLabelOf(doc: Pick<GongwenDocument, 'format'>, name: string): string {
  return `${doc.format === 'order' ? '签名章' : '印章'}：${name}`;
}
