// Numbers written in Vietnamese words, as after "Bằng chữ:" under an amount:
// "Ba mươi triệu tám trăm nghìn đồng" = 30.800.000 đ.
//
// Grammar (each part optional, at least one word):
//   number  = below_billion ["tỷ" [below_billion]]     "hai tỷ năm trăm triệu"
//   below   = [group "triệu"] [group "nghìn"|"ngàn"] [group]
//   group   = [digit "trăm"] [tens] [unit]             0..999
//   tens    = "mười" | digit "mươi" | "linh" | "lẻ"    ("linh"/"lẻ": zero tens)
// with the spoken unit forms: "mốt" (1) and "tư" (4) after "mươi", "lăm"
// or "nhăm" (5) after "mười"/"mươi". Diacritics are required: "mười" (10)
// and "mươi" (x10) differ only by them.
#include <array>
#include <optional>

#include "normalize/number_readers.h"
#include "normalize/numeral.h"
#include "normalize/unicode.h"

namespace baocao::normalize::internal {
namespace {

enum class Word {
  kNone, kDigit, kMuoiTen, kMuoiTimes, kTram, kLinh, kThousand, kMillion, kBillion,
};

struct Token {
  Word word = Word::kNone;
  int digit = 0;            // kDigit: 0..9
  bool after_tens = false;  // a unit form used only after mười/mươi ("mốt", "tư", "lăm")
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct Vocabulary {
  const char* spelling;
  Word word;
  int digit;
  bool after_tens;
};

// Longer spellings before their prefixes ("mười" before "mươi" is moot:
// MatchWord needs the whole word).
constexpr Vocabulary kWords[] = {
    {"không", Word::kDigit, 0, false}, {"một", Word::kDigit, 1, false},  {"mốt", Word::kDigit, 1, true},
    {"hai", Word::kDigit, 2, false},   {"ba", Word::kDigit, 3, false},   {"bốn", Word::kDigit, 4, false},
    {"tư", Word::kDigit, 4, true},     {"năm", Word::kDigit, 5, false},  {"lăm", Word::kDigit, 5, true},
    {"nhăm", Word::kDigit, 5, true},   {"sáu", Word::kDigit, 6, false},  {"bảy", Word::kDigit, 7, false},
    {"bẩy", Word::kDigit, 7, false},   {"tám", Word::kDigit, 8, false},  {"chín", Word::kDigit, 9, false},
    {"mười", Word::kMuoiTen, 0, false}, {"mươi", Word::kMuoiTimes, 0, false}, {"trăm", Word::kTram, 0, false},
    {"linh", Word::kLinh, 0, false},   {"lẻ", Word::kLinh, 0, false},    {"nghìn", Word::kThousand, 0, false},
    {"ngàn", Word::kThousand, 0, false}, {"triệu", Word::kMillion, 0, false}, {"tỷ", Word::kBillion, 0, false},
    {"tỉ", Word::kBillion, 0, false},
};

std::optional<Token> TokenAt(std::string_view text, std::size_t pos) {
  for (const Vocabulary& v : kWords) {
    if (std::size_t end = MatchWord(text, pos, v.spelling, false)) {
      return Token{v.word, v.digit, v.after_tens, pos, end};
    }
  }
  return std::nullopt;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  // The whole-number value of the tokens, all of them read; nullopt if not.
  std::optional<long long> Number() {
    std::optional<long long> high = BelowBillion();
    if (!high) return std::nullopt;
    long long value = *high;
    if (Peek(Word::kBillion)) {
      // "năm triệu hai tỷ": millions before billions are out of order.
      if (value >= 1'000'000) return std::nullopt;
      ++i_;
      value *= 1'000'000'000LL;
      if (i_ < t_.size()) {
        std::optional<long long> low = BelowBillion();
        if (!low) return std::nullopt;
        value += *low;
      }
    }
    if (i_ != t_.size()) return std::nullopt;
    return value;
  }

 private:
  bool Peek(Word w) const { return i_ < t_.size() && t_[i_].word == w; }

  std::optional<long long> BelowBillion() {
    long long value = 0;
    bool any = false;
    for (const auto& [scale, word] : {std::pair{1'000'000LL, Word::kMillion}, std::pair{1'000LL, Word::kThousand}}) {
      const std::size_t save = i_;
      std::optional<int> g = Group();
      if (g && Peek(word)) {
        ++i_;
        value += *g * scale;
        any = true;
      } else {
        i_ = save;
      }
    }
    if (std::optional<int> g = Group()) {
      value += *g;
      any = true;
    }
    if (!any) return std::nullopt;
    return value;
  }

  // 0..999; nullopt (nothing consumed) when no group starts here.
  std::optional<int> Group() {
    const std::size_t save = i_;
    int value = 0;
    bool any = false;
    // Hundreds.
    if (Peek(Word::kDigit) && !t_[i_].after_tens && i_ + 1 < t_.size() && t_[i_ + 1].word == Word::kTram) {
      value += t_[i_].digit * 100;
      i_ += 2;
      any = true;
    }
    // Tens.
    bool tens = false;
    bool linh = false;
    if (Peek(Word::kMuoiTen)) {
      value += 10;
      ++i_;
      tens = any = true;
    } else if (Peek(Word::kDigit) && !t_[i_].after_tens && t_[i_].digit >= 2 && i_ + 1 < t_.size() &&
               t_[i_ + 1].word == Word::kMuoiTimes) {
      value += t_[i_].digit * 10;
      i_ += 2;
      tens = any = true;
    } else if (Peek(Word::kLinh) && any) {
      ++i_;
      linh = true;
    }
    // Units.
    if (Peek(Word::kDigit)) {
      const Token& u = t_[i_];
      const bool spoken_form_ok = !u.after_tens || tens;
      // After hundreds, a unit needs "linh"/"lẻ" or tens ("một trăm hai"
      // is spoken for 120 as often as for 102: not guessed).
      const bool placed = !any || tens || linh;
      // "mười một", "hai mươi mốt"; "mười" takes "lăm" but not "mốt"/"tư".
      const bool fits = !(tens && value % 100 == 10 && u.after_tens && u.digit != 5);
      if (spoken_form_ok && placed && fits && (u.digit != 0 || !any)) {
        value += u.digit;
        ++i_;
        any = true;
      }
    }
    if (linh && value % 10 == 0) {  // "linh" must be followed by a unit
      i_ = save;
      return std::nullopt;
    }
    if (!any) {
      i_ = save;
      return std::nullopt;
    }
    return value;
  }

  std::vector<Token> t_;
  std::size_t i_ = 0;
};

// Number-word tokens from pos, separated by spaces or commas.
std::vector<Token> Tokens(std::string_view text, std::size_t pos) {
  std::vector<Token> out;
  for (;;) {
    std::optional<Token> tok = TokenAt(text, pos);
    if (!tok) break;
    out.push_back(*tok);
    std::size_t next = SkipSpaces(text, tok->end);
    if (next < text.size() && text[next] == ',') next = SkipSpaces(text, next + 1);
    pos = next;
  }
  return out;
}

}  // namespace

std::optional<WordsNumber> ReadNumberWords(std::string_view text, std::size_t pos) {
  std::vector<Token> tokens = Tokens(text, pos);
  if (tokens.empty()) return std::nullopt;
  // All the number words or nothing: a prefix ("một trăm" of "một trăm
  // hai") would be a wrong amount, and unknown is better than wrong.
  Parser parser(tokens);
  const std::optional<long long> v = parser.Number();
  if (!v) return std::nullopt;
  return WordsNumber{*v, tokens.back().end};
}

std::vector<Number> FindMoneyWords(std::string_view text) {
  std::vector<Number> out;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t cue = MatchWord(text, pos, "bằng", true);
    if (cue != 0 && (pos == 0 || !IsWordChar(DecodeBefore(text, pos).cp))) {
      cue = MatchWord(text, SkipSpaces(text, cue), "chữ", true);
    } else {
      cue = 0;
    }
    if (cue == 0) {
      pos += DecodeAt(text, pos).size;
      continue;
    }
    std::size_t start = SkipSpaces(text, cue);
    if (start < text.size() && text[start] == ':') start = SkipSpaces(text, start + 1);
    const std::optional<WordsNumber> n = ReadNumberWords(text, start);
    if (!n) {
      pos = start;
      continue;
    }
    Number money;
    money.begin = start;
    money.end = n->end;
    money.value = static_cast<double>(n->value);
    money.kind = NumberKind::kMoney;
    money.in_words = true;
    const std::size_t unit_at = SkipSpaces(text, n->end);
    if (std::size_t unit_end = MatchWord(text, unit_at, "đồng", true)) {
      money.unit = std::string(text.substr(unit_at, unit_end - unit_at));
      money.end = unit_end;
      if (std::size_t even = MatchWord(text, SkipSpaces(text, unit_end), "chẵn", true)) money.end = even;
    }
    money.text = std::string(text.substr(money.begin, money.end - money.begin));
    pos = money.end;
    out.push_back(std::move(money));
  }
  return out;
}

std::vector<Number> FindCountWords(std::string_view text) {
  std::vector<Number> out;
  for (std::size_t pos = 0; pos < text.size();) {
    const bool word_start = IsWordChar(DecodeAt(text, pos).cp) && (pos == 0 || !IsWordChar(DecodeBefore(text, pos).cp));
    std::optional<WordsNumber> n;
    if (word_start) n = ReadNumberWords(text, pos);
    // "năm lớp" is five classes, but "năm" (year) starts far more phrases.
    if (n && MatchWord(text, pos, "năm", false) == n->end) n.reset();
    const UnitMatch unit = n ? MatchUnit(text, n->end) : UnitMatch{};
    if (!n || !unit || !unit.counted || unit.begin != n->end + 1) {
      pos += DecodeAt(text, pos).size;
      continue;
    }
    Number count;
    count.begin = pos;
    count.end = n->end;
    count.text = std::string(text.substr(pos, n->end - pos));
    count.value = static_cast<double>(n->value);
    count.kind = NumberKind::kCount;
    count.unit = std::string(text.substr(unit.begin, unit.end - unit.begin));
    count.in_words = true;
    out.push_back(std::move(count));
    pos = unit.end;
  }
  return out;
}

}  // namespace baocao::normalize::internal
