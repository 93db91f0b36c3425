// Hand-written types for dist/salary-core.js (Emscripten 3.1.6 has no --emit-tsd).
// In a browser a classic <script src="salary-core.js"> defines the global createSalaryCore;
// in Node, require('./dist/salary-core.js') returns it. No function of SalaryCore throws.

/** Five percentiles and the mean of annual pay, in `currency`. */
export interface Distribution {
  p10: number; p25: number; p50: number; p75: number; p90: number; mean: number;
}
export type Percentiles = Omit<Distribution, 'mean'>;

export interface Profile {
  /** "market" (default) or "article-2019", or the id of a pack added with loadDataPack. */
  dataset?: string;
  /** Years of experience, a finite number in [0, 60]. Required except for tiers(). */
  years: number;
  /** Role id from catalog().roles, default "ml-engineer". */
  role?: string;
  /** ISO 3166-1 alpha-2, default "US". */
  country?: string;
  /** City id from catalog().cities; unknown ids fall back to the country, with a warning. */
  city?: string;
  /** Company id from catalog().companies; unknown ids fall back to the market, with a warning. */
  company?: string;
  companySize?: 'S' | 'M' | 'L';
  /** ISO 4217; default: the country's currency when the dataset has a rate, else its own. */
  currency?: string;
  /** "local" (default): an employer in the country. "us-remote": remote work from the country
   *  for an employer in the US, paid in USD (datasets whose catalog entry lists it). */
  employer?: 'local' | 'us-remote';
}

export interface ErrorInfo {
  /** Stable: invalid_type, invalid_value, out_of_range, missing_field, unknown_id, no_data,
   *  invalid_json, unsupported_schema, duplicate_id, unordered_percentiles, not_positive,
   *  total_below_base, missing_cell, too_large, corrupt_pack, unavailable, internal. */
  code: string;
  /** The profile field ("years", "role", ...) or, for data packs, the JSON path ("/cells/3/base/p50"). */
  field: string;
  /** One English sentence naming the field. */
  message: string;
}
export interface ErrorResult { ok: false; error: ErrorInfo; }

export interface Factor {
  id: 'country' | 'remote' | 'city' | 'company' | 'company-size' | 'currency';
  label: string;
  multiplier: number;
  source: string;
}

export interface Estimate {
  ok: true;
  dataset: string;
  /** The article's tier: entry 0-4 years (up to 4.99), mid 5-9, senior 10+. */
  tier: 'entry' | 'mid' | 'senior';
  /** The dataset's experience level holding `years` (catalog().levels). */
  level: string;
  years: number;
  role: string;
  country: string;
  city: string | null;
  company: string | null;
  /** The company size whose factor or bonus incidence applied: the named company's own, else
   *  the profile's; null for any size. */
  companySize: 'S' | 'M' | 'L' | null;
  /** "us-remote" only where remote figures were shown (from the US itself they are local). */
  employer: 'local' | 'us-remote';
  currency: string;
  /** Monthly salaries a year (12; China often 13-16): monthly = annual / payMonths. The country's
   *  usual number for local work; for remote work, the employer's country's (the US: 12). */
  payMonths: number;
  base: Distribution;
  /** Bonus and profit sharing; 0 for those who get none. */
  bonus: Distribution;
  /** base + bonus as one distribution (not the sum of two percentiles). Equity is not included. */
  total: Distribution;
  /** Share of people with a bonus at this level (large companies: their own share), and the
   *  bonus when paid to someone on the median base pay. null when the dataset has no bonus model. */
  bonusWhenPaid: { incidence: number; p25: number; p50: number; p75: number; source: string } | null;
  factors: Factor[];
  /** n: reports behind the figures (0: none at this level, or, with a sample_unknown warning,
   *  a source that gives no sample size; a country's own cell without reports gives the
   *  country's answers and reports, basis "country"); for a country scaled from
   *  other places' figures, the answers and reports behind its level; for remote work, the
   *  remote reports. Confidence is at most "medium" for scaled or remote figures. */
  sample: { n: number; basis: 'reports' | 'country' | 'remote'; confidence: 'high' | 'medium' | 'low' };
  /** code: country_scaled, country_level_borrowed, country_fallback, country_fallback_unscaled,
   *  remote_borrowed, remote_is_local, remote_city_ignored, city_unknown, company_unknown,
   *  company_tier, company_outside_data, company_size_implied, company_size_unknown,
   *  sample_unknown; message: one English sentence. */
  warnings: { code: string; message: string }[];
  /** What the pay buys: total pay in US dollars at US-average prices (converted to USD at the
   *  pack's rate, divided by the price level), with the price level (US average = 1) of the
   *  city named, else of the country when no city is named, its year, the place and the
   *  source. null where that place has no price level (a city BEA does not measure). */
  purchasingPower: { priceLevel: number; year: number; place: string; source: string;
                     total: Distribution } | null;
}
export type Result = Estimate | ErrorResult;

export interface Lever {
  /** "years", "tier", "city", "company", "company-size", "employer" or "role:<role id>". */
  id: string;
  change: Partial<Profile>;
  total: Distribution;
  /** Monthly salaries a year of the changed profile's pay (see Estimate.payMonths). */
  payMonths: number;
  delta: number;
  deltaPercent: number;
  purchasingPowerPercent: number | null;
  source: string;
  confidence: 'high' | 'medium' | 'low';
}

export interface CurvePoint { years: number; base: Percentiles; total: Percentiles; }

interface Labelled { id: string; label: string; labelZh?: string; }
export interface Catalog {
  /** Each dataset, with the ids of what it has (a form offers only those). */
  datasets: { id: string; label: string; labelZh?: string; asOf: string; currency: string;
              /** titleZh and licenceZh: in Simplified Chinese, where the pack gives them. */
              sources: { id: string; title: string; url: string; licence: string; asOf: string;
                         titleZh?: string; licenceZh?: string }[];
              roles: string[]; countries: string[]; cities: string[]; companies: string[];
              companySizes: string[]; currencies: string[];
              /** "local", and "us-remote" where the dataset has remote figures. */
              employers: ('local' | 'us-remote')[] }[];
  roles: (Labelled & { titles: string[] })[];
  /** Each dataset's experience levels; toYears is exclusive, null when open ended. */
  levels: (Labelled & { dataset: string; fromYears: number; toYears: number | null;
                        anchorYears: number })[];
  /** The article's tiers and the years tiers() estimates them at. */
  tiers: { id: 'entry' | 'mid' | 'senior'; fromYears: number; toYears: number | null;
           typicalYears: number }[];
  /** levelBorrowed: the country's pay level is estimated from its region and price level;
   *  remote: the dataset has remote figures for it. */
  countries: (Labelled & { currency: string; payMonths: number; region?: string;
                           levelBorrowed: boolean; remote: boolean })[];
  cities: (Labelled & { country: string })[];
  /** countries: where the company's factor was measured (it applies only there; empty:
   *  everywhere); size: the company's own size, which a profile naming it implies. */
  companies: (Labelled & { tier: string; countries: string[]; size: 'S' | 'M' | 'L' | null })[];
  /** "S", "M", "L" with their labels. */
  companySizes: Labelled[];
  currencies: string[];
}

export interface SalaryCore {
  readonly version: string;
  catalog(): Catalog;
  estimate(profile: Profile): Result;
  /** [entry, mid, senior] at catalog().tiers[i].typicalYears; `years` is ignored.
   *  When the profile is invalid, all three are the same error result. */
  tiers(profile: Omit<Profile, 'years'> & { years?: number }): [Result, Result, Result];
  /** What moves the pay: each single change the data supports (3 more years, the next tier,
   *  the best-paying of San Francisco, San Jose, Seattle and Boston, a big-tech company, a large
   *  company, remote work for a US employer, each other role), largest gain first, compared in
   *  the profile's currency. `change` holds the profile fields it changes; `total` is the
   *  changed profile's total pay; purchasingPowerPercent is the change in what the pay buys,
   *  where both places have a price level. Changes without data are left out. */
  levers(profile: Profile): { ok: true; levers: Lever[] } | ErrorResult;
  /** A point every half year from fromYears to toYears inclusive (0..20 gives 41; 0.1..20 gives
   *  0.1, 0.6, ... 19.6 and 20), or an error. The profile's `years` is ignored. */
  curve(profile: Omit<Profile, 'years'> & { years?: number }, fromYears: number, toYears: number):
    CurvePoint[] | ErrorResult;
  /** Where an annual amount (in the estimate's currency) falls among base (default) or total
   *  pay for the profile, as a percentile clamped to [1, 99]. */
  percentile(profile: Profile, amount: number, component?: 'base' | 'total'):
    { ok: true; percentile: number; component: 'base' | 'total'; amount: number; currency: string }
    | ErrorResult;
  /** Validates the whole pack (JSON text, or an object that is serialised first; see
   *  data/SCHEMA.md) and adds it, or replaces the pack with the same id. A rejected pack leaves
   *  the loaded ones untouched. The JSON reader and validator live in salary-pack-compiler.js,
   *  loaded on the first call: in Node, from the directory of salary-core.js; in a browser, load
   *  it with its own <script> first. Without it the result is the error "unavailable".
   *  `replaced`: a pack with this id was loaded (a built-in one comes back with unloadDataPack).
   *  Bounds (error too_large): 8 MB of JSON text per pack, nested at most 16 deep, strings of at
   *  most 1000 bytes; at most 10 packs loaded at once (the built-in ones included) and 24 MB of
   *  loaded packs in all. */
  loadDataPack(jsonText: string | object): { ok: true; id: string; replaced: boolean } | ErrorResult;
  /** Removes a pack loaded with loadDataPack; where it had replaced a built-in pack, that one is
   *  back (`restored`). Errors: unknown_id, invalid_value (a built-in pack), invalid_type. */
  unloadDataPack(id: string): { ok: true; id: string; restored: boolean } | ErrorResult;
}

/** Creates an independent instance; each has its own loaded packs. Always a promise: it rejects
 *  (never throws) where WebAssembly is unavailable. No method throws: if the module itself fails
 *  (out of memory, a trap), the call returns the error "internal" and a fresh module takes its
 *  place, with the packs that were loaded. `moduleOptions` go to the Emscripten
 *  module (print, printErr, instantiateWasm). */
declare function createSalaryCore(moduleOptions?: object): Promise<SalaryCore>;
export default createSalaryCore;
