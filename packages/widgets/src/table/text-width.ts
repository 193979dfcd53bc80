/**
 * How wide a line of text is, estimated in `ch` (the width of "0") without measuring: virtual scrolling
 * sizes its columns and finds the cells that will not fit from this, while scrolling, for every cell in
 * view. The weights err wide for the usual sans fonts (Arial/Helvetica, Segoe UI, DejaVu Sans, Roboto),
 * so a text estimated to fit does fit; only a text close to the limit may get a "read all" button it
 * would not have needed.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    width +=
      c >= 0x2e80
        ? 2 // CJK, full-width forms, each half of an emoji
        : " .,:;!|'()[]ijlI".includes(text[i])
          ? 0.65
          : 'MWmw@%'.includes(text[i])
            ? 1.8
            : (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)
              ? 1.4 // capitals, also À–Þ (Ä, Ö, Ü)
              : 1;
  }
  return width;
}
