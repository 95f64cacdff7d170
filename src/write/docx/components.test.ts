import fc from 'fast-check';
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  IgnoreIfEmptyXmlComponent,
  InternalHyperlink,
  LevelFormat,
  NextAttributeComponent,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  XmlAttributeComponent,
  XmlComponent,
  type FileChild,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { docxPartsRenumbered } from '../../../test/support/unzip-docx.js';
import { componentXml, Formatted } from './components.js';
import { packDocx } from './normalise.js';
import { canStream } from './stream.js';
import { xmlOf, type Xmlable } from './xml.js';

const options = { date: new Date(Date.UTC(2025, 5, 21)), language: 'id-ID' };


/**
 * A document made twice, written with its components written here and entirely by docx's own
 * compiler (which formats the whole tree and writes it with its own writer): both packages' parts.
 */
async function bothWays(children: () => FileChild[]): Promise<{ here: Outcome<Record<string, string>>; docx: Outcome<Record<string, string>> }> {
  const make = (): Document =>
    new Document({
      footnotes: { 1: { children: [new Paragraph('catatan')] } },
      numbering: {
        config: [{ reference: 'num', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }],
      },
      sections: [{ children: children() }],
    });
  const first = make();
  expect(canStream(first)).toBe(true);
  const here = await outcome(async () => docxPartsRenumbered(await packDocx(first, options, true)));
  const docx = await outcome(async () => docxPartsRenumbered(await packDocx(make(), options, false)));
  return { here, docx };
}

/** What a call gives, or that it fails (as docx fails on values it cannot write, so must the writer here). */
type Outcome<T> = { value: T } | { fails: true };

async function outcome<T>(run: () => T | Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await run() };
  } catch {
    return { fails: true };
  }
}

function outcomeSync<T>(run: () => T): Outcome<T> {
  try {
    return { value: run() };
  } catch {
    return { fails: true };
  }
}

// Generic components of any shape: elements, elements left out when empty, attributes of both kinds, parts, formatted objects.

const name = fc.constantFrom('w:p', 'w:r', 'w:t', 'x', '', '_attr');
const scalar = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('a & b', '<tag>', '"q"', "'", ']]>', '\u0001\u000b', 'é€😀'),
  fc.integer(),
  fc.boolean(),
);
const attrValue = fc.oneof(scalar, fc.constant(undefined));
const attrKey = fc.constantFrom('w:val', 'w:w', 'xml:space', 'space', 'val', '0', '1', '10', '__proto__', 'constructor', 'toString', '');

/** A formatted object, as docx's components give them. */
const { xmlable } = fc.letrec((tie) => ({
  xmlable: fc.tuple(name, tie('value')).map(([n, v]) => ({ [n]: v })),
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.constant(undefined),
    fc.constant({}),
    fc.dictionary(attrKey, attrValue, { maxKeys: 3 }).map((a) => ({ _attr: a })),
    fc.record({ _attr: fc.dictionary(attrKey, scalar, { maxKeys: 2 }), _cdata: fc.constantFrom('x', 'a]]>b') }, { requiredKeys: ['_attr'] }),
    fc.array(fc.oneof({ depthSize: 'small' }, tie('xmlable'), scalar), { maxLength: 3 }),
  ),
}));

type Spec =
  | { kind: 'element'; name: string; children: Item[] }
  | { kind: 'unlessEmpty'; name: string; include: boolean; children: Item[] }
  | { kind: 'attributes'; entries: [string, unknown][]; xmlKeys?: Record<string, string> }
  | { kind: 'next'; entries: [string, string, unknown][] }
  | { kind: 'formatted'; value: unknown }
  | { kind: 'parts'; parts: Spec[] };
type Item = { spec: Spec } | { raw: unknown };

class Element extends XmlComponent {
  constructor(name: string, children: readonly unknown[]) {
    super(name);
    this.root.push(...children);
  }
}

class UnlessEmpty extends IgnoreIfEmptyXmlComponent {
  constructor(name: string, include: boolean, children: readonly unknown[]) {
    super(name, include);
    this.root.push(...children);
  }
}

class Attributes extends XmlAttributeComponent<Record<string, unknown>> {
  constructor(root: Record<string, unknown>, xmlKeys: Record<string, string> | undefined) {
    super(root);
    (this as unknown as { xmlKeys: unknown }).xmlKeys = xmlKeys;
  }
}

/** A component whose formatted object is given. */
class Given extends XmlComponent {
  constructor(private readonly value: unknown) {
    super('given');
  }
  override prepForXml(): never {
    return this.value as never;
  }
}

/** A component written as other components, one after another. */
class InParts extends XmlComponent {
  constructor(private readonly parts: XmlComponent[]) {
    super('parts');
  }
  override get writtenAs(): XmlComponent[] {
    return this.parts;
  }
}

/** An object with the entries as its own properties, in order, `__proto__` included. */
function own(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

function build(spec: Spec): XmlComponent {
  const children = (items: Item[]): unknown[] => items.map((i) => ('spec' in i ? build(i.spec) : structuredClone(i.raw)));
  switch (spec.kind) {
    case 'element':
      return new Element(spec.name, children(spec.children));
    case 'unlessEmpty':
      return new UnlessEmpty(spec.name, spec.include, children(spec.children));
    case 'attributes':
      return new Attributes(own(spec.entries), spec.xmlKeys) as unknown as XmlComponent;
    case 'next':
      return new NextAttributeComponent(own(spec.entries.map(([option, key, value]) => [option, { key, value }])) as never) as unknown as XmlComponent;
    case 'formatted':
      return new Given(structuredClone(spec.value));
    case 'parts':
      return new InParts(spec.parts.map(build));
  }
}

const { spec } = fc.letrec<{ spec: Spec; item: Item }>((tie) => ({
  spec: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('attributes' as const), entries: fc.array(fc.tuple(attrKey, attrValue), { maxLength: 4 }) }),
    fc.record({
      kind: fc.constant('attributes' as const),
      entries: fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'space'), attrValue), { maxLength: 4 }),
      xmlKeys: fc.constant({ a: 'w:val', b: 'w:val', c: '', d: '1', space: 'xml:space' }),
    }),
    fc.record({ kind: fc.constant('next' as const), entries: fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', '0', '__proto__'), attrKey, attrValue), { maxLength: 4 }) }),
    fc.record({ kind: fc.constant('formatted' as const), value: fc.oneof(xmlable, scalar, fc.constant(undefined), fc.array(xmlable, { maxLength: 2 })) }),
    fc.record({ kind: fc.constant('element' as const), name, children: fc.array(tie('item'), { maxLength: 4 }) }),
    fc.record({ kind: fc.constant('unlessEmpty' as const), name, include: fc.boolean(), children: fc.array(tie('item'), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('parts' as const), parts: fc.array(tie('spec'), { maxLength: 3 }) }),
  ),
  item: fc.oneof(
    { depthSize: 'small' },
    tie('spec').map((s) => ({ spec: s })),
    fc.oneof(scalar, fc.constant(undefined), xmlable, fc.array(fc.oneof(scalar, xmlable, fc.constant(undefined)), { maxLength: 2 })).map((raw) => ({ raw })),
  ),
}));

/** A block of the body: an element (with a name docx's writer writes as an element) holding any components. */
const block = fc.record({
  kind: fc.constantFrom('element' as const, 'unlessEmpty' as const),
  name: fc.constantFrom('w:p', 'w:tbl', 'x'),
  include: fc.boolean(),
  children: fc.array(fc.oneof(spec.map((s) => ({ spec: s })), scalar.map((raw) => ({ raw }))), { maxLength: 4 }),
});

describe('componentXml', () => {
  it('writes components of any shape as docx formats and writes them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 3 }), async (blocks) => {
        const { here, docx } = await bothWays(() => blocks.map((b) => build(b) as unknown as FileChild));
        expect(here).toEqual(docx);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('writes the same text as the formatted object, and leaves out what docx leaves out', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const context = { stack: [] };
        const here = outcomeSync(() => {
          const xml = componentXml(build(s), context);
          return xml instanceof Formatted ? { formatted: xml.value } : { xml };
        });
        const formatted = outcomeSync(() => build(s).prepForXml({ stack: [] } as never) as unknown);
        if ('fails' in formatted || 'fails' in here) {
          // Where docx fails to format, so does this; it fails to write only what docx fails to write.
          if ('fails' in formatted) expect(here).toEqual(formatted);
          else expect(outcomeSync(() => xmlOf(formatted.value as Xmlable))).toEqual(here);
        } else if ('formatted' in here.value) expect(here.value.formatted).toEqual(formatted.value);
        else {
          expect(here.value.xml).toBe(formatted.value === undefined ? undefined : xmlOf(formatted.value as Xmlable));
          expect(context.stack).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("writes inherited keys and attributes as docx does: not at all", () => {
    const inherited = Object.create({ hidden: 'x' }) as Record<string, unknown>;
    inherited.val = 'a';
    const payload = Object.create({ hidden: { key: 'w:h', value: 1 } }) as Record<string, unknown>;
    payload.val = { key: 'w:val', value: 2 };
    const formatted = Object.create({ _attr: { 'w:x': 1 } }) as unknown;
    const cases = [
      new Element('w:a', [new Attributes(inherited, undefined)]),
      new Element('w:b', [new NextAttributeComponent(payload as never)]),
      new UnlessEmpty('w:c', false, [new Given(formatted)]),
      new UnlessEmpty('w:d', true, [new Given(formatted)]),
      new Element('w:e', [new Given(formatted)]),
    ];
    const xml = cases.map((c) => componentXml(c, { stack: [] }));
    expect(xml).toEqual(
      cases.map((c) => {
        const f = c.prepForXml({ stack: [] } as never);
        return f === undefined ? undefined : xmlOf(f);
      }),
    );
    expect(xml).toEqual(['<w:a val="a"/>', '<w:b w:val="2"/>', undefined, '<w:d w:x="1"/>', '<w:e w:x="1"/>']);
  });

  it('writes the attributes of a payload given twice, or ordered first, as docx does', () => {
    const twice = new NextAttributeComponent({ a: { key: 'w:b', value: 1 }, b: { key: 'w:a', value: 2 }, c: { key: 'w:b', value: '<3>' } });
    const first = new NextAttributeComponent({ a: { key: 'w:a', value: 1 }, b: { key: '1', value: 2 } });
    const element = new Element('w:x', [twice, first]);
    const docx = xmlOf(element.prepForXml({ stack: [] } as never) as Xmlable);
    expect(docx).toBe('<w:x w:b="&lt;3&gt;" w:a="2" 1="2" w:a="1"></w:x>');
    expect(componentXml(element, { stack: [] })).toBe(docx);
  });
});

// docx's own components, with the options the writer gives them and others.

const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a & b', '<c>', ' spasi ', 'é€'));
const runOptions = fc.record(
  {
    text,
    bold: fc.boolean(),
    italics: fc.boolean(),
    size: fc.integer({ min: 2, max: 40 }),
    color: fc.constantFrom('7F7F7F', 'FF0000'),
    break: fc.integer({ min: 0, max: 2 }),
    font: fc.constantFrom('Arial', 'Times New Roman'),
    highlight: fc.constantFrom('yellow'),
    underline: fc.constant({}),
    characterSpacing: fc.integer({ min: -20, max: 20 }),
  },
  { requiredKeys: [] },
);

type RunSpec = { kind: 'run'; options: IRunOptions } | { kind: 'runIn'; options: IRunOptions; inner: IRunOptions; after: string } | { kind: 'page'; options: IRunOptions };
const runSpec: fc.Arbitrary<RunSpec> = fc.oneof(
  runOptions.map((o) => ({ kind: 'run' as const, options: o })),
  fc.tuple(runOptions, runOptions, text).map(([o, inner, after]) => ({ kind: 'runIn' as const, options: o, inner, after })),
  runOptions.map((o) => ({ kind: 'page' as const, options: o })),
);

function run(s: RunSpec): TextRun {
  if (s.kind === 'run') return new TextRun(s.options);
  if (s.kind === 'runIn') return new TextRun({ ...s.options, text: undefined, children: ['awal', new TextRun(s.inner), s.after] });
  return new TextRun({ ...s.options, text: undefined, children: ['Hal. ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES] });
}

type ChildSpec = RunSpec | { kind: 'link'; runs: RunSpec[] } | { kind: 'internal'; runs: RunSpec[] } | { kind: 'bookmark'; runs: RunSpec[] } | { kind: 'footnote' };
const childSpec: fc.Arbitrary<ChildSpec> = fc.oneof(
  { weight: 4, arbitrary: runSpec },
  { weight: 1, arbitrary: fc.array(runSpec, { maxLength: 2 }).map((runs) => ({ kind: 'link' as const, runs })) },
  { weight: 1, arbitrary: fc.array(runSpec, { maxLength: 2 }).map((runs) => ({ kind: 'internal' as const, runs })) },
  { weight: 1, arbitrary: fc.array(runSpec, { maxLength: 2 }).map((runs) => ({ kind: 'bookmark' as const, runs })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'footnote' as const }) },
);

function child(s: ChildSpec): ParagraphChild {
  switch (s.kind) {
    case 'link':
      return new ExternalHyperlink({ link: 'https://contoh.example/a?b=1&c=2', children: s.runs.map(run) });
    case 'internal':
      return new InternalHyperlink({ anchor: 'tanda', children: s.runs.map(run) });
    case 'bookmark':
      return new Bookmark({ id: 'tanda', children: s.runs.map(run) });
    case 'footnote':
      return new FootnoteReferenceRun(1);
    default:
      return run(s);
  }
}

const paragraphOptions = fc.record(
  {
    style: fc.constantFrom('BodyText', 'TableText', 'Heading1'),
    alignment: fc.constantFrom(AlignmentType.LEFT, AlignmentType.CENTER, AlignmentType.RIGHT, AlignmentType.JUSTIFIED),
    keepNext: fc.boolean(),
    keepLines: fc.boolean(),
    widowControl: fc.boolean(),
    pageBreakBefore: fc.boolean(),
    spacing: fc.record({ before: fc.nat(400), after: fc.nat(400), line: fc.integer({ min: 1, max: 480 }) }, { requiredKeys: [] }),
    indent: fc.record({ firstLine: fc.nat(720), left: fc.nat(720) }, { requiredKeys: [] }),
    numbering: fc.record({ reference: fc.constant('num'), level: fc.constant(0) }),
    bullet: fc.constant({ level: 0 }),
    run: runOptions,
  },
  { requiredKeys: [] },
);

type ParagraphSpec = { options: IParagraphOptions; children: ChildSpec[] };
const paragraphSpec: fc.Arbitrary<ParagraphSpec> = fc.record({ options: paragraphOptions, children: fc.array(childSpec, { maxLength: 3 }) });

const paragraph = (s: ParagraphSpec): Paragraph => new Paragraph({ ...s.options, children: s.children.map(child) });

const cellOptions = fc.record(
  {
    width: fc.record({ size: fc.integer({ min: 100, max: 3000 }), type: fc.constant(WidthType.DXA) }),
    margins: fc.constant({ top: 40, bottom: 40, left: 57, right: 57 }),
    shading: fc.constant({ type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' }),
    columnSpan: fc.integer({ min: 1, max: 2 }),
  },
  { requiredKeys: [] },
);

type CellSpec = { options: object; children: ({ p: ParagraphSpec } | { table: TableSpec })[] };
type RowSpec = { options: object; cells: CellSpec[] };
type TableSpec = { options: object; rows: RowSpec[] };

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const tableOptions = fc.record(
  {
    width: fc.oneof(
      fc.record({ size: fc.integer({ min: 1000, max: 9000 }), type: fc.constant(WidthType.DXA) }),
      fc.record({ size: fc.constantFrom(50, 100, '100%'), type: fc.constant(WidthType.PERCENTAGE) }),
    ),
    columnWidths: fc.array(fc.integer({ min: 100, max: 3000 }), { minLength: 1, maxLength: 3 }),
    layout: fc.constant(TableLayoutType.FIXED),
    borders: fc.constant({ top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }),
  },
  { requiredKeys: [] },
);
const rowOptions = fc.record({ tableHeader: fc.boolean(), cantSplit: fc.boolean(), keepNext: fc.boolean() }, { requiredKeys: [] });

const { table: tableSpec } = fc.letrec<{ table: TableSpec; cell: CellSpec }>((tie) => ({
  cell: fc.record({
    options: cellOptions,
    children: fc.array(
      fc.oneof({ depthSize: 'small', withCrossShrink: true }, paragraphSpec.map((p) => ({ p })), tie('table').map((t) => ({ table: t }))),
      { maxLength: 2 },
    ),
  }),
  table: fc.record({
    options: tableOptions,
    rows: fc.array(fc.record({ options: rowOptions, cells: fc.array(tie('cell'), { maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
  }),
}));

function table(s: TableSpec): Table {
  return new Table({
    ...s.options,
    rows: s.rows.map(
      (r) =>
        new TableRow({
          ...r.options,
          children: r.cells.map((c) => new TableCell({ ...c.options, children: c.children.map((x) => ('p' in x ? paragraph(x.p) : table(x.table))) })),
        }),
    ),
  });
}

const blockSpec = fc.oneof(paragraphSpec.map((p) => ({ p })), tableSpec.map((t) => ({ table: t })));

describe("componentXml of docx's paragraphs, runs and tables", () => {
  it('writes them as docx does, whatever their options', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(blockSpec, { minLength: 1, maxLength: 4 }), async (blocks) => {
        const { here, docx } = await bothWays(() => blocks.map((b) => ('p' in b ? paragraph(b.p) : table(b.table))));
        expect(here).toEqual(docx);
      }),
      { numRuns: 300 },
    );
  }, 180_000);
});
