# cmake -DOUTPUT=out.js -DPARTS="a.js|b.js" -P Concat.cmake : joins files with newlines.
set(joined "")
string(REPLACE "|" ";" PARTS "${PARTS}")
foreach(part IN LISTS PARTS)
  file(READ "${part}" text)
  string(APPEND joined "${text}\n")
endforeach()
file(WRITE "${OUTPUT}" "${joined}")
