import { h, replace } from './dom.js';

/**
 * A <select> that narrows a table to rows with one value of a field the server sends (a status, a queue).
 * Its choices are the values present in the rows, so the page never keeps its own list of statuses or queues;
 * a chosen value stays offered while no row has it (a shared link keeps its filter until the rows come back).
 */
/** The order localeCompare gives (the browser's locale), without its cost per comparison. */
const COLLATOR = new Intl.Collator();

export class ChoiceFilter {
  /**
   * @param {HTMLSelectElement} select @param {string} anyLabel the text of the "no filter" choice
   * @param {(value: string) => string} labelOf a value's text (a status code's label); the value by default
   */
  constructor(select, anyLabel, labelOf = (value) => value) {
    this.select = select;
    this.anyLabel = anyLabel;
    this.labelOf = labelOf;
    this.setChoices([]);
  }

  /** The chosen value, or '' for any. */
  get value() {
    return this.select.value;
  }

  set value(value) {
    const wanted = value || '';
    if (wanted && ![...this.select.options].some((o) => o.value === wanted)) this.setChoices([], wanted);
    this.select.value = wanted;
  }

  /** Offers the given values (sorted, deduplicated) and keeps the current choice. */
  setChoices(values, keep = this.select.value) {
    const distinct = [...new Set(values.filter((v) => typeof v === 'string' && v !== ''))];
    if (keep && !distinct.includes(keep)) distinct.push(keep);
    // each label made once and one collator for all comparisons: localeCompare per comparison cost a 5,000-agent
    // page more than its table's own sort (200 queues, every render)
    const labels = new Map(distinct.map((v) => [v, this.labelOf(v)]));
    distinct.sort((a, b) => COLLATOR.compare(labels.get(a), labels.get(b)));
    const signature = distinct.join('\n');
    if (signature !== this.signature) {
      this.signature = signature;
      replace(this.select, h('option', { text: this.anyLabel, attrs: { value: '' } }),
        distinct.map((v) => h('option', { text: this.labelOf(v), attrs: { value: v } })));
    }
    this.select.value = keep || '';
  }

  /** Offers the given values and shows the select only when there is something to choose (teams are optional). */
  setChoicesOrHide(values) {
    this.setChoices(values);
    this.select.hidden = this.select.options.length <= 1;
  }

  /** Whether a row whose field holds `values` (one value or a list) passes. */
  accepts(values) {
    const chosen = this.select.value;
    if (!chosen) return true;
    return Array.isArray(values) ? values.includes(chosen) : values === chosen;
  }
}
