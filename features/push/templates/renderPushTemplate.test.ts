import { describe, expect, it } from 'vitest';
import type { PushTemplate } from '../../../domain/pushTemplate/index.js';
import { renderPushTemplate } from './renderPushTemplate.js';
import { templateValueProblems } from './templateValueProblems.js';

const template: PushTemplate = {
  name: 'order-shipped',
  category: 'orders',
  defaultLocale: 'en',
  parameters: {
    count: { type: 'number' },
    total: { type: 'number' },
    due: { type: 'date' },
    gender: { type: 'string', maxLength: 10 },
  },
  messages: {
    en: {
      title: '{gender, select, female {She} male {He} other {They}} shipped it, {displayName}',
      body: '{count, plural, =0 {No parcels} one {# parcel} other {# parcels}}, {total, number, ::currency/EUR}, due {due, date, long}',
    },
    pt: {
      title: 'Olá {displayName}',
      body: '{count, plural, one {# encomenda} other {# encomendas}}, {total, number, ::currency/EUR}, até {due, date, long}',
    },
    'pt-BR': {
      title: 'Oi {displayName}',
      body: '{count, plural, one {# pacote} other {# pacotes}} ({total, number})',
    },
    ar: {
      title: 'مرحبا {displayName}',
      body: '{count, plural, zero {لا طرود} one {طرد واحد} two {طردان} few {# طرود} many {# طردًا} other {# طرد}}',
    },
  },
  payload: {},
};
const values = {
  displayName: 'Ana',
  count: 1234,
  total: 1234.5,
  due: '2026-12-24T12:00:00Z',
  gender: 'female',
};

describe('renderPushTemplate', () => {
  it('when a device is en, plural, select, currency and date should be formatted the English way, with the profile name', () => {
    expect(renderPushTemplate(template, 'en-US', values, 'UTC')).toEqual({
      locale: 'en',
      title: 'She shipped it, Ana',
      body: '1,234 parcels, €1,234.50, due December 24, 2026',
    });
    expect(renderPushTemplate(template, 'en', { ...values, count: 1, gender: 'x' }).title).toBe(
      'They shipped it, Ana',
    );
    expect(renderPushTemplate(template, 'en', { ...values, count: 0 }).body).toMatch(/^No parcels,/);
    expect(renderPushTemplate(template, 'en', { ...values, count: 1 }).body).toMatch(/^1 parcel,/);
  });

  it('when a device is pt-BR, the pt-BR messages should be used with Brazilian number formatting', () => {
    expect(renderPushTemplate(template, 'pt-BR', values)).toEqual({
      locale: 'pt-BR',
      title: 'Oi Ana',
      body: '1.234 pacotes (1.234,5)',
    });
  });

  it('when a device is pt-PT, which the template lacks, it should fall back to pt, formatted as pt (dates and currency included)', () => {
    const rendered = renderPushTemplate(template, 'pt-PT', { ...values, count: 1 }, 'UTC');
    expect(rendered.locale).toBe('pt');
    expect(rendered.title).toBe('Olá Ana');
    expect(rendered.body).toMatch(/^1 encomenda, €\s1\.234,50, até 24 de dezembro de 2026$/);
  });

  it('when a device locale has no link in the template (fr-CA, none), it should fall back to the default locale', () => {
    expect(renderPushTemplate(template, 'fr-CA', values).locale).toBe('en');
    expect(renderPushTemplate(template, undefined, values).locale).toBe('en');
  });

  it('when a locale has more plural forms (Arabic: zero, one, two, few, many), each count should take its own branch', () => {
    const body = (count: number) => renderPushTemplate(template, 'ar-EG', { ...values, count }).body;
    expect([0, 1, 2].map(body)).toEqual(['لا طرود', 'طرد واحد', 'طردان']);
    expect(body(3)).toContain('طرود');
    expect(body(11)).toContain('طردًا');
  });

  it('when a time zone is given, dates should be in it (a late UTC time is the next day in Tokyo)', () => {
    const late = { ...values, due: '2026-12-24T20:00:00Z' };
    expect(renderPushTemplate(template, 'en', late, 'UTC').body).toMatch(/December 24, 2026$/);
    expect(renderPushTemplate(template, 'en', late, 'Asia/Tokyo').body).toMatch(/December 25, 2026$/);
  });

  it('when a profile field holds control characters, they should be rendered as spaces', () => {
    expect(renderPushTemplate(template, 'pt-BR', { ...values, displayName: 'A\nB\u0000' }).title).toBe(
      'Oi A B ',
    );
  });
});

describe('templateValueProblems', () => {
  it('when values are missing, of the wrong type, too long or undeclared, each should be named; right ones none', () => {
    expect(templateValueProblems(template, values)).toEqual([]);
    expect(
      templateValueProblems(template, { count: '3', due: 'soon', gender: 'x'.repeat(11), extra: 1 }),
    ).toEqual([
      'count: not a number',
      'total: missing',
      'due: not a date (ISO 8601)',
      'gender: not a string of at most 10 characters',
      'extra: not a parameter',
    ]);
  });
});
