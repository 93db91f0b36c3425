#include "article.h"

#include <iostream>
#include <stdexcept>
#include <string>

#include "pack_json.h"
#include "raw_data.h"
#include "stats.h"

namespace calibrate {

namespace {

constexpr const char* kH1bFile = "h1b/lca-data-jobs-2015-2019.csv";

}  // namespace

json build_article_pack(const std::filesystem::path& shared,
                        const std::filesystem::path& sources_dir) {
  const json claims = read_json_file(sources_dir / "article-2019-claims.json");
  const json sources = read_json_file(sources_dir / "sources.json");
  const std::string source = claims.at("source");
  const json& spread = claims.at("spread");

  // Shape of the base distribution: quantile / mean of 2019 H-1B base pay, ML titles.
  const std::vector<double> salaries =
      read_h1b_salaries(shared / kH1bFile, spread.at("type"), spread.at("year"));
  if (salaries.size() < 100) throw std::runtime_error(std::string(kH1bFile) + ": too few rows");
  const Quantiles q = quantiles(salaries);
  const double m = mean(salaries);
  Quantiles ratio{};
  std::cerr << "calibrate: article: " << salaries.size() << " H-1B rows, quantile/mean:";
  for (std::size_t i = 0; i < q.size(); ++i) {
    ratio[i] = q[i] / m;
    std::cerr << ' ' << round_factor(ratio[i]);
  }
  std::cerr << '\n';

  const json& pack_meta = claims.at("pack");
  const json& country = claims.at("country");
  const json& role = claims.at("role");
  const std::string currency = pack_meta.at("currency");

  json pack;
  pack["schema_version"] = 1;
  pack["id"] = pack_meta.at("id");
  pack["label"] = pack_meta.at("label");
  pack["label_zh"] = pack_meta.at("label_zh");
  pack["as_of"] = pack_meta.at("as_of");
  pack["currency"] = currency;
  pack["years_model"] = "step";
  pack["sources"] = select_sources(sources, {source, spread.at("source").get<std::string>()});
  pack["roles"] = json::array({role});
  pack["countries"] = json::array({{{"id", country.at("id")},
                                    {"label", country.at("label")},
                                    {"label_zh", country.at("label_zh")},
                                    {"currency", country.at("currency")},
                                    {"factor", 1.0},
                                    {"source", source}}});
  pack["currencies"] =
      json::array({{{"id", currency},
                    {"per_usd", 1.0},
                    {"as_of", pack_meta.at("as_of").get<std::string>().substr(0, 4)},
                    {"source", source}}});

  // The article names top-paying companies but gives no figures for them: they stay in the
  // claims file (and data/README.md) rather than becoming companies with a made-up factor.
  pack["levels"] = json::array();
  pack["cells"] = json::array();
  for (const auto& t : claims.at("tiers")) {
    const std::string level = t.at("id");
    pack["levels"].push_back({{"id", level},
                              {"label", t.at("label")},
                              {"label_zh", t.at("label_zh")},
                              {"from_years", t.at("from_years")},
                              {"to_years", t.at("to_years")},
                              {"anchor_years", t.at("anchor_years")}});
    const double base_mean = t.at("base_mean");
    const double claim = t.at("total_claim");
    Quantiles base{};
    for (std::size_t i = 0; i < base.size(); ++i) base[i] = base_mean * ratio[i];
    // "With bonus and profit sharing it can reach X": read as the 90th percentile of total
    // pay, with a bonus share s applied evenly across the distribution.
    const double s = claim / base.back() - 1;
    if (!(s >= 0)) throw std::runtime_error("article: " + level + ": claim below base p90");
    Quantiles bonus{}, total{};
    for (std::size_t i = 0; i < base.size(); ++i) {
      bonus[i] = base[i] * s;
      total[i] = base[i] * (1 + s);
    }
    const MoneyDist base_m = to_money(base, base_mean);
    const MoneyDist bonus_m = to_money(bonus, base_mean * s);
    MoneyDist total_m = to_money(total, base_mean * (1 + s));
    total_m.q.back() = round_money(claim);
    check_cell(base_m, bonus_m, total_m, "article/" + level);
    std::cerr << "calibrate: article: " << level << ": bonus share " << round_factor(s) << '\n';
    pack["cells"].push_back({{"role", role.at("id")},
                             {"country", country.at("id")},
                             {"level", level},
                             {"n", 0},
                             {"source", source},
                             {"base", to_json(base_m)},
                             {"bonus", to_json(bonus_m)},
                             {"total", to_json(total_m)}});
  }
  return pack;
}

}  // namespace calibrate
