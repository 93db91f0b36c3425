// The attributes of <ml-salary-calculator>: the profile's fields, the presentation choices and
// the flags. Read by the element (web/element.js), its inputs (web/inputs.js), the URL hash
// (web/url-state.js) and the embed snippet (web/share.js); concatenated before them.

var TAG = 'ml-salary-calculator';
var CHANGE_EVENT = TAG + '-change';

// Profile fields: attribute (kebab-case), element property, profile key, default. An attribute
// the core rejects falls back to its default, with a visible note.
// Two names differ from the profile's, because HTMLElement already owns them: the property for
// `dataset` is `datasetId` (HTMLElement.dataset holds the data-* attributes), and the job role
// is `job-role` / `jobRole` (`role` is the ARIA role; it is still read when job-role is absent,
// but accessibility checkers flag a job title there).
var FIELDS = [
  { attr: 'dataset', prop: 'dataset', property: 'datasetId', fallback: 'market' },
  { attr: 'years', prop: 'years', fallback: '3' },
  { attr: 'job-role', prop: 'role', property: 'jobRole', alias: 'role', fallback: 'ml-engineer' },
  { attr: 'country', prop: 'country', fallback: 'US' },
  { attr: 'city', prop: 'city', fallback: '' },
  { attr: 'company', prop: 'company', fallback: '' },
  { attr: 'company-size', prop: 'companySize', fallback: '' },
  { attr: 'currency', prop: 'currency', fallback: '' },
  { attr: 'employer', prop: 'employer', fallback: 'local' },
];
// Presentation attributes with a fixed set of values; the first is the default.
var CHOICES = {
  period: ['annual', 'monthly'],
  theme: ['auto', 'light', 'dark'],
};
var FLAGS = ['compact', 'locked', 'url-state', 'levers'];
// Text that reads as a number of years ("6", "2.5", "-3", "1e1"); anything else goes to the core
// as text, which says what is wrong with it.
var NUMBER = /^\s*[-+.\d][\d.e+-]*\s*$/i;
