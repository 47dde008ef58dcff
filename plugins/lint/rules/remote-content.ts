/**
 * remote-content: what in a document's MDX would reach the network or run code — a <script>, an
 * <iframe>, an image, style sheet or embedded file loaded from another site, a javascript: link.
 * The page's Content-Security-Policy and the PDF writer's browser stop these (plugins/csp.ts,
 * print/offline.ts); this says so at the line, before anything is built or published.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Rule, RuleFinding } from '../types.ts';

/** A URL that names a host: http://…, https://…, //host/… (any scheme with an authority). */
const REMOTE = /^(?:[a-z][a-z\d+.-]*:)?\/\//iu;
const JAVASCRIPT = /^\s*javascript:/iu;

const IMAGE_FIX = 'save the image next to the MDX file and write it as ![说明](./name.png), so it is built into the site';

/** The attributes that load something, per element (lower-case HTML names as MDX keeps them). */
const LOADING_ATTRIBUTES: Record<string, { attributes: readonly string[]; fix: string }> = {
  img: { attributes: ['src', 'srcset', 'srcSet'], fix: IMAGE_FIX },
  source: { attributes: ['src', 'srcset', 'srcSet'], fix: IMAGE_FIX },
  link: { attributes: ['href'], fix: 'remove it: the site brings its own styles and fonts' },
  object: { attributes: ['data'], fix: `remove it; for a picture, ${IMAGE_FIX}` },
  embed: { attributes: ['src'], fix: `remove it; for a picture, ${IMAGE_FIX}` },
  video: { attributes: ['src', 'poster'], fix: 'remove it: a document prints on paper; link the recording as [说明](https://…)' },
  audio: { attributes: ['src'], fix: 'remove it: a document prints on paper; link the recording as [说明](https://…)' },
};

const reaches = "so every reader's page and the PDF build would reach the network";

type Element = MdxJsxFlowElement | MdxJsxTextElement;

const javascriptLink = (offset: number, url: string): RuleFinding => ({
  offset,
  text: url,
  message: `a javascript: link runs code when a reader follows it — link to a page (https://…) or remove the link`,
});

const remoteImage = (offset: number, url: string): RuleFinding => ({
  offset,
  text: url,
  message: `the image ${url} is loaded from another site, ${reaches} — ${IMAGE_FIX}`,
});

/** A string attribute's value, or a string written as an expression (src={"…"}). */
function attributeValue(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | undefined {
  if (attribute.type !== 'mdxJsxAttribute') return undefined;
  if (typeof attribute.value === 'string') return attribute.value;
  const literal = /^\s*(["'`])([^"'`$]*)\1\s*$/u.exec(attribute.value?.value ?? '');
  return literal?.[2];
}

/** Every URL of a srcset ("a.png 1x, https://… 2x"), or the value itself. */
const urlsOf = (name: string, value: string): string[] =>
  /^srcset$/iu.test(name) ? value.split(',').map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '') : [value];

function elementFindings(element: Element): RuleFinding[] {
  const name = element.name?.toLowerCase() ?? '';
  const start = element.position?.start.offset ?? 0;
  if (name === 'script') {
    return [{ offset: start, text: '<script>', message: `a <script> in a document runs its code on every reader's page and in the browser that prints the PDF — remove it: a document holds text, tables and images` }];
  }
  if (name === 'iframe') {
    return [{ offset: start, text: '<iframe>', message: `an <iframe> loads another page into the document, ${reaches} — remove it, or link the page as [说明](https://…)` }];
  }
  const findings: RuleFinding[] = [];
  for (const attribute of element.attributes) {
    const value = attributeValue(attribute);
    if (value === undefined || attribute.type !== 'mdxJsxAttribute') continue;
    const offset = attribute.position?.start.offset ?? start;
    if (attribute.name === 'href' && JAVASCRIPT.test(value)) {
      findings.push(javascriptLink(offset, value));
      continue;
    }
    const loading = LOADING_ATTRIBUTES[name];
    if (!loading?.attributes.includes(attribute.name)) continue;
    for (const url of urlsOf(attribute.name, value).filter((candidate) => REMOTE.test(candidate))) {
      findings.push({ offset, text: url, message: `<${name} ${attribute.name}="${url}"> loads a file from another site, ${reaches} — ${loading.fix}` });
    }
  }
  return findings;
}

export const remoteContent: Rule = {
  id: 'remote-content',
  rationale: 'a document that loads files from another site or runs code would send every reader (and the PDF build) to the network, so it is refused before it is built',
  severity: 'error',
  check(doc) {
    const findings: RuleFinding[] = [];
    const definitions = new Map<string, string>();
    const imageReferences: { identifier: string; offset: number }[] = [];
    visit(doc.tree, (node: Nodes) => {
      const offset = node.position?.start.offset ?? 0;
      switch (node.type) {
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          findings.push(...elementFindings(node));
          break;
        case 'image':
          if (REMOTE.test(node.url)) findings.push(remoteImage(offset, node.url));
          break;
        case 'imageReference':
          imageReferences.push({ identifier: node.identifier, offset });
          break;
        case 'definition':
          definitions.set(node.identifier, node.url);
          if (JAVASCRIPT.test(node.url)) findings.push(javascriptLink(offset, node.url));
          break;
        case 'link':
          if (JAVASCRIPT.test(node.url)) findings.push(javascriptLink(offset, node.url));
          break;
        default:
      }
    });
    // ![说明][id] takes its URL from a definition anywhere in the file: resolved once all are read.
    for (const { identifier, offset } of imageReferences) {
      const url = definitions.get(identifier);
      if (url !== undefined && REMOTE.test(url)) findings.push(remoteImage(offset, url));
    }
    return findings.sort((a, b) => a.offset - b.offset);
  },
};
