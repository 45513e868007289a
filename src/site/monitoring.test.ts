import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realSiteContent } from '../../tests/support/site-content.ts';
import { aboveThePart, hasMonitoring, monitoringRows } from './monitoring.ts';

test('the whole portal: every municipality and region has its monitoring', () => {
  const content = realSiteContent('2023-11-20');
  for (const id of ['krasnodar-krai', 'sochi', 'apsheronsk']) {
    assert.equal(hasMonitoring(content, id), true, id);
    assert.equal(aboveThePart(content, id), false, id);
  }
  assert.equal(hasMonitoring(content, 'sochi-example-school'), false, 'a school has none');
  assert.ok(monitoringRows(content, 'krasnodar-krai').length >= 3);
});

test('a part of a portal: the organisations above its home leave their monitoring to the portal', () => {
  const municipality = realSiteContent('2023-11-20', { home: 'sochi' });
  assert.equal(hasMonitoring(municipality, 'sochi'), true);
  assert.ok(monitoringRows(municipality, 'sochi').some((row) => row.id === 'sochi-example-school'));
  assert.equal(hasMonitoring(municipality, 'krasnodar-krai'), false);
  assert.equal(aboveThePart(municipality, 'krasnodar-krai'), true);
  assert.deepEqual(monitoringRows(municipality, 'krasnodar-krai'), []);

  const school = realSiteContent('2023-11-20', { home: 'sochi-example-school' });
  for (const id of ['sochi', 'krasnodar-krai']) {
    assert.ok(school.published.has(id), `${id} is published above the school`);
    assert.equal(hasMonitoring(school, id), false, id);
    assert.equal(aboveThePart(school, id), true, id);
  }
  assert.equal(aboveThePart(school, 'sochi-example-school'), false, 'a school has no monitoring to leave');
});
