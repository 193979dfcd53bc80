// Finds where JSON breaks, for error messages: JSON.parse says "Unexpected token" without a position in
// some cases (V8 when it quotes the context instead). Only runs after JSON.parse failed; an explicit stack
// instead of recursion keeps deeply nested hostile input from overflowing.

const isBlank = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

function skipBlank(text: string, i: number): number {
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** End of the string starting at the quote `i`, or -1 if it is not closed or has invalid escapes. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 34) return j + 1;
    if (code < 32) return -(j + 1);
    if (code === 92) {
      const next = text[j + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1);
        j += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) j++;
      else return -(j + 1);
    }
  }
  return -(text.length + 1);
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** End of the scalar (string, number, literal) at `i`, or a negative `-(offset+1)` of the error. */
function scalarEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === 34) return stringEnd(text, i);
  for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return i + literal.length;
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : -(i + 1);
}

/** The character offset of the first syntax error in `text` (text.length when it ends too early). */
export function jsonErrorOffset(text: string): number {
  const stack: number[] = []; // 123 object, 91 array
  let i = skipBlank(text, 0);
  let expectValue = true;
  for (;;) {
    if (expectValue) {
      if (i >= text.length) return text.length;
      const code = text.charCodeAt(i);
      if (code === 123 || code === 91) {
        stack.push(code);
        i = skipBlank(text, i + 1);
        const close = code === 123 ? 125 : 93;
        if (text.charCodeAt(i) === close) {
          stack.pop();
          i++;
          expectValue = false;
        } else if (code === 123) {
          const end = text.charCodeAt(i) === 34 ? stringEnd(text, i) : -(i + 1);
          if (end < 0) return Math.min(-end - 1, text.length);
          i = skipBlank(text, end);
          if (text.charCodeAt(i) !== 58) return Math.min(i, text.length);
          i = skipBlank(text, i + 1);
        }
        continue;
      }
      const end = scalarEnd(text, i);
      if (end < 0) return Math.min(-end - 1, text.length);
      i = end;
      expectValue = false;
      continue;
    }
    i = skipBlank(text, i);
    if (stack.length === 0) return i < text.length ? i : text.length;
    if (i >= text.length) return text.length;
    const top = stack[stack.length - 1];
    const code = text.charCodeAt(i);
    if (code === 44) {
      i = skipBlank(text, i + 1);
      if (top === 123) {
        const end = text.charCodeAt(i) === 34 ? stringEnd(text, i) : -(i + 1);
        if (end < 0) return Math.min(-end - 1, text.length);
        i = skipBlank(text, end);
        if (text.charCodeAt(i) !== 58) return Math.min(i, text.length);
        i = skipBlank(text, i + 1);
      }
      expectValue = true;
    } else if (code === (top === 123 ? 125 : 93)) {
      stack.pop();
      i++;
    } else return i;
  }
}
