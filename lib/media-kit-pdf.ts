import PDFDocument from 'pdfkit';
import type { MediaKitContent } from './media-kit-content';

/** The shipped fonts (DejaVu Sans), read by the caller: this module does no I/O. */
export type KitFonts = { regular: Uint8Array; bold: Uint8Array };

export type KitPdfOptions = {
  fonts: KitFonts;
  /** The document's title ("Media kit: Sanne de Vries") and language, for PDF readers and screen readers. */
  title: string;
  lang: string;
};

// A4 in points, and the colours of the page (Tailwind's stone scale).
const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const INK = '#1c1917';
const SOFT = '#44403c';
const MUTED = '#57534e';
const LINE = '#d6d3d1';
const FAINT = '#e7e5e4';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * The media kit as an A4 PDF: the same content as the page (see `mediaKitContent`), laid out for a brand
 * to read on screen or print. Fonts are embedded (subset), so it reads the same everywhere.
 */
export async function renderMediaKitPdf(content: MediaKitContent, { fonts, title, lang }: KitPdfOptions): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    // No standard font: pdfkit would otherwise load Helvetica's metrics before the first line.
    font: null as unknown as string,
    lang,
    displayTitle: true,
    info: { Title: title, Author: content.name, Creator: 'Can I earn on TikTok yet?' },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('regular', Buffer.from(fonts.regular));
  doc.registerFont('bold', Buffer.from(fonts.bold));
  layOut(doc, content);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

const width = PAGE.width - 2 * PAGE.margin;
const left = PAGE.margin;
const bottom = PAGE.height - PAGE.margin;

function rule(doc: Doc, color = FAINT) {
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(0.75).strokeColor(color).stroke();
}

/** Starts a new page when `height` more points would not fit on this one. */
function keep(doc: Doc, height: number) {
  if (doc.y + height > bottom) doc.addPage();
}

function heading(doc: Doc, text: string) {
  keep(doc, 60);
  doc.moveDown(0.9).font('bold').fontSize(13).fillColor(INK).text(text, left, doc.y, { width });
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, text: string, size: number, color: string, gap = 0.25) {
  doc.font('regular').fontSize(size).fillColor(color).text(text, left, doc.y, { width, lineGap: 1.5 });
  doc.moveDown(gap);
}

function layOut(doc: Doc, content: MediaKitContent) {
  doc.font('bold').fontSize(26).fillColor(INK).text(content.name, left, PAGE.margin, { width });
  doc.moveDown(0.15);
  paragraph(doc, [content.handle && `@${content.handle}`, content.subtitle].filter(Boolean).join(' · '), 11.5, SOFT, 0.3);
  if (content.bio) paragraph(doc, content.bio, 11, INK, 0.3);
  doc.moveDown(0.5);
  rule(doc, LINE);

  if (content.stats.length > 0 || content.audienceLines.length > 0) {
    heading(doc, content.headings.audience);
    if (content.stats.length > 0) stats(doc, content.stats);
    if (content.audienceLines.length > 0) paragraph(doc, content.audienceLines.join(' '), 9, MUTED);
  }

  if (content.rates) {
    heading(doc, content.headings.rates);
    ratesTable(doc, content);
    doc.moveDown(0.4);
    paragraph(doc, content.rates.basis, 10, SOFT, 0.2);
    paragraph(doc, content.rates.shares, 8, MUTED);
  }

  if (content.methods) {
    heading(doc, content.headings.methods);
    paragraph(doc, content.methods, 10, INK);
  }

  keep(doc, 50);
  doc.moveDown(1);
  rule(doc);
  doc.moveDown(0.5);
  paragraph(doc, content.footer, 7.5, MUTED, 0);
}

/** The creator's numbers as a row of boxes: label, value, and a note (the engagement formula). */
function stats(doc: Doc, items: MediaKitContent['stats']) {
  const gap = 10;
  const pad = 9;
  const boxWidth = (width - gap * 3) / 4;
  const inner = boxWidth - 2 * pad;
  const measure = (text: string | undefined, font: string, size: number) =>
    text ? doc.font(font).fontSize(size).heightOfString(text, { width: inner, lineGap: 1 }) : 0;
  // One size for every value, as large as fits the widest on one line (8,400,000 must not break).
  const valueSize = Math.max(11, Math.min(18, ...items.map((item) => (18 * inner) / doc.font('bold').fontSize(18).widthOfString(item.value))));
  // Values on one line across the boxes, however many lines a label takes.
  const labelHeight = Math.max(...items.map((item) => measure(item.label, 'regular', 8.5)));
  const valueHeight = Math.max(...items.map((item) => measure(item.value, 'bold', valueSize)));
  const noteHeight = Math.max(...items.map((item) => (item.note ? 3 + measure(item.note, 'regular', 7) : 0)));
  const height = 2 * pad + labelHeight + 4 + valueHeight + noteHeight;
  keep(doc, height + 10);
  const top = doc.y;
  items.forEach((item, index) => {
    const x = left + index * (boxWidth + gap);
    doc.roundedRect(x, top, boxWidth, height, 5).lineWidth(0.75).strokeColor(FAINT).stroke();
    doc.font('regular').fontSize(8.5).fillColor(MUTED).text(item.label, x + pad, top + pad, { width: inner, lineGap: 1 });
    doc.font('bold').fontSize(valueSize).fillColor(INK).text(item.value, x + pad, top + pad + labelHeight + 4, { width: inner });
    if (item.note) doc.font('regular').fontSize(7).fillColor(MUTED).text(item.note, x + pad, top + pad + labelHeight + 4 + valueHeight + 3, { width: inner, lineGap: 1 });
  });
  doc.x = left;
  doc.y = top + height + 8;
}

/** Format, range and starting point, one row a format. */
function ratesTable(doc: Doc, content: MediaKitContent) {
  const rates = content.rates!;
  const columns = [width * 0.42, width * 0.36, width * 0.22];
  const row = (cells: string[], font: string, size: number, color: string) => {
    const heights = cells.map((cell, index) => doc.font(index === 0 ? 'bold' : font).fontSize(size).heightOfString(cell, { width: columns[index]! - 8 }));
    const height = Math.max(...heights) + 10;
    keep(doc, height);
    const top = doc.y;
    let x = left;
    cells.forEach((cell, index) => {
      doc.font(index === 0 ? 'bold' : font).fontSize(size).fillColor(color).text(cell, x, top + 5, { width: columns[index]! - 8 });
      x += columns[index]!;
    });
    doc.y = top + height;
    doc.x = left;
    rule(doc);
  };
  row([content.headings.format, content.headings.range, content.headings.startingPoint], 'bold', 9, MUTED);
  for (const rate of rates.rows) row([rate.label, rate.range, rate.startingPoint], 'regular', 11, INK);
}
