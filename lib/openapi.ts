import * as z from 'zod';
import { estimateRequestSchema, MAX_BODY_BYTES } from './api';
import { apiErrorSchema, estimateAnswerSchema, INCLUDE_PARTS } from './api-answer-schema';

/**
 * The OpenAPI 3.1 document of the API (served at /api/openapi.json). Every schema in it is generated
 * from the zod schemas the handlers use, so it cannot drift from what they accept and answer.
 */

type JsonSchema = Record<string, unknown>;

/** A zod schema as a JSON Schema (2020-12, the dialect of OpenAPI 3.1) to embed in the document. */
function jsonSchemaOf(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const json: JsonSchema = { ...z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) };
  // The document's dialect is already 2020-12; and `$defs` would be resolved against the document's root,
  // where they are not, so schemas stay inline.
  delete json.$schema;
  if ('$defs' in json) throw new Error('a schema in the OpenAPI document must not need $defs');
  return json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string, headers?: JsonSchema) => ({ description, ...(headers && { headers }), content: json('Error') });
const header = (description: string) => ({ description, schema: { type: 'string' } });

const answerHeaders = {
  ETag: header('Weak; changes with the input, asOf, include, the language, the ruleset and each build'),
  'Cache-Control': header('public; at most an hour in shared caches, and without asOf never past midnight UTC'),
  'Content-Language': header('en or nl, from Accept-Language'),
};
const languageParameter = {
  name: 'Accept-Language',
  in: 'header',
  description: 'English (the default) or Dutch (nl): the language of messages and texts',
  schema: { type: 'string' },
};

const QUERY_DESCRIPTIONS: Record<string, string> = {
  field: 'A profile field, as in a share link; numbers as typed on the page (12500, 12,500 or 12.5k). Left out: its default',
  asOf: 'The date the rules are applied at (YYYY-MM-DD, 2020 to 2035); left out: today (UTC)',
};

/** Answers 405 to a method a route does not take. */
function notAllowed(allowed: string) {
  return {
    summary: `Not allowed: use ${allowed}`,
    responses: { '405': error('Method not allowed', { Allow: header(`The methods allowed: ${allowed}`) }) },
  };
}

export function openApiDocument(): JsonSchema {
  const request = jsonSchemaOf(estimateRequestSchema, 'input');
  const fields = request.properties as Record<string, JsonSchema>;
  const include = fields.include!;
  const queryParameters = Object.entries(fields).map(([name, schema]) =>
    name === 'include'
      ? {
          name,
          in: 'query',
          description: `Heavy parts to add, comma-separated: ${INCLUDE_PARTS.join(', ')}, or all for everything`,
          style: 'form',
          explode: false,
          schema: include,
        }
      : { name, in: 'query', description: QUERY_DESCRIPTIONS[name] ?? QUERY_DESCRIPTIONS.field, schema },
  );
  const estimate = {
    description: 'Eligibility and earnings for each of the nine methods. Lean by default; include adds the heavy parts.',
    responses: { '200': { description: 'The answer', headers: answerHeaders, content: json('EstimateAnswer') }, '400': error('Invalid request: every bad field is an issue') },
  };
  const notEstimate = notAllowed('GET, POST');
  const notSchema = notAllowed('GET');

  return {
    openapi: '3.1.0',
    info: {
      title: 'Can I earn on TikTok yet? API',
      version: '1',
      description: 'Which TikTok monetization methods a creator qualifies for, what is missing, when they get there and what each could earn.',
    },
    paths: {
      '/api/estimate': {
        get: {
          operationId: 'getEstimate',
          summary: 'Estimate from a query string (the page\'s share link)',
          ...estimate,
          parameters: [...queryParameters, languageParameter, { name: 'If-None-Match', in: 'header', schema: { type: 'string' } }],
          responses: { ...estimate.responses, '304': { description: 'Not modified: If-None-Match names the ETag', headers: { ETag: answerHeaders.ETag } } },
        },
        post: {
          operationId: 'postEstimate',
          summary: 'Estimate from a JSON body',
          ...estimate,
          parameters: [languageParameter],
          requestBody: { required: false, content: json('EstimateRequest') },
          responses: { ...estimate.responses, '413': error(`The body is over ${MAX_BODY_BYTES} bytes`) },
        },
        put: notEstimate,
        patch: notEstimate,
        delete: notEstimate,
      },
      '/api/schema': {
        get: {
          operationId: 'getRequestSchema',
          summary: 'The JSON Schema (2020-12) of the request body of POST /api/estimate',
          responses: { '200': { description: 'A JSON Schema', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
        post: notSchema,
        put: notSchema,
        patch: notSchema,
        delete: notSchema,
      },
    },
    components: {
      schemas: {
        EstimateRequest: request,
        EstimateAnswer: jsonSchemaOf(estimateAnswerSchema, 'output'),
        Error: jsonSchemaOf(apiErrorSchema, 'output'),
      },
    },
  };
}
