import { MAX_ATTRIBUTE_TEXT, MAX_ATTRIBUTES } from '../../domain/audience/index.js';
import { z } from '../../platform/http/index.js';

const Value = z.union([z.string().max(MAX_ATTRIBUTE_TEXT), z.number(), z.boolean()]);

/** A JSON merge patch (RFC 7396) of the attributes: a value sets, null removes. */
export const AttributesPatch = z
  .record(z.string().max(64), Value.nullable())
  .refine((patch) => Object.keys(patch).length <= MAX_ATTRIBUTES * 2, {
    message: `At most ${MAX_ATTRIBUTES * 2} names in one patch`,
  })
  .openapi('UserAttributesPatch', {
    description: 'Names to set (string, number or boolean) or remove (null)',
    example: { plan: 'pro', visits: 12, trial: null },
  });

export const AttributesResponse = z
  .object({
    attributes: z.record(z.string(), Value),
    version: z.number().int().nullable(),
    position: z.number().int().optional(),
  })
  .openapi('UserAttributes');
