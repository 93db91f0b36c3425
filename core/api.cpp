#include "api.h"

#include <cmath>
#include <exception>

#include "estimate.h"
#include "json_read.h"

namespace salary {
namespace {

using nlohmann::json;

json error_json(const Error& e) {
  return {{"ok", false}, {"error", {{"code", e.code}, {"field", e.field}, {"message", e.message}}}};
}

json internal_error(const char* what) {
  return error_json({"internal", "", std::string("unexpected failure: ") + what});
}

json quantiles_json(const Quantiles& q, bool with_mean = true) {
  json j = {{"p10", q.p10}, {"p25", q.p25}, {"p50", q.p50}, {"p75", q.p75}, {"p90", q.p90}};
  if (with_mean) j["mean"] = q.mean;
  return j;
}

json estimate_json(const DataPack& pack, const Estimate& e) {
  json factors = json::array();
  for (const Factor& f : e.factors) {
    factors.push_back(
        {{"id", f.id}, {"label", f.label}, {"multiplier", f.multiplier}, {"source", f.source}});
  }
  json warnings = json::array();
  for (const Warning& w : e.warnings) warnings.push_back({{"code", w.code}, {"message", w.message}});
  json j = {{"ok", true},           {"dataset", e.dataset},
            {"tier", e.tier},       {"level", e.level},
            {"years", e.years},     {"role", e.role},
            {"country", e.country}, {"currency", e.currency},
            {"payMonths", e.pay_months},
            {"base", quantiles_json(e.base)},   {"bonus", quantiles_json(e.bonus)},
            {"total", quantiles_json(e.total)}, {"factors", factors},
            {"sample", {{"n", e.n}, {"basis", e.sample_basis}, {"confidence", e.confidence}}},
            {"warnings", warnings}};
  j["city"] = e.city.empty() ? json(nullptr) : json(e.city);
  j["company"] = e.company.empty() ? json(nullptr) : json(e.company);
  j["companySize"] = e.company_size.empty() ? json(nullptr) : json(e.company_size);
  j["employer"] = e.employer;
  j["bonusWhenPaid"] = e.bonus_paid ? json{{"incidence", e.bonus_paid->incidence},
                                           {"p25", e.bonus_paid->p25},
                                           {"p50", e.bonus_paid->p50},
                                           {"p75", e.bonus_paid->p75},
                                           {"source", e.bonus_paid->source}}
                                     : json(nullptr);
  j["purchasingPower"] = nullptr;
  if (const auto& p = e.purchasing_power) {
    j["purchasingPower"] = {{"priceLevel", p->price.value}, {"year", p->price.year},
                            {"place", place_label(pack, p->place)},           {"source", source_title(pack, p->price.source)},
                            {"total", quantiles_json(p->total)}};
  }
  return j;
}

// Resolves the profile and its pack, or says which field is wrong.
struct Resolved {
  const DataPack* pack = nullptr;
  Profile profile;
};

Result<Resolved> resolve(const Library& library, const json& profile_json, bool ignore_years = false) {
  Result<Profile> profile = parse_profile(profile_json, ignore_years);
  if (!profile.ok()) return profile.error();
  const Result<const DataPack*> pack = find_pack(library, profile.value().dataset);
  if (!pack.ok()) return pack.error();
  return Resolved{pack.value(), profile.value()};
}

json labelled(const std::string& id, const std::string& label, const std::string& label_zh) {
  json j = {{"id", id}, {"label", label}};
  if (!label_zh.empty()) j["labelZh"] = label_zh;
  return j;
}

// The ids of `items`, so a caller can offer only what one dataset has.
template <class T>
json ids(const std::vector<T>& items) {
  json out = json::array();
  for (const T& item : items) out.push_back(item.id);
  return out;
}

}  // namespace

json load_data_pack(Library& library, const json& text) {
  try {
    if (!text.is_string()) {
      return error_json({"invalid_type", "jsonText",
                         "jsonText: a data pack must be given as JSON text, got " +
                             type_name(text)});
    }
    const std::string& json_text = text.get_ref<const std::string&>();
    Result<DataPack> pack = parse_data_pack(json_text);
    if (!pack.ok()) return error_json(pack.error());
    const Result<AddedPack> added = add_pack(library, std::move(pack.value()), json_text.size());
    if (!added.ok()) return error_json(added.error());
    return {{"ok", true}, {"id", added.value().id}, {"replaced", added.value().replaced}};
  } catch (const std::exception& e) {
    return internal_error(e.what());
  }
}

json unload_data_pack(Library& library, const json& id) {
  try {
    if (!id.is_string()) {
      return error_json({"invalid_type", "id", "id: must be the id of a loaded data pack, got " + type_name(id)});
    }
    const Result<bool> removed = remove_pack(library, id.get<std::string>());
    if (!removed.ok()) return error_json(removed.error());
    return {{"ok", true}, {"id", id}, {"restored", removed.value()}};
  } catch (const std::exception& e) {
    return internal_error(e.what());
  }
}

json catalog(const Library& library) {
  json datasets = json::array(), levels = json::array(), tiers = json::array();
  for (const auto& held : library.packs) {
    const DataPack& p = *held;
    json sources = json::array();
    for (const Source& s : p.sources) {
      sources.push_back({{"id", s.id}, {"title", s.title}, {"url", s.url},
                         {"licence", s.licence}, {"asOf", s.as_of}});
    }
    datasets.push_back({{"id", p.id},
                        {"label", p.label},
                        {"asOf", p.as_of},
                        {"currency", p.currency},
                        {"sources", sources},
                        {"roles", ids(p.roles)},
                        {"countries", ids(p.countries)},
                        {"cities", ids(p.cities)},
                        {"companies", ids(p.companies)},
                        {"companySizes", ids(p.company_sizes)},
                        {"currencies", ids(p.currencies)},
                        {"employers", p.remote_reference.empty()
                                          ? json::array({kEmployerLocal})
                                          : json::array({kEmployerLocal, kEmployerUsRemote})}});
    for (const Level& l : p.levels) {
      json j = labelled(l.id, l.label, l.label_zh);
      j["dataset"] = p.id;
      j["fromYears"] = l.from_years;
      j["toYears"] = l.to_years ? json(*l.to_years) : json(nullptr);
      j["anchorYears"] = l.anchor_years;
      levels.push_back(j);
    }
  }
  for (const Tier& t : tiers_definition()) {
    tiers.push_back({{"id", t.id},
                     {"fromYears", t.from_years},
                     {"toYears", std::isinf(t.to_years) ? json(nullptr) : json(t.to_years)},
                     {"typicalYears", t.typical_years}});
  }
  const CatalogEntries entries = catalog_entries(library);
  json roles = json::array(), countries = json::array(), cities = json::array(),
       companies = json::array(), company_sizes = json::array();
  for (const Role* r : entries.roles) {
    json j = labelled(r->id, r->label, r->label_zh);
    j["titles"] = r->titles;
    roles.push_back(j);
  }
  for (const Country* c : entries.countries) {
    json j = labelled(c->id, c->label, c->label_zh);
    j["currency"] = c->currency;
    j["payMonths"] = c->pay_months;
    if (!c->region.empty()) j["region"] = c->region;
    j["levelBorrowed"] = c->borrowed;
    j["remote"] = c->remote.has_value();
    countries.push_back(j);
  }
  for (const City* c : entries.cities) {
    json j = labelled(c->id, c->label, c->label_zh);
    j["country"] = c->country;
    cities.push_back(j);
  }
  for (const Company* c : entries.companies) {
    json j = labelled(c->id, c->label, c->label_zh);
    j["tier"] = c->tier;
    j["countries"] = c->countries;
    j["size"] = c->size.empty() ? json(nullptr) : json(c->size);
    companies.push_back(j);
  }
  for (const CompanySize* c : entries.company_sizes) {
    company_sizes.push_back(labelled(c->id, c->label, c->label_zh));
  }
  return {{"datasets", datasets}, {"roles", roles},         {"levels", levels},
          {"tiers", tiers},       {"countries", countries}, {"cities", cities},
          {"companies", companies}, {"companySizes", company_sizes},
          {"currencies", entries.currencies}};
}

json estimate(const Library& library, const json& profile) {
  try {
    Result<Resolved> r = resolve(library, profile);
    if (!r.ok()) return error_json(r.error());
    Result<Estimate> e = estimate(*r.value().pack, r.value().profile);
    return e.ok() ? estimate_json(*r.value().pack, e.value()) : error_json(e.error());
  } catch (const std::exception& e) {
    return internal_error(e.what());
  }
}

json tiers(const Library& library, const json& profile) {
  try {
    // tiers() sets the years itself: whatever the profile says about years is ignored (and the
    // profile is not copied: a copy of a deeply nested field would recurse as deep).
    Result<Resolved> r = resolve(library, profile, /*ignore_years=*/true);
    Result<std::array<Estimate, 3>> t =
        r.ok() ? tiers(*r.value().pack, r.value().profile) : Result<std::array<Estimate, 3>>(r.error());
    json out = json::array();
    for (std::size_t i = 0; i < 3; ++i) {
      out.push_back(t.ok() ? estimate_json(*r.value().pack, t.value()[i]) : error_json(t.error()));
    }
    return out;
  } catch (const std::exception& e) {
    const json error = internal_error(e.what());
    return json::array({error, error, error});
  }
}

json levers(const Library& library, const json& profile) {
  try {
    Result<Resolved> r = resolve(library, profile);
    if (!r.ok()) return error_json(r.error());
    Result<std::vector<Lever>> l = levers(*r.value().pack, r.value().profile);
    if (!l.ok()) return error_json(l.error());
    json out = json::array();
    for (const Lever& lever : l.value()) {
      json change = json::object();
      for (const auto& [field, value] : lever.change) {
        change[field] = field == "years" ? json(std::stod(value)) : json(value);
      }
      out.push_back({{"id", lever.id},
                     {"change", change},
                     {"total", quantiles_json(lever.estimate.total)},
                     {"payMonths", lever.estimate.pay_months},
                     {"delta", lever.delta},
                     {"deltaPercent", lever.delta_percent},
                     {"purchasingPowerPercent",
                      lever.real_delta_percent ? json(*lever.real_delta_percent) : json(nullptr)},
                     {"source", lever.source},
                     {"confidence", lever.estimate.confidence}});
    }
    return {{"ok", true}, {"levers", out}};
  } catch (const std::exception& e) {
    return internal_error(e.what());
  }
}

json curve(const Library& library, const json& profile, const json& from_years,
           const json& to_years) {
  try {
    const Result<YearsRange> range = years_range(value_of(from_years), value_of(to_years));
    if (!range.ok()) return error_json(range.error());
    Result<Resolved> r = resolve(library, profile, /*ignore_years=*/true);  // curve's own years
    if (!r.ok()) return error_json(r.error());
    Result<std::vector<CurvePoint>> points =
        curve(*r.value().pack, r.value().profile, range.value().from, range.value().to);
    if (!points.ok()) return error_json(points.error());
    json out = json::array();
    for (const CurvePoint& p : points.value()) {
      out.push_back({{"years", p.years},
                     {"base", quantiles_json(p.base, false)},
                     {"total", quantiles_json(p.total, false)}});
    }
    return out;
  } catch (const std::exception& e) {
    return internal_error(e.what());
  }
}

json percentile(const Library& library, const json& profile, const json& amount,
                const json& component) {
  try {
    const Result<PercentileQuery> query = percentile_query(value_of(amount), value_of(component));
    if (!query.ok()) return error_json(query.error());
    Result<Resolved> r = resolve(library, profile);
    if (!r.ok()) return error_json(r.error());
    const Result<PercentileAnswer> a = percentile(*r.value().pack, r.value().profile, query.value());
    if (!a.ok()) return error_json(a.error());
    return {{"ok", true}, {"percentile", a.value().percentile}, {"component", a.value().component},
            {"amount", a.value().amount}, {"currency", a.value().currency}};
  } catch (const std::exception& e) {
    return internal_error(e.what());
  }
}

}  // namespace salary
