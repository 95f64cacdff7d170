/** The dialect's leaf (`::name`) and container (`:::name`) directives: book structure, tables, figures, placeholders. */
import type { BlockContent, DefinitionContent, Paragraph as MdParagraph } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Block, Heading, Inline, Signature } from '../../../doc/ast.js';
import { toc as tocNode } from '../../../doc/builders.js';
import { inlineText } from '../../../doc/walk.js';
import { assetOf, report, type MapContext } from './context.js';
import { phrasingToInlines } from './inlines.js';
import { naskahSlot } from './naskah.js';
import { tableToDoc } from './table.js';

type Directive = LeafDirective | ContainerDirective;
type BlocksMapper = (nodes: readonly (BlockContent | DefinitionContent)[], ctx: MapContext) => Block[];

function attribute(node: Directive, name: string): string | undefined {
  const v = node.attributes?.[name];
  return v === null || v === undefined || v.trim() === '' ? undefined : v.trim();
}

function textInlines(value: string | undefined): Inline[] | undefined {
  return value === undefined ? undefined : [{ type: 'text', value }];
}

/** A positive number attribute (decimal comma accepted), or undefined with a warning when malformed. */
function numberAttribute(node: Directive, name: string, ctx: MapContext, expected: string): number | undefined {
  const raw = attribute(node, name);
  if (raw === undefined) return undefined;
  const n = Number(raw.replace(',', '.'));
  if (Number.isFinite(n) && n > 0) return n;
  report(ctx, 'report/bad-attribute', node, { name: node.name, attribute: name, value: raw, expected });
  return undefined;
}

function widthsAttribute(node: Directive, ctx: MapContext): number[] | undefined {
  const raw = attribute(node, 'lebar');
  if (raw === undefined) return undefined;
  const parts = raw.split(/[\s;]+/).map((p) => Number(p.replace(',', '.')));
  if (parts.every((n) => Number.isFinite(n) && n > 0)) return parts;
  report(ctx, 'report/bad-attribute', node, {
    name: node.name,
    attribute: 'lebar',
    value: raw,
    expected: 'angka positif dipisah spasi, satu per kolom',
  });
  return undefined;
}

/** The `[label]` of a container: a first paragraph marked as the label. */
function splitLabel(node: ContainerDirective): { label?: MdParagraph; body: ContainerDirective['children'] } {
  const first = node.children[0];
  if (first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true) {
    return { label: first, body: node.children.slice(1) };
  }
  return { body: node.children };
}

function image(node: Directive, key: string | undefined, ctx: MapContext): ReturnType<typeof assetOf> {
  if (key === undefined) {
    report(ctx, 'report/bad-attribute', node, { name: node.name, attribute: 'src', value: '', expected: 'kunci gambar wajib diisi' });
    return undefined;
  }
  const found = assetOf(ctx.assets, key);
  if (found === undefined) report(ctx, 'report/unknown-asset', node, { key });
  return found;
}

/**
 * Maps a leaf directive (`::name[label]{attrs}` on a line of its own).
 * @param node the directive
 * @param ctx mapping context
 * @returns the blocks it stands for
 */
export function leafDirective(node: LeafDirective, ctx: MapContext): Block[] {
  const label = phrasingToInlines(node.children, ctx);
  const labelText = inlineText(label).trim();
  switch (node.name) {
    case 'halaman-baru':
      return [{ type: 'pageBreak' }];
    case 'daftar-isi':
      return [tocNode('contents', labelText || undefined)];
    case 'daftar-tabel':
      return [tocNode('tabel', labelText || undefined)];
    case 'daftar-gambar':
      return [tocNode('gambar', labelText || undefined)];
    case 'judul': {
      const level = numberAttribute(node, 'tingkat', ctx, '1, 2 atau 3') ?? 1;
      const valid = ([1, 2, 3] as const).find((l) => l === level) ?? 1;
      const heading: Heading = { type: 'heading', level: valid, numbered: false, children: label };
      return [heading];
    }
    case 'kosong':
      return [{ type: 'paragraph', children: phrasingToInlines([{ type: 'textDirective', name: 'kosong', attributes: node.attributes ?? {}, children: node.children }], ctx) }];
    case 'gambar': {
      const found = image(node, attribute(node, 'src'), ctx);
      const caption = label.length > 0 ? label : undefined;
      if (found === undefined) {
        return [{ type: 'paragraph', align: 'center', children: [{ type: 'placeholder', what: `Gambar ${labelText || (attribute(node, 'src') ?? '')}`.trim() }] }];
      }
      const widthCm = numberAttribute(node, 'lebar', ctx, 'lebar dalam cm, angka positif');
      const source = textInlines(attribute(node, 'sumber'));
      const key = attribute(node, 'kunci');
      return [
        {
          type: 'figure',
          image: found,
          ...(widthCm !== undefined ? { widthCm } : {}),
          ...(caption !== undefined ? { caption } : {}),
          ...(source !== undefined ? { source } : {}),
          ...(key !== undefined ? { key } : {}),
        },
      ];
    }
    case 'naskah':
      return naskahSlot(node, ctx, () => []);
    case 'sampul': {
      const title = attribute(node, 'judul');
      if (title === undefined) {
        report(ctx, 'report/bad-attribute', node, { name: 'sampul', attribute: 'judul', value: '', expected: 'judul buku wajib diisi' });
      }
      const logoKey = attribute(node, 'logo');
      const logo = logoKey === undefined ? undefined : image(node, logoKey, ctx);
      const subtitle = attribute(node, 'subjudul');
      const daerah = attribute(node, 'daerah');
      const year = attribute(node, 'tahun');
      ctx.title = attribute(node, 'kepala') ?? title ?? subtitle ?? ctx.title;
      return [
        {
          type: 'cover',
          title: title ?? '',
          ...(subtitle !== undefined ? { subtitle } : {}),
          ...(daerah !== undefined ? { daerah } : {}),
          ...(year !== undefined ? { year } : {}),
          ...(logo !== undefined ? { logo } : {}),
        },
      ];
    }
    default:
      report(ctx, 'report/unknown-directive', node, { name: node.name });
      return [];
  }
}

function align(blocks: Block[], to: 'center' | 'right'): Block[] {
  return blocks.map((b) => (b.type === 'paragraph' ? { ...b, align: to } : b));
}

/**
 * Maps a container directive (`:::name[label]{attrs}` … `:::`).
 * @param node the directive
 * @param ctx mapping context
 * @param blocks the block mapper, for the contents
 * @returns the blocks it stands for
 */
export function containerDirective(node: ContainerDirective, ctx: MapContext, blocks: BlocksMapper): Block[] {
  const { label, body } = splitLabel(node);
  const labelInlines = label === undefined ? [] : phrasingToInlines(label.children, ctx);
  switch (node.name) {
    case 'lanskap':
      // Landscape where the contents need the width; `{selalu}` asks for it always.
      return [{ type: 'landscape', children: blocks(body, ctx), ...(node.attributes?.['selalu'] !== undefined && node.attributes['selalu'] !== null ? { always: true } : {}) }];
    case 'tengah':
      return align(blocks(body, ctx), 'center');
    case 'kanan':
      return align(blocks(body, ctx), 'right');
    case 'kata-pengantar': {
      const signature: Signature = {
        ...(attribute(node, 'kota') !== undefined ? { place: attribute(node, 'kota') } : {}),
        ...(attribute(node, 'tanggal') !== undefined ? { date: attribute(node, 'tanggal') } : {}),
        ...(attribute(node, 'nama') !== undefined ? { name: attribute(node, 'nama') } : {}),
        ...(attribute(node, 'jabatan') !== undefined ? { role: attribute(node, 'jabatan') } : {}),
      };
      const title = inlineText(labelInlines).trim() || 'KATA PENGANTAR';
      return [
        {
          type: 'foreword',
          title,
          children: blocks(body, ctx),
          ...(Object.keys(signature).length > 0 ? { signature } : {}),
        },
      ];
    }
    case 'naskah':
      return naskahSlot(node, ctx, () => blocks(body, ctx));
    case 'tabel': {
      const widths = widthsAttribute(node, ctx);
      const source = textInlines(attribute(node, 'sumber'));
      const group = numberAttribute(node, 'grup', ctx, 'nomor kolom, bilangan bulat positif');
      const key = attribute(node, 'kunci');
      let captioned = false;
      return body.flatMap((child): Block[] => {
        if (child.type === 'table' && !captioned) {
          captioned = true;
          return [
            tableToDoc(child, ctx, {
              ...(labelInlines.length > 0 ? { caption: labelInlines } : {}),
              ...(source !== undefined ? { source } : {}),
              ...(widths !== undefined ? { widths } : {}),
              ...(group !== undefined ? { group } : {}),
              ...(key !== undefined ? { key } : {}),
            }),
          ];
        }
        // Paragraphs after the table are notes under it, set small.
        return blocks([child], ctx).map((b) => (b.type === 'paragraph' ? { ...b, small: true } : b));
      });
    }
    default:
      report(ctx, 'report/unknown-directive', node, { name: node.name });
      return blocks(body, ctx);
  }
}
