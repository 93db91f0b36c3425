// Native throughput of the core (Google Benchmark): loading a pack, estimate() on values,
// the JSON contract the wasm module calls, and a full recompute as the widget does one
// (estimate + tiers + a 41-point curve). `make bench` prints these in its results table.
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "api.h"
#include "datapack.h"
#include "estimate.h"
#include "json_read.h"  // parse_profile(const nlohmann::json&)

namespace {

using nlohmann::json;

std::string read_pack(const char* name) {
  std::ifstream in(std::string(DATA_DIR) + "/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::string& market_text() {
  static const std::string text = read_pack("market.json");
  return text;
}

const salary::Library& library() {
  static const salary::Library lib = [] {
    salary::Library l;
    for (const char* name : {"article-2019.json", "market.json"}) {
      const json r = salary::load_data_pack(l, json(read_pack(name)));
      if (r["ok"] != true) throw std::runtime_error(std::string(name) + ": " + r.dump());
    }
    return l;
  }();
  return lib;
}

const salary::DataPack& pack(const char* id) {
  for (const auto& p : library().packs) {
    if (p->id == id) return *p;
  }
  throw std::runtime_error(std::string("no pack ") + id);
}

// The README's example: a linear pack, a city factor and the country's own cells.
const json kMarketProfile = {{"dataset", "market"},
                             {"years", 6},
                             {"role", "ml-engineer"},
                             {"country", "US"},
                             {"city", "us-san-jose"}};

salary::Profile profile_of(const json& j) {
  salary::Result<salary::Profile> p = salary::parse_profile(j);
  if (!p.ok()) throw std::runtime_error(p.error().message);
  return p.value();
}

void BM_ParseMarketPack(benchmark::State& state) {
  for (auto _ : state) {
    salary::Result<salary::DataPack> p = salary::parse_data_pack(market_text());
    benchmark::DoNotOptimize(p);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * market_text().size()));
}
BENCHMARK(BM_ParseMarketPack)->Unit(benchmark::kMillisecond);

void BM_EstimateArticle(benchmark::State& state) {
  const salary::Profile p = profile_of({{"dataset", "article-2019"}, {"years", 6}});
  const salary::DataPack& d = pack("article-2019");
  for (auto _ : state) benchmark::DoNotOptimize(salary::estimate(d, p));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EstimateArticle);

void BM_EstimateMarketCity(benchmark::State& state) {
  const salary::Profile p = profile_of(kMarketProfile);
  const salary::DataPack& d = pack("market");
  for (auto _ : state) benchmark::DoNotOptimize(salary::estimate(d, p));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EstimateMarketCity);

void BM_EstimateJson(benchmark::State& state) {
  const salary::Library& lib = library();
  for (auto _ : state) benchmark::DoNotOptimize(salary::estimate(lib, kMarketProfile));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EstimateJson);

void BM_FullRecomputeJson(benchmark::State& state) {
  const salary::Library& lib = library();
  const json from = 0, to = 20;
  for (auto _ : state) {
    benchmark::DoNotOptimize(salary::estimate(lib, kMarketProfile));
    benchmark::DoNotOptimize(salary::tiers(lib, kMarketProfile));
    benchmark::DoNotOptimize(salary::curve(lib, kMarketProfile, from, to));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FullRecomputeJson)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
