// A hostile ZIP for tests: built bit by bit so a 150 MB bomb costs milliseconds and a few hundred KB.
import { join } from './json-scan';

/** Writes bits least significant first, as DEFLATE does. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.current |= ((value >> i) & 1) << this.used;
      if (++this.used === 8) this.flush();
    }
  }

  /** A Huffman code, which DEFLATE stores most significant bit first. */
  code(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bits((value >> i) & 1, 1);
  }

  flush(): void {
    if (this.used) this.bytes.push(this.current);
    this.current = 0;
    this.used = 0;
  }

  done(): Uint8Array {
    this.flush();
    return Uint8Array.from(this.bytes);
  }
}

/**
 * A ZIP bomb: one entry whose deflate stream (one byte, then length-258 copies of it, about 13 bits
 * each) expands to `size` copies of `byte` (0-143), while its headers claim 1,234 bytes. About 1 KB of
 * ZIP per 20 MB, built without ever holding the expanded bytes.
 */
export function zipBomb(name = 'Overview.csv', size = 150 * 2 ** 20, byte = 0): Uint8Array {
  const literal = 0x30 + byte;
  const deflate = new BitWriter();
  deflate.bits(1, 1); // last block
  deflate.bits(1, 2); // fixed Huffman codes
  deflate.code(literal, 8);
  for (let left = size - 1; left > 0; left -= 258) {
    const length = Math.min(258, left);
    if (length < 3) {
      for (let i = 0; i < length; i++) deflate.code(literal, 8);
      break;
    }
    if (length === 258) deflate.code(0b11000101, 8); // length code 285
    else {
      // Lengths 3-10 are codes 257-264 (7 bits, no extra bits); other remainders are padded with literals.
      const short = Math.min(length, 10);
      deflate.code(short - 3 + 1, 7);
      deflate.code(0, 5);
      for (let i = short; i < length; i++) deflate.code(literal, 8);
      break;
    }
    deflate.code(0, 5); // distance 1
  }
  deflate.code(0, 7); // end of block
  const data = deflate.done();
  const nameBytes = new TextEncoder().encode(name);
  const local = new DataView(new ArrayBuffer(30));
  const central = new DataView(new ArrayBuffer(46));
  const end = new DataView(new ArrayBuffer(22));
  for (const [view, signature] of [[local, 0x04034b50], [central, 0x02014b50]] as const) view.setUint32(0, signature, true);
  local.setUint16(4, 20, true);
  local.setUint16(8, 8, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, 1234, true);
  local.setUint16(26, nameBytes.length, true);
  central.setUint16(4, 20, true);
  central.setUint16(6, 20, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, 1234, true);
  central.setUint16(28, nameBytes.length, true);
  const centralAt = 30 + nameBytes.length + data.length;
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + nameBytes.length, true);
  end.setUint32(16, centralAt, true);
  return join([new Uint8Array(local.buffer), nameBytes, data, new Uint8Array(central.buffer), nameBytes, new Uint8Array(end.buffer)]);
}
