// World Bank World Development Indicators (CC BY 4.0): price levels and exchange rates by
// country, for the prior of countries with few survey answers and for currencies.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace calibrate {

/// One indicator of a World Bank "wide" download (a column per year; the bulk CSV has four
/// lines of metadata before its header, which are skipped): value by ISO alpha-3 code for
/// `year`. Empty cells and ".." (missing) are left out.
[[nodiscard]] std::map<std::string, double> read_wb_wide(std::string_view text, int year,
                                                         const std::string& origin);
[[nodiscard]] std::map<std::string, double> read_wb_wide_file(const std::filesystem::path& path,
                                                              int year);

/// The PPP conversion factor file (Country, Country ID = ISO alpha-2, Year, PPP): local
/// currency units per international dollar by ISO alpha-2 code for `year`.
[[nodiscard]] std::map<std::string, double> read_wb_ppp(const std::filesystem::path& path,
                                                        int year);

/// Price levels and market exchange rates of one year, by ISO alpha-3 code.
struct WorldBankYear {
  int year = 0;
  /// Ratio of the PPP conversion factor to the market exchange rate (PA.NUS.PPPC.RF): what
  /// a dollar buys there relative to the US (US = 1).
  std::map<std::string, double> price_level;
  /// Local currency per USD: PPP / price level ratio, the market rate the World Bank used.
  std::map<std::string, double> market_rate;
};

/// Reads the price level ratio and the PPP factor of `year` and derives the market rates;
/// `iso2_to_iso3` joins the two files (countries.csv).
[[nodiscard]] WorldBankYear read_world_bank(const std::filesystem::path& price_level_file,
                                            const std::filesystem::path& ppp_file, int year,
                                            const std::map<std::string, std::string>& iso2_to_iso3);

}  // namespace calibrate
