// Where data/ML jobs are: H-1B filings placed in OFLC areas, to normalise the US city
// factors (and to place company filings, companies.h).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "raw_data.h"

namespace calibrate {

/// The OFLC area a filing's "CITY, ST" lies in: the area whose name lists that city (the
/// names are "City1-City2-City3, ST1-ST2") in one of its states. Empty when none does.
[[nodiscard]] std::map<std::string, std::string> area_of_city(const std::vector<WageArea>& areas,
                                                              const std::vector<H1bRow>& rows);

}  // namespace calibrate
