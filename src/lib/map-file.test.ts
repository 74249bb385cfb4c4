import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitProjection } from './map.ts';
import { LABEL_SIZES, layoutLabels } from './map-labels.ts';
import { layoutGroups, mapFile, mapFileHref, pathOf, type LayoutClasses } from './map-file.ts';

test('mapFile writes each group with its id, in order: paths, fixed strokes, texts escaped, second lines below the first', () => {
  const svg = mapFile({
    width: 300,
    height: 200,
    groups: [
      { id: 'land', d: 'M0 0l10 0 0 10z', fixedStroke: true },
      { id: 'lakes', d: 'M5 5l1 1' },
      { id: 'wide-label-place', texts: [{ x: 10.04, y: 20, lines: ['A & B <C>'] }] },
      {
        id: 'wide-label-area',
        texts: [{ x: 1, y: 2, anchor: 'middle', lines: ['Lachin', '(Berdzor)'], lineHeight: 15 }],
      },
    ],
    uses: [],
  });
  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200">'));
  assert.deepEqual(
    [...svg.matchAll(/<g id="([^"]+)"/g)].map((m) => m[1]),
    ['land', 'lakes', 'wide-label-place', 'wide-label-area'],
  );
  assert.ok(svg.includes('<g id="land"><path d="M0 0l10 0 0 10z" vector-effect="non-scaling-stroke"/></g>'));
  assert.ok(svg.includes('<g id="lakes"><path d="M5 5l1 1"/></g>'));
  assert.ok(svg.includes('<text x="10" y="20">A &amp; B &lt;C&gt;</text>'));
  assert.ok(
    svg.includes(
      '<text x="1" y="2" text-anchor="middle"><tspan x="1">Lachin</tspan><tspan x="1" dy="15">(Berdzor)</tspan></text>',
    ),
  );
  assert.equal(mapFileHref('locator'), '/maps/locator.svg');
});

test('pathOf writes whole units', () => {
  const { projection } = fitProjection([45, 39, 47, 41], 300);
  const d = pathOf(projection)({
    type: 'LineString',
    coordinates: [
      [45.5, 39.5],
      [46.123, 40.456],
    ],
  });
  assert.equal(d, 'M76 290l92-184');
});

test('layoutGroups: markers by mark, the scale bar, labels by kind, each use classed with its size and its text size', () => {
  const { projection, height } = fitProjection([45, 39, 47, 41], 720);
  const [x, y] = projection([46, 40])!;
  const [x2, y2] = projection([45.5, 39.5])!;
  const classes: LayoutClasses = {
    size: (name) => `cm-${name}`,
    marker: (mark) => `cm-marker cm-${mark}`,
    bar: 'cm-bar',
    label: (kind) => (kind === 'place' ? 'cm-label' : 'cm-label cm-area-label'),
    fixedMarkers: true,
  };
  const layout = layoutLabels(
    LABEL_SIZES[0]!,
    projection,
    720,
    height,
    [
      { key: 'a', x, y, lines: ['Alpha'], shape: 'circle', mark: 'place' },
      { key: 'b', x: x2, y: y2, lines: ['Beta'], shape: 'diamond', mark: 'taken' },
    ],
    [{ text: 'ARMENIA', x: 100, y: 100 }],
  );
  const { groups, uses } = layoutGroups(layout, classes);
  assert.deepEqual(
    groups.map((g) => g.id),
    ['wide-marker-place', 'wide-marker-taken', 'wide-bar', 'wide-label-place', 'wide-label-area'],
  );
  assert.deepEqual(
    uses.map((u) => [u.group, u.class, u.fontSize]),
    [
      ['wide-marker-place', 'cm-wide cm-marker cm-place', undefined],
      ['wide-marker-taken', 'cm-wide cm-marker cm-taken', undefined],
      ['wide-bar', 'cm-wide cm-bar', undefined],
      ['wide-label-place', 'cm-wide cm-label', LABEL_SIZES[0]!.size],
      ['wide-label-area', 'cm-wide cm-label cm-area-label', LABEL_SIZES[0]!.area],
    ],
  );
  const places = groups.find((g) => g.id === 'wide-label-place')!.texts!.map((t) => t.lines.join(' '));
  assert.deepEqual(places, [`${layout.barKm} km`, 'Alpha', 'Beta'], 'the scale bar is labelled with the places');
  assert.ok(groups.find((g) => g.id === 'wide-marker-place')!.fixedStroke);
});
