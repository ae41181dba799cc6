import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { lengthOf } from '../report/checks.js';
import { isRequired, valueAt, type ReportFieldSpec } from '../report/fields.js';
import type { LocaleController } from '../core/locale-controller.js';
import type { ReportDraft } from './draft.js';
import { fieldName } from './fields.js';

/** What a field template needs from the dialog. */
export interface FieldContext {
  localize: LocaleController;
  draft: ReportDraft;
  /** Field path → message, in the reader's language where we have one. */
  errors: Readonly<Record<string, string>>;
  /** While a report is on its way the text is read-only, so nothing typed then is lost to the success reset. */
  busy: boolean;
  /** The reader typed in a field; `value` is what the draft keeps at its path (evidence: the lines). */
  onInput: (spec: ReportFieldSpec, value: unknown, text: string) => void;
}

/** Element ids inside the shadow root, derived from the field path so errors and fields find each other. */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `error-${path.replace(/\./g, '-')}`;
const hintId = (path: string) => `hint-${path.replace(/\./g, '-')}`;
const counterId = (path: string) => `counter-${path.replace(/\./g, '-')}`;

const INPUT_TYPES: Partial<Record<string, 'email' | 'url' | 'tel'>> = { email: 'email', url: 'url', phone: 'tel' };

/** The longest a field's whole text may be: evidence is limited link by link instead, so it has no counter. */
export function textLimit(spec: ReportFieldSpec): number | undefined {
  return spec.kind === 'links' ? undefined : spec.max;
}

/** Single-line fields show their counter only when the limit is near; long text always shows it. */
function showsCounter(spec: ReportFieldSpec, length: number): boolean {
  const max = textLimit(spec);
  if (max === undefined) return false;
  return spec.multiline === true || length >= max * 0.8;
}

export function errorText(ctx: FieldContext, path: string): TemplateResult | typeof nothing {
  const message = ctx.errors[path];
  return message ? html`<p class="error" id=${errorId(path)} part="error">${message}</p>` : nothing;
}

export function requiredMark(required: boolean): TemplateResult | typeof nothing {
  return required ? html`<span class="required" aria-hidden="true">*</span>` : nothing;
}

/** A typed field of the table: a text input or, for `multiline` rows, a text area; evidence is one link per line. */
export function textField(ctx: FieldContext, spec: ReportFieldSpec): TemplateResult {
  const { localize, draft } = ctx;
  const stored = valueAt(draft, spec.path);
  const value = Array.isArray(stored) ? stored.join('\n') : String(stored ?? '');
  const length = lengthOf(value);
  const max = textLimit(spec);
  const required = isRequired(spec, draft.reason);
  const error = ctx.errors[spec.path];
  const counter = showsCounter(spec, length);
  const describedBy = [
    spec.hint ? hintId(spec.path) : '',
    counter ? counterId(spec.path) : '',
    error ? errorId(spec.path) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    ctx.onInput(spec, spec.kind === 'links' ? text.split('\n') : text, text);
  };
  const id = fieldId(spec.path);
  // No maxlength: it would silently cut a pasted text. The counter and the validator say when it is too long.
  const control = spec.multiline
    ? html`<textarea
        id=${id}
        part="input"
        name=${fieldName(spec.path)}
        rows=${spec.path === 'description' ? 5 : 3}
        autocomplete=${ifDefined(spec.autocomplete)}
        ?required=${required}
        ?readonly=${ctx.busy}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        .value=${live(value)}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${id}
        part="input"
        name=${fieldName(spec.path)}
        type=${INPUT_TYPES[spec.kind] ?? 'text'}
        autocomplete=${ifDefined(spec.autocomplete)}
        ?required=${required}
        ?readonly=${ctx.busy}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        .value=${live(value)}
        @input=${onInput}
      />`;
  const over = max !== undefined && length > max;
  return html`<div class="field" part="field">
    <label for=${id} part="label">${localize.term(spec.label!)}${requiredMark(required)}</label>
    ${control}
    ${spec.hint ? html`<p class="hint" id=${hintId(spec.path)} part="hint">${localize.term(spec.hint)}</p>` : nothing}
    ${
      counter
        ? html`<p class="counter ${over ? 'over' : ''}" id=${counterId(spec.path)} part="counter">
          ${localize.number(length)} / ${localize.number(max!)}
        </p>`
        : nothing
    }
    ${errorText(ctx, spec.path)}
  </div>`;
}

/** A statement the claimant must tick. */
export function statementCheckbox(ctx: FieldContext, spec: ReportFieldSpec): TemplateResult {
  const { path } = spec;
  const error = ctx.errors[path];
  return html`<div class="check" part="field">
    <input
      type="checkbox"
      id=${fieldId(path)}
      name=${fieldName(path)}
      required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(error ? errorId(path) : undefined)}
      .checked=${live(valueAt(ctx.draft, path) === true)}
      @change=${(event: Event) => ctx.onInput(spec, (event.target as HTMLInputElement).checked, '')}
    />
    <label for=${fieldId(path)} part="label">${ctx.localize.term(spec.label!)}${requiredMark(true)}</label>
    ${errorText(ctx, path)}
  </div>`;
}
