import { describe, expect, it } from 'vitest';
import { ResponseContract } from './responseContract.js';

const problem = {
  description: 'Problem',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const contract = new ResponseContract({
  openapi: '3.1.0',
  paths: {
    '/v1/things/{id}': {
      get: {
        responses: {
          200: {
            description: 'A thing',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { id: { type: 'string', format: 'uuid' }, position: { type: 'integer' } },
                  required: ['id', 'position'],
                },
              },
            },
          },
          404: problem,
        },
      },
    },
    '/v1/things/mine': { get: { responses: { 200: { description: 'Mine' } } } },
    '/v1/files/{id}': {
      get: {
        responses: { 200: { description: 'Bytes', content: { '*/*': { schema: { type: 'string' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Problem: {
        type: 'object',
        properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' } },
        required: ['type', 'title', 'status'],
      },
    },
  },
} as never);

const id = '0b6e1f3c-5b7a-4c1e-9d2f-3a4b5c6d7e8f';
const check =
  (status: number, type: string, body: unknown, path = `/v1/things/${id}?x=1`) =>
  () =>
    contract.check('GET', path, status, type, body);

describe('the response contract of the end-to-end tests', () => {
  it('when an answer matches its documented status and schema, it should pass', () => {
    expect(check(200, 'application/json; charset=utf-8', { id, position: 3 })).not.toThrow();
    expect(
      check(404, 'application/problem+json', { type: '/p', title: 'Not found', status: 404 }),
    ).not.toThrow();
    expect(check(200, 'image/png', undefined, '/v1/files/abc')).not.toThrow();
    // The literal path wins over the template.
    expect(check(200, '', undefined, '/v1/things/mine')).not.toThrow();
  });

  it('when the status is not documented for the operation, it should throw naming both', () => {
    expect(check(500, 'application/problem+json', {})).toThrow(
      /answered 500, not among its documented statuses \(200, 404\)/,
    );
  });

  it('when a JSON body does not match the documented schema, it should throw with what is wrong', () => {
    expect(check(200, 'application/json', { id, position: '3' })).toThrow(/data\/position must be integer/);
    expect(check(200, 'application/json', { id: 'not-a-uuid', position: 3 })).toThrow(
      /must match format "uuid"/,
    );
    expect(check(404, 'application/problem+json', { title: 'x' })).toThrow(/required property 'type'/);
  });

  it('when the media type is not documented, it should throw', () => {
    expect(check(404, 'text/html', '<p>')).toThrow(/as text\/html; documented: application\/problem\+json/);
  });

  it('when a path or method has no operation, a success should throw and a 404 or 405 should pass', () => {
    expect(check(200, 'application/json', {}, '/v1/unknown')).toThrow(/has no such operation/);
    expect(check(404, 'application/problem+json', {}, '/v1/unknown')).not.toThrow();
    expect(() => contract.check('DELETE', `/v1/things/${id}`, 405, '', undefined)).not.toThrow();
  });
});
