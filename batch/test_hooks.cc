#include "batch/test_hooks.h"

namespace baocao {
namespace {

TestHooks* installed = nullptr;

}  // namespace

void InstallTestHooks(TestHooks* hooks) { installed = hooks; }

void TestPoint(const char* point) {
  if (installed != nullptr) installed->At(point);
}

void TestHookInWorkerChild(std::string_view bytes) {
  if (installed != nullptr) installed->InWorkerChild(bytes);
}

}  // namespace baocao
