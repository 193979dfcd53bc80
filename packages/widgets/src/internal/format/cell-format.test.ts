import { expect } from '@open-wc/testing';
import type { Field } from '@odw/client';
import { readNumberPattern } from './number-pattern.js';
import { cellFormatter } from './cell-format.js';

const field = (type: Field['type'], name = 'Wert'): Field => ({ name, type });

describe('cellFormatter', () => {
  it('writes numbers the German way and right-aligns them', () => {
    const format = cellFormatter(field('number'), 'de');
    expect(format(1234.5)).to.deep.equal({ text: '1.234,5', kind: 'number' });
    expect(format(-0.125).text).to.equal('-0,125');
    expect(format(52341).text).to.equal('52.341');
  });

  it('shows every decimal the source has and nothing more', () => {
    const format = cellFormatter(field('number'), 'de');
    expect(format(0.1).text).to.equal('0,1');
    expect(format(3.14159265).text).to.equal('3,14159265');
    // Big numerics arrive as strings; Intl formats them without going through a double.
    expect(format('12345678901234567890.5').text).to.equal('12.345.678.901.234.567.890,5');
  });

  it('writes numbers the English way in English', () => {
    expect(cellFormatter(field('number'), 'en')(1234.5).text).to.equal('1,234.5');
  });

  it('shows year columns without thousands separators', () => {
    expect(cellFormatter(field('integer', 'Jahr'), 'de')(2024).text).to.equal('2024');
    expect(cellFormatter(field('integer', 'Einwohner'), 'de')(2024).text).to.equal('2.024');
  });

  it('formats dates and times as written, without moving them into another time zone', () => {
    expect(cellFormatter(field('date'), 'de')('2024-12-31').text).to.equal('31.12.2024');
    expect(cellFormatter(field('datetime'), 'de')('2022-06-01 23:30:00 +0200').text).to.equal(
      '01.06.2022, 23:30',
    );
    expect(cellFormatter(field('datetime'), 'de')('2022-06-01T08:15:30Z').text).to.equal(
      '01.06.2022, 08:15:30',
    );
    expect(cellFormatter(field('datetime'), 'en')('2022-06-01T08:15').text).to.equal('01/06/2022, 08:15');
    expect(cellFormatter(field('datetime'), 'de')('2022-06-01').text).to.equal('01.06.2022');
  });

  it('applies a date style to a text column and leaves text that is no date alone', () => {
    const format = cellFormatter(field('text'), 'de', { date: 'long' });
    expect(format('2024-03-05').text).to.equal('5. März 2024');
    expect(format('unbekannt')).to.deep.equal({ text: 'unbekannt', kind: 'text' });
  });

  it('marks empty cells as empty, also empty strings, but never zero or false', () => {
    expect(cellFormatter(field('number'), 'de')(null).kind).to.equal('empty');
    expect(cellFormatter(field('text'), 'de')('').kind).to.equal('empty');
    expect(cellFormatter(field('number'), 'de')(0).text).to.equal('0');
    expect(cellFormatter(field('boolean'), 'de')(false).text).to.equal('nein');
    expect(cellFormatter(field('boolean'), 'en')(true).text).to.equal('yes');
  });

  it('keeps text exactly, including leading zeros and markup characters', () => {
    const format = cellFormatter(field('text'), 'de');
    expect(format('05170024').text).to.equal('05170024');
    expect(format('<img src=x onerror=alert(1)>').text).to.equal('<img src=x onerror=alert(1)>');
  });

  it('turns only http, https and mailto cell values into links', () => {
    const format = cellFormatter(field('text'), 'de');
    expect(format('https://www.moers.de/')).to.deep.equal({
      text: 'https://www.moers.de/',
      kind: 'link',
      href: 'https://www.moers.de/',
    });
    expect(format('mailto:info@moers.de').kind).to.equal('link');
    expect(format('javascript:alert(1)').kind).to.equal('text');
    expect(format('see https://www.moers.de').kind).to.equal('text');
  });

  it('applies number patterns: fixed decimals, grouping and a unit', () => {
    const money = cellFormatter(field('number'), 'de', { number: readNumberPattern('#,##0.00 €') });
    expect(money(1234.5).text).to.equal('1.234,50 €');
    const share = cellFormatter(field('number'), 'de', { number: readNumberPattern('0.0 %') });
    expect(share(12.34).text).to.equal('12,3 %');
  });

  it('does not reinterpret decimal-looking text in a text column (203.726 may be German thousands)', () => {
    const format = cellFormatter(field('text'), 'de', { number: readNumberPattern('#,##0') });
    expect(format('203.726').text).to.equal('203.726');
    expect(format('203726').text).to.equal('203.726');
  });
});
