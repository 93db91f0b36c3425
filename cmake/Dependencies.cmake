# nlohmann_json for both builds, doctest for the native one.
#
# Under emcmake, find_package only searches the Emscripten sysroot, and the host's
# /usr/include must never reach the wasm include path (host glibc headers break the build).
# So the wasm build gets a directory holding only a link to the nlohmann headers.
if(EMSCRIPTEN)
  find_path(NLOHMANN_JSON_HOST_INCLUDE nlohmann/json.hpp
            PATHS /usr/include /usr/local/include NO_CMAKE_FIND_ROOT_PATH REQUIRED)
  set(_nlohmann_only "${CMAKE_BINARY_DIR}/nlohmann-include")
  file(MAKE_DIRECTORY "${_nlohmann_only}")
  file(CREATE_LINK "${NLOHMANN_JSON_HOST_INCLUDE}/nlohmann" "${_nlohmann_only}/nlohmann" SYMBOLIC)
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE "${_nlohmann_only}")
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  find_path(DOCTEST_INCLUDE_DIR doctest/doctest.h REQUIRED)
endif()
