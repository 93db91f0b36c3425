// libFuzzer target: arbitrary bytes as a binary data pack (core/binpack.h). read_binary_pack()
// must never crash, read out of bounds (ASan) or allocate without bound; a pack it accepts must
// be safe to estimate from. Inputs whose first byte is odd are a payload only: the target puts
// a valid header and checksum in front, so that mutations reach the reader's checks behind it.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "binpack.h"
#include "estimate.h"

namespace {

std::string with_header(std::string_view payload) {
  std::string bytes = "MLSP";
  bytes.push_back(static_cast<char>(salary::kBinaryPackVersion));
  for (std::uint64_t v = payload.size(); ; v >>= 7) {
    bytes.push_back(static_cast<char>((v & 0x7f) | (v >= 0x80 ? 0x80 : 0)));
    if (v < 0x80) break;
  }
  std::uint32_t h = 2166136261u;
  for (unsigned char c : payload) h = (h ^ c) * 16777619u;
  for (int i = 0; i < 4; ++i) bytes.push_back(static_cast<char>((h >> (8 * i)) & 0xff));
  return bytes + std::string(payload);
}

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "binpack fuzz invariant violated: %s\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string bytes = data[0] & 1 ? with_header(rest) : std::string(rest);
  const salary::Result<salary::DataPack> pack = salary::read_binary_pack(bytes);
  if (!pack.ok()) {
    check(!pack.error().code.empty() && !pack.error().message.empty(), "an error has a code and a message");
    return 0;
  }
  // Written again, an accepted pack reads back the same.
  check(salary::read_binary_pack(salary::write_binary_pack(pack.value())).ok(), "a pack written again reads back");
  const salary::DataPack& p = pack.value();
  constexpr std::size_t kMax = 3;
  for (std::size_t r = 0; r < p.roles.size() && r < kMax; ++r) {
    for (std::size_t c = 0; c < p.countries.size() && c < kMax; ++c) {
      salary::Profile profile;
      profile.dataset = p.id;
      profile.role = p.roles[r].id;
      profile.country = p.countries[c].id;
      if (!p.cities.empty()) profile.city = p.cities[c % p.cities.size()].id;
      if (!p.companies.empty()) profile.company = p.companies[r % p.companies.size()].id;
      for (const char* employer : {salary::kEmployerLocal, salary::kEmployerUsRemote}) {
        profile.employer = employer;
        profile.years = 6;
        const auto e = salary::estimate(p, profile);
        if (e.ok()) check(std::isfinite(e.value().total.p50) && e.value().total.p50 > 0, "a finite, positive median");
        (void)salary::tiers(p, profile);
        (void)salary::curve(p, profile, 0, 20);
      }
    }
  }
  return 0;
}
