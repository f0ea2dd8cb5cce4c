/**
 * CSV as RFC 4180 defines it (fields split by commas, records by CRLF or LF, a field in double
 * quotes may hold commas, line breaks and doubled quotes), plus what spreadsheets add: a leading
 * byte-order mark is dropped and a lone LF ends a record too. One pass, no regular expressions,
 * so a hostile file costs time linear in its size.
 */

export interface CsvRecord {
  /** 1-based line of the file on which the record starts */
  line: number;
  cells: string[];
  /** a quoted field was still open at the end of the file */
  unterminated: boolean;
}

/** Calls `onRecord` per record, in file order; blank lines are records with one empty cell. */
export function parseCsv(text: string, onRecord: (record: CsvRecord) => void): void {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let ended = false;
    let unterminated = false;
    while (!ended) {
      if (i < n && text[i] === '"') {
        // quoted field: up to the lone closing quote; "" is one quote
        i++;
        let closed = false;
        let from = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === 0x22) {
            cell += text.slice(from, i);
            if (text.charCodeAt(i + 1) === 0x22) {
              cell += '"';
              i += 2;
              from = i;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === 0x0a) line++;
          i++;
        }
        if (!closed) {
          cell += text.slice(from, i);
          unterminated = true;
        }
      }
      // unquoted text (or what follows a closing quote, kept as text, as spreadsheets do)
      const from = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x2c || c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) === 0x0a)) break;
        i++;
      }
      cell += text.slice(from, i);
      cells.push(cell);
      cell = '';
      if (i >= n) ended = true;
      else if (text.charCodeAt(i) === 0x2c) i++;
      else {
        i += text.charCodeAt(i) === 0x0d ? 2 : 1;
        line++;
        ended = true;
      }
    }
    onRecord({ line: start, cells, unterminated });
  }
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): a cell
 * that starts with one is written with a leading apostrophe, which spreadsheets show as text and
 * `unneutralised` takes off again.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutralised(text: string): string {
  return text.length > 0 && FORMULA_START.has(text[0]!) ? `'${text}` : text;
}

/** The text a cell holds once a leading apostrophe that `neutralised` added is taken off. */
export function unneutralised(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.has(text[1]!) ? text.slice(1) : text;
}

/** One field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break, or edge spaces. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
