// Interface text in English and Simplified Chinese. Keys are stable; {name} is replaced.
// Core error and warning messages are English sentences; the Chinese view shows warnings
// through the `warning.<code>` entries below and errors with a translated prefix.
var MESSAGES = {
  en: {
    title: 'Machine learning salary calculator',
    dataset: 'Data', years: 'Years of experience', role: 'Role', country: 'Country',
    city: 'City', company: 'Company', companySize: 'Company size', currency: 'Currency',
    employer: 'Employer', 'employer.local': 'Local employer',
    'employer.us-remote': 'Remote, for a US employer (paid in USD)',
    period: 'Show pay', 'period.annual': 'per year', 'period.monthly': 'per month',
    anyCity: 'Whole country', anyCompany: 'Any company', anySize: 'Any size',
    defaultCurrency: 'Local currency',
    tiers: 'By experience', estimate: 'Your estimate',
    'tier.entry': 'Entry level', 'tier.mid': 'Mid level', 'tier.senior': 'Senior',
    yearsSpan: '{from}-{to} years', yearsOpen: '{from}+ years',
    averageBase: 'Average base', baseRange: 'Base pay (p10-p90)',
    bonusRange: 'Bonus and profit sharing (p10-p90)',
    totalUpTo: 'Total pay, p90 (no equity)', totalMedian: 'Median total pay',
    range: 'Total pay p10-p90', baseMedian: 'Median base pay', bonusMedian: 'Median bonus',
    bonusWhenPaid: 'Bonus', bonusWhenPaidValue: '{share}% get one; when paid, typically {median} ({low} \u2013 {high})',
    equityNote: 'Total pay is base pay plus bonus and profit sharing. Equity (stock grants) is not included: no open source used here measures it, and at large tech companies it can add much more.',
    perYear: 'a year', perMonth: 'a month',
    payMonths: 'Paid as {months} monthly salaries a year ({monthly} a month).',
    factors: 'What changes the figures', factor: 'Factor', multiplier: 'Multiplier',
    source: 'Source',
    noFactors: 'No adjustments: the figures are the dataset\'s own.',
    sample: 'Based on {n} reports; confidence: {confidence}.',
    'sample.country': 'Country level from {n} survey answers and local reports; confidence: {confidence}.',
    'sample.remote': 'Based on {n} reports of remote work from this country; confidence: {confidence}.',
    sampleUnknown: 'The source gives no sample size; confidence: {confidence}.',
    'confidence.high': 'high', 'confidence.medium': 'medium', 'confidence.low': 'low',
    curve: 'Total pay by years of experience',
    curveDescription: 'Median total pay with the p25-p75 and p10-p90 bands from 0 to 20+ years; the dot is your profile.',
    curveYears: 'years', you: 'you',
    offer: 'My offer', offerAmount: 'Offer ({period}, {currency})', offerComponent: 'Compare with',
    'component.base': 'base pay', 'component.total': 'total pay',
    offerResult: 'An offer of {amount} is above {percentile}% of {component} for this profile.',
    compare: 'Compare', compareOpen: 'Compare with another scenario', compareClose: 'Close comparison',
    scenarioA: 'This profile', scenarioB: 'Other scenario',
    difference: 'Median total pay of the other scenario: {diff} ({percent}).',
    share: 'Share', copyText: 'Copy as text', copyMarkdown: 'Copy as Markdown',
    copyLink: 'Copy link', copyEmbed: 'Copy embed code', copied: 'Copied.',
    copyManually: 'Select the text below and copy it.',
    sources: 'Sources', asOf: 'as of {date}', licence: 'licence: {licence}',
    loading: 'Loading the calculator...',
    failed: 'The calculator could not start: {message}',
    invalidAttribute: 'The value of {attr} is not usable ({message}); showing {fallback} instead.',
    invalidChoice: '{attr}="{value}" is not one of {choices}; using {fallback}.',
    defaultValue: 'the default',
    errorPrefix: '',
    privacy: 'Computed in your browser; nothing you enter leaves this page.',
    profileLine: '{role}, {years} years, {place}', profileLineOne: '{role}, 1 year, {place}',
    profileCompany: '{line}, at {company}',
    textSummary: '{role}, {years} years, {place}: median total pay {median} {period} (p10-p90 {low} to {high}; base median {base}; equity not included). Data: {dataset}.',
  },
  'zh-CN': {
    title: '机器学习工程师薪资计算器',
    dataset: '数据', years: '工作年限', role: '职位', country: '国家/地区',
    city: '城市', company: '公司', companySize: '公司规模', currency: '货币',
    employer: '雇主', 'employer.local': '本地雇主',
    'employer.us-remote': '远程为美国雇主工作（以美元支付）',
    period: '显示', 'period.annual': '年薪', 'period.monthly': '月薪',
    anyCity: '全国', anyCompany: '任意公司', anySize: '任意规模',
    defaultCurrency: '当地货币',
    tiers: '按经验', estimate: '你的估算',
    'tier.entry': '入门级', 'tier.mid': '中级', 'tier.senior': '高级',
    yearsSpan: '{from}-{to} 年', yearsOpen: '{from} 年以上',
    averageBase: '平均基本工资', baseRange: '基本工资（p10-p90）',
    bonusRange: '奖金和利润分成（p10-p90）',
    totalUpTo: '总薪酬 p90（不含股权）', totalMedian: '总薪酬中位数',
    range: '总薪酬 p10-p90', baseMedian: '基本工资中位数', bonusMedian: '奖金中位数',
    bonusWhenPaid: '奖金', bonusWhenPaidValue: '{share}% 的人有奖金；有奖金时一般为 {median}（{low} \u2013 {high}）',
    equityNote: '总薪酬为基本工资加奖金和利润分成，不含股权（股票授予）：这里使用的公开数据都没有衡量股权，而在大型科技公司它可能多出很多。',
    perYear: '每年', perMonth: '每月',
    payMonths: '按每年 {months} 薪发放（月薪 {monthly}）。',
    factors: '影响因素', factor: '因素', multiplier: '系数', source: '来源',
    noFactors: '无调整：数字即数据集本身的数字。',
    sample: '基于 {n} 份报告；可信度：{confidence}。',
    'sample.country': '国家水平基于 {n} 份调查回答和本地报告；可信度：{confidence}。',
    'sample.remote': '基于 {n} 份从该国家/地区远程工作的报告；可信度：{confidence}。',
    sampleUnknown: '来源未给出样本量；可信度：{confidence}。',
    'confidence.high': '高', 'confidence.medium': '中', 'confidence.low': '低',
    curve: '总薪酬随工作年限的变化',
    curveDescription: '0 到 20 年以上的总薪酬中位数，以及 p25-p75 和 p10-p90 区间；圆点是你的情况。',
    curveYears: '年', you: '你',
    offer: '我的 offer', offerAmount: 'Offer 金额（{period}，{currency}）', offerComponent: '比较对象',
    'component.base': '基本工资', 'component.total': '总薪酬',
    offerResult: '{amount} 的 offer 高于此情况下 {percentile}% 的{component}。',
    compare: '对比', compareOpen: '与另一种情况对比', compareClose: '关闭对比',
    scenarioA: '当前情况', scenarioB: '另一种情况',
    difference: '另一种情况的总薪酬中位数：{diff}（{percent}）。',
    share: '分享', copyText: '复制为文本', copyMarkdown: '复制为 Markdown',
    copyLink: '复制链接', copyEmbed: '复制嵌入代码', copied: '已复制。',
    copyManually: '请选中下面的文字并复制。',
    sources: '数据来源', asOf: '截至 {date}', licence: '许可：{licence}',
    loading: '正在加载计算器……',
    failed: '计算器无法启动：{message}',
    invalidAttribute: '{attr} 的值无法使用（{message}），改为显示{fallback}。',
    invalidChoice: '{attr}="{value}" 不是 {choices} 之一；改用 {fallback}。',
    defaultValue: '默认值',
    errorPrefix: '输入有误：',
    privacy: '在你的浏览器中计算；你输入的内容不会离开本页面。',
    profileLine: '{role}，{years} 年经验，{place}', profileLineOne: '{role}，1 年经验，{place}',
    profileCompany: '{line}，{company}',
    textSummary: '{role}，{years} 年经验，{place}：总薪酬中位数 {median}（{period}；p10-p90 {low} 至 {high}；基本工资中位数 {base}；不含股权）。数据：{dataset}。',
    'warning.country_fallback': '该国家/地区的报告较少：使用所属地区或全球的数字，并按该国薪资水平调整。',
    'warning.country_fallback_unscaled': '该国家/地区的报告较少：使用所属地区或全球的数字，未按该国调整。',
    'warning.city_unknown': '没有该城市的数据：使用全国水平。',
    'warning.company_unknown': '没有该公司的数据：使用市场水平。',
    'warning.company_tier': '该公司没有单独的数据：使用其类别的系数。',
    'warning.company_size_unknown': '此数据集没有按公司规模的数据：使用所有规模。',
    'warning.sample_unknown': '来源未给出样本量：这些数字是其公布的说法。',
    'warning.country_scaled': '该国家/地区使用所有国家的职位数字，并按在该国测得的薪资水平和经验曲线调整。',
    'warning.country_level_borrowed': '该国家/地区的本地薪资数据很少：其薪资水平由所属地区和物价水平估算，并非实测。',
    'warning.remote_borrowed': '从该国家/地区远程工作的报告很少：远程系数主要来自所属地区。',
    'warning.remote_is_local': '在美国为美国雇主远程工作即本地工作：显示本地数字。',
    'warning.remote_city_ignored': '远程薪资与你所在的城市无关：未使用城市系数。',
    'warning.company_outside_data': '该公司的系数只在其申报数据所在的国家（美国）测得：在这里不使用。',
    'warning.company_size_implied': '所选公司有其自身的规模：不使用你选择的规模。',
  },
};

function pickLanguage(lang) {
  var l = String(lang || '').toLowerCase();
  return l.indexOf('zh') === 0 ? 'zh-CN' : 'en';
}

function translate(lang, key, values) {
  var table = MESSAGES[lang] || MESSAGES.en;
  var own = Object.prototype.hasOwnProperty;
  var text = own.call(table, key) ? table[key] : own.call(MESSAGES.en, key) ? MESSAGES.en[key] : key;
  return text.replace(/\{(\w+)\}/g, function (_, name) {
    return values && values[name] !== undefined ? String(values[name]) : '';
  });
}

// A core warning in the reader's language: the core's sentence in English, ours in Chinese.
function warningText(lang, warning) {
  var key = 'warning.' + warning.code;
  var table = MESSAGES[lang] || MESSAGES.en;
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : warning.message;
}
