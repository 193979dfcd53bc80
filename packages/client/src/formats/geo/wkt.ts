import type { GeoJsonGeometry } from '../../types.js';

// Well-known text geometries as found in CSV exports of GIS systems: `POINT (6.62 51.45)`,
// `MULTIPOLYGON (((…)))`, optionally with Z/M and an EWKT `SRID=25832;` prefix. Parsed without regular
// expressions over the whole cell, so a hostile cell costs linear time.

/** A parsed WKT cell: the geometry (`null` for `EMPTY`) and the SRID of an EWKT prefix, if any. */
export interface WktValue {
  geometry: GeoJsonGeometry | null;
  srid?: number;
}

type Position = number[];

class WktReader {
  private i = 0;
  constructor(private readonly text: string) {}

  private skipBlank(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i])) this.i++;
  }

  private word(): string {
    this.skipBlank();
    const start = this.i;
    while (this.i < this.text.length && /[A-Za-z]/.test(this.text[this.i])) this.i++;
    return this.text.slice(start, this.i).toUpperCase();
  }

  private peek(): string {
    this.skipBlank();
    return this.text[this.i] ?? '';
  }

  private expect(char: string): void {
    if (this.peek() !== char) throw new Error(`expected "${char}" at ${this.i}`);
    this.i++;
  }

  private number(): number {
    this.skipBlank();
    const start = this.i;
    while (this.i < this.text.length && /[-+0-9.eE]/.test(this.text[this.i])) this.i++;
    const value = Number(this.text.slice(start, this.i));
    if (start === this.i || !Number.isFinite(value)) throw new Error(`expected a number at ${start}`);
    return value;
  }

  private position(): Position {
    const position = [this.number(), this.number()];
    while (/[-+0-9.]/.test(this.peek())) position.push(this.number());
    return position;
  }

  /** `(a b, c d)`; MULTIPOINT also allows `((a b), (c d))`. */
  private positions(): Position[] {
    this.expect('(');
    const list: Position[] = [];
    do {
      if (this.peek() === '(') {
        this.i++;
        list.push(this.position());
        this.expect(')');
      } else list.push(this.position());
    } while (this.comma());
    this.expect(')');
    return list;
  }

  private comma(): boolean {
    if (this.peek() !== ',') return false;
    this.i++;
    return true;
  }

  private nested<T>(inner: () => T): T[] {
    this.expect('(');
    const list: T[] = [];
    do list.push(inner());
    while (this.comma());
    this.expect(')');
    return list;
  }

  geometry(): GeoJsonGeometry | null {
    const type = this.word();
    let next = this.word();
    if (next === 'Z' || next === 'M' || next === 'ZM') next = this.word();
    if (next === 'EMPTY') return null;
    if (next) throw new Error(`unexpected "${next}"`);
    switch (type) {
      case 'POINT': {
        this.expect('(');
        const coordinates = this.position();
        this.expect(')');
        return { type: 'Point', coordinates };
      }
      case 'LINESTRING':
        return { type: 'LineString', coordinates: this.positions() };
      case 'POLYGON':
        return { type: 'Polygon', coordinates: this.nested(() => this.positions()) };
      case 'MULTIPOINT':
        return { type: 'MultiPoint', coordinates: this.positions() };
      case 'MULTILINESTRING':
        return { type: 'MultiLineString', coordinates: this.nested(() => this.positions()) };
      case 'MULTIPOLYGON':
        return {
          type: 'MultiPolygon',
          coordinates: this.nested(() => this.nested(() => this.positions())),
        };
      case 'GEOMETRYCOLLECTION': {
        const geometries = this.nested(() => this.geometry()).filter((g): g is GeoJsonGeometry => g !== null);
        return { type: 'GeometryCollection', geometries };
      }
      default:
        throw new Error(`unknown geometry type "${type}"`);
    }
  }

  done(): boolean {
    this.skipBlank();
    return this.i === this.text.length;
  }
}

const WKT_START =
  /^\s*(?:SRID=(\d+);\s*)?(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION)\b/i;

/** Whether a cell starts like WKT (cheap test before parsing). */
export function looksLikeWkt(cell: string): boolean {
  return WKT_START.test(cell.slice(0, 40));
}

/** Parses a WKT or EWKT cell, or returns `undefined` when it is not valid WKT. */
export function parseWkt(cell: string): WktValue | undefined {
  const match = WKT_START.exec(cell.slice(0, 40));
  if (!match) return undefined;
  const body = match[1] ? cell.slice(cell.indexOf(';') + 1) : cell;
  try {
    const reader = new WktReader(body);
    const geometry = reader.geometry();
    if (!reader.done()) return undefined;
    return match[1] ? { geometry, srid: Number(match[1]) } : { geometry };
  } catch {
    return undefined;
  }
}
