// The generator's own random numbers: SplitMix64. Its output depends only on
// the seed, never on the C++ library (std::uniform_int_distribution and
// friends differ between library versions), so a seed names the same report
// on every machine.
//
// Thread safety: one Rng per thread.
#ifndef BAOCAO_TESTS_GENRE_PRNG_H_
#define BAOCAO_TESTS_GENRE_PRNG_H_

#include <cstdint>
#include <vector>

namespace baocao::genre {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}

  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); n > 0. The modulo bias (< n / 2^64) does not matter here.
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }
  // Uniform in [lo, hi].
  long long Between(long long lo, long long hi) {
    return lo + static_cast<long long>(Next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  // True with probability percent / 100.
  bool Percent(int percent) { return Below(100) < percent; }

  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(Below(static_cast<int>(items.size())))];
  }
  template <typename T>
  void Shuffle(std::vector<T>* items) {
    for (std::size_t i = items->size(); i > 1; --i) {
      std::size_t j = static_cast<std::size_t>(Below(static_cast<int>(i)));
      std::swap((*items)[i - 1], (*items)[j]);
    }
  }

 private:
  std::uint64_t state_;
};

}  // namespace baocao::genre

#endif  // BAOCAO_TESTS_GENRE_PRNG_H_
