import { describe, expect, it } from 'vitest';
import type { PushTemplate } from './PushTemplate.js';
import { localeChain } from './localeChain.js';
import { renderedBytesBound } from './renderedBytesBound.js';
import { templateProblems } from './templateProblems.js';
import { pushTemplateDecider } from './pushTemplateDecider.js';

const aTemplate = (overrides: Partial<PushTemplate> = {}): PushTemplate => ({
  name: 'order-shipped',
  category: 'orders',
  defaultLocale: 'en',
  parameters: { count: { type: 'number' }, shop: { type: 'string', maxLength: 40 } },
  messages: {
    en: { title: 'Hi {displayName}', body: '{count, plural, one {# parcel} other {# parcels}} from {shop}' },
  },
  payload: {},
  ...overrides,
});

describe('templateProblems', () => {
  it('when a template uses only profile fields and declared parameters, it should have no problem', () => {
    expect(templateProblems(aTemplate())).toEqual([]);
  });

  it('when a message has an ICU syntax error, the problem should name the locale, the field and the error', () => {
    const problems = templateProblems(
      aTemplate({ messages: { en: { title: 'Hi {displayName', body: 'ok' } } }),
    );
    expect(problems).toEqual([
      { path: 'messages.en.title', detail: expect.stringMatching(/^ICU syntax error \w+ at column \d+$/) },
    ]);
  });

  it('when a plural has no other branch, it should be a syntax error', () => {
    const problems = templateProblems(
      aTemplate({ messages: { en: { title: 't', body: '{count, plural, one {#}}' } } }),
    );
    expect(problems[0]?.detail).toContain('ICU syntax error');
  });

  it('when a message uses a variable that is not declared, even inside a branch, the problem should name it', () => {
    const problems = templateProblems(
      aTemplate({
        messages: {
          en: { title: 'Hi {firstName}', body: '{count, plural, one {# from {store}} other {#}}' },
        },
      }),
    );
    expect(problems).toEqual([
      { path: 'messages.en.title', detail: expect.stringContaining('undeclared variable {firstName}') },
      { path: 'messages.en.body', detail: expect.stringContaining('undeclared variable {store}') },
    ]);
  });

  it('when a string is used in a plural or as a number, or a number as a date, the problem should say so', () => {
    const problems = templateProblems(
      aTemplate({
        messages: { en: { title: '{shop, plural, other {x}}', body: '{displayName, number} {count, date}' } },
      }),
    );
    expect(problems.map((p) => p.detail)).toEqual([
      '{shop} is a string and is used as a plural, which needs a number',
      '{displayName} is a string and is used as a number, which needs a number',
      '{count} is a number and is used as a date, which needs a date',
    ]);
  });

  it('when the default locale has no messages, a locale is not canonical, or a parameter shadows a profile field, each should be named', () => {
    const problems = templateProblems(
      aTemplate({
        defaultLocale: 'fr',
        parameters: { displayName: { type: 'string', maxLength: 10 } },
        messages: {
          en: { title: 't', body: 'b' },
          pt_br: { title: 't', body: 'b' },
          'pt-br': { title: 't', body: 'b' },
        },
      }),
    );
    expect(problems).toEqual([
      { path: 'parameters.displayName', detail: expect.stringContaining('profile field') },
      { path: 'defaultLocale', detail: 'no messages for the default locale fr' },
      { path: 'messages.pt_br', detail: 'pt_br is not a BCP 47 locale tag' },
      { path: 'messages.pt-br', detail: 'write the locale as pt-BR' },
    ]);
  });
});

describe('localeChain', () => {
  it('when a device has a regional locale, the chain should drop subtags one by one and end with the default', () => {
    expect(localeChain('pt-BR', 'en')).toEqual(['pt-BR', 'pt', 'en']);
    expect(localeChain('zh-Hant-TW', 'en')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
    expect(localeChain('pt_br', 'en')).toEqual(['pt-BR', 'pt', 'en']);
    expect(localeChain('en-GB', 'en')).toEqual(['en-GB', 'en']);
  });

  it('when a device has no locale or a malformed one, the chain should be the default alone', () => {
    expect(localeChain(undefined, 'en')).toEqual(['en']);
    expect(localeChain('not a locale!', 'en')).toEqual(['en']);
  });
});

describe('renderedBytesBound', () => {
  it('when a message has literals, variables and branches, the bound should add literal bytes, variable bounds and the longest branch', () => {
    const parameters = {
      shop: { type: 'string', maxLength: 40 } as const,
      count: { type: 'number' } as const,
    };
    expect(renderedBytesBound('Olá', parameters)).toBe(4);
    expect(renderedBytesBound('{shop}', parameters)).toBe(120);
    expect(renderedBytesBound('{displayName}', parameters)).toBe(300);
    expect(renderedBytesBound('{count, select, a {xx} other {xxxx}}', parameters)).toBe(4);
    expect(renderedBytesBound('{count, plural, one {#} other {# items}}', parameters)).toBe(64 + 6);
    expect(renderedBytesBound('say "hi"', parameters)).toBe(10);
  });
});

describe('pushTemplateDecider', () => {
  const metadata = { now: '2026-11-30T00:00:00Z', userId: 'admin-1' };
  it('when a template is saved again unchanged (keys in another order), it should decide nothing; changed, a new PushTemplateSaved', () => {
    const template = aTemplate();
    const state = pushTemplateDecider.evolve(pushTemplateDecider.initialState(), {
      type: 'PushTemplateSaved',
      data: {
        template: Object.fromEntries(Object.entries(template).reverse()) as unknown as PushTemplate,
        by: 'a',
      },
    });
    expect(
      pushTemplateDecider.decide({ type: 'SavePushTemplate', data: { template }, metadata }, state),
    ).toEqual([]);
    const changed = { ...template, category: 'news' };
    expect(
      pushTemplateDecider.decide({ type: 'SavePushTemplate', data: { template: changed }, metadata }, state),
    ).toEqual([{ type: 'PushTemplateSaved', data: { template: changed, by: 'admin-1' } }]);
  });

  it('when a template with problems reaches the decider, it should refuse it; deleting one that is absent should be not_found', () => {
    const broken = aTemplate({ messages: { en: { title: '{', body: 'b' } } });
    expect(() =>
      pushTemplateDecider.decide(
        { type: 'SavePushTemplate', data: { template: broken }, metadata },
        { status: 'absent' },
      ),
    ).toThrow(/ICU syntax error/);
    expect(() =>
      pushTemplateDecider.decide(
        { type: 'DeletePushTemplate', data: { name: 'x' }, metadata },
        { status: 'absent' },
      ),
    ).toThrow(/No push template x/);
  });
});
