// packc: validates a JSON data pack and writes its binary form (core/binpack.h).
// Usage: packc PACK.json OUT.bin   (prints the error and exits 1 on an invalid pack)
#include <fstream>
#include <iostream>
#include <sstream>

#include "binpack.h"
#include "datapack.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: packc PACK.json OUT.bin\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const salary::Result<salary::DataPack> pack = salary::parse_data_pack(text.str());
  if (!pack.ok()) {
    std::cerr << argv[1] << ": " << pack.error().message << "\n";
    return 1;
  }
  std::ofstream(argv[2], std::ios::binary) << salary::write_binary_pack(pack.value());
  return 0;
}
