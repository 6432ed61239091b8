# Compiles desk/web/assets/* into the binary, so `baocao serve` needs no
# data path and no front-end build step. Run at build time:
#
#   cmake -DOUT=assets.cc -DFILES=desk.css,desk.js,strings.tsv -DDIR=... -P embed_assets.cmake
#
# Each file becomes a byte array listed in EmbeddedAssets() (assets.h).
cmake_minimum_required(VERSION 3.25)

set(text "// Generated from desk/web/assets/ by desk/web/embed_assets.cmake. Do not edit.\n")
string(APPEND text "#include \"desk/web/assets.h\"\n\nnamespace baocao::web {\nnamespace {\n\n")
string(REPLACE "," ";" FILES "${FILES}")
set(list "")
set(i 0)
foreach(name IN LISTS FILES)
  file(READ "${DIR}/${name}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(APPEND text "const unsigned char kAsset${i}[] = {${bytes} 0};\n")
  string(APPEND list "    {\"${name}\", kAsset${i}, ${size}},\n")
  math(EXPR i "${i} + 1")
endforeach()
string(APPEND text "\nconst EmbeddedAsset kAssets[] = {\n${list}};\n\n}  // namespace\n\n")
string(APPEND text "std::span<const EmbeddedAsset> EmbeddedAssets() { return kAssets; }\n\n}  // namespace baocao::web\n")
file(WRITE "${OUT}.tmp" "${text}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
