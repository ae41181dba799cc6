import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { lengthOf } from '../server/report-rules.js';
import type { LocaleController } from '../core/locale-controller.js';
import type { DraftCheckbox, DraftTextField, ReportDraft } from './draft.js';
import type { TextFieldSpec } from './fields.js';

/** What a field template needs from the dialog. */
export interface FieldContext {
  localize: LocaleController;
  draft: ReportDraft;
  /** Field path → message, in the reader's language where we have one. */
  errors: Readonly<Record<string, string>>;
  /** While a report is on its way the text is read-only, so nothing typed then is lost to the success reset. */
  busy: boolean;
  onText: (key: DraftTextField, value: string, spec: TextFieldSpec) => void;
  onCheck: (key: DraftCheckbox, checked: boolean) => void;
}

/** Element ids inside the shadow root, derived from the field path so errors and fields find each other. */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `error-${path.replace(/\./g, '-')}`;
const hintId = (path: string) => `hint-${path.replace(/\./g, '-')}`;
const counterId = (path: string) => `counter-${path.replace(/\./g, '-')}`;

/** Single-line fields show their counter only when the limit is near; long text always shows it. */
function showsCounter(spec: TextFieldSpec, length: number): boolean {
  if (spec.max === undefined) return false;
  return spec.multiline === true || length >= spec.max * 0.8;
}

export function errorText(ctx: FieldContext, path: string): TemplateResult | typeof nothing {
  const message = ctx.errors[path];
  return message ? html`<p class="error" id=${errorId(path)} part="error">${message}</p>` : nothing;
}

export function requiredMark(required: boolean): TemplateResult | typeof nothing {
  return required ? html`<span class="required" aria-hidden="true">*</span>` : nothing;
}

export function textField(ctx: FieldContext, spec: TextFieldSpec): TemplateResult {
  const { localize, draft } = ctx;
  const value = draft[spec.key];
  const length = lengthOf(value);
  const required = spec.required(draft.reason);
  const error = ctx.errors[spec.path];
  const counter = showsCounter(spec, length);
  const describedBy = [
    spec.hint ? hintId(spec.path) : '',
    counter ? counterId(spec.path) : '',
    error ? errorId(spec.path) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const onInput = (event: Event) =>
    ctx.onText(spec.key, (event.target as HTMLInputElement | HTMLTextAreaElement).value, spec);
  const common = {
    id: fieldId(spec.path),
    describedBy: describedBy || undefined,
  };
  // No maxlength: it would silently cut a pasted text. The counter and the validator say when it is too long.
  const control = spec.multiline
    ? html`<textarea
        id=${common.id}
        part="input"
        name=${spec.key}
        rows=${spec.key === 'description' ? 5 : 3}
        autocomplete=${ifDefined(spec.autocomplete)}
        ?required=${required}
        ?readonly=${ctx.busy}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(common.describedBy)}
        .value=${live(value)}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${common.id}
        part="input"
        name=${spec.key}
        type=${spec.type ?? 'text'}
        autocomplete=${ifDefined(spec.autocomplete)}
        ?required=${required}
        ?readonly=${ctx.busy}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(common.describedBy)}
        .value=${live(value)}
        @input=${onInput}
      />`;
  const over = spec.max !== undefined && length > spec.max;
  return html`<div class="field" part="field">
    <label for=${common.id} part="label">${localize.term(spec.label)}${requiredMark(required)}</label>
    ${control}
    ${spec.hint ? html`<p class="hint" id=${hintId(spec.path)} part="hint">${localize.term(spec.hint)}</p>` : nothing}
    ${
      counter
        ? html`<p class="counter ${over ? 'over' : ''}" id=${counterId(spec.path)} part="counter">
          ${localize.number(length)} / ${localize.number(spec.max!)}
        </p>`
        : nothing
    }
    ${errorText(ctx, spec.path)}
  </div>`;
}

export function statementCheckbox(ctx: FieldContext, key: DraftCheckbox, path: string, label: string): TemplateResult {
  const error = ctx.errors[path];
  return html`<div class="check" part="field">
    <input
      type="checkbox"
      id=${fieldId(path)}
      name=${key}
      required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(error ? errorId(path) : undefined)}
      .checked=${live(ctx.draft[key])}
      @change=${(event: Event) => ctx.onCheck(key, (event.target as HTMLInputElement).checked)}
    />
    <label for=${fieldId(path)} part="label">${label}${requiredMark(true)}</label>
    ${errorText(ctx, path)}
  </div>`;
}
