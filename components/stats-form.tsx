'use client';

import { useTranslations } from 'next-intl';
import { memo, useEffect, useRef } from 'react';
import type { CreatorProfile, ProfileField } from '@/lib/rules';
import { numberToCheck } from '@/lib/plausibility';
import { FIELD_SPECS, GROUPS, type FieldGroup, type FieldSpec } from '@/lib/form-fields';

export type CountryOption = { code: string; name: string };

type FormProps = {
  texts: Record<ProfileField, string>;
  /** The numbers the results use, for the "check this number" notes. */
  profile: Pick<CreatorProfile, 'followers' | 'views30d'>;
  errors: Partial<Record<ProfileField, string>>;
  countries: readonly CountryOption[];
  onChange: (field: ProfileField, text: string) => void;
};

/**
 * `scroll-my-20`: a field that focus (Tab, a tap, a label) scrolls into view stops 5rem from the screen's
 * edge, so its hint and any error below it show too. Flush with the bottom edge, a typed character also
 * went unpainted in Chromium until something else on the page changed (the keystroke "painted" only
 * with the results, 40-90 ms later on a desktop).
 */
const inputClass =
  'mt-1 block min-h-11 w-full scroll-my-20 rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

type T = ReturnType<typeof useTranslations<'form'>>;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const optionsHtml = new WeakMap<readonly CountryOption[], string>();

/**
 * The country options as HTML, escaped (names come from Intl, codes from the ISO list), built once per
 * list, with the chosen one marked `selected`: React sets no value inside HTML it did not build, so
 * without the mark a shared link from the UK showed the first country of the list.
 */
function countryOptionsHtml(countries: readonly CountryOption[], selected: string): string {
  let html = optionsHtml.get(countries);
  if (html === undefined) {
    html = countries.map((country) => `<option value="${escapeHtml(country.code)}">${escapeHtml(country.name)}</option>`).join('');
    optionsHtml.set(countries, html);
  }
  const option = `<option value="${escapeHtml(selected)}">`;
  return html.replace(option, `<option value="${escapeHtml(selected)}" selected="">`);
}

/**
 * The schema's message speaks to programs ("views30d must be ..."); next to a field, name the field
 * the way its label does and ask for a value when the box is empty.
 */
function friendlyError(t: T, spec: FieldSpec, text: string, message: string): string {
  if (text.trim() === '') return spec.suffix ? t('enterNumberIn', { unit: t(`fields.${spec.field}.suffix`) }) : t('enterNumber');
  // "views30d must be a whole number ...; got 'x'" -> "must be a whole number ...": the rule, without the field's code name.
  const rule = message.replace(`${spec.field} `, '').replace(/; \S+ .*$/, '');
  return t('fieldError', { label: t(`fields.${spec.field}.label`), rule });
}

type FieldProps = FormProps & { spec: FieldSpec };

/** A keystroke renders its own field again, not all two dozen. */
function sameField(before: FieldProps, after: FieldProps): boolean {
  const field = after.spec.field;
  return (
    before.spec === after.spec &&
    before.texts[field] === after.texts[field] &&
    numberToCheck(field, before.profile)?.limit === numberToCheck(field, after.profile)?.limit &&
    before.errors[field] === after.errors[field] &&
    before.countries === after.countries &&
    before.onChange === after.onChange
  );
}

const Field = memo(function Field({ spec, texts, errors, countries, onChange, profile }: FieldProps) {
  const t = useTranslations('form');
  const id = `field-${spec.field}`;
  const error = errors[spec.field];
  const check = error ? null : numberToCheck(spec.field, profile);
  const label = t(`fields.${spec.field}.label`);
  const describedBy = [spec.suffix && `${id}-unit`, spec.hint && `${id}-hint`, check && `${id}-check`, `${id}-error`].filter(Boolean).join(' ');
  const selectProps = {
    id,
    name: spec.field,
    className: inputClass,
    value: texts[spec.field],
    'aria-describedby': describedBy,
    onChange: (event: React.ChangeEvent<HTMLSelectElement>) => onChange(spec.field, event.target.value),
  };

  if (spec.control === 'checkbox') {
    return (
      // The label wraps the box, so the whole row (at least 44 px tall) toggles it.
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-stone-800">
        <input
          id={id}
          name={spec.field}
          type="checkbox"
          className="size-5 shrink-0 accent-stone-900"
          checked={texts[spec.field] === 'true'}
          onChange={(event) => onChange(spec.field, String(event.target.checked))}
        />
        {label}
      </label>
    );
  }

  return (
    <div>
      <div className="text-sm">
        <label htmlFor={id} className="font-medium text-stone-800">
          {label}
        </label>
        {spec.suffix && (
          <span id={`${id}-unit`} className="text-stone-600">
            {' '}
            ({t(`fields.${spec.field}.suffix`)})
          </span>
        )}
      </div>
      {spec.control === 'number' || spec.control === 'text' ? (
        <input
          id={id}
          name={spec.field}
          type="text"
          inputMode={spec.control === 'number' ? 'decimal' : 'text'}
          autoCapitalize={spec.control === 'text' ? 'characters' : undefined}
          spellCheck={spec.control === 'text' ? false : undefined}
          autoComplete="off"
          className={inputClass}
          value={texts[spec.field]}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(spec.field, event.target.value)}
        />
      ) : spec.control === 'country' ? (
        // 249 countries as one string: nothing for React to hydrate option by option.
        <select {...selectProps} dangerouslySetInnerHTML={{ __html: countryOptionsHtml(countries, texts[spec.field]) }} />
      ) : (
        <select {...selectProps}>
          {spec.options?.map((option) => (
            <option key={option} value={option}>
              {t(`options.${spec.field}.${option}`)}
            </option>
          ))}
        </select>
      )}
      {spec.hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">{t(`fields.${spec.field}.hint`)}</p>
      )}
      {check && (
        <p id={`${id}-check`} className="mt-1 text-sm font-medium text-amber-900" data-check={spec.field}>
          {t(`check.${check.code}`, { limit: check.limit })}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-red-800 empty:hidden">
        {error ? `${friendlyError(t, spec, texts[spec.field], error)} ${t('lastValid')}` : ''}
      </p>
    </div>
  );
}, sameField);

function Group({ group, specs, ...props }: FormProps & { group: FieldGroup; specs: readonly FieldSpec[] }) {
  const t = useTranslations('form');
  if (specs.length === 0) return null;
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1 text-sm font-semibold uppercase tracking-wide text-stone-600">{t(`groups.${group}`)}</legend>
      {specs.map((spec) => (
        <Field key={spec.field} spec={spec} {...props} />
      ))}
    </fieldset>
  );
}

/**
 * What a creator typed before the page hydrated (on a slow phone the form shows seconds before its code
 * runs): React keeps that text on screen but not in its state, computes with the old value and overwrites
 * the text on the next render. Every field is read once after hydration; what differs goes to onChange.
 */
function useTypedBeforeHydration(texts: FormProps['texts'], onChange: FormProps['onChange']) {
  const form = useRef<HTMLFormElement>(null);
  const atHydration = useRef({ texts, onChange });
  useEffect(() => {
    const { texts, onChange } = atHydration.current;
    for (const { field } of FIELD_SPECS) {
      const element = form.current?.elements.namedItem(field);
      if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) continue;
      const value = element instanceof HTMLInputElement && element.type === 'checkbox' ? String(element.checked) : element.value;
      if (value !== texts[field]) onChange(field, value);
    }
  }, []);
  return form;
}

/** The creator's stats: the six fields that decide eligibility first, the rest folded under "More details". */
export function StatsForm(props: FormProps) {
  const t = useTranslations('form');
  const form = useTypedBeforeHydration(props.texts, props.onChange);
  const essential = FIELD_SPECS.filter((spec) => spec.essential);
  const rest = FIELD_SPECS.filter((spec) => !spec.essential);
  return (
    <form ref={form} className="space-y-5" onSubmit={(event) => event.preventDefault()} aria-label={t('label')}>
      <div className="space-y-3">
        {essential.map((spec) => (
          <Field key={spec.field} spec={spec} {...props} />
        ))}
      </div>
      <details className="rounded-lg border border-stone-300 bg-white/60 p-3">
        <summary className="flex min-h-11 cursor-pointer items-center font-medium text-stone-800 select-none">{t('moreDetails')}</summary>
        <div className="mt-3 space-y-5">
          {GROUPS.map((group) => (
            <Group key={group} group={group} specs={rest.filter((spec) => spec.group === group)} {...props} />
          ))}
        </div>
      </details>
    </form>
  );
}
