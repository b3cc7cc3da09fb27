import { noticeMessage } from './english';
import type { Candidate, Evidence, ImportedFields, ImportResult, Notice, NoticeDraft, ReadOutcome } from './types';
import { IMPORT_FIELDS } from './types';

/**
 * Which of two proposals for a field to keep: a stronger source first (a daily follower history over a
 * profile's count), then the more recent data, then the longer period.
 */
function better(a: Candidate, b: Candidate): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  const [aTo, bTo] = [a.to ?? '', b.to ?? ''];
  if (aTo !== bTo) return aTo > bTo;
  return a.days > b.days;
}

function toEvidence(candidate: Candidate): Evidence {
  const { field, value, file, from, to, how } = candidate;
  return { field, value, file, ...(from ? { from } : {}), ...(to ? { to } : {}), how };
}

/** Keeps the best proposal per field and turns the rest into the result's fields, evidence and notices. */
export function mergeOutcome(outcome: ReadOutcome): ImportResult {
  const best = new Map<Candidate['field'], Candidate>();
  const notices: NoticeDraft[] = [...outcome.notices];
  for (const candidate of outcome.candidates) {
    const current = best.get(candidate.field);
    if (!current) {
      best.set(candidate.field, candidate);
      continue;
    }
    const [kept, dropped] = better(candidate, current) ? [candidate, current] : [current, candidate];
    best.set(candidate.field, kept);
    notices.push({ file: dropped.file, code: 'superseded', values: { field: dropped.field } });
  }
  const fields: Record<string, number | string> = {};
  const evidence: Evidence[] = [];
  for (const field of IMPORT_FIELDS) {
    const candidate = best.get(field);
    if (!candidate) continue;
    fields[field] = candidate.value;
    evidence.push(toEvidence(candidate));
  }
  const withMessages: Notice[] = notices.map((notice) => ({ ...notice, message: noticeMessage(notice.code, notice.values) }));
  return { fields: fields as ImportedFields, evidence, notices: withMessages };
}
