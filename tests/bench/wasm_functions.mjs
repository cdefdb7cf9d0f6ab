// The functions of a wasm file, by the index the engine uses (imports first): the size of
// each body in bytes and, when the file has a name section (--profiling-funcs), its name.
// Only the sections needed for that are read (the binary format's import, code and
// "name" sections).
export function wasmFunctions(bytes) {
  let at = 8; // after the magic number and the version
  const leb = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      if (b === undefined) throw new Error('wasm afgebroken (onvolledig bestand?)');
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return value;
    }
  };
  const skipName = () => { at += leb(); };
  let imported = 0;
  const sizes = new Map();
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at++];
    const length = leb();
    const end = at + length;
    if (id === 2) { // imports: only functions take function indices
      for (let n = leb(); n > 0; --n) {
        skipName();
        skipName();
        const kind = bytes[at++];
        if (kind === 0) { ++imported; leb(); }
        else if (kind === 1) { at += 1; const flags = leb(); leb(); if (flags & 1) leb(); } // table
        else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); } // memory
        else if (kind === 3) at += 2; // global: type and mutability
        else { at += 1; leb(); } // tag (exceptions): attribute and type index
      }
    } else if (id === 10) { // code: one body per defined function
      const n = leb();
      for (let i = 0; i < n; ++i) {
        const size = leb();
        sizes.set(imported + i, size);
        at += size;
      }
    } else if (id === 0) {
      const nameLength = leb();
      const name = new TextDecoder().decode(bytes.subarray(at, at + nameLength));
      at += nameLength;
      while (name === 'name' && at < end) {
        const sub = bytes[at++];
        const subEnd = at + leb();
        if (sub === 1) { // function names
          for (let n = leb(); n > 0; --n) {
            const index = leb();
            const l = leb();
            names.set(index, new TextDecoder().decode(bytes.subarray(at, at + l)));
            at += l;
          }
        }
        at = subEnd;
      }
    }
    at = end;
  }
  return { count: imported + sizes.size, imported, sizes, names };
}
