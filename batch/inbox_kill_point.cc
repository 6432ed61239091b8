#include "batch/inbox_kill_point.h"

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace baocao {
namespace {

struct Target {
  std::string point;
  int nth = 1;
  int seen = 0;
};

Target* ParseTarget() {
  const char* env = std::getenv("BAOCAO_TEST_KILL_AT");
  if (env == nullptr || *env == '\0') return nullptr;
  auto* t = new Target();  // lives as long as the process
  std::string spec = env;
  std::size_t colon = spec.find(':');
  t->point = spec.substr(0, colon);
  if (colon != std::string::npos) t->nth = std::atoi(spec.c_str() + colon + 1);
  return t;
}

}  // namespace

void KillPoint(const char* point) {
  static Target* target = ParseTarget();
  if (target == nullptr || target->point != point) return;
  if (++target->seen == target->nth) ::kill(::getpid(), SIGKILL);
}

}  // namespace baocao
