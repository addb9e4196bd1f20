/**
 * The judging half of the reader tier's chart-label check (tests/support/reader/svg-labels.ts):
 * given what the browser measured, which labels are too small or outside their chart.
 */
import { describe, expect, test } from 'vitest';
import { findLabelProblems, overhang, type LabelMeasurement } from '../support/reader/svg-labels';

const frame = { left: 0, top: 0, right: 300, bottom: 100 };
const label = (over: Partial<LabelMeasurement> = {}): LabelMeasurement => ({
  text: '2021',
  chart: '<svg> "Votes"',
  kind: 'svg',
  box: { left: 10, top: 10, right: 40, bottom: 25 },
  frame,
  fontSize: 13,
  scale: 1,
  ...over,
});

describe('chart label problems', () => {
  test('none for a full-size label inside its chart', () => {
    expect(findLabelProblems([label()])).toEqual([]);
  });

  test.each([
    ['exactly 11px', 11, 1, []],
    [
      '13px at a scale of 0.53 (a 640-unit drawing on a phone)',
      13,
      0.53,
      ['"2021" in <svg> "Votes" renders at 6.9px (13px drawn at a scale of 0.53), below 11px'],
    ],
    ['8px at full scale', 8, 1, ['"2021" in <svg> "Votes" renders at 8px, below 11px']],
    ['10px drawn twice as large', 10, 2, []],
  ])('judges %s', (_, fontSize, scale, expected) => {
    expect(findLabelProblems([label({ fontSize, scale })])).toEqual(expected);
  });

  test('names every side a label sticks out of, and forgives half a pixel of rounding', () => {
    expect(
      findLabelProblems([label({ box: { left: -0.4, top: 90, right: 320, bottom: 104 } })]),
    ).toEqual([
      '"2021" in <svg> "Votes" runs outside its chart: 20px past the right edge, 4px past the bottom edge',
    ]);
  });

  test('takes another minimum when asked', () => {
    expect(findLabelProblems([label({ fontSize: 12 })], 14)).toHaveLength(1);
  });
});

test('overhang measures how far a box leaves its frame on each side', () => {
  expect(overhang({ left: -3, top: 5, right: 310, bottom: 50 }, frame)).toEqual({
    left: 3,
    top: 0,
    right: 10,
    bottom: 0,
  });
});
