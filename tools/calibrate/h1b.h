// What the market pack takes from the H-1B filings: company and tier factors, and where
// data/ML jobs are (filings per OFLC area) to normalise the city factors.
#pragma once

#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "project_inputs.h"
#include "raw_data.h"

namespace calibrate {

/// Company tiers and named companies for a pack (data/SCHEMA.md "company_tiers",
/// "companies"). A filing's log ratio is log(salary) - log(median of its title group and
/// year); a company's factor is exp(median ratio) of its employers' filings when it has at
/// least `min_rows` of them (else it takes its tier's factor); a tier's factor is exp(median
/// ratio) of the filings of its companies, "local" of every employer not in companies.csv.
struct CompanyFactors {
  nlohmann::json tiers, companies;
};
[[nodiscard]] CompanyFactors company_factors(const std::vector<H1bRow>& rows,
                                             const ProjectInputs& inputs, std::size_t min_rows);

/// The OFLC area a filing's "CITY, ST" lies in: the area whose name lists that city (the
/// names are "City1-City2-City3, ST1-ST2") in one of its states. Empty when none does.
[[nodiscard]] std::map<std::string, std::string> area_of_city(const std::vector<WageArea>& areas,
                                                              const std::vector<H1bRow>& rows);

}  // namespace calibrate
