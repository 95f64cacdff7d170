/**
 * Complex fields (`w:fldChar` begin, instruction, separate, the cached result, end), written with
 * their result already filled. Unlike a `w:fldSimple`, whose result many readers drop, every reader
 * shows the result runs of a complex field: Word, LibreOffice, pandoc, mammoth and python-docx.
 */
import { BuilderElement, NextAttributeComponent, Run, TextRun, XmlComponent, type IRunOptions, type ParagraphChild } from 'docx';

/** One run holding one field element. */
class FieldPart extends Run {
  constructor(part: XmlComponent, options: IRunOptions) {
    super(options);
    this.root.push(part);
  }
}

/** `<w:instrText xml:space="preserve"> … </w:instrText>`. */
class Instruction extends XmlComponent {
  constructor(text: string) {
    super('w:instrText');
    this.root.push(new NextAttributeComponent({ space: { key: 'xml:space', value: 'preserve' } }));
    this.root.push(` ${text} `);
  }
}

function fieldChar(type: 'begin' | 'separate' | 'end'): BuilderElement {
  return new BuilderElement({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });
}

/**
 * The runs of a complex field with its result.
 * @param code the field's instruction, e.g. `SEQ Tabel \* ARABIC \s 1`
 * @param result the text the field shows until it is updated
 * @param format run formatting of the result (and the field marks)
 * @returns the runs, in order
 */
export function complexField(code: string, result: string, format: IRunOptions = {}): ParagraphChild[] {
  // The field parts are runs (docx's Run), which a paragraph takes though its types name only TextRun.
  /* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment */
  return [
    new FieldPart(fieldChar('begin'), format),
    new FieldPart(new Instruction(code), format),
    new FieldPart(fieldChar('separate'), format),
    new TextRun({ ...format, text: result }),
    new FieldPart(fieldChar('end'), format),
  ];
  /* eslint-enable @typescript-eslint/no-unsafe-class-instance-assignment */
}
