#include "bonus.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "raw_data.h"

namespace calibrate {

BonusShares read_bonus_shares(const std::filesystem::path& survey,
                              const std::vector<LevelDef>& levels, const MarketOptions& opt) {
  BonusShares out;
  out.by_level.resize(levels.size());
  std::size_t large = 0, large_paid = 0, all_paid = 0, all = 0;
  std::size_t other_level = 0, bad_base = 0, big_ratio = 0, read_as_total = 0;
  for (const auto& row : read_de_survey(survey)) {
    std::size_t level = levels.size();
    for (std::size_t l = 0; l < levels.size(); ++l) {
      const auto& names = levels[l].de_survey_seniority;
      if (std::find(names.begin(), names.end(), row.seniority) != names.end()) level = l;
    }
    if (level == levels.size()) {
      ++other_level;
      continue;
    }
    if (row.base <= opt.de_min_base || row.base > opt.de_max_base) {
      ++bad_base;
      continue;
    }
    double r = row.bonus / row.base;
    if (opt.de_bonus_at_least_base_is_total && row.bonus > 0 && r >= 1) {
      r -= 1;
      ++read_as_total;
    }
    if (r > opt.de_max_ratio) {
      ++big_ratio;
      continue;
    }
    out.by_level[level].push_back(r);
    ++all, all_paid += r > 0;
    if (row.company_size == "1000+") ++large, large_paid += r > 0;
  }
  if (all_paid == 0 || large == 0) throw std::runtime_error("bonus shares: no bonus answers");
  const double large_ratio = (static_cast<double>(large_paid) / static_cast<double>(large)) /
                             (static_cast<double>(all_paid) / static_cast<double>(all));
  std::ostringstream sizes;
  for (std::size_t l = 0; l < levels.size(); ++l) {
    auto& shares = out.by_level[l];
    std::sort(shares.begin(), shares.end());
    sizes << ' ' << levels[l].id << '=' << shares.size();
    std::vector<double> paid;
    for (double r : shares) {
      if (r > 0) paid.push_back(r);
    }
    if (paid.empty()) throw std::runtime_error("bonus shares: no bonus at level " + levels[l].id);
    const double incidence = static_cast<double>(paid.size()) / static_cast<double>(shares.size());
    out.incidence.push_back(incidence);
    out.incidence_large.push_back(std::min(1.0, incidence * large_ratio));
    out.paid_share.push_back({quantile_sorted(paid, 0.25), quantile_sorted(paid, 0.5),
                              quantile_sorted(paid, 0.75)});
  }
  std::cerr << "calibrate: bonus shares: ignored " << other_level << " other seniority, "
            << bad_base << " base out of range, " << big_ratio << " bonus/base > "
            << opt.de_max_ratio << "; read " << read_as_total
            << " bonus >= base answers as total pay; kept" << sizes.str() << '\n';
  return out;
}


CellMoney cell_money(const Quantiles& lq, const std::vector<double>& shares_in, int grid) {
  const std::vector<double> shares = shares_in.empty() ? std::vector<double>{0.0} : shares_in;
  const double sigma = (lq.back() - lq.front()) / (2 * kZ90);

  Quantiles base_q{};
  for (std::size_t i = 0; i < lq.size(); ++i) base_q[i] = std::exp(lq[i]);
  const double base_mean = std::exp(lq[2] + sigma * sigma / 2);

  std::vector<double> totals, bonuses;
  totals.reserve(static_cast<std::size_t>(grid) * shares.size());
  bonuses.reserve(totals.capacity());
  for (int g = 1; g <= grid; ++g) {
    const double b = std::exp(log_quantile_at(lq, g / (grid + 1.0)));
    for (double r : shares) {
      totals.push_back(b * (1 + r));
      bonuses.push_back(b * r);
    }
  }
  const double mean_share = mean(shares);

  CellMoney m;
  m.base = to_money(base_q, base_mean);
  m.bonus = to_money(quantiles(std::move(bonuses)), base_mean * mean_share);
  m.total = to_money(quantiles(std::move(totals)), base_mean * (1 + mean_share));
  for (std::size_t i = 0; i < m.total.q.size(); ++i) {
    m.total.q[i] = std::max(m.total.q[i], m.base.q[i]);
  }
  return m;
}

}  // namespace calibrate
