// The CDN build minifies the CSS of the elements' css`…` literals (packages/widgets/build/css-literals.mjs).
// The browser is the judge: the minified text must parse into exactly the same rules as the source.
import { expect } from '@open-wc/testing';
import { minifyCss } from '../../packages/widgets/build/css-literals.mjs';
import { tableStyles } from '../../packages/widgets/src/table/table.styles.js';

function parsedRules(cssText: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

describe('minified css literals', () => {
  it('parse into the same rules as the table styles they came from', () => {
    const source = tableStyles.cssText;
    const minified = minifyCss(source);
    expect(minified.length).to.be.below(source.length * 0.8);
    expect(parsedRules(minified)).to.deep.equal(parsedRules(source));
  });

  it('keep the spaces that carry meaning and every line break', () => {
    const source = `/* note */\n.a .b > c,\n  d:hover {\n  width: calc(100% - 2em);\n}\n@media (max-width: 30em) and (forced-colors: active) {\n  .x { --odw-pad: 1px 2px; }\n}`;
    const minified = minifyCss(source);
    expect(minified).to.include('.a .b>c,');
    expect(minified).to.include('calc(100% - 2em)');
    expect(minified).to.include('@media (max-width: 30em) and (forced-colors: active)');
    expect(minified.split('\n').length).to.equal(source.split('\n').length);
    expect(parsedRules(minified)).to.deep.equal(parsedRules(source));
  });
});
