// embind glue of the pack compiler (dist/salary-pack-compiler.js): JSON text in, the checked
// pack in its binary form out, for loadDataPack (web/api.js) and for the build, which compiles
// the built-in packs with it (tools/embed-packs.js). It holds the JSON parser and the
// validator, so that the shipped module needs neither.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "binpack.h"
#include "datapack.h"
#include "js_value.h"

namespace {

using emscripten::val;

val error_value(const salary::Error& e) {
  val error = val::object();
  error.set("code", e.code);
  error.set("field", e.field);
  error.set("message", e.message);
  val out = val::object();
  out.set("ok", false);
  out.set("error", error);
  return out;
}

// {ok: true, bytes: Uint8Array} or {ok: false, error: {code, field, message}}.
val compile(const val& text) {
  const salary::Value v = salary::web::value_of(text);
  if (v.kind != salary::Value::Kind::kString) {
    return error_value({"invalid_type", "jsonText",
                        "jsonText: a data pack must be given as JSON text, got " + salary::type_name(v)});
  }
  const salary::Result<salary::DataPack> pack = salary::parse_data_pack(v.text);
  if (!pack.ok()) return error_value(pack.error());
  const std::string bytes = salary::write_binary_pack(pack.value());
  val out = val::object();
  out.set("ok", true);
  out.set("bytes", val::global("Uint8Array").new_(val(emscripten::typed_memory_view(bytes.size(),
      reinterpret_cast<const unsigned char*>(bytes.data())))));
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(salary_pack_compiler) {
  emscripten::function("compile", &compile);
}
