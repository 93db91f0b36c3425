// Interface text in English and Simplified Chinese. Keys are stable; {name} is replaced.
var MESSAGES = {
  en: {
    title: 'Machine learning salary calculator',
    dataset: 'Data', years: 'Years of experience', role: 'Role', country: 'Country',
    city: 'City', company: 'Company', companySize: 'Company size', currency: 'Currency',
    anyCity: 'Whole country', anyCompany: 'Any company', anySize: 'Any size',
    defaultCurrency: 'Local currency',
    tiers: 'By experience', estimate: 'Your estimate',
    'tier.entry': 'Entry level', 'tier.mid': 'Mid level', 'tier.senior': 'Senior',
    'tierYears.entry': '0-4 years', 'tierYears.mid': '5-9 years', 'tierYears.senior': '10+ years',
    averageBase: 'Average base', baseRange: 'Base pay (p10-p90)', bonusRange: 'Bonus and profit sharing (p10-p90)',
    totalUpTo: 'Total pay, p90', totalMedian: 'Median total pay',
    range: 'Total pay p10-p90', baseMedian: 'Median base pay', bonusMedian: 'Median bonus',
    factors: 'What changes the figures', factor: 'Factor', multiplier: 'Multiplier', source: 'Source',
    noFactors: 'No adjustments: the figures are the dataset\'s own.',
    sample: 'Based on {n} reports; confidence: {confidence}.',
    sampleUnknown: 'The source gives no sample size; confidence: {confidence}.',
    'confidence.high': 'high', 'confidence.medium': 'medium', 'confidence.low': 'low',
    sources: 'Sources', asOf: 'as of {date}', licence: 'licence: {licence}',
    loading: 'Loading the calculator...',
    failed: 'The calculator could not start: {message}',
    perYear: 'per year', privacy: 'Computed in your browser; nothing you enter leaves this page.',
  },
  'zh-CN': {
    title: '机器学习工程师薪资计算器',
    dataset: '数据', years: '工作年限', role: '职位', country: '国家/地区',
    city: '城市', company: '公司', companySize: '公司规模', currency: '货币',
    anyCity: '全国', anyCompany: '任意公司', anySize: '任意规模', defaultCurrency: '当地货币',
    tiers: '按经验', estimate: '你的估算',
    'tier.entry': '入门级', 'tier.mid': '中级', 'tier.senior': '高级',
    'tierYears.entry': '0-4 年', 'tierYears.mid': '5-9 年', 'tierYears.senior': '10 年以上',
    averageBase: '平均基本工资', baseRange: '基本工资（p10-p90）', bonusRange: '奖金和利润分成（p10-p90）',
    totalUpTo: '总薪酬 p90', totalMedian: '总薪酬中位数',
    range: '总薪酬 p10-p90', baseMedian: '基本工资中位数', bonusMedian: '奖金中位数',
    factors: '影响因素', factor: '因素', multiplier: '系数', source: '来源',
    noFactors: '无调整：数字即数据集本身的数字。',
    sample: '基于 {n} 份报告；可信度：{confidence}。',
    sampleUnknown: '来源未给出样本量；可信度：{confidence}。',
    'confidence.high': '高', 'confidence.medium': '中', 'confidence.low': '低',
    sources: '数据来源', asOf: '截至 {date}', licence: '许可：{licence}',
    loading: '正在加载计算器……',
    failed: '计算器无法启动：{message}',
    perYear: '每年', privacy: '在你的浏览器中计算；你输入的内容不会离开本页面。',
  },
};

function pickLanguage(lang) {
  var l = String(lang || '').toLowerCase();
  return l.indexOf('zh') === 0 ? 'zh-CN' : 'en';
}

function translate(lang, key, values) {
  var table = MESSAGES[lang] || MESSAGES.en;
  var text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : MESSAGES.en[key] || key;
  return text.replace(/\{(\w+)\}/g, function (_, name) {
    return values && values[name] !== undefined ? String(values[name]) : '';
  });
}
