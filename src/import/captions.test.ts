import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captionLines, isNotCaption } from './captions.ts';

type Line = { text: string; line: number };
const lines = (...texts: (string | undefined)[]): Line[] =>
  texts.flatMap((text, i) => (text === undefined ? [] : [{ text, line: i + 1 }]));
// Lines with no empty line between them belong together.
const caption = (above: Line[]) =>
  captionLines(above, (upper, lower) => lower.line - upper.line === 1).map((l) => l.text);

test('a title over two lines is the caption whole', () => {
  assert.deepEqual(caption(lines('Дорожная карта', 'по переходу МБОУ «Школа № 0» в эффективный режим')), [
    'Дорожная карта',
    'по переходу МБОУ «Школа № 0» в эффективный режим',
  ]);
  assert.deepEqual(caption(lines('ДОРОЖНАЯ КАРТА', 'МБОУ «ШКОЛА № 0» НА 2025 ГОД')), [
    'ДОРОЖНАЯ КАРТА',
    'МБОУ «ШКОЛА № 0» НА 2025 ГОД',
  ]);
  // A line of the text above the title, or one apart from it, is not the title's.
  assert.deepEqual(caption(lines('Директор школы', 'План-график мероприятий')), ['План-график мероприятий']);
  assert.deepEqual(caption(lines('Дорожная карта', undefined, 'План-график мероприятий')), ['План-график мероприятий']);
});

test('an approval stamp or a page number is never the caption: the title above the stamp is', () => {
  assert.deepEqual(caption(lines('Дорожная карта школы на 2025 год', 'Утверждена приказом от 30.08.2024 № 245')), [
    'Дорожная карта школы на 2025 год',
  ]);
  assert.deepEqual(caption(lines('УТВЕРЖДЕНА', 'приказом директора', 'от 29.08.2024 № 215-О')), []);
  assert.deepEqual(caption(lines('Приложение 1 к приказу от 30.08.2024 № 188')), []);
  assert.deepEqual(caption(lines('- 2 -')), []);
  assert.deepEqual(caption(lines('Утверждена приказом от 30.08.2024 № 245', 'План мероприятий')), ['План мероприятий']);
  // A sentence of the text is no caption either.
  assert.deepEqual(caption(lines('Утвердить план мероприятий согласно приложению.')), []);
});

test('what is a stamp, a signature or a page number', () => {
  for (const text of ['УТВЕРЖДАЮ', 'Согласовано', '**Приложение № 2**', 'Директор ________ А.Б. Котова', '12'])
    assert.ok(isNotCaption(text), text);
  for (const text of ['Дорожная карта', 'План мероприятий на 2025 год', 'I. Организационные мероприятия'])
    assert.ok(!isNotCaption(text), text);
});
