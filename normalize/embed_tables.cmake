# Turns the legacy-encoding tables normalize/data/*.tsv into a C++ source, so
# the binary needs no data path at run time. Run at build time:
#
#   cmake -DOUT=legacy_tables.cc -DTABLES="tcvn3;vni;viscii" -DDATA_DIR=... -P embed_tables.cmake
#
# Each non-comment TSV line is "HEX[ HEX]<TAB>U+XXXX<TAB>character"; the row
# becomes {{byte, byte}, length, code point} in an array named after the file
# (tcvn3.tsv -> kTcvn3, returned by Tcvn3Rows()).
cmake_minimum_required(VERSION 3.25)

set(text "// Generated from normalize/data/*.tsv by normalize/embed_tables.cmake.\n")
string(APPEND text "// Do not edit: change the TSV (or make_tables.py) instead.\n")
string(APPEND text "#include \"normalize/legacy_tables.h\"\n\n")
string(APPEND text "namespace baocao::normalize::internal {\nnamespace {\n\n")
set(accessors "")
foreach(table IN LISTS TABLES)
  file(STRINGS "${DATA_DIR}/${table}.tsv" lines ENCODING UTF-8)
  # tcvn3 -> kTcvn3 and Tcvn3Rows().
  string(SUBSTRING "${table}" 0 1 head)
  string(SUBSTRING "${table}" 1 -1 tail)
  string(TOUPPER "${head}" head)
  set(name "${head}${tail}")
  string(APPEND text "constexpr LegacyRow k${name}[] = {\n")
  set(count 0)
  foreach(line IN LISTS lines)
    if(line MATCHES "^#" OR line STREQUAL "")
      continue()
    endif()
    if(NOT line MATCHES "^([0-9A-F][0-9A-F])( ([0-9A-F][0-9A-F]))?\tU\\+([0-9A-F]+)\t")
      message(FATAL_ERROR "${table}.tsv: bad line: ${line}")
    endif()
    set(first "${CMAKE_MATCH_1}")
    set(second "${CMAKE_MATCH_3}")
    set(cp "${CMAKE_MATCH_4}")
    if(second STREQUAL "")
      string(APPEND text "    {{0x${first}, 0x00}, 1, 0x${cp}},\n")
    else()
      string(APPEND text "    {{0x${first}, 0x${second}}, 2, 0x${cp}},\n")
    endif()
    math(EXPR count "${count} + 1")
  endforeach()
  if(count EQUAL 0)
    message(FATAL_ERROR "${table}.tsv has no rows")
  endif()
  string(APPEND text "};\n\n")
  string(APPEND accessors "std::span<const LegacyRow> ${name}Rows() { return k${name}; }\n")
endforeach()
string(APPEND text "}  // namespace\n\n${accessors}\n}  // namespace baocao::normalize::internal\n")

# Rewrite only on change, so dependants are not rebuilt needlessly.
set(old "")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUT}" "${text}")
endif()
