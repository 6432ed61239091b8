// Text from outside (a file name, a converter's reason) made safe for one
// line of a line-oriented output: the run log, stderr, a quarantine reason
// file, the run summary. A newline in a file name would otherwise forge a
// second line; an ESC would drive the terminal. Control characters (C0 and
// DEL) become visible escapes: \n, \r, \t, else \xHH. Everything else,
// UTF-8 included, passes unchanged.
//
//   std::fprintf(stderr, "%s: %s\n", OneLine(name).c_str(), OneLine(reason).c_str());
#ifndef BAOCAO_UTIL_ONE_LINE_H_
#define BAOCAO_UTIL_ONE_LINE_H_

#include <string>
#include <string_view>

namespace baocao {

inline std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace baocao

#endif  // BAOCAO_UTIL_ONE_LINE_H_
