// The binary form of a data pack: what the shipped module reads instead of JSON text.
//
// Built-in packs are validated as JSON (parse_data_pack) at build time and written in this form
// by the pack compiler; the module reads them without a JSON parser. Layout (integers are
// LEB128 varints unless noted):
//   "MLSP" (4 bytes), format version (1 byte), payload size, FNV-1a 32 of the payload (4 bytes LE)
//   payload: the number of streams, each stream's size, then the streams.
// Each field of the pack (in the order of visit_pack() in binpack.cpp) has its own stream, so
// that alike values lie together and compress well: all city labels, all company factors...
// Strings are a byte length + UTF-8; numbers are decimals (a whole mantissa and a power of ten,
// exact for what JSON text holds; the mantissa less a guess's for some fields: a cell's base and
// total pay, the factors of companies and cities) or, failing that, 8 raw bytes; lists start
// with their size.
// The reader checks every length and count against the bytes it has, the checksum, and then
// index_pack(): a corrupt or truncated pack is an error, never a read out of bounds.
#pragma once

#include <string>
#include <string_view>

#include "datapack.h"
#include "result.h"

namespace salary {

// 2: cities[].former_id, Chinese labels of packs and sources; 3: the usual id of a US
// nonmetropolitan area (not stored); 4: a cell's base and total pay and the factors of companies
// and cities stored against guesses
inline constexpr unsigned char kBinaryPackVersion = 4;

/// The bytes of `pack` in the binary form (a validated pack: see parse_data_pack).
std::string write_binary_pack(const DataPack& pack);

/// Reads a pack written by write_binary_pack. Errors: code "corrupt_pack" with field "/" (what
/// was wrong), or an index_pack() error.
Result<DataPack> read_binary_pack(std::string_view bytes);

}  // namespace salary
